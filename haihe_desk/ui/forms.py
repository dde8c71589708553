"""Load Qt Designer forms from forms/ at run time (QUiLoader translates their strings through the
installed translators, with the form's class name as the context, matching pyside6-lupdate)."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from haihe_desk.paths import FORMS

_loader: QUiLoader | None = None


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Load ``forms/<name>.ui``; child widgets are reachable with ``findChild`` or by attribute."""
    global _loader
    if _loader is None:
        _loader = QUiLoader()
    path = FORMS / f"{name}.ui"
    f = QFile(str(path))
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(str(path))
    try:
        widget = _loader.load(f, parent)
    finally:
        f.close()
    if widget is None:
        raise RuntimeError(f"cannot load form {path}: {_loader.errorString()}")
    return widget
