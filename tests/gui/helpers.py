"""Helpers for driving the main window as a user does."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QWidget

from haihe_desk.ui.main_window import MainWindow


def click_tab(qtbot, window: MainWindow, index: int) -> QWidget:  # type: ignore[no-untyped-def]
    """Click the tab's title in the tab bar; returns the page now shown."""
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.tabs.currentIndex() == index
    return window.tabs.currentWidget()


def forget_window_state() -> None:
    """Start from the default window state (the first tab), not the one a previous test left."""
    from haihe_desk.ui.settings import app_settings

    s = app_settings()
    s.remove("mainWindow")
    s.sync()


def open_context_menu(widget: QWidget) -> list[QMenu]:
    """Right-click ``widget`` (over its first item for an item view) and return the menu that
    popped up, closed again (empty when none did). The menu's actions stay reachable."""
    if isinstance(widget, QAbstractItemView) and widget.model() is not None and widget.model().rowCount() > 0:
        target = widget.viewport()
        pos = widget.visualRect(widget.model().index(0, 0)).center()
    else:
        target, pos = widget, widget.rect().center()
    menus: list[QMenu] = []

    def grab() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            menus.append(popup)
            popup.close()

    QTimer.singleShot(0, grab)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, target.mapToGlobal(pos))
    QApplication.sendEvent(target, event)
    QApplication.processEvents()
    return menus
