"""`haihe-desk backup`, `restore`, `db copy`: exit codes 0 / 1 (rejected) / 2 (usage), one sentence
on stderr, and an automatic backup before an import."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from haihe_desk.db.database import Database

Run = Callable[..., tuple[int, str, str]]


def info(run_cli: Run, db: str | Path) -> dict[str, int]:
    code, out, err = run_cli("--db", db, "info", "--json")
    assert code == 0, err
    return json.loads(out)["counts"]


def test_backup_restore_and_copy_round_trip(demo_db: Database, db_url: str, tmp_path: Path, run_cli: Run) -> None:
    before = info(run_cli, db_url)
    out = tmp_path / "manual.sqlite3"
    code, stdout, err = run_cli("--db", db_url, "backup", out)
    assert code == 0, err
    assert str(out) in stdout and out.exists()

    code, _, err = run_cli("--db", db_url, "backup", out)  # never overwrites
    assert code == 2 and "已存在" in err

    code, stdout, err = run_cli("--db", db_url, "restore", out)
    assert code == 0, err
    assert "已从" in stdout and "原来的数据已保存在" in stdout
    after = info(run_cli, db_url)
    assert after["registrations"] == before["registrations"] > 0
    assert after["audit_entries"] == before["audit_entries"] + 1  # the restore is audited
    code, stdout, _ = run_cli("--db", db_url, "audit", "verify")
    assert code == 0 and "完整" in stdout

    copy = tmp_path / "copy.sqlite3"
    code, stdout, err = run_cli("db", "copy", "--from", db_url, "--to", copy)
    assert code == 0, err
    assert "各表行数一致" in stdout
    assert info(run_cli, copy) == after

    code, _, err = run_cli("db", "copy", "--from", db_url, "--to", copy)
    assert code == 1 and "--replace" in err and "Traceback" not in err
    code, _, err = run_cli("db", "copy", "--from", db_url, "--to", copy, "--replace")
    assert code == 0, err


def test_restore_refusals_exit_1_and_leave_the_database(
    demo_db: Database, db_url: str, tmp_path: Path, run_cli: Run
) -> None:
    before = info(run_cli, db_url)
    text = tmp_path / "notes.txt"
    text.write_text("这不是数据库", encoding="utf-8")
    code, out, err = run_cli("--db", db_url, "restore", text)
    assert code == 1 and "不是海河工匠杯大赛系统的数据库" in err and "Traceback" not in err

    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    assert run_cli("--db", db_url, "restore", other)[0] == 1

    backup = tmp_path / "b.sqlite3"
    assert run_cli("--db", db_url, "backup", backup)[0] == 0
    con = sqlite3.connect(backup)
    with con:
        con.execute("UPDATE audit_log SET new = '{}' WHERE seq = 1")
    con.close()
    code, _, err = run_cli("--db", db_url, "restore", backup)
    assert code == 1 and "审计日志" in err
    assert info(run_cli, db_url) == before


def test_usage_errors_exit_2(db_url: str, tmp_path: Path, run_cli: Run) -> None:
    assert run_cli("--db", db_url, "restore")[0] == 2
    assert run_cli("db", "copy", "--from", db_url)[0] == 2
    code, _, err = run_cli("--db", db_url, "restore", tmp_path / "missing.sqlite3")
    assert code == 2 and "找不到文件" in err
    code, _, err = run_cli("db", "copy", "--from", db_url, "--to", db_url)
    assert code == 2 and "同一个" in err


def test_keep_setting_and_list(db_url: str, run_cli: Run) -> None:
    code, out, err = run_cli("--db", db_url, "backup", "--keep", "4")
    assert code == 0 and "4" in out
    assert run_cli("--db", db_url, "backup", "--keep", "0")[0] == 1
    code, out, _ = run_cli("--db", db_url, "backup", "--list")
    assert code == 0 and "共 0 份备份" in out
    assert run_cli("--db", db_url, "backup")[0] == 0
    code, out, _ = run_cli("--db", db_url, "backup", "--list")
    assert "共 1 份备份" in out and "manual" in out


@pytest.mark.sqlite_only
def test_an_import_takes_an_automatic_backup_first(
    demo_db: Database, db_path: Path, tmp_path: Path, run_cli: Run
) -> None:
    sheet = tmp_path / "contacts.xlsx"
    assert run_cli("--db", db_path, "contacts", "export", sheet)[0] == 0
    folder = db_path.parent / "backups"
    assert not folder.exists()
    assert run_cli("--db", db_path, "contacts", "import", sheet, "--dry-run")[0] == 0
    assert not folder.exists()  # a dry run writes nothing, so it needs no backup
    code, _, err = run_cli("--db", db_path, "contacts", "import", sheet)
    assert code == 0, err
    made = sorted(p.name for p in folder.iterdir())
    assert len(made) == 1 and made[0].startswith("t.") and made[0].endswith(".import.sqlite3")
    run_cli("--db", db_path, "orgs", "import", sheet)  # another import, another backup (whatever its outcome)
    assert len(list(folder.iterdir())) == 2
