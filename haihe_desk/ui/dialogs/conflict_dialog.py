"""The conflict dialog (forms/conflict_dialog.ui): somebody else saved the row this editor was
changing. One sentence on top (who, when, nothing of yours was saved), a table 字段 | 您要保存的值 |
数据库中现在的值 with the differing fields highlighted, and the user's choice:

- 放弃我的修改，重新载入 — the editor shows the saved values (``editor.reload()``);
- 保留我的修改，重新编辑 — the editor keeps the user's values and takes the saved version
  (``editor.version = err.current_version``), so the next save is a deliberate overwrite,
  audited as usual;
- 复制我的修改 — the user's values to the clipboard (the dialog stays open).

Every edit dialog of a versioned row calls ``resolve(editor, err, parent)`` from its save."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from haihe_desk.errors import Conflict
from haihe_desk.ui.dialogs.base import FormDialog

RELOAD = "reload"
KEEP = "keep"
DIFFERS = QColor("#fff2a8")


class Editor(Protocol):
    version: int | None

    def reload(self) -> None: ...


class ConflictDialog(FormDialog):
    FORM = "conflict_dialog"

    def __init__(self, err: Conflict, parent: QWidget | None = None):
        super().__init__(parent)
        self.err = err
        self.choice: str | None = None
        self.message_label: QLabel = self.w(QLabel, "messageLabel")
        self.table: QTableWidget = self.w(QTableWidget, "fieldsTable")
        self.reload_button: QPushButton = self.w(QPushButton, "reloadButton")
        self.keep_button: QPushButton = self.w(QPushButton, "keepButton")
        self.copy_button: QPushButton = self.w(QPushButton, "copyButton")
        self.message_label.setText(err.message)
        self._fill()
        self.reload_button.clicked.connect(lambda: self._choose(RELOAD))
        self.keep_button.clicked.connect(lambda: self._choose(KEEP))
        self.copy_button.clicked.connect(self.copy_mine)
        self.keep_button.setEnabled(err.current_version is not None)
        self.reload_button.setDefault(True)

    def _fill(self) -> None:
        fields = self.err.fields
        self.table.setRowCount(len(fields))
        for row, field in enumerate(fields):
            for col, text in enumerate((field.title, field.mine, field.theirs)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if field.differs:
                    item.setBackground(QBrush(DIFFERS))
                    if col == 0:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def rows(self) -> list[tuple[str, str, str, bool]]:
        """What the table shows: (title, mine, theirs, highlighted) per row."""
        out = []
        for r in range(self.table.rowCount()):
            items = [self.table.item(r, c) for c in range(3)]
            highlighted = items[1].background().color() == DIFFERS
            out.append((items[0].text(), items[1].text(), items[2].text(), highlighted))
        return out

    def copy_mine(self) -> str:
        """The user's values, one "field：value" line each, on the clipboard (differing fields first)."""
        text = "\n".join(f"{f.title}：{f.mine}" for f in self.err.fields)
        QGuiApplication.clipboard().setText(text)
        self.copy_button.setText(self.tr("已复制"))
        return text

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def apply(self, editor: Editor) -> str:
        """Do what the user chose to the editor; the sentence to show in the editor afterwards."""
        if self.choice == RELOAD:
            editor.reload()
            return self.tr("已重新载入数据库中现在的内容；您的修改已放弃。")
        if self.choice == KEEP:
            editor.version = self.err.current_version
            if self.err.changed_by:
                return self.tr("已保留您的修改；再次保存将覆盖 {user} 的修改。").format(user=self.err.changed_by)
            return self.tr("已保留您的修改；再次保存将覆盖对方的修改。")
        return self.err.message

    def choose(self) -> str | None:
        """Show the dialog (window-modal) and return the user's choice (None: closed)."""
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.exec()
        return self.choice


def resolve(editor: Editor, err: Conflict, parent: QWidget | None) -> str:
    """Show the conflict, apply the user's choice to ``editor``; returns the sentence the editor
    shows in its message area afterwards."""
    dlg = ConflictDialog(err, parent)
    dlg.choose()
    note = dlg.apply(editor)
    dlg.deleteLater()
    return note
