"""Merging a duplicate unit into the one that stays: everything that points at the duplicate
moves over in one transaction and one audit entry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from haihe_desk.db.models import Contact, Filing, Judge, Organisation, Registration, Team, Trade, User
from haihe_desk.domain import orgs as rules
from haihe_desk.domain import roles
from haihe_desk.errors import RejectedData
from haihe_desk.i18n import translate
from haihe_desk.services import audit
from haihe_desk.services.context import Actor
from haihe_desk.services.organisations.edits import snapshot
from haihe_desk.services.organisations.tree import get, parent_map


@dataclass(frozen=True)
class MergeResult:
    survivor_id: int
    duplicate_id: int
    registrations: int
    contacts: int
    children: int
    other_refs: int


def merge(session: Session, actor: Actor, duplicate_id: int, survivor_id: int, *, reason: str = "") -> MergeResult:
    """Merge a duplicate unit into the survivor: registrations, contacts, teams, judges, trades'
    host units, filings, user scopes and child units move to the survivor; the duplicate is
    retired with ``merged_into_id`` set and keeps its union code (if the survivor has none, the
    code moves over). One audit entry names everything that moved."""
    actor.require(roles.CONTACTS_EDIT)
    if duplicate_id == survivor_id:
        raise RejectedData(translate("Orgs", "不能把单位与它自己合并；请选择另一个单位作为保留单位。"))
    dup = get(session, duplicate_id)
    keep = get(session, survivor_id)
    if keep.retired:
        raise RejectedData(
            translate("Orgs", "保留单位“{name}”已停用；请选择一个在用的单位作为保留单位。").format(name=keep.name)
        )
    if dup.retired:
        raise RejectedData(translate("Orgs", "单位“{name}”已停用或已合并，不能再合并。").format(name=dup.name))
    if survivor_id in rules.descendants(duplicate_id, parent_map(session)):
        raise RejectedData(
            translate("Orgs", "保留单位“{keep}”在“{dup}”之下；请先把它移出，或反过来合并。").format(
                keep=keep.name, dup=dup.name
            )
        )
    old = snapshot(dup)

    def repoint(model: Any, column: Any, **extra: Any) -> int:
        res = session.execute(sql_update(model).where(column == dup.id).values({column.key: keep.id, **extra}))
        return int(res.rowcount or 0)

    # Bulk UPDATEs bypass the ORM's version counter on purpose: a merge is one office action and
    # must not fail because a registration was edited a second ago; the rows keep their content.
    n_regs = repoint(Registration, Registration.unit_id)
    n_contacts = repoint(Contact, Contact.organisation_id, organisation_name=keep.name)
    n_children = repoint(Organisation, Organisation.parent_id)
    n_other = (
        repoint(Team, Team.unit_id)
        + repoint(Judge, Judge.unit_id)
        + repoint(Trade, Trade.host_unit_id)
        + repoint(Filing, Filing.unit_id)
        + repoint(User, User.union_scope_id)
        + repoint(Organisation, Organisation.merged_into_id)
    )
    session.expire_all()
    dup = get(session, duplicate_id)
    keep = get(session, survivor_id)
    moved_code = None
    if not keep.union_code and dup.union_code:
        moved_code = dup.union_code
        dup.union_code = None
        session.flush()
        keep.union_code = moved_code
    dup.retired = True
    dup.merged_into_id = keep.id
    session.flush()
    audit.record(
        session,
        actor,
        "org.merge",
        entity="organisation",
        entity_id=dup.id,
        old=old,
        new={
            "merged_into_id": keep.id,
            "survivor": keep.name,
            "registrations": n_regs,
            "contacts": n_contacts,
            "children": n_children,
            "other_refs": n_other,
            "moved_union_code": moved_code,
        },
        reason=reason,
    )
    return MergeResult(keep.id, dup.id, n_regs, n_contacts, n_children, n_other)
