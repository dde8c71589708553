"""Judging overview (the 评判 tab): per-trade progress by counts only.

Fairness: nothing here carries a contestant's name, unit or ID number; only codes and counts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select

from haihe_desk.db.models import BlindCode, CheckIn, JudgeAssignment, Registration, ScoreEntry, ScoreLock, Trade
from haihe_desk.domain import labels
from haihe_desk.i18n import QT_TRANSLATE_NOOP, translate
from haihe_desk.services.listing import Column, ListSource, Row, like_any

COLUMNS = [
    Column("code", QT_TRANSLATE_NOOP("Columns", "代码"), 70),
    Column("name", QT_TRANSLATE_NOOP("Columns", "工种"), 100),
    Column("group", QT_TRANSLATE_NOOP("Columns", "组别"), 60),
    Column("confirmed", QT_TRANSLATE_NOOP("Columns", "已确认选手"), 80),
    Column("judges", QT_TRANSLATE_NOOP("Columns", "裁判"), 50),
    Column("checked_in", QT_TRANSLATE_NOOP("Columns", "已检录"), 60),
    Column("coded", QT_TRANSLATE_NOOP("Columns", "已加密"), 60),
    Column("scored", QT_TRANSLATE_NOOP("Columns", "已评分（密号）"), 100),
    Column("locked", QT_TRANSLATE_NOOP("Columns", "锁定"), 80),
    Column("stage", QT_TRANSLATE_NOOP("Columns", "阶段"), 120),
]


def _count(stmt: Any) -> Any:
    return stmt.scalar_subquery()


def _base() -> Select[Any]:
    confirmed = _count(
        select(func.count(Registration.id)).where(Registration.trade_id == Trade.id, Registration.status == "confirmed")
    )
    judges = _count(select(func.count(JudgeAssignment.id)).where(JudgeAssignment.trade_id == Trade.id))
    checked = _count(
        select(func.count(func.distinct(CheckIn.registration_id)))
        .join(Registration, Registration.id == CheckIn.registration_id)
        .where(Registration.trade_id == Trade.id)
    )
    coded = _count(select(func.count(BlindCode.id)).where(BlindCode.trade_id == Trade.id, BlindCode.layer == 1))
    scored = _count(select(func.count(func.distinct(ScoreEntry.blind_code))).where(ScoreEntry.trade_id == Trade.id))
    locked = _count(select(func.count(ScoreLock.id)).where(ScoreLock.trade_id == Trade.id, ScoreLock.locked.is_(True)))
    return select(Trade.id, Trade.code, Trade.name, Trade.group, confirmed, judges, checked, coded, scored, locked)


def _filters(q: Select[Any], f: dict[str, Any]) -> Select[Any]:
    if f.get("contest_id"):
        q = q.where(Trade.contest_id == f["contest_id"])
    text = (f.get("text") or "").strip()
    if text:
        q = q.where(like_any(text, Trade.code, Trade.name))
    return q


def stage(confirmed: int, checked: int, coded: int, scored: int, locked: int) -> str:
    if locked:
        return translate("Judging", "成绩已锁定")
    if scored:
        return translate("Judging", "评分中")
    if coded:
        return translate("Judging", "已加密，待评分")
    if checked:
        return translate("Judging", "检录中")
    if confirmed:
        return translate("Judging", "待检录")
    return translate("Judging", "无确认选手")


def _format(r: Row) -> Row:
    tid, code, name, group, confirmed, judges, checked, coded, scored, locked = r
    return (
        tid,
        code,
        name,
        labels.label(labels.GROUPS, group),
        confirmed,
        judges,
        checked,
        coded,
        scored,
        translate("Judging", "已锁定") if locked else translate("Judging", "未锁定"),
        stage(confirmed, checked, coded, scored, locked),
    )


SOURCE = ListSource(
    columns=COLUMNS,
    base=_base,
    apply_filters=_filters,
    order_by=lambda: [Trade.group.desc(), Trade.code],
    format_row=_format,
)
