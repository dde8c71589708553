"""通讯录 tab: contacts with search as you type (name, pinyin initials, phone digits, unit)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from haihe_desk.db.database import Database
from haihe_desk.domain import labels
from haihe_desk.services import contacts, settings
from haihe_desk.ui.list_tab import ListTab


class ContactsTab(ListTab):
    FORM = "contacts_tab"
    AREAS = frozenset({"contacts", "organisations"})
    SEARCH_DELAY = 120

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, contacts.SOURCE, parent)
        self._search_timer.setInterval(self.SEARCH_DELAY)
        self.role_combo = self.combo("roleCombo")
        self.fill_combo(
            self.role_combo, [(labels.label(labels.CONTACT_ROLES, k), k) for k in labels.CONTACT_ROLES], self.tr("全部")
        )
        self.role_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.child(QPushButton, "copyPhoneButton").clicked.connect(self.copy_phone)
        self.child(QPushButton, "copyEmailButton").clicked.connect(self.copy_email)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self, activated=self.copy_phone)
        self.table.doubleClicked.connect(self._on_double_click)
        with db.read() as s:
            self.contest_id = settings.current_contest_id(s)
        self.reload()

    def filters(self) -> dict[str, Any]:
        return {"text": self.search.text(), "role": self.role_combo.currentData(), "contest_id": self.contest_id}

    def _selected_values(self, key: str) -> list[str]:
        col = self.model.column_index(key)
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [str(self.model.rows[r][col + 1]) for r in rows if self.model.rows[r][col + 1]]

    def copy_phone(self) -> str:
        text = "\n".join(self._selected_values("phones"))
        if text:
            QGuiApplication.clipboard().setText(text)
            self.count_label.setText(self.tr("已复制电话：{t}").format(t=text.replace("\n", "；")))
        return text

    def copy_email(self) -> str:
        text = "\n".join(self._selected_values("email"))
        if text:
            QGuiApplication.clipboard().setText(text)
            self.count_label.setText(self.tr("已复制邮箱：{t}").format(t=text.replace("\n", "；")))
        return text

    def _on_double_click(self, index: Any) -> None:
        if index.column() == self.model.column_index("email"):
            email = self.model.data(index)
            if email:
                QDesktopServices.openUrl(QUrl(f"mailto:{email}"))
