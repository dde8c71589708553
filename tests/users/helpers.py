"""Small helpers for the users/roles tests: a password that passes the rules, users made through
the real service, an exact fingerprint of the whole database, and audit entries of users."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from haihe_desk.db.database import Database
from haihe_desk.db.models import AuditEntry, Base, Organisation, User
from haihe_desk.services import users
from haihe_desk.services.context import Actor

PW = "Haihe-2024!"  # strong enough for services.users.password_problem
ROLES = ("admin", "office", "union_reviewer", "chief_judge", "encryption_judge", "clerk", "supervisor", "readonly")
JUDGE_ROLES = ("chief_judge", "encryption_judge", "clerk")


def add_user(
    db: Database,
    username: str,
    role: str,
    *,
    by: Actor | None = None,
    password: str = PW,
    union: str | int | None = None,
    display_name: str = "",
) -> Actor:
    """Create a user through the service (the first one needs no actor) and return its Actor."""
    with db.write() as s:
        if by is None and users.has_users(s):
            by = Actor("root-test", "admin")
        user = users.create_user(s, by, username, password, role, union=union, display_name=display_name)
        return users.actor_for(user)


def user_row(db: Database, username: str) -> dict[str, Any]:
    with db.read() as s:
        u = s.scalars(select(User).where(User.username == username)).one()
        return {c.key: getattr(u, c.key) for c in User.__table__.columns}


def org_id_by_code(db: Database, code: str) -> int:
    with db.read() as s:
        return s.scalars(select(Organisation.id).where(Organisation.union_code == code)).one()


def subtree(db: Database, root: int) -> set[int]:
    """The unit and all below it, walked in Python from (id, parent_id) pairs: an independent
    check of the service's recursive SQL."""
    with db.read() as s:
        pairs = s.execute(select(Organisation.id, Organisation.parent_id)).all()
    found, todo = {root}, [root]
    while todo:
        parent = todo.pop()
        for oid, pid in pairs:
            if pid == parent and oid not in found:
                found.add(oid)
                todo.append(oid)
    return found


def fingerprint(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order: equal fingerprints mean nothing changed."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            out[table.name] = [tuple(r) for r in s.execute(select(table).order_by(*order))]
    return out


def user_audit(db: Database) -> list[AuditEntry]:
    with db.read() as s:
        rows = list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "user").order_by(AuditEntry.seq)))
        for r in rows:
            s.expunge(r)
        return rows
