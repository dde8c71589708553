"""Reading the unit tree: look-ups, the tree as plain nodes, subtrees in SQL, and a union
reviewer's scope (the condition every list applies and the check every write makes)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, false, func, select
from sqlalchemy.orm import Session

from haihe_desk.db.models import Organisation, Registration
from haihe_desk.domain import labels
from haihe_desk.domain import orgs as rules
from haihe_desk.errors import PermissionDenied, RejectedData
from haihe_desk.i18n import translate
from haihe_desk.services.context import Actor


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


def get(session: Session, org_id: int) -> Organisation:
    org = session.get(Organisation, org_id)
    if org is None:
        raise RejectedData(
            translate("Orgs", "找不到编号为 {id} 的单位；它可能已被删除，请刷新后再试。").format(id=org_id)
        )
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
    q = (
        select(Registration.unit_id, func.count())
        .where(Registration.unit_id.is_not(None))
        .group_by(Registration.unit_id)
    )
    return {uid: n for uid, n in session.execute(q)}


def tree(session: Session, *, include_retired: bool = True) -> list[OrgNode]:
    """Every unit as a plain node, ordered for display (code, then name); parents may come after
    children in this list, so build the tree by ``parent_id``."""
    counts = registration_counts(session)
    q = select(
        Organisation.id,
        Organisation.parent_id,
        Organisation.name,
        Organisation.short_name,
        Organisation.kind,
        Organisation.union_code,
        Organisation.retired,
        Organisation.merged_into_id,
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
            raise PermissionDenied(
                translate(
                    "Orgs",
                    "{what}不属于“{scope}”及其下属单位，账号“{user}”无权办理；请交由该单位所属工会或大赛办公室处理。",
                ).format(
                    what=what or translate("Orgs", "该单位"), scope=scope.name if scope else "", user=actor.username
                )
            )


def parent_map(session: Session) -> dict[int, int | None]:
    return {i: p for i, p in session.execute(select(Organisation.id, Organisation.parent_id))}


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
            select(Organisation)
            .where(Organisation.retired.is_(False), (Organisation.name == name) | (Organisation.short_name == name))
            .limit(2)
        )
    )
    return rows[0] if len(rows) == 1 else None


@dataclass(frozen=True)
class OrgSummary:
    """One unit as plain data for the tree panel's info line and the unit editor."""

    id: int
    name: str
    short_name: str
    kind: str
    union_code: str
    parent_id: int | None
    retired: bool
    below: int  # units under it, at any depth

    @property
    def kind_label(self) -> str:
        return labels.label(labels.ORG_KINDS, self.kind)


def summary(session: Session, org_id: int) -> OrgSummary:
    org = get(session, org_id)
    return OrgSummary(
        org.id,
        org.name,
        org.short_name,
        org.kind,
        org.union_code or "",
        org.parent_id,
        org.retired,
        len(subtree_ids(session, org_id)) - 1,
    )
