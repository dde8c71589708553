"""Two office PCs on one database: a second Database opened on the same ``db_url`` is a second
connection (a second SQLite connection to the file, or a second PostgreSQL client)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import select

from haihe_desk.db.database import Database, open_database
from haihe_desk.db.models import AuditEntry, Registration
from haihe_desk.services.context import Actor

ALICE = Actor(username="alice")  # the slower editor (PC A)
BOB = Actor(username="bob")  # saves first (PC B)


@contextmanager
def second_pc(db_url: str) -> Iterator[Database]:
    other = open_database(db_url)
    try:
        yield other
    finally:
        other.dispose()


def audit_trail(db: Database, entity: str, entity_id: object) -> list[tuple[str, str]]:
    """(actor, action) of every audit entry about one row, oldest first."""
    with db.read() as s:
        return [
            (e.actor, e.action)
            for e in s.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
                .order_by(AuditEntry.seq)
            )
        ]


def a_registration(db: Database) -> int:
    with db.read() as s:
        rid = s.scalar(
            select(Registration.id)
            .where(Registration.group == "worker", Registration.status == "submitted", Registration.skill_grade <= 3)
            .order_by(Registration.id)
        )
    assert rid is not None
    return rid
