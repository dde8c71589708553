"""报名 tab: the registrations table with trade, group and status filters and a search in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy import select

from haihe_desk.db.database import Database
from haihe_desk.db.models import Trade
from haihe_desk.domain import labels
from haihe_desk.services import registrations, settings
from haihe_desk.ui.list_tab import ListTab


class RegistrationsTab(ListTab):
    FORM = "registrations_tab"
    AREAS = frozenset({"registrations", "trades", "contests", "organisations"})

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, registrations.SOURCE, parent)
        self.trade_combo = self.combo("tradeCombo")
        self.group_combo = self.combo("groupCombo")
        self.status_combo = self.combo("statusCombo")
        self.state_counts: QLabel = self.child(QLabel, "stateCounts")
        self.fill_combo(self.group_combo, [(labels.label(labels.GROUPS, k), k) for k in labels.GROUPS], self.tr("全部"))
        self.fill_combo(
            self.status_combo, [(labels.label(labels.REG_STATUS, k), k) for k in labels.REG_STATUS], self.tr("全部")
        )
        self._load_trades()
        for combo in (self.trade_combo, self.group_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()

    def _load_trades(self) -> None:
        with self.db.read() as s:
            self.contest_id = settings.current_contest_id(s)
            rows = s.execute(
                select(Trade.id, Trade.code, Trade.name).where(Trade.contest_id == self.contest_id).order_by(Trade.code)
            ).all()
        self.fill_combo(self.trade_combo, [(f"{code} {name}", tid) for tid, code, name in rows], self.tr("全部工种"))

    def filters(self) -> dict[str, Any]:
        return {
            "text": self.search.text(),
            "contest_id": self.contest_id,
            "trade_id": self.trade_combo.currentData(),
            "group": self.group_combo.currentData(),
            "status": self.status_combo.currentData(),
        }

    def after_reload(self) -> None:
        with self.db.read() as s:
            counts = registrations.status_counts(s, {"contest_id": self.contest_id})
        parts = [f"{labels.label(labels.REG_STATUS, k)} {counts.get(k, 0)}" for k in labels.REG_STATUS]
        self.state_counts.setText("　".join(parts))
