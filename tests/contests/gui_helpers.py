"""Driving the 赛事 tab as a user does: press the real button, find the dialog it opened among the
application's windows, answer the modal boxes and input dialogs it raises from a timer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)


def click(qtbot: Any, button: QAbstractButton) -> None:
    """A left click on the real button (it must be visible and enabled, as for a user)."""
    assert button.isVisible(), f"{button.objectName()} is hidden"
    assert button.isEnabled(), f"{button.objectName()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press(qtbot: Any, parent: QWidget, name: str) -> None:
    """Click the QPushButton called ``name`` inside ``parent``."""
    button = parent.findChild(QPushButton, name)
    assert button is not None, f"no button {name}"
    click(qtbot, button)


def page(qtbot: Any, tabs: QTabWidget, index: int) -> None:
    """Click the tab of page ``index`` of a QTabWidget."""
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def shown(cls: type) -> Any:
    """The one visible window of class ``cls`` (a dialog a button just opened)."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    assert len(found) == 1, f"expected one visible {cls.__name__}, found {len(found)}"
    return found[0]


def ok(qtbot: Any, dlg: QWidget) -> None:
    """Click the OK button of the dialog's button box."""
    box = dlg.findChild(QDialogButtonBox, "buttonBox")
    click(qtbot, box.button(QDialogButtonBox.StandardButton.Ok))


def when_modal(cls: type, handler: Callable[[Any], None], *, after: QWidget | None = None) -> None:
    """Run ``handler(dialog)`` once a modal dialog of class ``cls`` (other than ``after``) is shown:
    for dialogs opened with exec() (QMessageBox, QInputDialog) by the click that follows."""

    def poll() -> None:
        dlg = QApplication.activeModalWidget()
        if isinstance(dlg, cls) and dlg.isVisible() and dlg is not after:
            handler(dlg)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


class MessageSeen:
    """Answers the next modal QMessageBox with ``button`` and keeps its text."""

    def __init__(self, button: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok):
        self.text = ""
        self.title = ""
        self._button = button
        when_modal(QMessageBox, self._answer)

    def _answer(self, box: QMessageBox) -> None:
        self.text, self.title = box.text(), box.windowTitle()
        box.button(self._button).click()


def answer_input(*answers: str) -> list[str]:
    """Answer the next QInputDialogs in turn (item or text), each with OK; returns their labels."""
    labels: list[str] = []
    pending = list(answers)

    def answer(dlg: QInputDialog) -> None:
        labels.append(dlg.labelText())
        dlg.setTextValue(pending.pop(0))
        if pending:
            when_modal(QInputDialog, answer, after=dlg)
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(QInputDialog, answer)
    return labels


def choose_files(monkeypatch: Any, open_path: Path | None = None, save_path: Path | None = None) -> list[str]:
    """Answer the native file dialogs with these paths (they would block); returns their captions."""
    captions: list[str] = []

    def opening(parent: Any, caption: str = "", *a: Any, **k: Any) -> tuple[str, str]:
        captions.append(caption)
        return (str(open_path) if open_path else "", "")

    def saving(parent: Any, caption: str = "", *a: Any, **k: Any) -> tuple[str, str]:
        captions.append(caption)
        return (str(save_path) if save_path else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(opening))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(saving))
    return captions


def unconnected_buttons(root: QWidget) -> list[str]:
    """The QPushButtons under ``root`` whose clicked signal reaches nothing (button boxes aside)."""
    out = []
    for b in root.findChildren(QPushButton):
        if isinstance(b.parent(), QDialogButtonBox):
            continue
        if b.receivers("2clicked()") + b.receivers("2clicked(bool)") == 0:
            out.append(b.objectName())
    return out


def close(dlg: QDialog) -> None:
    dlg.reject()
