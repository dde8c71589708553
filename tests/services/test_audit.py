"""The audit service on a real database: record() chains entries in the caller's transaction,
verify() finds edits, cut-off entries and gaps made behind the program's back."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select, text

from haihe_desk.db.database import Database
from haihe_desk.db.models import AuditEntry, AuditHead, Setting
from haihe_desk.domain.audit_chain import GENESIS
from haihe_desk.errors import CheckFailed
from haihe_desk.services import audit
from haihe_desk.services.context import SYSTEM, Actor

CLERK = Actor(username="计分员甲", role="clerk")


def write_entries(db: Database, n: int) -> None:
    for i in range(1, n + 1):
        with db.write() as s:
            audit.record(
                s,
                CLERK,
                "score.enter",
                entity="score_entry",
                entity_id=i,
                old={"mark": None},
                new={"code": f"A{i:03d}", "mark": "8.5"},
                reason="",
            )


def raw(db: Database, sql: str, **params: object) -> None:
    """Change the database behind the program's back, as someone with a database tool could."""
    with db.engine.begin() as conn:
        conn.execute(text(sql), params)


def verify(db: Database) -> audit.VerifyResult:
    with db.read() as s:
        return audit.verify(s)


def test_empty_log_is_intact(db: Database) -> None:
    result = verify(db)
    assert result.intact
    assert result.count == 0


def test_record_builds_a_chain(db: Database) -> None:
    write_entries(db, 4)
    with db.read() as s:
        entries = list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
        head = s.get(AuditHead, audit.HEAD_ID)
    assert [e.seq for e in entries] == [1, 2, 3, 4]
    assert entries[0].prev_hash == GENESIS
    for before, after in zip(entries, entries[1:], strict=False):
        assert after.prev_hash == before.hash
    assert len({e.hash for e in entries}) == 4
    assert head is not None and (head.seq, head.hash) == (4, entries[-1].hash)
    first = entries[0]
    assert first.actor == "计分员甲"
    assert first.action == "score.enter"
    assert (first.entity, first.entity_id) == ("score_entry", "1")
    assert json.loads(first.new) == {"code": "A001", "mark": "8.5"}
    assert json.loads(first.old) == {"mark": None}


def test_record_several_in_one_transaction(db: Database) -> None:
    with db.write() as s:
        a = audit.record(s, SYSTEM, "one")
        b = audit.record(s, SYSTEM, "two")
        assert (a.seq, b.seq) == (1, 2)
        assert b.prev_hash == a.hash
    assert verify(db).intact


def test_intact_chain_verifies(db: Database) -> None:
    write_entries(db, 5)
    result = verify(db)
    assert result.intact
    assert result.broken_at is None
    assert result.count == 5


def test_changed_content_is_found(db: Database) -> None:
    write_entries(db, 5)
    raw(db, "UPDATE audit_log SET new = :v WHERE seq = 3", v='{"code":"A003","mark":"9.5"}')
    result = verify(db)
    assert not result.intact
    assert (result.broken_at, result.reason) == (3, "hash")
    assert result.count == 5


@pytest.mark.parametrize("column", ["actor", "action", "at", "reason", "entity_id", "old"])
def test_every_hashed_column_is_protected(db: Database, column: str) -> None:
    write_entries(db, 3)
    # Overwrite the first character: a different value that still fits the column (PostgreSQL
    # enforces String(n) lengths; the timestamp fills its column exactly).
    raw(db, f"UPDATE audit_log SET {column} = 'x' || substr({column}, 2) WHERE seq = 2")
    result = verify(db)
    assert (result.broken_at, result.reason) == (2, "hash")


def test_deleted_last_entry_is_found_as_truncated(db: Database) -> None:
    write_entries(db, 4)
    raw(db, "DELETE FROM audit_log WHERE seq = 4")
    result = verify(db)
    assert not result.intact
    assert (result.broken_at, result.reason) == (4, "truncated")
    assert result.count == 3


def test_all_entries_deleted_is_truncated(db: Database) -> None:
    write_entries(db, 2)
    raw(db, "DELETE FROM audit_log")
    result = verify(db)
    assert (result.broken_at, result.reason) == (1, "truncated")


def test_deleted_middle_entry_is_found_as_missing(db: Database) -> None:
    write_entries(db, 5)
    raw(db, "DELETE FROM audit_log WHERE seq = 2")
    result = verify(db)
    assert (result.broken_at, result.reason) == (2, "missing")


def test_rewritten_hash_breaks_the_next_link(db: Database) -> None:
    write_entries(db, 3)
    raw(db, "UPDATE audit_log SET hash = :h WHERE seq = 2", h="e" * 64)
    result = verify(db)
    assert not result.intact
    assert result.broken_at == 2  # its own hash no longer matches its content


def test_entry_is_rolled_back_with_the_callers_work(db: Database) -> None:
    write_entries(db, 2)

    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        with db.write() as s:
            s.add(Setting(key="half_done", value="1"))
            audit.record(s, CLERK, "score.enter", new={"mark": "7"})
            raise Boom

    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 2
        assert s.get(Setting, "half_done") is None
        head = s.get(AuditHead, audit.HEAD_ID)
        assert head is not None and head.seq == 2
    assert verify(db).intact

    # The next entry continues the chain where the committed one left off.
    with db.write() as s:
        entry = audit.record(s, CLERK, "score.enter", new={"mark": "7"})
        assert entry.seq == 3
    assert verify(db).intact
    assert verify(db).count == 3


def test_recent_lists_newest_first_and_filters(db: Database) -> None:
    write_entries(db, 3)
    with db.write() as s:
        audit.record(s, SYSTEM, "contest.lock", entity="contest", entity_id=7)
    with db.read() as s:
        assert [e.seq for e in audit.recent(s)] == [4, 3, 2, 1]
        assert [e.seq for e in audit.recent(s, limit=2)] == [4, 3]
        assert [e.seq for e in audit.recent(s, entity="score_entry")] == [3, 2, 1]
        assert [e.seq for e in audit.recent(s, entity="contest", entity_id=7)] == [4]
        assert [e.seq for e in audit.recent(s, entity="score_entry", entity_id=2)] == [2]


def test_deleted_head_row_and_last_entry_is_found(db: Database) -> None:
    write_entries(db, 3)
    raw(db, "DELETE FROM audit_head")
    raw(db, "DELETE FROM audit_log WHERE seq = 3")
    result = verify(db)
    assert (result.broken_at, result.reason) == (3, "truncated")


def test_record_refuses_to_start_a_second_chain_over_a_damaged_one(db: Database) -> None:
    write_entries(db, 3)
    raw(db, "DELETE FROM audit_head")
    with pytest.raises(CheckFailed) as exc:
        with db.write() as s:
            s.add(Setting(key="lost_work", value="1"))
            audit.record(s, CLERK, "score.enter", new={"mark": "7"})
    assert "audit verify" in str(exc.value)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 3
        assert s.get(Setting, "lost_work") is None  # the caller's change went with it


def test_a_new_database_starts_with_the_chain_head(db_url: str, raw_db) -> None:  # type: ignore[no-untyped-def]
    """The migration writes the head row (seq 0, the genesis hash): nothing has to create it later,
    and an untouched chain verifies as intact and empty."""
    from haihe_desk.db.database import open_database

    fresh = open_database(db_url)
    try:
        with fresh.read() as s:
            head = s.get(AuditHead, audit.HEAD_ID)
            assert head is not None and (head.seq, head.hash) == (0, GENESIS)
        assert (verify(fresh).count, verify(fresh).intact) == (0, True)
    finally:
        fresh.dispose()


def test_first_writes_of_two_pcs_on_a_fresh_server_do_not_collide(db_url: str, db_engine: str, raw_db) -> None:  # type: ignore[no-untyped-def]
    """Two PCs' first audited writes at the same moment on a new PostgreSQL database: the second
    waits for the first's lock on the head row and then continues the chain (before the head row
    came with the migration, both inserted it and the second failed on its primary key)."""
    if db_engine != "postgresql":
        pytest.skip("SQLite writers are serialised by BEGIN IMMEDIATE; the race needs a server")
    import threading
    import time

    from haihe_desk.db.database import open_database

    pc1, pc2 = open_database(db_url), open_database(db_url)
    errors: list[BaseException] = []
    try:
        with pc1.write() as s1:
            audit.record(s1, CLERK, "score.enter", new={"pc": 1})  # holds the head, not committed yet

            def second() -> None:
                try:
                    with pc2.write() as s2:
                        audit.record(s2, SYSTEM, "score.enter", new={"pc": 2})
                except BaseException as exc:  # noqa: BLE001 - reported to the test thread
                    errors.append(exc)

            thread = threading.Thread(target=second)
            thread.start()
            deadline = time.monotonic() + 20
            while not raw_db.scalar(  # the second PC is queued behind the first one's lock
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
            ):
                assert time.monotonic() < deadline and thread.is_alive(), errors
                time.sleep(0.02)
        thread.join(20)
        assert not thread.is_alive() and errors == []
        assert (verify(pc1).count, verify(pc1).intact) == (2, True)
        with pc1.read() as s:
            assert [e.actor for e in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))] == ["计分员甲", "system"]
    finally:
        pc1.dispose()
        pc2.dispose()
