"""What `haihe-desk info` reports: where the database is, its schema version, row counts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from haihe_desk import __version__
from haihe_desk.db import migrate
from haihe_desk.db.database import Database
from haihe_desk.db.models import (
    AuditEntry,
    Contact,
    Contest,
    Judge,
    Organisation,
    Person,
    Registration,
    ScoreEntry,
    Trade,
    User,
)

COUNTED = {
    "contests": Contest,
    "trades": Trade,
    "organisations": Organisation,
    "people": Person,
    "registrations": Registration,
    "judges": Judge,
    "score_entries": ScoreEntry,
    "contacts": Contact,
    "users": User,
    "audit_entries": AuditEntry,
}


def gather(db: Database) -> dict[str, Any]:
    with db.read() as s:
        counts = {k: s.scalar(select(func.count()).select_from(m)) or 0 for k, m in COUNTED.items()}
    return {
        "program_version": __version__,
        "database": db.target.display(),
        "engine": db.engine.dialect.name,
        "schema_version": migrate.current_revision(db.engine),
        "schema_head": migrate.head_revision(),
        "counts": counts,
    }
