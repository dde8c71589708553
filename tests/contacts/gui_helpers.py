"""Driving the 通讯录 tab as a user does: clicks on its buttons, rows and tree items, menu actions
triggered, dialogs found on screen and filled in, modal ones answered from a timer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QListWidget, QPushButton, QWidget

from haihe_desk.ui.dialogs.base import FormDialog
from haihe_desk.ui.dialogs.org_dialogs import OrgPickDialog
from haihe_desk.ui.tabs.contacts import ContactsTab
from tests.keyboard import type_text  # noqa: F401 - re-exported for the tests here

LEFT = Qt.MouseButton.LeftButton


def names(tab: ContactsTab) -> list[str]:
    return [tab.model.rows[r][1] for r in range(tab.model.rowCount())]


def button(tab: ContactsTab, name: str) -> QPushButton:
    widget = tab.findChild(QPushButton, name)
    assert widget is not None, name
    return widget


def click(qtbot: Any, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, LEFT)


def click_row(qtbot: Any, tab: ContactsTab, name: str, *, extend: bool = False) -> None:
    """Click the row of contact ``name`` (Ctrl-click with ``extend``)."""
    row = names(tab).index(name)
    index = tab.model.index(row, 0)
    tab.table.scrollTo(index)
    mods = Qt.KeyboardModifier.ControlModifier if extend else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(tab.table.viewport(), LEFT, mods, tab.table.visualRect(index).center())


def select_rows(tab: ContactsTab, *wanted: str) -> None:
    """Select several rows at once (what Ctrl-clicks do)."""
    sel = tab.table.selectionModel()
    sel.clearSelection()
    for name in wanted:
        sel.select(
            tab.model.index(names(tab).index(name), 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def click_unit(qtbot: Any, tab: ContactsTab, org_id: int | None) -> None:
    """Click a unit in the tree (None: 全部单位)."""
    panel = tab.org_panel
    idx = panel.index_of(org_id)
    assert idx.isValid(), org_id
    panel.tree.scrollTo(idx)  # expands its parents, as a user would
    qtbot.mouseClick(panel.tree.viewport(), LEFT, pos=panel.tree.visualRect(idx).center())
    assert panel.current_org_id() == org_id


def shown_dialog(qtbot: Any, cls: type) -> Any:
    """The dialog of ``cls`` the last click opened (window-modal, on screen)."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), cls), timeout=3000)
    dlg = QApplication.activeModalWidget()
    assert dlg.isVisible()
    return dlg


def ok_button(dlg: FormDialog) -> QPushButton:
    for role in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Ok):
        b = dlg.buttons.button(role)
        if b is not None:
            return b
    raise AssertionError("no OK/Save button")


def cancel_button(dlg: FormDialog) -> QPushButton:
    return dlg.buttons.button(QDialogButtonBox.StandardButton.Cancel)


def click_list_item(qtbot: Any, widget: QListWidget, text_part: str) -> None:
    item = next(
        widget.item(i)
        for i in range(widget.count())
        if not widget.item(i).isHidden() and text_part in widget.item(i).text()
    )
    widget.scrollToItem(item)
    qtbot.mouseClick(widget.viewport(), LEFT, pos=widget.visualItemRect(item).center())


class PickAnswer:
    """Answers the next unit pick dialog (opened modally with exec) from a timer: types ``find``
    into its filter, clicks the unit whose text contains it (or ticks 移到最上层), types the reason,
    then clicks OK — or Cancel with ``cancel``. Records what the dialog showed."""

    def __init__(
        self,
        qtbot: Any,
        find: str = "",
        *,
        top: bool = False,
        reason: str = "",
        cancel: bool = False,
        then: Callable[[OrgPickDialog], None] | None = None,
    ):
        self.qtbot, self.find, self.top, self.reason, self.cancel, self.then = qtbot, find, top, reason, cancel, then
        self.seen: list[str] = []
        self.title = ""
        self.answered = False
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, OrgPickDialog), dlg
        try:
            self.title = dlg.windowTitle()
            self.seen = [dlg.list.item(i).text() for i in range(dlg.list.count())]
            if self.cancel:
                self.qtbot.mouseClick(cancel_button(dlg), LEFT)
                return
            if self.top:
                box = dlg.top_check  # a check box reacts to clicks on its box and text, at the left
                self.qtbot.mouseClick(box, LEFT, pos=QPoint(10, box.height() // 2))
            else:
                type_text(dlg.filter_edit, self.find)
                click_list_item(self.qtbot, dlg.list, self.find)
            if self.reason:
                type_text(dlg.reason_edit, self.reason)
            if self.then is not None:
                self.then(dlg)
            self.qtbot.mouseClick(ok_button(dlg), LEFT)
        finally:
            self.answered = True
            if dlg.isVisible():
                dlg.reject()  # never leave a modal dialog behind a failed check


def drive_import(qtbot: Any, monkeypatch: Any, path: Any, *, accept: bool = True) -> Any:
    """The import dialog the last action opened: choose ``path`` with its 选择文件 button (the file
    dialog answered), wait for the check, then click 导入 (``accept``) and wait until it closed."""
    from PySide6.QtWidgets import QFileDialog

    from haihe_desk.ui.dialogs.import_dialog import ImportDialog

    dlg = shown_dialog(qtbot, ImportDialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(dlg.choose_button, LEFT)
    qtbot.waitUntil(lambda: dlg.plan is not None or bool(dlg.error), timeout=15000)
    if accept:
        assert dlg.ok_button.isEnabled(), dlg.summary_label.text()
        qtbot.mouseClick(dlg.ok_button, LEFT)
        qtbot.waitUntil(lambda: dlg.outcome is not None or not dlg.isVisible(), timeout=15000)
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    return dlg
