"""One signal that says what changed. Services commit; the GUI then emits ``changed`` with the
names of what changed ("registrations", "contacts", ...); each view refreshes itself."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    changed = Signal(object)  # a frozenset[str] of area names

    def emit_changed(self, *areas: str) -> None:
        self.changed.emit(frozenset(areas))


bus = DataBus()
