"""Small pieces shared by the 赛事 tab's dialogs (contest, trade, filing): optional dates in a
QDateEdit and combo filling. The dialogs themselves subclass ``ui/dialogs/base.FormDialog``."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit

NO_DATE = QDate(2000, 1, 1)


def setup_date(edit: QDateEdit, blank: str) -> None:
    """Let a QDateEdit hold "no date": its minimum shows ``blank`` and means None."""
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(blank)
    edit.setDate(NO_DATE)


def get_date(edit: QDateEdit) -> date | None:
    d = edit.date()
    return None if d == NO_DATE else date(d.year(), d.month(), d.day())


def set_date(edit: QDateEdit, d: date | None) -> None:
    edit.setDate(QDate(d.year, d.month, d.day) if d else NO_DATE)


def fill(combo: QComboBox, items: list[tuple[str, Any]], current: Any = None) -> None:
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    idx = combo.findData(current)
    combo.setCurrentIndex(max(idx, 0))
