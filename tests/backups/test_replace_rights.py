"""Replacing a database's data (`restore`, `db copy --replace`) needs the restore right ON THAT
database: an account signed in on the target, which only the administrator role has. Refusals are
one sentence, exit 1, and leave the target exactly as it was (no backup taken, no row touched). An
allowed replace backs the target up first, and its new chain ends with the entry that says what
replaced it, from where, by whom, and where the backup went. Runs on the engine under test (the
target is `db_url`: SQLite or PostgreSQL)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from haihe_desk.db.database import Database, open_database
from haihe_desk.db.models import AuditEntry, Contest, Organisation, User
from haihe_desk.services import audit, backups
from haihe_desk.services.context import SYSTEM
from tests.users.helpers import PW, ROLES, add_user, fingerprint

Run = Callable[..., tuple[int, str, str]]
NON_ADMIN = [r for r in ROLES if r != "admin"]
NO_RIGHT = "无权恢复或覆盖数据库"


@pytest.fixture
def office(db: Database) -> Database:
    """The protected database: an administrator, one account of every other role (named after the
    role), a contest."""
    with db.write() as s:
        s.add(Contest(name="2024年海河工匠杯", year=2024))
        s.add(Organisation(name="和平区总工会", kind="district_union", union_code="120101"))
    admin = add_user(db, "admin", "admin")
    for role in NON_ADMIN:
        add_user(db, role, role, by=admin, union="120101" if role == "union_reviewer" else None)
    return db


@pytest.fixture
def empty_file(tmp_path: Path, run_cli: Run) -> Path:
    """A Haihe Desk database with nothing in it (and no users): what the bypass copied over."""
    path = tmp_path / "empty.sqlite3"
    code, _, err = run_cli("--db", path, "init")
    assert code == 0, err
    return path


def restore_backups(db: Database) -> list[Path]:
    return [b.path for b in backups.listing(db) if b.reason == "restore"]


def entries(db: Database) -> list[AuditEntry]:
    with db.read() as s:
        rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
        for r in rows:
            s.expunge(r)
        return rows


def users_in(path: Path) -> int:
    copy = open_database(str(path))
    try:
        with copy.read() as s:
            return int(s.scalar(select(func.count()).select_from(User)) or 0)
    finally:
        copy.dispose()


def test_the_bypass_copy_replace_without_signing_in_is_refused(
    office: Database, db_url: str, empty_file: Path, run_cli: Run
) -> None:
    """The reported defect: no --user, an empty source, --replace wiped the protected target."""
    before = fingerprint(office)
    code, out, err = run_cli("db", "copy", "--from", empty_file, "--to", db_url, "--replace")
    assert code == 1, err
    assert "整体替换它须由该数据库中有“恢复或覆盖数据库”权限的账号登录" in err and "--user" in err
    assert "Traceback" not in err and out == ""
    assert fingerprint(office) == before
    assert restore_backups(office) == []


def test_an_account_of_the_source_only_cannot_replace_the_target(
    office: Database, db_url: str, tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Signing in on the source proves nothing about the target: the account must be the target's."""
    source = tmp_path / "intruder.sqlite3"
    intruder = open_database(str(source))
    try:
        add_user(intruder, "intruder", "admin")
    finally:
        intruder.dispose()
    monkeypatch.setenv("HAIHE_DESK_PASSWORD", PW)
    before = fingerprint(office)
    code, _, err = run_cli("--user", "intruder", "db", "copy", "--from", source, "--to", db_url, "--replace")
    assert code == 1 and "用户名或密码不正确" in err, err
    assert fingerprint(office) == before
    assert restore_backups(office) == []


@pytest.mark.parametrize("role", NON_ADMIN)
def test_restore_and_copy_replace_are_refused_for_every_role_but_admin(
    role: str, office: Database, db_url: str, empty_file: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HAIHE_DESK_PASSWORD", PW)
    before = fingerprint(office)
    code, out, err = run_cli("--db", db_url, "--user", role, "restore", empty_file)
    assert code == 1 and f"账号“{role}”" in err and NO_RIGHT in err and out == "", err
    code, out, err = run_cli("--user", role, "db", "copy", "--from", empty_file, "--to", db_url, "--replace")
    assert code == 1 and f"账号“{role}”" in err and NO_RIGHT in err and out == "", err
    assert fingerprint(office) == before  # not even a sign-in entry: nothing was written
    assert restore_backups(office) == []


def test_admin_copy_replace_backs_up_and_the_new_chain_says_what_replaced_it(
    office: Database, db_url: str, empty_file: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HAIHE_DESK_PASSWORD", PW)
    code, out, err = run_cli("--user", "admin", "db", "copy", "--from", empty_file, "--to", db_url, "--replace")
    assert code == 0, err
    kept = restore_backups(office)
    assert len(kept) == 1 and users_in(kept[0]) == len(ROLES)  # the replaced data, all accounts in it
    log = entries(office)
    assert len(log) == 1  # the empty source had no entries: the replace entry starts the new chain
    e = log[0]
    assert (e.actor, e.action, e.entity) == ("admin", "database.replace", "database")
    new = json.loads(e.new)
    assert new["source"] == str(empty_file) and new["backup"] == str(kept[0]) and new["role"] == "admin"
    assert str(kept[0]) in e.reason
    with office.read() as s:
        assert audit.verify(s).intact
        assert s.scalar(select(func.count()).select_from(User)) == 0


def test_admin_restore_backs_up_and_the_chain_continues_with_the_restore(
    office: Database, db_url: str, tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = backups.backup(office, "manual", tmp_path / "saved.sqlite3", actor=SYSTEM)
    saved_log = entries(office)
    with office.write() as s:  # a change after the backup, gone after the restore
        s.add(Contest(name="后来加的赛事", year=2025))
    monkeypatch.setenv("HAIHE_DESK_PASSWORD", PW)
    code, out, err = run_cli("--db", db_url, "--user", "admin", "restore", saved)
    assert code == 0, err
    kept = restore_backups(office)
    assert len(kept) == 1 and str(kept[0]) in out
    log = entries(office)
    assert [e.hash for e in log[:-1]] == [e.hash for e in saved_log]  # the restored chain, then one entry
    e = log[-1]
    assert (e.actor, e.action) == ("admin", "database.restore")
    new = json.loads(e.new)
    assert new["source"] == str(saved.resolve()) and new["backup"] == str(kept[0])
    with office.read() as s:
        assert audit.verify(s).intact
        assert s.scalar(select(func.count()).select_from(Contest).where(Contest.name == "后来加的赛事")) == 0


def test_reading_the_source_needs_the_backup_right_there(
    office: Database, db_url: str, tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HAIHE_DESK_PASSWORD", PW)
    out_file = tmp_path / "copy.sqlite3"
    code, _, err = run_cli("--user", "clerk", "db", "copy", "--from", db_url, "--to", out_file)
    assert code == 1 and "无权备份数据库" in err, err
    assert not out_file.exists()
    code, _, err = run_cli("--user", "office", "db", "copy", "--from", db_url, "--to", out_file)
    assert code == 0, err
    assert users_in(out_file) == len(ROLES)


def test_the_service_refuses_without_the_restore_right(office: Database, db_url: str, empty_file: Path) -> None:
    """Below the CLI: replace_all and restore check the actor they are given."""
    from haihe_desk.errors import PermissionDenied
    from haihe_desk.services.context import Actor

    before = fingerprint(office)
    for role in NON_ADMIN:
        with pytest.raises(PermissionDenied):
            backups.restore(office, empty_file, Actor(role, role))
        with pytest.raises(PermissionDenied):
            backups.copy_database(
                str(empty_file),
                db_url,
                replace=True,
                source_actor=lambda _db: SYSTEM,
                target_actor=lambda _db, r=role: Actor(r, r),
            )
    assert fingerprint(office) == before
    assert restore_backups(office) == []
