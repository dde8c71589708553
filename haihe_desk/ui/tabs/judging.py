"""评判 tab: per-trade judging progress by counts and codes only (no names, units or IDs)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from haihe_desk.db.database import Database
from haihe_desk.services import judging, settings
from haihe_desk.ui.list_tab import ListTab
from haihe_desk.ui.changes import Change


class JudgingTab(ListTab):
    FORM = "judging_tab"
    AREAS = frozenset({Change.JUDGING, Change.REGISTRATIONS, Change.TRADES})

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, judging.SOURCE, parent)
        with db.read() as s:
            self.contest_id = settings.current_contest_id(s)
        self.reload()

    def filters(self) -> dict[str, Any]:
        return {"text": self.search.text(), "contest_id": self.contest_id}
