"""评判 tab: per-trade judging progress by counts and codes only (no names, units or IDs)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from haihe_desk.db.database import Database
from haihe_desk.services import judging
from haihe_desk.ui import operations as ops
from haihe_desk.ui.changes import Change
from haihe_desk.ui.list_tab import ListTab


class JudgingTab(ListTab):
    FORM = "judging_tab"
    AREAS = frozenset({Change.JUDGING, Change.REGISTRATIONS, Change.TRADES, Change.CONTESTS})

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, judging.SOURCE, parent)
        self.contest_id: int | None = None  # the contest of the last load (read when reloading)
        self.reload()

    def filters(self) -> dict[str, Any]:
        # The current contest is read at each reload (another PC or the 赛事 tab may change it).
        self.contest_id = ops.current_contest(self.db)
        return {"text": self.search.text(), "contest_id": self.contest_id}
