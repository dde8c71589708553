"""Every button and menu action of the main window, of each tab and of their context menus is
connected to something (issue 11, section 5).

The walk: the menu bar's actions (sub-menus included); in each tab, once shown and filled, every
QPushButton/QToolButton (also the ones hidden for the role: they must work when shown), every
QMenu the tab owns (button menus, "more" menus) and every context menu, opened with a real
context-menu event over the first row. A button counts as connected when one of its
clicked/pressed/released/toggled signals has a receiver (``QObject.isSignalConnected``, which
PySide6 answers for Python slots, lambdas and C++ connections alike), or it opens a menu, or it
carries a default action that is connected. An action counts when its triggered/toggled signal
has a receiver besides the one each menu holding it adds (``receivers(SIGNAL("triggered()"))``
minus the menus and tool buttons in ``associatedObjects()``). The walker is itself tested: a
button or action with nothing behind it, or a real button disconnected, is reported.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import SIGNAL, QMetaMethod, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QMenu, QPushButton, QTabBar, QToolButton, QWidget

from haihe_desk.services import context
from haihe_desk.services.context import Actor
from haihe_desk.ui.app import install_translations
from haihe_desk.ui.main_window import MainWindow
from tests.gui.helpers import click_tab, forget_window_state, open_context_menu

pytestmark = pytest.mark.gui
# A popup menu (a context menu opened for real) asks the offscreen platform for what it lacks.
POPUP_NOISE = pytest.mark.qt_log_ignore("This plugin does not support raise", "does not support grabbing the keyboard")


def connected(obj: QObject, *signals) -> bool:  # type: ignore[no-untyped-def]
    return any(obj.isSignalConnected(QMetaMethod.fromSignal(sig)) for sig in signals)


def _qt_internal(button: QAbstractButton) -> bool:
    """Buttons Qt builds inside its own widgets (a line edit's clear button, tab-bar scrollers)."""
    parent = button.parentWidget()
    return isinstance(parent, (QLineEdit, QTabBar)) or button.objectName().startswith("qt_")


def dead_buttons(root: QWidget) -> list[str]:
    dead = []
    for b in root.findChildren(QAbstractButton):
        if not isinstance(b, (QPushButton, QToolButton)) or _qt_internal(b):
            continue
        if connected(b, b.clicked, b.pressed, b.released, b.toggled) or b.menu() is not None:
            continue
        if isinstance(b, QToolButton) and b.defaultAction() is not None and action_connected(b.defaultAction()):
            continue
        dead.append(f"button {b.objectName() or '?'} {b.text()!r}")
    return dead


def action_connected(action: QAction) -> bool:
    """A receiver of our own on triggered (or toggled). Each menu or tool button the action sits
    in connects its triggered signal once itself, so those receivers are not counted."""
    internal = sum(1 for o in action.associatedObjects() if isinstance(o, (QMenu, QToolButton)))
    return action.receivers(SIGNAL("triggered()")) > internal or connected(action, action.toggled)


def menu_actions(menu: QMenu) -> list[QAction]:
    """The menu's actions, sub-menus walked, separators left out."""
    found = []
    for a in menu.actions():
        if a.isSeparator():
            continue
        if a.menu() is not None:
            found += menu_actions(a.menu())
        else:
            found.append(a)
    return found


def dead_actions(actions: list[QAction], where: str) -> list[str]:
    return [f"{where}: action {a.objectName() or '?'} {a.text()!r}" for a in actions if not action_connected(a)]


def context_menu_widgets(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu]


def walk_window(qtbot, window: MainWindow) -> tuple[list[str], dict[str, int]]:  # type: ignore[no-untyped-def]
    """Everything dead in the window, and how many things of each kind were checked."""
    dead: list[str] = []
    seen = {"menu actions": 0, "buttons": 0, "tab menus": 0, "context menus": 0}
    for top in window.menuBar().actions():
        acts = menu_actions(top.menu())
        seen["menu actions"] += len(acts)
        dead += dead_actions(acts, f"menu {top.text()}")
    for i in range(window.tabs.count()):
        tab = click_tab(qtbot, window, i)
        name = window.tabs.tabText(i)
        seen["buttons"] += sum(
            1
            for b in tab.findChildren(QAbstractButton)
            if isinstance(b, (QPushButton, QToolButton)) and not _qt_internal(b)
        )
        dead += [f"tab {name}: {d}" for d in dead_buttons(tab)]
        for menu in tab.findChildren(QMenu):
            seen["tab menus"] += 1
            dead += dead_actions(menu_actions(menu), f"tab {name} menu")
        for w in context_menu_widgets(tab):
            if not connected(w, w.customContextMenuRequested):
                dead.append(f"tab {name}: {w.objectName()} offers a context menu that nothing builds")
                continue
            for menu in open_context_menu(w):
                seen["context menus"] += 1
                acts = menu_actions(menu)
                assert acts, f"tab {name}: the context menu of {w.objectName()} is empty"
                dead += dead_actions(acts, f"tab {name} context menu of {w.objectName()}")
    return dead, seen


@pytest.fixture
def window(qtbot, qapp, demo_db):  # type: ignore[no-untyped-def]
    install_translations(qapp, "zh_CN")
    forget_window_state()
    context.sign_in(Actor("boss", "admin", display_name="王主任"))
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    context.sign_in(None)


@POPUP_NOISE
def test_every_button_and_action_is_connected(window, qtbot):  # type: ignore[no-untyped-def]
    dead, seen = walk_window(qtbot, window)
    assert not dead, "connected to nothing:\n" + "\n".join(dead)
    # The walk really reached things: the menus, the tabs' buttons, their menus and context menus.
    assert seen["menu actions"] >= 14, seen
    assert seen["buttons"] >= 30, seen
    assert seen["tab menus"] >= 3, seen
    assert seen["context menus"] >= 2, seen


@POPUP_NOISE
def test_the_walker_reports_a_disconnected_button_and_action(window, qtbot):  # type: ignore[no-untyped-def]
    """Disconnecting a real button or menu item turns the walk red."""
    archive = window.contests_tab.findChild(QPushButton, "archiveButton")
    archive.clicked.disconnect()
    window.act_refresh.triggered.disconnect()
    dead, _seen = walk_window(qtbot, window)
    assert any("archiveButton" in d for d in dead), dead
    assert any("actRefresh" in d for d in dead), dead


def test_the_walker_reports_loose_widgets(qtbot):  # type: ignore[no-untyped-def]
    box = QWidget()
    qtbot.addWidget(box)
    loose = QPushButton("无用", box)
    loose.setObjectName("looseButton")
    wired = QPushButton("有用", box)
    wired.setObjectName("wiredButton")
    wired.clicked.connect(lambda: None)
    with_menu = QToolButton(box)
    with_menu.setObjectName("menuButton")
    menu = QMenu(box)
    with_menu.setMenu(menu)
    idle = menu.addAction("什么也不做")
    idle.setObjectName("idleAction")
    menu.addAction("做点事", lambda: None)
    found = dead_buttons(box) + dead_actions(menu_actions(menu), "menu")
    assert any("looseButton" in d for d in found)
    assert any("idleAction" in d for d in found)
    assert not any("wiredButton" in d or "menuButton" in d or "做点事" in d for d in found)
