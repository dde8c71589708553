"""Driving the 报名 tab as a user does: click rows (Ctrl for more), press buttons, trigger menu items,
answer the modal dialog a click opens from a timer. Only file dialogs are patched."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QPushButton, QWidget

LEFT = Qt.MouseButton.LeftButton


def row_of(tab: Any, rid: int) -> int:
    while True:
        for i in range(tab.model.rowCount()):
            if tab.model.row_id(i) == rid:
                return i
        if not tab.model.canFetchMore(tab.model.index(0, 0).parent()):
            raise LookupError(f"registration {rid} is not in the list")
        tab.model.fetchMore(tab.model.index(0, 0).parent())


def click_row(qtbot: Any, tab: Any, rid: int, *, ctrl: bool = False, double: bool = False) -> None:
    """Click (or double-click) the row of registration ``rid`` in the table, scrolled into view."""
    index = tab.model.index(row_of(tab, rid), 1)
    tab.table.scrollTo(index)
    pos = tab.table.visualRect(index).center()
    mod = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(tab.table.viewport(), LEFT, mod, pos)
    if double:
        qtbot.mouseDClick(tab.table.viewport(), LEFT, mod, pos)


def select_rows(qtbot: Any, tab: Any, ids: Sequence[int]) -> None:
    for n, rid in enumerate(ids):
        click_row(qtbot, tab, rid, ctrl=n > 0)
    assert sorted(tab.selected_ids()) == sorted(ids)


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as a user does: ASCII as key presses, Chinese as the input
    method commits it (QTest cannot press keys for characters outside ASCII)."""
    widget.setFocus()
    run = ""
    for ch in text + "\0":
        if (ch == "\0" or ord(ch) < 128) and run and ord(run[0]) >= 128:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)
            run = ""
        elif (ch == "\0" or ord(ch) >= 128) and run and ord(run[0]) < 128:
            qtbot.keyClicks(widget, run)
            run = ""
        if ch != "\0":
            run += ch


def clear_text(qtbot: Any, widget: QWidget) -> None:
    """Select all and delete, with the keyboard."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)


def click(qtbot: Any, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, LEFT)


def ok_button(dlg: QWidget) -> QPushButton:
    box = dlg.findChild(QDialogButtonBox, "buttonBox")
    for which in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Save):
        if box.button(which) is not None:
            return box.button(which)
    raise LookupError("no OK button")


def cancel_button(dlg: QWidget) -> QPushButton:
    return dlg.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Cancel)


class ModalAnswer:
    """Answers the next modal dialog (opened with exec()) with ``fill(dialog)``; remembers what it
    saw. ``fill`` types into the dialog and clicks one of its buttons."""

    def __init__(self, fill: Callable[[QDialog], None]):
        self.fill = fill
        self.seen: QDialog | None = None
        self.error: BaseException | None = None
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        dlg = QApplication.activeModalWidget()
        self.seen = dlg
        try:
            self.fill(dlg)
        except BaseException as exc:  # reported by check(); the dialog must not stay open
            self.error = exc
            if isinstance(dlg, QDialog):
                dlg.reject()

    def check(self) -> QDialog:
        if self.error is not None:
            raise self.error
        assert self.seen is not None, "no modal dialog was opened"
        return self.seen


def patch_save_name(monkeypatch: Any, path: Path) -> list[str]:
    """The save-file dialog answers ``path``; returns the list of captions it was asked with."""
    asked: list[str] = []

    def fake(parent: Any, caption: str = "", *_a: Any, **_k: Any) -> tuple[str, str]:
        asked.append(caption)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def menu_action(button: QPushButton, text_part: str) -> Any:
    """The item of a button's drop-down menu whose text contains ``text_part``."""
    menu = button.menu()
    assert menu is not None, button.objectName()
    found = [a for a in menu.actions() if text_part in a.text()]
    assert len(found) == 1, [a.text() for a in menu.actions()]
    return found[0]
