"""Editing contacts: create, change (several phones per person), delete. Writes take an Actor
with ``contacts.edit`` and are audited; a contact saved by someone else meanwhile is a Conflict."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from haihe_desk.db.models import Contact, ContactPhone
from haihe_desk.domain import labels, roles
from haihe_desk.domain import phones as phone_rules
from haihe_desk.domain.pinyin import search_key
from haihe_desk.errors import RejectedData
from haihe_desk.i18n import translate
from haihe_desk.services import audit, concurrency, organisations
from haihe_desk.services.context import Actor
from haihe_desk.services.lengths import fit, too_long

PHONE_KINDS = phone_rules.KINDS
EMAIL_RE = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")


@dataclass
class ContactInput:
    """What a form, an import row or the CLI gives to create or change a contact."""

    name: str
    role: str = "other"
    organisation_id: int | None = None
    organisation_name: str = ""
    trade_name: str = ""
    phones: Sequence[tuple[str, str]] = field(default_factory=list)  # (kind, number)
    email: str = ""
    notes: str = ""
    contest_id: int | None = None


def email_problem(email: str) -> str | None:
    if email and not EMAIL_RE.match(email):
        return translate("Contacts", "电子邮箱“{e}”格式不对，应类似 name@example.com").format(e=email)
    return None


def check_input(data: ContactInput) -> list[str]:
    """Every problem with the input, each one sentence (empty: fine)."""
    problems = []
    if not data.name.strip():
        problems.append(translate("Contacts", "姓名不能为空"))
    if data.role not in labels.CONTACT_ROLES:
        problems.append(translate("Contacts", "职责“{r}”无效").format(r=data.role))
    for kind, number in data.phones:
        if kind not in PHONE_KINDS:
            problems.append(translate("Contacts", "电话类型“{k}”无效").format(k=kind))
        p = phone_rules.dialable_problem(number)
        if p:
            problems.append(p)
    p = email_problem(data.email.strip())
    if p:
        problems.append(p)
    problems.extend(
        p
        for p in length_problems(
            data.name.strip(),
            data.organisation_name.strip() if data.organisation_id is None else "",
            data.trade_name.strip(),
            data.email.strip(),
        ).values()
        if p
    )
    return problems


def length_problems(name: str, organisation: str, trade: str, email: str) -> dict[str, str | None]:
    """Free text that would not fit its column, by sheet field key."""
    return {
        "name": too_long(Contact.name, name, translate("ContactSheet", "姓名")),
        "organisation": too_long(Contact.organisation_name, organisation, translate("ContactSheet", "单位")),
        "trade": too_long(Contact.trade_name, trade, translate("ContactSheet", "工种")),
        "email": too_long(Contact.email, email, translate("ContactSheet", "电子邮箱")),
    }


def _apply(session: Session, c: Contact, data: ContactInput) -> None:
    problems = check_input(data)
    if problems:
        raise RejectedData("；".join(problems) + translate("Contacts", "。请改正后再保存。"))
    org_name = data.organisation_name.strip()
    if data.organisation_id is not None:
        org = organisations.get(session, data.organisation_id)
        org_name = org.name
    c.name = data.name.strip()
    c.name_pinyin = fit(Contact.name_pinyin, search_key(c.name))
    c.role = data.role
    c.organisation_id = data.organisation_id
    c.organisation_name = org_name
    c.trade_name = data.trade_name.strip()
    c.email = data.email.strip()
    c.notes = data.notes.strip()
    c.contest_id = data.contest_id
    wanted = [(k, n.strip()) for k, n in data.phones if n.strip()]
    if [(p.kind, p.number) for p in c.phones] != wanted:
        c.phones.clear()
        session.flush()
        for i, (kind, number) in enumerate(wanted):
            c.phones.append(ContactPhone(kind=kind, number=number, sort=i))


def snapshot(c: Contact) -> dict[str, Any]:
    return {
        "name": c.name,
        "role": c.role,
        "organisation_id": c.organisation_id,
        "organisation_name": c.organisation_name,
        "trade_name": c.trade_name,
        "phones": [f"{p.kind}:{p.number}" for p in c.phones],
        "email": c.email,
        "notes": c.notes,
    }


def conflict_values(c: Contact) -> dict[str, Any]:
    """What the contact editor shows, for the conflict table (both values per field)."""
    return {
        "name": c.name,
        "role": labels.label(labels.CONTACT_ROLES, c.role),
        "organisation": c.organisation_name,
        "trade_name": c.trade_name,
        "phones": [f"{labels.label(PHONE_KINDS, p.kind)} {p.number}" for p in c.phones],
        "email": c.email,
        "notes": c.notes,
    }


def get_existing(session: Session, contact_id: int) -> Contact:
    c = session.get(Contact, contact_id)
    if c is None:
        raise RejectedData(translate("Contacts", "找不到这位联系人；可能已被删除，请刷新后再试。"))
    return c


def create(session: Session, actor: Actor, data: ContactInput) -> Contact:
    actor.require(roles.CONTACTS_EDIT)
    problems = check_input(data)
    if problems:
        raise RejectedData("；".join(problems) + translate("Contacts", "。请改正后再保存。"))
    c = Contact(name="", sort=(session.scalar(select(func.max(Contact.sort))) or 0) + 1)
    session.add(c)
    _apply(session, c, data)
    session.flush()
    audit.record(session, actor, "contact.create", entity="contact", entity_id=c.id, new=snapshot(c))
    return c


def update(
    session: Session, actor: Actor, contact_id: int, data: ContactInput, *, version: int | None = None
) -> Contact:
    actor.require(roles.CONTACTS_EDIT)
    c = get_existing(session, contact_id)
    old = snapshot(c)
    with concurrency.guarded_edit(
        session,
        c,
        version,
        entity="contact",
        snapshot=conflict_values,
        subject=translate("Contacts", "联系人“{name}”").format(name=c.name),
    ):
        _apply(session, c, data)
    new = snapshot(c)
    if new != old:
        audit.record(session, actor, "contact.update", entity="contact", entity_id=c.id, old=old, new=new)
    return c


def delete(session: Session, actor: Actor, contact_ids: Iterable[int]) -> int:
    actor.require(roles.CONTACTS_EDIT)
    n = 0
    for cid in contact_ids:
        c = get_existing(session, cid)
        old = snapshot(c)
        session.delete(c)
        session.flush()
        audit.record(session, actor, "contact.delete", entity="contact", entity_id=cid, old=old)
        n += 1
    return n


def input_for(session: Session, contact_id: int) -> tuple[ContactInput, int]:
    """The contact as editable input plus its version (for the edit dialog)."""
    c = get_existing(session, contact_id)
    return (
        ContactInput(
            name=c.name,
            role=c.role,
            organisation_id=c.organisation_id,
            organisation_name=c.organisation_name,
            trade_name=c.trade_name,
            phones=[(p.kind, p.number) for p in c.phones],
            email=c.email,
            notes=c.notes,
            contest_id=c.contest_id,
        ),
        c.version,
    )


def organisation_id_for(session: Session, name: str) -> int | None:
    """The unit a typed organisation name refers to, if exactly one in-use unit has that name."""
    org = organisations.find_by_name(session, name)
    return org.id if org is not None else None
