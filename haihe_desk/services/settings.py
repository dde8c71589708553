"""Database-wide settings kept in the ``setting`` table."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from haihe_desk.db.models import Contest, Setting


def get(session: Session, key: str, default: str = "") -> str:
    row = session.get(Setting, key)
    return row.value if row else default


def put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def current_contest_id(session: Session) -> int | None:
    """The contest the office works on: the setting, else the newest non-archived contest."""
    raw = get(session, "current_contest_id")
    if raw.isdigit() and session.get(Contest, int(raw)) is not None:
        return int(raw)
    return session.scalar(
        select(Contest.id).where(Contest.status != "archived").order_by(Contest.year.desc(), Contest.id.desc()).limit(1)
    )
