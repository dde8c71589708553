"""Small helpers for the contest-setup tests."""

from __future__ import annotations

from sqlalchemy import func, select

from haihe_desk.db.database import Database
from haihe_desk.db.models import AuditEntry, Contest, Trade
from haihe_desk.services import settings


def current(db: Database) -> int:
    with db.read() as s:
        cid = settings.current_contest_id(s)
    assert cid is not None
    return cid


def trade_id(db: Database, code: str, contest_id: int | None = None) -> int:
    with db.read() as s:
        q = select(Trade.id).where(Trade.code == code)
        if contest_id is not None:
            q = q.where(Trade.contest_id == contest_id)
        return s.scalars(q).one()


def count(db: Database, model: type) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def audit_count(db: Database) -> int:
    return count(db, AuditEntry)


def last_audit(db: Database) -> AuditEntry:
    with db.read() as s:
        e = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        s.expunge(e)
        return e


def contest(db: Database, cid: int) -> Contest:
    with db.read() as s:
        c = s.get(Contest, cid)
        assert c is not None
        s.expunge(c)
        return c
