"""Schema migrations run at start: fresh file to head, schema equals the models, backup before an
upgrade, and files that are not ours are refused untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, inspect, select

from haihe_desk.db import migrate
from haihe_desk.db.database import Database, open_database
from haihe_desk.db.models import Base, Contact, Registration
from haihe_desk.errors import UnreadableInput

if TYPE_CHECKING:
    from tests.conftest import RawDb


def sqlite_tables(path: Path) -> set[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def sqlite_scalar(path: Path, sql: str) -> object:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_migrations_have_a_single_head() -> None:
    heads = ScriptDirectory.from_config(migrate.alembic_config()).get_heads()
    assert len(heads) == 1  # two heads would make upgrade("head") fail at start
    assert migrate.head_revision() == heads[0]


def test_head_constant_matches_the_newest_script() -> None:
    # migrate.HEAD lets start-up skip loading Alembic; a new revision must bump it, or files
    # opened by the new program would never be upgraded.
    assert migrate.HEAD == migrate.head_revision()


def test_fresh_database_is_created_and_migrated_to_head(db_url: str, raw_db: RawDb) -> None:
    assert raw_db.tables() == set()
    db = open_database(db_url)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        assert db.backup_before_upgrade is None  # nothing to back up in a new file
        tables = set(inspect(db.engine).get_table_names())
    finally:
        db.dispose()
    assert {"contest", "trade", "registration", "person", "audit_log", "audit_head", "alembic_version"} <= tables
    assert set(Base.metadata.tables) <= tables
    assert raw_db.scalar("SELECT version_num FROM alembic_version") == migrate.head_revision()


def test_migrated_schema_equals_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_reopening_at_head_makes_no_backup(db_url: str, tmp_path: Path) -> None:
    open_database(db_url).dispose()
    db = open_database(db_url)
    try:
        assert db.backup_before_upgrade is None
    finally:
        db.dispose()
    assert not (tmp_path / "backups").exists()


@pytest.mark.sqlite_only
def test_sqlite_pragmas_are_on(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


NEXT_REVISION = '''"""test-only revision on top of the shipped head"""
from alembic import op
import sqlalchemy as sa

revision = "9999"
down_revision = {head!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_only_upgrade_marker", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("test_only_upgrade_marker")
'''


@pytest.fixture
def newer_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A copy of the shipped migrations with one more revision: the program "after an update".
    Only the folder constant is redirected; alembic runs the real scripts."""
    old_head = migrate.head_revision()
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_test_only.py").write_text(NEXT_REVISION.format(head=old_head), encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS", folder)
    monkeypatch.setattr(migrate, "HEAD", "9999")  # the constant a release bumps with each revision
    assert migrate.head_revision() == "9999"
    assert old_head is not None
    return old_head


def test_upgrading_an_older_database_keeps_its_data(demo_db: Database, db_url: str, newer_migrations: str) -> None:
    with demo_db.read() as s:
        registrations = s.scalar(select(func.count()).select_from(Registration))
    demo_db.dispose()
    db = open_database(db_url)
    try:
        assert migrate.current_revision(db.engine) == "9999"
        assert "test_only_upgrade_marker" in inspect(db.engine).get_table_names()
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Registration)) == registrations
        # A server database is backed up by its administrator, not copied by the program.
        assert (db.backup_before_upgrade is None) == (db.target.path is None)
    finally:
        db.dispose()


@pytest.mark.sqlite_only
def test_upgrading_an_older_file_backs_it_up_first(demo_db: Database, db_path: Path, newer_migrations: str) -> None:
    old = newer_migrations
    with demo_db.read() as s:
        registrations = s.scalar(select(func.count()).select_from(Registration))
        contacts = s.scalar(select(func.count()).select_from(Contact))
    demo_db.dispose()
    tables_before = sqlite_tables(db_path)
    assert "test_only_upgrade_marker" not in tables_before

    db = open_database(str(db_path))
    try:
        backup = db.backup_before_upgrade
        assert migrate.current_revision(db.engine) == "9999"
        with db.read() as s:  # the data came through the upgrade
            assert s.scalar(select(func.count()).select_from(Registration)) == registrations
    finally:
        db.dispose()

    assert backup is not None
    assert backup.parent == db_path.parent / "backups"  # in the backups folder beside the database
    assert backup.name.startswith("t.") and backup.name.endswith(f".migrate-v{old}.sqlite3")  # reason, old version
    assert backup.exists()
    # The backup is a readable SQLite database at the old version, with the old content.
    assert sqlite_tables(backup) == tables_before
    assert sqlite_scalar(backup, "SELECT version_num FROM alembic_version") == old
    assert sqlite_scalar(backup, "PRAGMA integrity_check") == "ok"
    assert sqlite_scalar(backup, "SELECT count(*) FROM registration") == registrations
    assert sqlite_scalar(backup, "SELECT count(*) FROM contact") == contacts
    # ... while the live file moved on.
    assert "test_only_upgrade_marker" in sqlite_tables(db_path)


def test_no_backup_when_reopened_after_the_upgrade(db_url: str, tmp_path: Path, newer_migrations: str) -> None:
    # A fresh database goes straight to the newest head without a backup; reopening makes none either.
    open_database(db_url).dispose()
    db = open_database(db_url)
    try:
        assert db.backup_before_upgrade is None
        assert migrate.current_revision(db.engine) == "9999"
    finally:
        db.dispose()
    assert not (tmp_path / "backups").exists()


@pytest.fixture
def foreign_db(tmp_path: Path) -> Path:
    """Somebody else's SQLite database: tables, data, no alembic_version."""
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO customer (name) VALUES ('王亚梅')")
    con.commit()
    con.close()
    return path


def test_foreign_database_is_refused_untouched(db_url: str, raw_db: RawDb) -> None:
    raw_db.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name VARCHAR(40))")
    raw_db.execute("INSERT INTO customer (id, name) VALUES (1, '王亚梅')")
    with pytest.raises(UnreadableInput) as exc:
        open_database(db_url)
    assert "未做任何修改" in str(exc.value)
    assert raw_db.tables() == {"customer"}
    assert raw_db.scalar("SELECT name FROM customer") == "王亚梅"


@pytest.mark.sqlite_only
def test_foreign_sqlite_file_is_refused(foreign_db: Path) -> None:
    with pytest.raises(UnreadableInput) as exc:
        open_database(str(foreign_db))
    assert str(foreign_db) in str(exc.value)
    assert "未做任何修改" in str(exc.value)
    # None of our tables were created in it, its data is as it was, and no backup was made.
    assert sqlite_tables(foreign_db) == {"customer"}
    assert sqlite_scalar(foreign_db, "SELECT name FROM customer") == "王亚梅"
    assert not (foreign_db.parent / "backups").exists()


@pytest.mark.sqlite_only
def test_foreign_sqlite_database_is_left_byte_for_byte(foreign_db: Path) -> None:
    before = foreign_db.read_bytes()
    mtime = foreign_db.stat().st_mtime_ns
    with pytest.raises(UnreadableInput):
        open_database(str(foreign_db))
    assert foreign_db.read_bytes() == before
    assert foreign_db.stat().st_mtime_ns == mtime


@pytest.mark.parametrize(
    "content",
    [b"this is a spreadsheet, not a database\n" * 40, bytes(range(256)) * 8, b"SQLite format 3\x00" + b"\xff" * 200],
    ids=["text", "binary", "fake-header"],
)
@pytest.mark.sqlite_only
def test_garbage_file_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(content)
    with pytest.raises(UnreadableInput) as exc:
        open_database(str(path))
    assert str(path) in str(exc.value)
    assert "Traceback" not in str(exc.value)
    assert path.read_bytes() == content


def test_database_from_a_newer_program_is_refused_with_a_sentence(db_url: str, raw_db: RawDb, tmp_path: Path) -> None:
    # A database written by a newer release (revision unknown here) must not crash the old one.
    open_database(db_url).dispose()
    assert raw_db.execute("UPDATE alembic_version SET version_num = '9999'") == 1
    with pytest.raises(UnreadableInput) as exc:
        open_database(db_url)
    assert db_url in str(exc.value)
    assert "9999" in str(exc.value)
    # Refused before anything was written: no backup copy, the version left as it was.
    assert not (tmp_path / "backups").exists()
    assert raw_db.scalar("SELECT version_num FROM alembic_version") == "9999"


def test_missing_migration_files_are_a_sentence_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_url: str, raw_db: RawDb
) -> None:
    """A broken install (versions/ missing) refuses with a sentence and creates no tables."""
    broken = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, broken, ignore=shutil.ignore_patterns("__pycache__"))
    for f in (broken / "versions").glob("*.py"):
        f.unlink()
    monkeypatch.setattr(migrate, "MIGRATIONS", broken)
    with pytest.raises(UnreadableInput, match="重新安装"):
        open_database(db_url)
    assert raw_db.tables() == set()
