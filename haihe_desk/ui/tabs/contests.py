"""赛事 tab: the contest and its trades with live counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from haihe_desk.db.database import Database
from haihe_desk.domain import labels
from haihe_desk.services import contests, settings
from haihe_desk.ui.list_tab import ListTab


class ContestsTab(ListTab):
    FORM = "contests_tab"
    AREAS = frozenset({"contests", "trades", "registrations", "checkins"})

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, contests.SOURCE, parent)
        self.contest_combo = self.combo("contestCombo")
        self.group_combo = self.combo("groupCombo")
        self.summary: QLabel = self.child(QLabel, "contestSummary")
        self.fill_combo(self.group_combo, [(labels.label(labels.GROUPS, k), k) for k in labels.GROUPS], self.tr("全部"))
        self._load_contests()
        self.contest_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.group_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()

    def _load_contests(self) -> None:
        with self.db.read() as s:
            items = [(f"{c.year} {c.short_name or c.name}", c.id) for c in contests.list_contests(s)]
            current = settings.current_contest_id(s)
        self.contest_combo.blockSignals(True)
        self.contest_combo.clear()
        for text, cid in items:
            self.contest_combo.addItem(text, cid)
        idx = self.contest_combo.findData(current)
        self.contest_combo.setCurrentIndex(max(idx, 0))
        self.contest_combo.blockSignals(False)

    def filters(self) -> dict[str, Any]:
        return {"text": self.search.text(), "contest_id": self.contest_combo.currentData(),
                "group": self.group_combo.currentData()}

    def after_reload(self) -> None:
        cid = self.contest_combo.currentData()
        if cid is None:
            self.summary.setText(self.tr("还没有赛事。可以在“文件”菜单中创建演示赛事。"))
            return
        with self.db.read() as s:
            from haihe_desk.db.models import Contest

            c = s.get(Contest, cid)
            if c is None:
                return
            text = self.tr("{name}\n文号：{doc}　主办：{org}　报名截止：{deadline}　{office}").format(
                name=c.name, doc=c.doc_number or "—", org=c.organiser or "—",
                deadline=f"{c.registration_deadline:%Y-%m-%d}" if c.registration_deadline else "—",
                office=c.office_name,
            )
        self.summary.setText(text)
