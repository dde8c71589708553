"""Registrations: listing with filters in SQL (the 报名 tab). Entry, import and review build on this."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from haihe_desk.db.models import Organisation, Person, Registration, Trade
from haihe_desk.domain import idcard, labels
from haihe_desk.i18n import QT_TRANSLATE_NOOP
from haihe_desk.services.listing import Column, ListSource, Row, like_any

COLUMNS = [
    Column("name", QT_TRANSLATE_NOOP("Columns", "姓名"), 80),
    Column("gender", QT_TRANSLATE_NOOP("Columns", "性别"), 40),
    Column("id_number", QT_TRANSLATE_NOOP("Columns", "身份证号"), 150),
    Column("trade", QT_TRANSLATE_NOOP("Columns", "工种"), 90),
    Column("group", QT_TRANSLATE_NOOP("Columns", "组别"), 60),
    Column("unit", QT_TRANSLATE_NOOP("Columns", "工作单位/学校"), 220),
    Column("union_code", QT_TRANSLATE_NOOP("Columns", "工会代码"), 90),
    Column("grade", QT_TRANSLATE_NOOP("Columns", "技能等级"), 110),
    Column("status", QT_TRANSLATE_NOOP("Columns", "审核状态"), 100),
    Column("mobile", QT_TRANSLATE_NOOP("Columns", "手机"), 100),
]


def _base() -> Select[Any]:
    return (
        select(
            Registration.id,
            Person.name,
            Person.gender,
            Person.id_number,
            Trade.name,
            Registration.group,
            Registration.unit_name,
            Registration.union_code,
            Registration.skill_grade,
            Registration.status,
            Person.mobile,
        )
        .join(Person, Registration.person_id == Person.id)
        .join(Trade, Registration.trade_id == Trade.id)
    )


def _filters(q: Select[Any], f: dict[str, Any]) -> Select[Any]:
    if f.get("contest_id"):
        q = q.where(Trade.contest_id == f["contest_id"])
    if f.get("trade_id"):
        q = q.where(Registration.trade_id == f["trade_id"])
    if f.get("group"):
        q = q.where(Registration.group == f["group"])
    if f.get("status"):
        q = q.where(Registration.status == f["status"])
    if f.get("unit_id"):
        q = q.where(Registration.unit_id == f["unit_id"])
    text = (f.get("text") or "").strip()
    if text:
        q = q.where(
            like_any(text, Person.name, Person.id_number, Person.mobile, Registration.union_code, Registration.unit_name)
        )
    return q


def _format(r: Row) -> Row:
    rid, name, gender, id_number, trade, group, unit, code, grade, status, mobile = r
    return (
        rid,
        name,
        gender,
        idcard.mask(id_number) if id_number else "",
        trade,
        labels.label(labels.GROUPS, group),
        unit,
        code,
        labels.label(labels.GRADES, grade) if grade else "",
        labels.label(labels.REG_STATUS, status),
        (mobile[:3] + "****" + mobile[7:]) if len(mobile) == 11 else mobile,
    )


SOURCE = ListSource(
    columns=COLUMNS,
    base=_base,
    apply_filters=_filters,
    order_by=lambda: [Registration.id],
    format_row=_format,
)


def status_counts(session: Session, filters: dict[str, Any] | None = None) -> dict[str, int]:
    q = select(Registration.status, func.count()).join(Trade, Registration.trade_id == Trade.id)
    if filters and filters.get("contest_id"):
        q = q.where(Trade.contest_id == filters["contest_id"])
    return {s: n for s, n in session.execute(q.group_by(Registration.status))}


def unit_choices(session: Session) -> list[tuple[int, str]]:
    return list(session.execute(select(Organisation.id, Organisation.name).order_by(Organisation.name)))
