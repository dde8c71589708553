"""Organisations (单位与工会代码): the tree of unions, employers, schools and host units.

Writes take an Actor and are audited in the caller's transaction. The tree rules themselves
(union-code format, no cycles) live in ``haihe_desk.domain.orgs``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, false, func, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session, object_session

from haihe_desk.db.models import (
    Contact,
    Filing,
    Judge,
    Organisation,
    Registration,
    Team,
    Trade,
    User,
)
from haihe_desk.domain import labels, roles
from haihe_desk.domain import orgs as rules
from haihe_desk.errors import PermissionDenied, RejectedData, UnreadableInput
from haihe_desk.i18n import translate
from haihe_desk.services import audit, concurrency
from haihe_desk.services.context import Actor
from haihe_desk.services.lengths import too_long

EDITABLE = ("name", "short_name", "kind", "union_code", "address", "contact_person", "phone", "notes")


@dataclass(frozen=True)
class OrgNode:
    id: int
    parent_id: int | None
    name: str
    short_name: str
    kind: str
    union_code: str
    retired: bool
    merged_into_id: int | None
    registrations: int = 0

    @property
    def kind_label(self) -> str:
        return labels.label(labels.ORG_KINDS, self.kind)


# --------------------------------------------------------------------------- reading


def get(session: Session, org_id: int) -> Organisation:
    org = session.get(Organisation, org_id)
    if org is None:
        raise RejectedData(translate("Orgs", "找不到编号为 {id} 的单位；它可能已被删除，请刷新后再试。").format(id=org_id))
    return org


def by_code(session: Session, code: str) -> Organisation | None:
    code = rules.normalize_union_code(code)
    if not code:
        return None
    return session.scalar(select(Organisation).where(Organisation.union_code == code))


def resolve(session: Session, org: Organisation) -> Organisation:
    """Follow ``merged_into_id`` to the unit that survived a merge."""
    seen = {org.id}
    while org.merged_into_id is not None and org.merged_into_id not in seen:
        org = get(session, org.merged_into_id)
        seen.add(org.id)
    return org


def registration_counts(session: Session) -> dict[int, int]:
    q = select(Registration.unit_id, func.count()).where(Registration.unit_id.is_not(None)).group_by(Registration.unit_id)
    return {uid: n for uid, n in session.execute(q)}


def tree(session: Session, *, include_retired: bool = True) -> list[OrgNode]:
    """Every unit as a plain node, ordered for display (code, then name); parents may come after
    children in this list, so build the tree by ``parent_id``."""
    counts = registration_counts(session)
    q = select(
        Organisation.id, Organisation.parent_id, Organisation.name, Organisation.short_name, Organisation.kind,
        Organisation.union_code, Organisation.retired, Organisation.merged_into_id,
    ).order_by(Organisation.union_code.is_(None), Organisation.union_code, Organisation.name, Organisation.id)
    if not include_retired:
        q = q.where(Organisation.retired.is_(False))
    return [
        OrgNode(r[0], r[1], r[2], r[3] or "", r[4], r[5] or "", bool(r[6]), r[7], counts.get(r[0], 0))
        for r in session.execute(q)
    ]


def _subtree_cte(org_id: int) -> Any:
    """Recursive CTE of the unit and everything under it. UNION (not UNION ALL) stops on a loop in
    bad data. Plain WITH RECURSIVE: runs on SQLite and PostgreSQL alike. Anonymous (SQLAlchemy
    names it), so one query can hold two subtrees: a union reviewer's scope and a union filter."""
    base = select(Organisation.id.label("id")).where(Organisation.id == org_id).cte(recursive=True)
    step = select(Organisation.id).join(base, Organisation.parent_id == base.c.id)
    return base.union(step)


def subtree_ids(session: Session, org_id: int) -> list[int]:
    """The unit ``org_id`` and every unit below it, at any depth ("my union and everything under
    it"). Empty when the unit does not exist."""
    cte = _subtree_cte(org_id)
    return sorted(session.scalars(select(cte.c.id)))


def in_subtree(column: Any, org_id: int) -> ColumnElement[bool]:
    """A WHERE condition for list filters: ``column`` (e.g. Registration.unit_id) is the unit or
    below it. Stays in SQL, so it works on 100k rows without loading ids into Python."""
    cte = _subtree_cte(org_id)
    return column.in_(select(cte.c.id))


def scope_condition(actor: Actor, column: Any) -> ColumnElement[bool] | None:
    """For a union reviewer: ``column`` (a unit id) lies in their union's subtree; None for roles
    that see everything. Applied in SQL by every list, export and batch that reads registrations."""
    if not actor.scoped:
        return None
    if actor.union_scope_id is None:
        return false()
    return in_subtree(column, actor.union_scope_id)


def require_in_scope(session: Session, actor: Actor, unit_ids: Iterable[int | None], what: str = "") -> None:
    """Refuse (PermissionDenied) when a union reviewer would act on a unit outside their union."""
    if not actor.scoped:
        return
    allowed = set(subtree_ids(session, actor.union_scope_id)) if actor.union_scope_id is not None else set()
    for unit_id in unit_ids:
        if unit_id is None or unit_id not in allowed:
            scope = session.get(Organisation, actor.union_scope_id) if actor.union_scope_id else None
            raise PermissionDenied(translate(
                "Orgs", "{what}不属于“{scope}”及其下属单位，账号“{user}”无权办理；请交由该单位所属工会或大赛办公室处理。"
            ).format(what=what or translate("Orgs", "该单位"), scope=scope.name if scope else "", user=actor.username))


def _parent_map(session: Session) -> dict[int, int | None]:
    return {i: p for i, p in session.execute(select(Organisation.id, Organisation.parent_id))}


def snapshot(org: Organisation) -> dict[str, Any]:
    return {
        "name": org.name, "short_name": org.short_name, "kind": org.kind, "union_code": org.union_code,
        "parent_id": org.parent_id, "address": org.address, "contact_person": org.contact_person,
        "phone": org.phone, "retired": org.retired, "merged_into_id": org.merged_into_id, "notes": org.notes,
    }


# --------------------------------------------------------------------------- validation


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


def _length_problems(data: dict[str, Any]) -> dict[str, str]:
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
    too_long_text = _length_problems(data)
    if too_long_text:
        raise RejectedData("；".join(too_long_text.values()) + "。")
    if "kind" in data and data["kind"] not in labels.ORG_KINDS:
        raise RejectedData(
            translate("Orgs", "单位类型“{kind}”无效；可选：{choices}。").format(
                kind=data["kind"], choices="、".join(labels.label(labels.ORG_KINDS, k) for k in labels.ORG_KINDS)
            )
        )
    code = data.get("union_code")
    if code:
        problem = rules.union_code_problem(code)
        if problem:
            raise RejectedData(translate("Orgs", "工会代码“{code}”无效：{why}。").format(code=code, why=problem))
        other = by_code(session, code)
        if other is not None and other.id != org_id:
            raise RejectedData(
                translate("Orgs", "工会代码“{code}”已属于“{name}”；每个代码只能给一个单位，请核对后再填。").format(
                    code=code, name=other.name
                )
            )


def _name_of(session: Session | None, org_id: int | None) -> str:
    parent = session.get(Organisation, org_id) if session is not None and org_id is not None else None
    return parent.name if parent is not None else ""


def conflict_values(org: Organisation) -> dict[str, Any]:
    """What the unit editor shows, for the conflict table (both values per field)."""
    return {
        "name": org.name, "short_name": org.short_name, "kind": labels.label(labels.ORG_KINDS, org.kind),
        "union_code": org.union_code, "parent": _name_of(object_session(org), org.parent_id),
        "address": org.address, "contact_person": org.contact_person, "phone": org.phone, "notes": org.notes,
    }


def _check_parent(session: Session, org_id: int | None, parent_id: int | None) -> Organisation | None:
    if parent_id is None:
        return None
    parent = get(session, parent_id)
    if parent.retired:
        raise RejectedData(
            translate("Orgs", "上级单位“{name}”已停用，不能再挂下级单位；请选择其他上级。").format(name=parent.name)
        )
    if org_id is not None and rules.would_cycle(org_id, parent_id, _parent_map(session)):
        raise RejectedData(
            translate("Orgs", "不能把单位移到它自己或它的下级单位“{name}”之下，那样会形成循环。").format(name=parent.name)
        )
    return parent


# --------------------------------------------------------------------------- writing


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


def update(session: Session, actor: Actor, org_id: int, *, version: int | None = None, parent_id: Any = _KEEP,
           **data: Any) -> Organisation:
    """Change a unit's fields and, when ``parent_id`` is given, its place in the tree (audited as a
    move, as ``move`` does). ``version`` is the version the editor read: a newer one is a Conflict."""
    actor.require(roles.CONTACTS_EDIT)
    org = get(session, org_id)
    clean = _clean(data)
    old = snapshot(org)
    with concurrency.guarded_edit(
        session, org, version, entity="organisation", snapshot=conflict_values,
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
        audit.record(session, actor, "org.update", entity="organisation", entity_id=org.id,
                     old=old, new={**new, "parent_id": old["parent_id"]})
    if new["parent_id"] != old["parent_id"]:
        audit.record(session, actor, "org.move", entity="organisation", entity_id=org.id,
                     old={"parent_id": old["parent_id"]}, new={"parent_id": new["parent_id"]})
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
        session, actor, "org.move", entity="organisation", entity_id=org.id,
        old={"parent_id": old_parent}, new={"parent_id": new_parent_id}, reason=reason,
    )
    return org


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
    if survivor_id in rules.descendants(duplicate_id, _parent_map(session)):
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
        repoint(Team, Team.unit_id) + repoint(Judge, Judge.unit_id) + repoint(Trade, Trade.host_unit_id)
        + repoint(Filing, Filing.unit_id) + repoint(User, User.union_scope_id)
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
        session, actor, "org.merge", entity="organisation", entity_id=dup.id, old=old,
        new={
            "merged_into_id": keep.id, "survivor": keep.name, "registrations": n_regs, "contacts": n_contacts,
            "children": n_children, "other_refs": n_other, "moved_union_code": moved_code,
        },
        reason=reason,
    )
    return MergeResult(keep.id, dup.id, n_regs, n_contacts, n_children, n_other)


def retire(session: Session, actor: Actor, org_id: int, *, reason: str = "") -> Organisation:
    """停用: the unit stays (its registrations keep pointing at it) but can no longer be chosen."""
    actor.require(roles.CONTACTS_EDIT)
    org = get(session, org_id)
    if org.retired:
        return org
    active_children = session.scalar(
        select(func.count()).where(Organisation.parent_id == org.id, Organisation.retired.is_(False))
    ) or 0
    if active_children:
        raise RejectedData(
            translate("Orgs", "单位“{name}”下还有 {n} 个在用的下级单位；请先移动或停用它们。").format(
                name=org.name, n=active_children
            )
        )
    org.retired = True
    session.flush()
    audit.record(
        session, actor, "org.retire", entity="organisation", entity_id=org.id,
        old={"retired": False}, new={"retired": True}, reason=reason,
    )
    return org


def restore(session: Session, actor: Actor, org_id: int) -> Organisation:
    actor.require(roles.CONTACTS_EDIT)
    org = get(session, org_id)
    if not org.retired:
        return org
    if org.merged_into_id is not None:
        raise RejectedData(
            translate("Orgs", "单位“{name}”已合并到其他单位，不能恢复。").format(name=org.name)
        )
    if org.parent_id is not None and get(session, org.parent_id).retired:
        raise RejectedData(
            translate("Orgs", "单位“{name}”的上级单位已停用；请先恢复上级或把它移到其他上级之下。").format(name=org.name)
        )
    org.retired = False
    session.flush()
    audit.record(session, actor, "org.restore", entity="organisation", entity_id=org.id,
                 old={"retired": True}, new={"retired": False})
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


def choices(session: Session, *, include_retired: bool = False) -> list[tuple[int, str]]:
    """(id, "name（code）") pairs for pickers."""
    q = select(Organisation.id, Organisation.name, Organisation.union_code).order_by(
        Organisation.union_code.is_(None), Organisation.union_code, Organisation.name
    )
    if not include_retired:
        q = q.where(Organisation.retired.is_(False))
    return [(i, f"{n}（{c}）" if c else n) for i, n, c in session.execute(q)]


def find_by_name(session: Session, name: str) -> Organisation | None:
    """The in-use unit with exactly this name or short name (None when none or ambiguous)."""
    name = name.strip()
    if not name:
        return None
    rows = list(
        session.scalars(
            select(Organisation).where(
                Organisation.retired.is_(False), (Organisation.name == name) | (Organisation.short_name == name)
            ).limit(2)
        )
    )
    return rows[0] if len(rows) == 1 else None


# --------------------------------------------------------------------------- xlsx: the union-code list

KIND_CHOICES = tuple(labels.ORG_KINDS[k] for k in ("district_union", "bureau", "group_company", "grassroots",
                                                   "employer", "school", "host_unit"))


def sheet_fields() -> list[Any]:
    """Columns of the union-code list the district unions hand out (import, export and template)."""
    from haihe_desk.io.sheet import FieldSpec

    return [
        FieldSpec("name", translate("OrgSheet", "单位名称"), (translate("OrgSheet", "工会名称"), translate("OrgSheet", "单位全称"), translate("OrgSheet", "名称")),
                  required=True, example="和平区示例机械制造有限公司工会"),
        FieldSpec("union_code", translate("OrgSheet", "工会代码"), (translate("OrgSheet", "代码"), translate("OrgSheet", "工会编码")),
                  example="120101001", text=True),
        FieldSpec("parent", translate("OrgSheet", "上级单位"), (translate("OrgSheet", "上级工会"), translate("OrgSheet", "上级单位名称"),
                                                     translate("OrgSheet", "上级工会代码")), example="和平区总工会"),
        FieldSpec("kind", translate("OrgSheet", "类型"), (translate("OrgSheet", "单位类型"), translate("OrgSheet", "类别")),
                  choices=tuple(translate("Labels", c) for c in KIND_CHOICES), example=translate("Labels", "基层工会")),
        FieldSpec("short_name", translate("OrgSheet", "简称"), (translate("OrgSheet", "单位简称"),)),
        FieldSpec("address", translate("OrgSheet", "地址"), (translate("OrgSheet", "单位地址"), translate("OrgSheet", "通讯地址"))),
        FieldSpec("contact_person", translate("OrgSheet", "联系人"), ()),
        FieldSpec("phone", translate("OrgSheet", "联系电话"), (translate("OrgSheet", "电话"),), text=True),
        FieldSpec("notes", translate("OrgSheet", "备注"), ()),
    ]


def template_instructions() -> list[str]:
    return [
        translate("OrgSheet", "每行一个单位（工会、工作单位、学校或承办单位）。第 2 行是示例，导入前请删除或改写。"),
        translate("OrgSheet", "“单位名称”必填；也可写作“工会名称”。"),
        translate("OrgSheet", "“工会代码”：区、局、集团公司工会为 6 位数字（如 120101），下级每级再加 3 位（如 120101001）。"
                      "请把该列设为文本格式，以免 Excel 去掉开头的 0。"),
        translate("OrgSheet", "“上级单位”填上级的全称、简称或工会代码；上级可以在同一文件中。留空时按工会代码的前几位自动找上级。"),
        translate("OrgSheet", "“类型”从下拉列表中选择；留空时 6 位代码视为区总工会，更长的代码视为基层工会，无代码视为工作单位。"),
        translate("OrgSheet", "已有单位按工会代码（无代码时按名称）更新，其余新建。任何一行有问题时整个文件都不导入，"
                      "问题写入导入报告。"),
    ]


@dataclass
class _Existing:
    id: int
    name: str
    short_name: str
    code: str
    parent_id: int | None
    retired: bool


@dataclass
class _Planned:
    row: int
    values: dict[str, Any]
    key: str  # "db:<id>" or "new:<row>"
    org_id: int | None
    parent_key: str | None | bool  # False: keep the current parent


def _text(value: Any) -> str:
    from haihe_desk.io.sheet import as_text

    return as_text(value)


def plan_import(session: Session, data: Any) -> tuple[list[_Planned], list[Any]]:
    """Check every row of a read sheet against the file itself and the database; nothing is
    written. Returns the plan and the issues (empty: safe to apply)."""
    from haihe_desk.io.sheet import ImportIssue

    fields = sheet_fields()
    col = {f.key: data.header_for(f.key, fields) for f in fields}
    existing = [
        _Existing(r[0], r[1], r[2] or "", r[3] or "", r[4], bool(r[5]))
        for r in session.execute(select(Organisation.id, Organisation.name, Organisation.short_name,
                                        Organisation.union_code, Organisation.parent_id, Organisation.retired))
    ]
    db_by_code = {e.code: e for e in existing if e.code}
    db_by_name: dict[str, list[_Existing]] = {}
    for e in existing:
        if not e.retired:
            for n in {e.name, e.short_name} - {""}:
                db_by_name.setdefault(n, []).append(e)
    issues: list[ImportIssue] = []
    plans: list[_Planned] = []
    file_by_code: dict[str, _Planned] = {}
    file_by_name: dict[str, _Planned] = {}

    def issue(row: int, key: str, value: Any, message: str) -> None:
        issues.append(ImportIssue(row, col[key], value, message))

    for r in data.rows:
        v = {k: _text(r.values.get(k)) for k in ("name", "parent", "kind", "short_name", "address",
                                                  "contact_person", "phone", "notes")}
        raw_code = r.values.get("union_code")
        v["union_code"] = rules.normalize_union_code(raw_code) if raw_code is not None else ""
        bad = len(issues)
        if not v["name"]:
            issue(r.row, "name", None, translate("OrgSheet", "单位名称为空；请填写单位全称"))
        for key, problem in _length_problems(v).items():
            issue(r.row, key, v[key], problem)
        code = v["union_code"]
        if code:
            problem = rules.union_code_problem(code)
            if problem:
                issue(r.row, "union_code", raw_code, problem)
            elif code in file_by_code:
                issue(r.row, "union_code", raw_code, translate("OrgSheet", "与第 {n} 行的工会代码重复；每个代码只能给一个单位")
                      .format(n=file_by_code[code].row))
        if v["kind"]:
            kind = labels.code_for(labels.ORG_KINDS, v["kind"])
            if kind is None:
                issue(r.row, "kind", v["kind"], translate("OrgSheet", "类型无效；请从下拉列表中选择（{c}）").format(
                    c="、".join(translate("Labels", c) for c in KIND_CHOICES)))
            v["kind"] = kind
        if v["name"] and not code and v["name"] in file_by_name:
            issue(r.row, "name", v["name"], translate("OrgSheet", "与第 {n} 行的单位名称重复；同一单位只写一行")
                  .format(n=file_by_name[v["name"]].row))
        match: _Existing | None = None
        if code and code in db_by_code:
            match = db_by_code[code]
            if match.retired:
                issue(r.row, "union_code", raw_code, translate(
                    "OrgSheet", "该代码属于已停用（或已合并）的单位“{name}”；请先恢复它或改用现在的单位代码").format(name=match.name))
        elif v["name"]:
            same = db_by_name.get(v["name"], [])
            if len(same) > 1:
                issue(r.row, "name", v["name"], translate(
                    "OrgSheet", "数据库中有 {n} 个同名单位；请填写工会代码以区分，或先合并重复的单位").format(n=len(same)))
            elif same:
                if code and same[0].code:
                    issue(r.row, "name", v["name"], translate(
                        "OrgSheet", "数据库中已有同名单位（工会代码 {old}）；如是同一单位请使用代码 {old}，否则请改名以示区别")
                        .format(old=same[0].code))
                else:
                    match = same[0]
        p = _Planned(r.row, v, f"db:{match.id}" if match else f"new:{r.row}", match.id if match else None, False)
        if len(issues) == bad:
            if code:
                file_by_code[code] = p
            if v["name"]:
                file_by_name.setdefault(v["name"], p)
                if v["short_name"]:
                    file_by_name.setdefault(v["short_name"], p)
        plans.append(p)

    # Parents: by code or name, in the file first, then the database.
    def find(text: str) -> tuple[str | None, str]:
        c = rules.normalize_union_code(text)
        if c.isdigit():
            if c in file_by_code:
                return file_by_code[c].key, ""
            if c in db_by_code:
                e = db_by_code[c]
                return (None, translate("OrgSheet", "上级单位已停用")) if e.retired else (f"db:{e.id}", "")
            return None, translate("OrgSheet", "找不到工会代码为 {c} 的上级单位").format(c=c)
        if text in file_by_name:
            return file_by_name[text].key, ""
        same = db_by_name.get(text, [])
        if len(same) == 1:
            return f"db:{same[0].id}", ""
        if len(same) > 1:
            return None, translate("OrgSheet", "有 {n} 个单位叫这个名字；请改填上级的工会代码").format(n=len(same))
        return None, translate("OrgSheet", "找不到这个上级单位；请填写数据库或本文件中已有单位的全称或工会代码")

    for p in plans:
        text = p.values["parent"]
        if text:
            key, why = find(text)
            if key is None:
                issue(p.row, "parent", text, why)
            p.parent_key = key
        else:
            prefix = rules.code_parent_prefix(p.values["union_code"]) if p.values["union_code"] else None
            if prefix and prefix in file_by_code:
                p.parent_key = file_by_code[prefix].key
            elif prefix and prefix in db_by_code and not db_by_code[prefix].retired:
                p.parent_key = f"db:{db_by_code[prefix].id}"
            else:
                p.parent_key = False if p.org_id else None
        if p.parent_key == p.key:
            issue(p.row, "parent", text, translate("OrgSheet", "上级单位不能是它自己"))

    # Cycles in the tree as it would be after the import.
    parent_of: dict[str, str | None] = {f"db:{e.id}": (f"db:{e.parent_id}" if e.parent_id else None) for e in existing}
    for p in plans:
        if p.parent_key is not False:
            parent_of[p.key] = p.parent_key if isinstance(p.parent_key, str) else None
        else:
            parent_of.setdefault(p.key, None)

    def loops_back(key: str) -> bool:
        """The row's own unit is met again walking up from it (a loop in other rows is theirs)."""
        seen: set[str] = set()
        current = parent_of.get(key)
        while current is not None and current not in seen:
            if current == key:
                return True
            seen.add(current)
            current = parent_of.get(current)
        return False

    for p in plans:
        if isinstance(p.parent_key, str) and p.parent_key != p.key:
            if loops_back(p.key):
                issue(p.row, "parent", p.values["parent"], translate(
                    "OrgSheet", "这样设置上级会形成循环（单位成了自己的下级）；请检查上级单位"))
    return plans, issues


def kind_for(code: str) -> str:
    """The default type of an imported unit without one: by the length of its union code."""
    if not code:
        return "employer"
    return "district_union" if len(code) == rules.CODE_ROOT_LEN else "grassroots"


def apply_import(session: Session, actor: Actor, plans: list[_Planned], *, file_name: str) -> Any:
    """Write a checked plan (all rows, one transaction — the caller's)."""
    actor.require(roles.CONTACTS_EDIT)
    from haihe_desk.io.sheet import ImportResult

    result = ImportResult()
    ids: dict[str, int] = {}
    for p in plans:
        if p.org_id is not None:
            ids[p.key] = p.org_id
            continue
        v = p.values
        org = Organisation(name=v["name"], kind=v["kind"] or kind_for(v["union_code"]),
                           union_code=v["union_code"] or None, short_name=v["short_name"], address=v["address"],
                           contact_person=v["contact_person"], phone=v["phone"], notes=v["notes"])
        session.add(org)
        session.flush()
        ids[p.key] = org.id
    for p in plans:
        v = p.values
        org = get(session, ids[p.key])
        old = snapshot(org) if p.org_id is not None else None
        if isinstance(p.parent_key, str):
            org.parent_id = ids.get(p.parent_key) or int(p.parent_key.split(":", 1)[1])
        elif p.parent_key is None:
            org.parent_id = None
        if p.org_id is not None:
            for key in ("name", "union_code", "short_name", "address", "contact_person", "phone", "notes"):
                if v[key]:
                    setattr(org, key, v[key])
            if v["kind"]:
                org.kind = v["kind"]
        session.flush()
        new = snapshot(org)
        if old is None:
            result.written += 1
            result.changes.append(translate("OrgSheet", "第 {row} 行：新建“{name}”").format(row=p.row, name=org.name))
            audit.record(session, actor, "org.import.create", entity="organisation", entity_id=org.id, new=new,
                         reason=file_name)
        elif new != old:
            result.written += 1
            result.changes.append(translate("OrgSheet", "第 {row} 行：更新“{name}”").format(row=p.row, name=org.name))
            audit.record(session, actor, "org.import.update", entity="organisation", entity_id=org.id, old=old,
                         new=new, reason=file_name)
        else:
            result.unchanged += 1
    result.ok_rows = len(plans)
    return result


def report_path_for(path: Path | str) -> Path:
    p = Path(path)
    return p.with_name(p.stem + translate("OrgSheet", "-导入报告") + ".xlsx")


def import_file(session: Session, actor: Actor, path: str | Path, *, sheet: str | None = None,
                report: str | Path | None = None, dry_run: bool = False,
                progress: Any = None) -> Any:
    """Import the union-code list: read, check every row, then write all or nothing. On problems
    an xlsx report (``report``, default beside the file) lists them and RejectedData names the
    first one and the report."""
    actor.require(roles.CONTACTS_EDIT)
    from haihe_desk.io.sheet import read_sheet

    data = read_sheet(path, sheet_fields(), sheet)
    plans, issues = plan_import(session, data)
    if progress is not None:
        progress(len(plans) // 2, len(plans))
    if issues:
        return reject_with_report(data, issues, report)
    if dry_run:
        from haihe_desk.io.sheet import ImportResult

        return ImportResult(ok_rows=len(plans), used=dict(data.used), ignored=list(data.ignored))
    result = apply_import(session, actor, plans, file_name=Path(path).name)
    result.used, result.ignored = dict(data.used), list(data.ignored)
    audit.record(session, actor, "org.import", entity="organisation", new={"file": Path(path).name,
                 "rows": len(plans), "written": result.written}, reason=Path(path).name)
    if progress is not None:
        progress(len(plans), len(plans))
    return result


def reject_with_report(data: Any, issues: list[Any], report: str | Path | None) -> Any:
    """Write the xlsx report of ``issues`` (default beside the file) and raise the one sentence
    every import uses for broken rows: how many, the first (row, column, value, problem), where the
    report is. Shared by the organisation and contact imports."""
    from haihe_desk.io.sheet import write_report

    target = Path(report) if report else report_path_for(data.path)
    write_report(target, data, issues)
    rows = sorted({i.row for i in issues})
    first = min(issues, key=lambda i: (i.row, i.column))
    raise RejectedData(
        translate("OrgSheet", "文件 {file} 有 {n} 行有问题，未导入任何数据。第一处：第 {row} 行“{col}”列（{value}）：{msg}。"
                              "全部问题见报告 {report}，改正后请重新导入。").format(
            file=data.path.name, n=len(rows), row=first.row, col=first.column,
            value=_text(first.value) or translate("OrgSheet", "空"), msg=first.message, report=target,
        )
    )


def export_rows(session: Session, *, include_retired: bool = False) -> list[dict[str, Any]]:
    """Units as rows of the union-code list (parents before children), ready for ``write_xlsx``."""
    nodes = tree(session, include_retired=include_retired)
    by_id = {n.id: n for n in nodes}
    children: dict[int | None, list[OrgNode]] = {}
    for n in nodes:
        children.setdefault(n.parent_id if n.parent_id in by_id else None, []).append(n)
    full = {o.id: o for o in session.scalars(select(Organisation).where(Organisation.id.in_(list(by_id))))} if by_id else {}
    out: list[dict[str, Any]] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        n = stack.pop()
        o = full[n.id]
        parent = by_id.get(n.parent_id) if n.parent_id else None
        out.append({
            "name": o.name, "union_code": o.union_code or "",
            "parent": (parent.union_code or parent.name) if parent else "",
            "kind": labels.label(labels.ORG_KINDS, o.kind), "short_name": o.short_name, "address": o.address,
            "contact_person": o.contact_person, "phone": o.phone, "notes": o.notes,
        })
        stack.extend(reversed(children.get(n.id, [])))
    return out


def write_xlsx(path: str | Path, fields: list[Any], rows: list[dict[str, Any]], sheet_title: str) -> int:
    """A plain export sheet whose header uses the fields' titles, so the file can be imported
    back. Text fields are stored as text (union codes keep every digit)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title[:31]
    widths = []
    for c, f in enumerate(fields, start=1):
        cell = ws.cell(row=1, column=c, value=f.title)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFDDEBF7")
        widths.append(sum(2 if ord(ch) > 0x2E80 else 1 for ch in f.title) + 4)
    for r, row in enumerate(rows, start=2):
        for c, f in enumerate(fields, start=1):
            value = row.get(f.key, "")
            cell = ws.cell(row=r, column=c, value=value if value not in ("", None) else None)
            if f.text:
                cell.number_format = "@"
            if isinstance(value, str):
                widths[c - 1] = max(widths[c - 1], min(60, sum(2 if ord(ch) > 0x2E80 else 1 for ch in value) + 2))
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A2"
    try:
        wb.save(str(path))
    except OSError as exc:
        raise UnreadableInput(
            translate("OrgSheet", "无法写入文件 {path}：{err}；请在 Excel 中关闭它或换一个位置保存。").format(
                path=path, err=exc.strerror or exc)
        ) from None
    return len(rows)


def export_file(session: Session, path: str | Path, *, include_retired: bool = False) -> int:
    return write_xlsx(path, sheet_fields(), export_rows(session, include_retired=include_retired),
                      translate("OrgSheet", "工会代码表"))


def write_template_file(path: str | Path) -> None:
    from haihe_desk.io.sheet import write_template

    write_template(path, sheet_fields(), template_instructions(), translate("OrgSheet", "工会代码表"))
