"""One signal that says what changed. Operations commit; then ``emit_changed`` names what changed
(``ui.changes.Change`` members); each view refreshes itself when one of its areas is among them.
``Change.DATABASE`` stands for every area."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from haihe_desk.ui.changes import ALL, Change


class DataBus(QObject):
    changed = Signal(object)  # a frozenset[Change]

    def emit_changed(self, *areas: Change) -> None:
        for a in areas:
            if not isinstance(a, Change):
                raise TypeError(f"emit_changed takes Change members, not {a!r}")
        found = frozenset(areas)
        self.changed.emit(ALL if Change.DATABASE in found else found)


bus = DataBus()
