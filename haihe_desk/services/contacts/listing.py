"""The 通讯录 list: columns, filters and search in SQL (name, pinyin, phone digits, unit subtree)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, exists, func, or_, select

from haihe_desk.db.models import Contact, ContactPhone
from haihe_desk.domain import labels, roles
from haihe_desk.i18n import QT_TRANSLATE_NOOP
from haihe_desk.services import organisations
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
        Contact.id,
        Contact.name,
        Contact.role,
        Contact.trade_name,
        Contact.organisation_name,
        _phones_subq(),
        Contact.email,
        Contact.notes,
    )


def apply_filters(q: Select[Any], f: dict[str, Any]) -> Select[Any]:
    if f.get("contest_id"):
        q = q.where((Contact.contest_id == f["contest_id"]) | (Contact.contest_id.is_(None)))
    if f.get("role"):
        q = q.where(Contact.role == f["role"])
    if f.get("trade"):
        q = q.where(Contact.trade_name == f["trade"])
    if f.get("organisation_id"):
        q = q.where(organisations.in_subtree(Contact.organisation_id, f["organisation_id"]))
    text = (f.get("text") or "").strip()
    if text:
        digits = "".join(ch for ch in text if ch.isdigit())
        conds = [
            like_any(
                text,
                Contact.name,
                Contact.name_pinyin,
                Contact.organisation_name,
                Contact.email,
                Contact.trade_name,
                Contact.notes,
            )
        ]
        if digits and len(digits) >= 3:
            conds.append(
                exists().where(ContactPhone.contact_id == Contact.id, like_any(digits, _digits(ContactPhone.number)))
            )
        q = q.where(or_(*conds))
    return q


def _digits(col: Any) -> Any:
    """The number without the separators people type (portable: replace() exists on SQLite and
    PostgreSQL), so "84236612" finds "022-8423 6612"."""
    for ch in ("-", " ", "(", ")", "+"):
        col = func.replace(col, ch, "")
    return col


def _format(r: Row) -> Row:
    cid, name, role, trade, org, phones, email, notes = r
    return (cid, name, labels.label(labels.CONTACT_ROLES, role), trade, org, phones or "", email, notes)


SOURCE = ListSource(
    columns=COLUMNS,
    base=_base,
    apply_filters=apply_filters,
    order_by=lambda: [Contact.sort, Contact.id],
    format_row=_format,
    permission=roles.CONTACTS_VIEW,
)
