"""Backups, restore and whole-database copies: every row and the audit chain come through, refusals
leave the database as it was, automatic backups are pruned, files are private to the user."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from haihe_desk.db import backup_files, transfer
from haihe_desk.db.database import Database, open_database
from haihe_desk.db.models import Contest, Organisation
from haihe_desk.errors import CheckFailed, RejectedData, UnreadableInput, UsageError
from haihe_desk.services import audit, backups
from haihe_desk.services.context import SYSTEM, Actor

ACTOR = Actor("tester")
AS = {"source_actor": lambda _db: ACTOR, "target_actor": lambda _db: ACTOR}  # signed in on source and target


def counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return transfer.row_counts(conn)


def content(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, through the models' column types (engine-neutral values)."""
    out = {}
    with db.engine.connect() as conn:
        for t in transfer.tables():
            out[t.name] = [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
    return out


def chain(db: Database) -> audit.VerifyResult:
    with db.read() as s:
        return audit.verify(s)


def test_copy_to_sqlite_and_back_keeps_every_row_and_the_chain(demo_db: Database, db_url: str, tmp_path: Path) -> None:
    before = content(demo_db)
    assert sum(len(rows) for rows in before.values()) > 500  # the demo contest, not an empty database
    file = tmp_path / "copy.sqlite3"

    there = backups.copy_database(db_url, str(file), **AS)
    assert there.counts == {name: len(rows) for name, rows in before.items()}
    copy = open_database(str(file))
    try:
        assert content(copy) == before
        assert chain(copy).intact and chain(copy).count == there.audit_entries > 0
    finally:
        copy.dispose()

    # Back into the engine under test, replacing what is there.
    back = backups.copy_database(str(file), db_url, replace=True, **AS)
    assert back.counts == there.counts
    after = content(demo_db)
    assert {k: v for k, v in after.items() if not k.startswith("audit_")} == {
        k: v for k, v in before.items() if not k.startswith("audit_")
    }
    # the copied chain, then the entry that says what replaced the data
    assert after["audit_log"][:-1] == before["audit_log"]
    assert chain(demo_db).intact
    # Explicit ids came along; the next new row still gets a fresh id (PostgreSQL sequences reset).
    top = max(r[0] for r in before["contest"])
    with demo_db.write() as s:
        c = Contest(name="第二届", year=2021)
        s.add(c)
        s.flush()
        assert c.id == top + 1


def test_self_referencing_rows_are_copied_parents_first(demo_db: Database, db_url: str, tmp_path: Path) -> None:
    # An organisation whose parent has a larger id: inserting in id order would break the foreign key.
    with demo_db.write() as s:
        child = Organisation(name="子单位", kind="enterprise", union_code="T-CHILD")
        s.add(child)
        s.flush()
        parent = Organisation(name="上级工会", kind="district_union", union_code="T-PARENT")
        s.add(parent)
        s.flush()
        child.parent_id = parent.id
        assert child.id < parent.id
    file = tmp_path / "orgs.sqlite3"
    backups.copy_database(db_url, str(file), **AS)
    copy = open_database(str(file))
    try:
        with copy.read() as s:
            got = s.scalar(select(Organisation).where(Organisation.union_code == "T-CHILD"))
            assert got is not None and got.parent_id == parent.id
    finally:
        copy.dispose()


def test_copy_refuses_a_target_with_data(demo_db: Database, db_url: str, tmp_path: Path) -> None:
    file = tmp_path / "other.sqlite3"
    backups.copy_database(db_url, str(file), **AS)
    with pytest.raises(RejectedData) as exc:
        backups.copy_database(db_url, str(file), **AS)
    assert "已有数据" in str(exc.value) and "--replace" in str(exc.value)
    with pytest.raises(UsageError):
        backups.copy_database(db_url, db_url, **AS)


def test_copy_refuses_a_source_with_a_broken_chain_and_writes_nothing(
    demo_db: Database, db_url: str, tmp_path: Path
) -> None:
    src = tmp_path / "src.sqlite3"
    backups.copy_database(db_url, str(src), **AS)
    with sqlite3.connect(src) as con:
        con.execute("UPDATE audit_log SET reason = 'changed' WHERE seq = 1")
    con.close()
    target = tmp_path / "target.sqlite3"
    with pytest.raises(CheckFailed) as exc:
        backups.copy_database(str(src), str(target), **AS)
    assert "第 1 条" in str(exc.value)
    assert not target.exists()  # the file the copy had created is gone again
    existing = tmp_path / "existing.sqlite3"
    open_database(str(existing)).dispose()
    with pytest.raises(CheckFailed):
        backups.copy_database(str(src), str(existing), **AS)
    kept = open_database(str(existing))
    try:
        with kept.engine.connect() as conn:
            assert transfer.non_empty(conn) == []  # rolled back, the existing file stays
    finally:
        kept.dispose()


def test_backup_is_a_haihe_database_on_every_engine(demo_db: Database, tmp_path: Path) -> None:
    # SQLite: the online backup API; PostgreSQL: the portable dump. Either is a SQLite file we can check.
    out = backups.backup(demo_db, "manual", tmp_path / "b.sqlite3")
    assert out == tmp_path / "b.sqlite3"
    assert backups.check_backup_file(out) == "0001"
    copy = open_database(str(out))
    try:
        assert counts(copy) == counts(demo_db)
        assert chain(copy).intact
    finally:
        copy.dispose()
    with pytest.raises(UsageError):  # never overwrites
        backups.backup(demo_db, "manual", out)


def test_restore_replaces_the_data_and_keeps_the_replaced_one(demo_db: Database, tmp_path: Path) -> None:
    saved = content(demo_db)
    file = backups.backup(demo_db, "manual", tmp_path / "saved.sqlite3")
    with demo_db.write() as s:  # a change made after the backup
        backups.set_keep_count(s, ACTOR, 7)
        s.execute(select(Contest)).scalars().first().name = "改过的名字"  # type: ignore[union-attr]
    changed = counts(demo_db)

    result = backups.restore(demo_db, file, ACTOR)

    after = content(demo_db)
    for name, rows in saved.items():
        if name not in ("audit_log", "audit_head"):
            assert after[name] == rows, name
    # The restore itself is one new audit entry on top of the restored chain.
    assert len(after["audit_log"]) == len(saved["audit_log"]) + 1
    assert chain(demo_db).intact
    with demo_db.read() as s:
        last = audit.recent(s, 1)[0]
        assert last.action == "database.restore" and last.actor == "tester"
        assert backups.keep_count(s) == backups.DEFAULT_KEEP
    # The replaced data is kept, as a backup that is never pruned.
    assert result.kept.exists() and backup_files.parse(result.kept).reason == "restore"  # type: ignore[union-attr]
    kept = open_database(str(result.kept))
    try:
        assert counts(kept) == changed
        with kept.read() as s:
            assert backups.keep_count(s) == 7
    finally:
        kept.dispose()


def _text_file(p: Path) -> Path:
    p.write_text("姓名,电话\n王亚梅,84236612\n", encoding="utf-8")
    return p


def _foreign_sqlite(p: Path) -> Path:
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO customer (name) VALUES ('王亚梅')")
    con.commit()
    con.close()
    return p


def _empty_sqlite(p: Path) -> Path:
    sqlite3.connect(p).close()
    p.write_bytes(b"")
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.commit()
    con.close()
    return p


@pytest.mark.parametrize(
    "make", [_text_file, _foreign_sqlite, _empty_sqlite], ids=["text", "foreign-sqlite", "no-version"]
)
def test_restore_refuses_a_file_that_is_not_ours(demo_db: Database, tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    before = content(demo_db)
    bad = make(tmp_path / "bad.sqlite3")
    raw = bad.read_bytes()
    with pytest.raises(RejectedData) as exc:
        backups.restore(demo_db, bad, ACTOR)
    assert str(bad) in str(exc.value) and "未做任何修改" in str(exc.value)
    assert content(demo_db) == before
    assert bad.read_bytes() == raw
    assert [b for b in backups.listing(demo_db) if b.reason == "restore"] == []  # refused before any backup


def test_restore_refuses_a_tampered_audit_chain(demo_db: Database, tmp_path: Path) -> None:
    file = backups.backup(demo_db, "manual", tmp_path / "b.sqlite3")
    with demo_db.write() as s:
        backups.set_keep_count(s, ACTOR, 9)
    before = content(demo_db)
    con = sqlite3.connect(file)
    with con:
        con.execute("UPDATE audit_log SET actor = 'somebody else' WHERE seq = 1")
    con.close()
    with pytest.raises(CheckFailed) as exc:
        backups.restore(demo_db, file, ACTOR)
    assert "审计日志" in str(exc.value) and "第 1 条" in str(exc.value)
    assert content(demo_db) == before


def test_restore_of_a_missing_file_is_unreadable_input(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput):
        backups.restore(demo_db, tmp_path / "nope.sqlite3", ACTOR)


def test_keep_count_is_validated_and_audited(db: Database) -> None:
    with db.write() as s:
        with pytest.raises(RejectedData):
            backups.set_keep_count(s, ACTOR, 0)
        backups.set_keep_count(s, ACTOR, 5)
    with db.read() as s:
        assert backups.keep_count(s) == 5
        entry = audit.recent(s, 1)[0]
        assert entry.action == "setting.update" and entry.entity_id == backups.KEEP_KEY


@pytest.mark.sqlite_only
def test_automatic_backups_keep_the_newest_n_and_never_prune_manual_ones(demo_db: Database, db_path: Path) -> None:
    with demo_db.write() as s:
        backups.set_keep_count(s, SYSTEM, 3)
    manual = backups.backup(demo_db, "manual")
    made = [backups.auto_backup(demo_db, reason) for reason in ("start", "import", "hourly", "import", "hourly")]
    assert all(p is not None and p.parent == db_path.parent / "backups" for p in made)
    left = backups.listing(demo_db)
    assert [b.path for b in left if b.automatic] == made[-3:]
    assert manual in [b.path for b in left]
    assert [b.reason for b in left if b.automatic] == ["hourly", "import", "hourly"]


@pytest.mark.sqlite_only
@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; the Windows user profile is private already")
def test_database_and_backups_are_private_to_the_user(demo_db: Database, db_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = backups.auto_backup(demo_db, "start")
        fresh = open_database(str(db_path.parent / "fresh.sqlite3"))
        fresh.dispose()
    finally:
        os.umask(old)
    assert path is not None
    assert db_path.stat().st_mode & 0o777 == 0o600
    assert (db_path.parent / "fresh.sqlite3").stat().st_mode & 0o777 == 0o600
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700


def test_server_databases_get_no_automatic_backup(demo_db: Database) -> None:
    # A PostgreSQL server keeps its own backups; SQLite files get one.
    path = backups.auto_backup(demo_db, "start")
    assert (path is None) == (demo_db.target.path is None)
