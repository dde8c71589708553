"""Contacts as plain records for files (xlsx, vCard, PDF) and the CLI, and the look-ups the
editors and filters need."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from haihe_desk.db.models import Contact, Contest, Trade
from haihe_desk.domain import labels, roles
from haihe_desk.i18n import translate
from haihe_desk.services.contacts.listing import apply_filters
from haihe_desk.services.context import Actor, current_actor


@dataclass(frozen=True)
class ContactRecord:
    """A contact as plain data for export (xlsx, vCard, PDF) and the CLI."""

    id: int
    name: str
    role: str
    organisation: str
    trade: str
    phones: tuple[tuple[str, str], ...]  # (kind, number)
    email: str
    notes: str

    @property
    def role_label(self) -> str:
        return labels.label(labels.CONTACT_ROLES, self.role)

    def numbers(self, kind: str | None = None) -> list[str]:
        return [n for k, n in self.phones if kind is None or k == kind]


def records(session: Session, filters: dict[str, Any] | None = None, actor: Actor | None = None) -> list[ContactRecord]:
    """Every contact matching the same filters as the tab (in the tab's order). ``actor`` defaults
    to the signed-in user of the process, who must be allowed to read contacts."""
    (actor or current_actor()).require(roles.CONTACTS_VIEW)
    ids = [
        r[0]
        for r in session.execute(
            apply_filters(select(Contact.id, Contact.sort), filters or {}).order_by(Contact.sort, Contact.id)
        )
    ]
    if not ids:
        return []
    by_id = {
        c.id: c
        for c in session.scalars(select(Contact).where(Contact.id.in_(ids)).options(selectinload(Contact.phones)))
    }
    return [to_record(by_id[i]) for i in ids]


def record(session: Session, contact_id: int, actor: Actor | None = None) -> ContactRecord | None:
    (actor or current_actor()).require(roles.CONTACTS_VIEW)
    c = session.get(Contact, contact_id)
    return to_record(c) if c is not None else None


def to_record(c: Contact) -> ContactRecord:
    return ContactRecord(
        c.id,
        c.name,
        c.role,
        c.organisation_name,
        c.trade_name,
        tuple((p.kind, p.number) for p in c.phones),
        c.email,
        c.notes,
    )


def trade_choices(session: Session, contest_id: int | None) -> list[str]:
    """Trade names for the filter: the contest's trades plus any typed on a contact."""
    names: dict[str, None] = {}
    if contest_id:
        for (n,) in session.execute(select(Trade.name).where(Trade.contest_id == contest_id).order_by(Trade.code)):
            names[n] = None
    for (n,) in session.execute(
        select(Contact.trade_name).where(Contact.trade_name != "").distinct().order_by(Contact.trade_name)
    ):
        names[n] = None
    return list(names)


def sheet_heading(session: Session, contest_id: int | None) -> str:
    """The contact sheet's title: "<contest short name> 通讯录"."""
    contest = session.get(Contest, contest_id) if contest_id else None
    name = (contest.short_name or contest.name) if contest else ""
    return (name + " " if name else "") + translate("ContactSheet", "通讯录")
