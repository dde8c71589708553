"""The one base for form dialogs: a QDialog whose content is a Designer form.

Every dialog of the program is a ``FormDialog`` subclass: ``FORM`` names ``forms/<FORM>.ui`` (its top
widget a QWidget holding the fields and, usually, a QDialogButtonBox named ``buttonBox``); OK calls ``save()``,
which returns True to close. Labels named ``<key>Error`` show a message under their field
(``show_errors``). Tests drive it like a user: type into its widgets, click ``buttonBox``'s OK.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from haihe_desk.ui.forms import load_form


class FormDialog(QDialog):
    """A QDialog whose content is ``forms/<FORM>.ui`` (a QWidget form); OK runs ``save()``, which
    returns True to close. Error labels are named ``<key>Error`` in the form."""

    FORM = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = load_form(self.FORM, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.form)
        self.setObjectName(self.form.objectName())  # tests find the dialog by its form's name
        self.setWindowTitle(self.form.windowTitle())
        self.resize(self.form.size())
        # A dialog whose choices are its own buttons (the conflict dialog) has no buttonBox.
        self.buttons: QDialogButtonBox = self.form.findChild(QDialogButtonBox, "buttonBox")
        if self.buttons is not None:
            self.buttons.accepted.connect(self._on_ok)
            self.buttons.rejected.connect(self.reject)
        self.error_labels = {
            lab.objectName()[: -len("Error")]: lab
            for lab in self.form.findChildren(QLabel)
            if lab.objectName().endswith("Error")
        }
        self.show_errors({})

    def w(self, cls: type, name: str) -> Any:
        widget = self.form.findChild(cls, name)
        if widget is None:
            raise LookupError(f"{self.FORM}.ui has no {cls.__name__} named {name}")
        return widget

    def show_errors(self, errs: Mapping[str, str], fallback: str = "") -> None:
        """Put each message under its field; messages without a label go to ``fallback``'s label."""
        shown: dict[str, list[str]] = {}
        for key, msg in errs.items():
            target = key if key in self.error_labels else fallback
            if target in self.error_labels:
                shown.setdefault(target, []).append(msg)
        for key, lab in self.error_labels.items():
            text = "\n".join(shown.get(key, []))
            lab.setText(text)
            lab.setVisible(bool(text))

    def errors_shown(self) -> dict[str, str]:
        return {k: lab.text() for k, lab in self.error_labels.items() if lab.text()}

    def _on_ok(self) -> None:
        if self.save():
            self.accept()

    def save(self) -> bool:  # pragma: no cover - every dialog overrides
        return True
