"""The one audit function every contest-relevant write calls, and the chain verifier.

The log is append-only and hash-chained: each entry stores the previous entry's hash and its own
hash over (prev_hash, content). A single ``audit_head`` row holds the tip; it is read FOR UPDATE so
writers on several PCs (PostgreSQL) serialise and the chain never forks. The migration creates it
(seq 0, the genesis hash), so even the very first writes of two PCs queue on that one row.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from haihe_desk.db.models import AuditEntry, AuditHead
from haihe_desk.domain import audit_chain
from haihe_desk.errors import CheckFailed
from haihe_desk.i18n import translate
from haihe_desk.services import context
from haihe_desk.services.context import Actor

HEAD_ID = 1


def _fields(e: AuditEntry) -> dict[str, object]:
    return {
        "seq": e.seq,
        "at": e.at,
        "actor": e.actor,
        "action": e.action,
        "entity": e.entity,
        "entity_id": e.entity_id,
        "old": e.old,
        "new": e.new,
        "reason": e.reason,
    }


def _json(value: Mapping[str, object] | None) -> str:
    return "" if value is None else audit_chain.canonical(dict(value))


def record(
    session: Session,
    actor: Actor,
    action: str,
    *,
    entity: str = "",
    entity_id: object = "",
    old: Mapping[str, object] | None = None,
    new: Mapping[str, object] | None = None,
    reason: str = "",
) -> AuditEntry:
    """Append one entry in the caller's transaction (it commits or rolls back with the change).

    A command-line sign-in is recorded here, just before the first entry of its command
    (``context.sign_in(actor, audit_later=True)``): a command that only reads leaves no trace."""
    pending = context.take_unaudited_sign_in(actor)
    if pending is not None:
        record(session, actor, "user.sign_in", entity="user", entity_id=actor.username, new=pending)
    head = session.execute(select(AuditHead).where(AuditHead.id == HEAD_ID).with_for_update()).scalar_one_or_none()
    if head is None:
        # Every database gets its head row from the migration; only a database emptied by hand
        # (or copied from one that predates that) comes here.
        if session.scalar(select(func.count()).select_from(AuditEntry)):
            # Entries exist but the tip was removed: never start a second chain over a damaged one.
            raise CheckFailed(
                translate(
                    "Audit",
                    "审计日志的链头记录缺失，日志可能被改动；已停止写入。"
                    "请运行“haihe-desk audit verify”并联系监审委员会。",
                )
            )
        head = AuditHead(id=HEAD_ID, seq=0, hash=audit_chain.GENESIS)
        session.add(head)
        session.flush()
    entry = AuditEntry(
        seq=head.seq + 1,
        at=datetime.now(timezone.utc).isoformat(timespec="microseconds"),
        actor=actor.username,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        old=_json(old),
        new=_json(new),
        reason=reason,
        prev_hash=head.hash,
    )
    entry.hash = audit_chain.entry_hash(entry.prev_hash, _fields(entry))
    session.add(entry)
    head.seq = entry.seq
    head.hash = entry.hash
    session.flush()
    return entry


@dataclass(frozen=True)
class VerifyResult:
    count: int
    broken_at: int | None
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def _walk(session: Session) -> Iterator[tuple[int, str, str, dict[str, object]]]:
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(2000).scalars()
    for e in rows:
        yield e.seq, e.prev_hash, e.hash, _fields(e)


def verify(session: Session) -> VerifyResult:
    count = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    brk = audit_chain.verify(_walk(session))
    if brk is None:
        head = session.get(AuditHead, HEAD_ID)
        last = session.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).scalar()
        # Entries cut off the end of the chain: the head remembers more than the table holds,
        # or the head itself is gone while entries remain.
        if head is None and last is not None:
            return VerifyResult(count, last.seq + 1, "truncated")
        if head is not None and last is None and head.seq == 0 and head.hash == audit_chain.GENESIS:
            return VerifyResult(0, None)  # the head a new database starts with: no entries yet
        if head is not None and (last is None or head.seq != last.seq or head.hash != last.hash):
            return VerifyResult(count, (last.seq + 1) if last else 1, "truncated")
        return VerifyResult(count, None)
    return VerifyResult(count, brk.seq, brk.reason)


def recent(session: Session, limit: int = 200, entity: str | None = None, entity_id: object = None) -> list[AuditEntry]:
    q = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
    if entity:
        q = q.where(AuditEntry.entity == entity)
    if entity_id is not None:
        q = q.where(AuditEntry.entity_id == str(entity_id))
    return list(session.scalars(q))
