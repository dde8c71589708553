"""Editing units: create, change (fields and place in the tree), move, retire, restore, delete.

Every write takes an Actor with ``contacts.edit`` and is audited in the caller's transaction; edits
of a unit someone else saved meanwhile are a Conflict (``concurrency.guarded_edit``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session, object_session

from haihe_desk.db.models import Contact, Filing, Judge, Organisation, Registration, Team, Trade, User
from haihe_desk.domain import labels, roles
from haihe_desk.domain import orgs as rules
from haihe_desk.errors import RejectedData
from haihe_desk.i18n import translate
from haihe_desk.services import audit, concurrency
from haihe_desk.services.context import Actor
from haihe_desk.services.lengths import too_long
from haihe_desk.services.organisations.codes import check_code
from haihe_desk.services.organisations.tree import get, parent_map

EDITABLE = ("name", "short_name", "kind", "union_code", "address", "contact_person", "phone", "notes")


def snapshot(org: Organisation) -> dict[str, Any]:
    return {
        "name": org.name,
        "short_name": org.short_name,
        "kind": org.kind,
        "union_code": org.union_code,
        "parent_id": org.parent_id,
        "address": org.address,
        "contact_person": org.contact_person,
        "phone": org.phone,
        "retired": org.retired,
        "merged_into_id": org.merged_into_id,
        "notes": org.notes,
    }


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in EDITABLE:
        if key in data:
            value = data[key]
            if key == "union_code":
                value = rules.normalize_union_code(value) or None
            else:
                value = "" if value is None else str(value).strip()
            out[key] = value
    return out


def length_problems(data: dict[str, Any]) -> dict[str, str]:
    """Free text that would not fit its column, by field key (only the keys present in ``data``)."""
    titles = {
        "name": (Organisation.name, translate("OrgSheet", "单位名称")),
        "short_name": (Organisation.short_name, translate("OrgSheet", "简称")),
        "address": (Organisation.address, translate("OrgSheet", "地址")),
        "contact_person": (Organisation.contact_person, translate("OrgSheet", "联系人")),
        "phone": (Organisation.phone, translate("OrgSheet", "联系电话")),
    }
    out = {}
    for key, (attr, title) in titles.items():
        problem = too_long(attr, data.get(key), title)
        if problem:
            out[key] = problem
    return out


def _validate(session: Session, data: dict[str, Any], *, org_id: int | None) -> None:
    if "name" in data and not data["name"]:
        raise RejectedData(translate("Orgs", "单位名称不能为空；请填写单位的全称。"))
    too_long_text = length_problems(data)
    if too_long_text:
        raise RejectedData("；".join(too_long_text.values()) + "。")
    if "kind" in data and data["kind"] not in labels.ORG_KINDS:
        raise RejectedData(
            translate("Orgs", "单位类型“{kind}”无效；可选：{choices}。").format(
                kind=data["kind"], choices="、".join(labels.label(labels.ORG_KINDS, k) for k in labels.ORG_KINDS)
            )
        )
    check_code(session, data.get("union_code"), org_id=org_id)


def _name_of(session: Session | None, org_id: int | None) -> str:
    parent = session.get(Organisation, org_id) if session is not None and org_id is not None else None
    return parent.name if parent is not None else ""


def conflict_values(org: Organisation) -> dict[str, Any]:
    """What the unit editor shows, for the conflict table (both values per field)."""
    return {
        "name": org.name,
        "short_name": org.short_name,
        "kind": labels.label(labels.ORG_KINDS, org.kind),
        "union_code": org.union_code,
        "parent": _name_of(object_session(org), org.parent_id),
        "address": org.address,
        "contact_person": org.contact_person,
        "phone": org.phone,
        "notes": org.notes,
    }


def _check_parent(session: Session, org_id: int | None, parent_id: int | None) -> Organisation | None:
    if parent_id is None:
        return None
    parent = get(session, parent_id)
    if parent.retired:
        raise RejectedData(
            translate("Orgs", "上级单位“{name}”已停用，不能再挂下级单位；请选择其他上级。").format(name=parent.name)
        )
    if org_id is not None and rules.would_cycle(org_id, parent_id, parent_map(session)):
        raise RejectedData(
            translate("Orgs", "不能把单位移到它自己或它的下级单位“{name}”之下，那样会形成循环。").format(
                name=parent.name
            )
        )
    return parent


def create(session: Session, actor: Actor, *, parent_id: int | None = None, **data: Any) -> Organisation:
    actor.require(roles.CONTACTS_EDIT)
    clean = _clean(data)
    clean.setdefault("kind", "employer")
    clean.setdefault("name", "")
    _validate(session, clean, org_id=None)
    _check_parent(session, None, parent_id)
    org = Organisation(parent_id=parent_id, **clean)
    session.add(org)
    session.flush()
    audit.record(session, actor, "org.create", entity="organisation", entity_id=org.id, new=snapshot(org))
    return org


_KEEP: Any = object()


def update(
    session: Session, actor: Actor, org_id: int, *, version: int | None = None, parent_id: Any = _KEEP, **data: Any
) -> Organisation:
    """Change a unit's fields and, when ``parent_id`` is given, its place in the tree (audited as a
    move, as ``move`` does). ``version`` is the version the editor read: a newer one is a Conflict."""
    actor.require(roles.CONTACTS_EDIT)
    org = get(session, org_id)
    clean = _clean(data)
    old = snapshot(org)
    with concurrency.guarded_edit(
        session,
        org,
        version,
        entity="organisation",
        snapshot=conflict_values,
        subject=translate("Orgs", "单位“{name}”").format(name=org.name),
    ):
        _validate(session, clean, org_id=org.id)
        for key, value in clean.items():
            setattr(org, key, value)
        if parent_id is not _KEEP and parent_id != org.parent_id:
            _check_movable(session, org, parent_id)
            org.parent_id = parent_id
    if "name" in clean and clean["name"] != old["name"]:
        session.execute(sql_update(Contact).where(Contact.organisation_id == org.id).values(organisation_name=org.name))
    new = snapshot(org)
    fields = [k for k in new if k != "parent_id"]
    if any(new[k] != old[k] for k in fields):
        audit.record(
            session,
            actor,
            "org.update",
            entity="organisation",
            entity_id=org.id,
            old=old,
            new={**new, "parent_id": old["parent_id"]},
        )
    if new["parent_id"] != old["parent_id"]:
        audit.record(
            session,
            actor,
            "org.move",
            entity="organisation",
            entity_id=org.id,
            old={"parent_id": old["parent_id"]},
            new={"parent_id": new["parent_id"]},
        )
    return org


def _check_movable(session: Session, org: Organisation, new_parent_id: int | None) -> None:
    if org.retired:
        raise RejectedData(translate("Orgs", "单位“{name}”已停用，不能移动；如需使用请先恢复。").format(name=org.name))
    _check_parent(session, org.id, new_parent_id)


def move(session: Session, actor: Actor, org_id: int, new_parent_id: int | None, *, reason: str = "") -> Organisation:
    """Put a unit (with everything under it) under another parent, or at the top (None)."""
    actor.require(roles.CONTACTS_EDIT)
    org = get(session, org_id)
    _check_movable(session, org, new_parent_id)
    old_parent = org.parent_id
    if old_parent == new_parent_id:
        return org
    org.parent_id = new_parent_id
    session.flush()
    audit.record(
        session,
        actor,
        "org.move",
        entity="organisation",
        entity_id=org.id,
        old={"parent_id": old_parent},
        new={"parent_id": new_parent_id},
        reason=reason,
    )
    return org


def retire(session: Session, actor: Actor, org_id: int, *, reason: str = "") -> Organisation:
    """停用: the unit stays (its registrations keep pointing at it) but can no longer be chosen."""
    actor.require(roles.CONTACTS_EDIT)
    org = get(session, org_id)
    if org.retired:
        return org
    active_children = (
        session.scalar(select(func.count()).where(Organisation.parent_id == org.id, Organisation.retired.is_(False)))
        or 0
    )
    if active_children:
        raise RejectedData(
            translate("Orgs", "单位“{name}”下还有 {n} 个在用的下级单位；请先移动或停用它们。").format(
                name=org.name, n=active_children
            )
        )
    org.retired = True
    session.flush()
    audit.record(
        session,
        actor,
        "org.retire",
        entity="organisation",
        entity_id=org.id,
        old={"retired": False},
        new={"retired": True},
        reason=reason,
    )
    return org


def restore(session: Session, actor: Actor, org_id: int) -> Organisation:
    actor.require(roles.CONTACTS_EDIT)
    org = get(session, org_id)
    if not org.retired:
        return org
    if org.merged_into_id is not None:
        raise RejectedData(translate("Orgs", "单位“{name}”已合并到其他单位，不能恢复。").format(name=org.name))
    if org.parent_id is not None and get(session, org.parent_id).retired:
        raise RejectedData(
            translate("Orgs", "单位“{name}”的上级单位已停用；请先恢复上级或把它移到其他上级之下。").format(
                name=org.name
            )
        )
    org.retired = False
    session.flush()
    audit.record(
        session,
        actor,
        "org.restore",
        entity="organisation",
        entity_id=org.id,
        old={"retired": True},
        new={"retired": False},
    )
    return org


def _references(session: Session, org_id: int) -> list[str]:
    checks: Iterable[tuple[Any, Any, str]] = (
        (Registration, Registration.unit_id, translate("Orgs", "报名")),
        (Organisation, Organisation.parent_id, translate("Orgs", "下级单位")),
        (Organisation, Organisation.merged_into_id, translate("Orgs", "合并来的单位")),
        (Trade, Trade.host_unit_id, translate("Orgs", "承办的工种")),
        (Team, Team.unit_id, translate("Orgs", "参赛队")),
        (Judge, Judge.unit_id, translate("Orgs", "裁判")),
        (Filing, Filing.unit_id, translate("Orgs", "备案/总结")),
        (User, User.union_scope_id, translate("Orgs", "用户的审核范围")),
    )
    found = []
    for model, column, what in checks:
        n = session.scalar(select(func.count()).select_from(model).where(column == org_id)) or 0
        if n:
            found.append(f"{what} {n}")
    return found


def delete(session: Session, actor: Actor, org_id: int) -> None:
    """Delete a unit nobody refers to. A unit with registrations (or children, trades, …) can only
    be retired. Contacts of the unit keep its name as text."""
    actor.require(roles.CONTACTS_EDIT)
    org = get(session, org_id)
    refs = _references(session, org.id)
    if refs:
        raise RejectedData(
            translate("Orgs", "单位“{name}”仍被使用（{refs}），不能删除；请改用“停用”。").format(
                name=org.name, refs="、".join(refs)
            )
        )
    old = snapshot(org)
    session.execute(sql_update(Contact).where(Contact.organisation_id == org.id).values(organisation_id=None))
    session.delete(org)
    session.flush()
    audit.record(session, actor, "org.delete", entity="organisation", entity_id=org_id, old=old)
