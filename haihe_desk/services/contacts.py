"""Contacts (通讯录): listing and search (name, pinyin, phone digits, organisation)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import Session

from haihe_desk.db.models import Contact, ContactPhone
from haihe_desk.domain import labels
from haihe_desk.i18n import QT_TRANSLATE_NOOP
from haihe_desk.services.listing import Column, ListSource, Row, like_any

COLUMNS = [
    Column("name", QT_TRANSLATE_NOOP("Columns", "姓名"), 130),
    Column("role", QT_TRANSLATE_NOOP("Columns", "职责"), 110),
    Column("trade", QT_TRANSLATE_NOOP("Columns", "工种"), 90),
    Column("organisation", QT_TRANSLATE_NOOP("Columns", "单位"), 160),
    Column("phones", QT_TRANSLATE_NOOP("Columns", "电话"), 220),
    Column("email", QT_TRANSLATE_NOOP("Columns", "电子邮箱"), 160),
    Column("notes", QT_TRANSLATE_NOOP("Columns", "备注"), 160),
]


def _phones_subq() -> Any:
    # group_concat on SQLite, string_agg on PostgreSQL: aggregate_strings is portable.
    return (
        select(func.aggregate_strings(ContactPhone.number, " / "))
        .where(ContactPhone.contact_id == Contact.id)
        .correlate(Contact)
        .scalar_subquery()
    )


def _base() -> Select[Any]:
    return select(
        Contact.id, Contact.name, Contact.role, Contact.trade_name, Contact.organisation_name, _phones_subq(),
        Contact.email, Contact.notes,
    )


def _filters(q: Select[Any], f: dict[str, Any]) -> Select[Any]:
    if f.get("contest_id"):
        q = q.where((Contact.contest_id == f["contest_id"]) | (Contact.contest_id.is_(None)))
    if f.get("role"):
        q = q.where(Contact.role == f["role"])
    if f.get("trade"):
        q = q.where(Contact.trade_name == f["trade"])
    text = (f.get("text") or "").strip()
    if text:
        digits = "".join(ch for ch in text if ch.isdigit())
        conds = [like_any(text, Contact.name, Contact.name_pinyin, Contact.organisation_name, Contact.email,
                          Contact.trade_name, Contact.notes)]
        if digits and len(digits) >= 3:
            conds.append(exists().where(ContactPhone.contact_id == Contact.id, like_any(digits, ContactPhone.number)))
        q = q.where(or_(*conds))
    return q


def _format(r: Row) -> Row:
    cid, name, role, trade, org, phones, email, notes = r
    return (cid, name, labels.label(labels.CONTACT_ROLES, role), trade, org, phones or "", email, notes)


SOURCE = ListSource(
    columns=COLUMNS, base=_base, apply_filters=_filters, order_by=lambda: [Contact.sort, Contact.id],
    format_row=_format,
)


def get(session: Session, contact_id: int) -> Contact | None:
    return session.get(Contact, contact_id)
