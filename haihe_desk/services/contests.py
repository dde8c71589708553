"""Contests and trades: listing for the 赛事 tab, with live per-trade counts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from haihe_desk.db.models import CheckIn, Contest, Organisation, Registration, Trade
from haihe_desk.domain import labels
from haihe_desk.domain.decimals import display
from haihe_desk.i18n import QT_TRANSLATE_NOOP, translate
from haihe_desk.services.listing import Column, ListSource, Row, like_any

COLUMNS = [
    Column("code", QT_TRANSLATE_NOOP("Columns", "代码"), 70),
    Column("name", QT_TRANSLATE_NOOP("Columns", "工种"), 100),
    Column("group", QT_TRANSLATE_NOOP("Columns", "组别"), 60),
    Column("level", QT_TRANSLATE_NOOP("Columns", "级别"), 70),
    Column("host", QT_TRANSLATE_NOOP("Columns", "承办单位"), 180),
    Column("dates", QT_TRANSLATE_NOOP("Columns", "比赛日期"), 160),
    Column("weights", QT_TRANSLATE_NOOP("Columns", "理论/实操"), 80),
    Column("registered", QT_TRANSLATE_NOOP("Columns", "报名"), 50),
    Column("confirmed", QT_TRANSLATE_NOOP("Columns", "已确认"), 60),
    Column("pending", QT_TRANSLATE_NOOP("Columns", "待审"), 50),
    Column("checked_in", QT_TRANSLATE_NOOP("Columns", "已检录"), 60),
    Column("risk", QT_TRANSLATE_NOOP("Columns", "提示"), 140),
]

_reg_counts = (
    select(
        Registration.trade_id.label("trade_id"),
        func.count(Registration.id).label("registered"),
        func.sum(case((Registration.status == "confirmed", 1), else_=0)).label("confirmed"),
        func.sum(case((Registration.status.in_(("submitted", "union_approved")), 1), else_=0)).label("pending"),
    )
    .where(Registration.status.not_in(("rejected", "withdrawn")))
    .group_by(Registration.trade_id)
    .subquery()
)
_checkins = (
    select(Registration.trade_id.label("trade_id"), func.count(func.distinct(CheckIn.registration_id)).label("n"))
    .join(CheckIn, CheckIn.registration_id == Registration.id)
    .group_by(Registration.trade_id)
    .subquery()
)


def _base() -> Select[Any]:
    return (
        select(
            Trade.id,
            Trade.code,
            Trade.name,
            Trade.group,
            Trade.level,
            Organisation.name,
            Trade.start_date,
            Trade.end_date,
            Trade.theory_weight,
            Trade.practical_weight,
            func.coalesce(_reg_counts.c.registered, 0),
            func.coalesce(_reg_counts.c.confirmed, 0),
            func.coalesce(_reg_counts.c.pending, 0),
            func.coalesce(_checkins.c.n, 0),
            Trade.min_entries,
        )
        .outerjoin(Organisation, Trade.host_unit_id == Organisation.id)
        .outerjoin(_reg_counts, _reg_counts.c.trade_id == Trade.id)
        .outerjoin(_checkins, _checkins.c.trade_id == Trade.id)
    )


def _filters(q: Select[Any], f: dict[str, Any]) -> Select[Any]:
    if f.get("contest_id"):
        q = q.where(Trade.contest_id == f["contest_id"])
    if f.get("group"):
        q = q.where(Trade.group == f["group"])
    text = (f.get("text") or "").strip()
    if text:
        q = q.where(like_any(text, Trade.code, Trade.name, Organisation.name, Trade.venue))
    return q


def _format(r: Row) -> Row:
    (tid, code, name, group, level, host, start, end, wt, wp, registered, confirmed, pending, checked, minimum) = r
    dates = ""
    if start:
        dates = f"{start:%Y-%m-%d}" + (f" 至 {end:%Y-%m-%d}" if end and end != start else "")
    risk = ""
    if registered < minimum:
        risk = translate("Contests", "不足 {n} 人，可能取消").format(n=minimum)
    return (
        tid, code, name, labels.label(labels.GROUPS, group), labels.label(labels.LEVELS, level), host or "", dates,
        f"{display(wt * 100, 0)}/{display(wp * 100, 0)}", registered, confirmed, pending, checked, risk,
    )


SOURCE = ListSource(
    columns=COLUMNS, base=_base, apply_filters=_filters, order_by=lambda: [Trade.group.desc(), Trade.code],
    format_row=_format,
)


def list_contests(session: Session) -> list[Contest]:
    return list(session.scalars(select(Contest).order_by(Contest.year.desc(), Contest.id.desc())))
