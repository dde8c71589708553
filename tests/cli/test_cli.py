"""The command line: exit codes (0 ok, 1 rejected data or failed check, 2 usage or unreadable
input), sentences instead of tracebacks, and the real `python -m haihe_desk` entry."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import haihe_desk
from haihe_desk import i18n
from haihe_desk.db import migrate

if TYPE_CHECKING:
    from tests.conftest import RawDb

Run = Callable[..., tuple[int, str, str]]


def no_traceback(err: str) -> None:
    assert "Traceback" not in err
    assert 'File "' not in err


def test_init_demo(run_cli: Run, db_url: str, raw_db: RawDb) -> None:
    code, out, err = run_cli("--db", db_url, "init", "--demo")
    assert code == 0, err
    assert "演示赛事" in out
    assert db_url in out
    assert "contest" in raw_db.tables()


def test_init_without_demo_creates_an_empty_database(run_cli: Run, db_url: str) -> None:
    assert run_cli("--db", db_url, "init")[0] == 0
    code, out, _ = run_cli("--db", db_url, "info", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["counts"]["contests"] == 0
    assert data["counts"]["audit_entries"] == 0


def test_second_demo_is_rejected_with_exit_1(run_cli: Run, db_url: str) -> None:
    assert run_cli("--db", db_url, "init", "--demo")[0] == 0
    code, out, err = run_cli("--db", db_url, "init", "--demo")
    assert code == 1
    assert "不能再创建演示赛事" in err
    assert "演示赛事：" not in out
    no_traceback(err)
    _, out, _ = run_cli("--db", db_url, "info", "--json")
    assert json.loads(out)["counts"]["contests"] == 1


def test_info_json(run_cli: Run, db_url: str, db_engine: str) -> None:
    assert run_cli("--db", db_url, "init", "--demo")[0] == 0
    code, out, err = run_cli("--db", db_url, "info", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["database"] == db_url
    assert data["engine"] == db_engine
    assert data["schema_version"] == data["schema_head"] == migrate.head_revision()
    assert data["program_version"] == haihe_desk.__version__
    counts = data["counts"]
    assert counts["contests"] == 1
    assert counts["trades"] == 8
    assert counts["registrations"] == counts["people"] == 200
    assert counts["contacts"] == 11  # ten people of the notice's section 十 and the e-mail address
    assert counts["audit_entries"] == 1
    assert all(isinstance(v, int) for v in counts.values())


def test_info_text(run_cli: Run, db_url: str) -> None:
    assert run_cli("--db", db_url, "init", "--demo")[0] == 0
    code, out, _ = run_cli("--db", db_url, "info")
    assert code == 0
    assert db_url in out
    assert f"结构版本：{migrate.head_revision()}" in out
    assert "报名: 200" in out


def test_audit_verify_intact(run_cli: Run, db_url: str) -> None:
    assert run_cli("--db", db_url, "init", "--demo")[0] == 0
    code, out, err = run_cli("--db", db_url, "audit", "verify")
    assert code == 0, err
    assert "完整" in out
    assert "共 1 条" in out


def test_audit_verify_finds_tampering(run_cli: Run, db_url: str, raw_db: RawDb) -> None:
    assert run_cli("--db", db_url, "init", "--demo")[0] == 0
    changed = raw_db.execute("UPDATE audit_log SET new = replace(new, '200', '300') WHERE seq = 1")
    assert changed == 1
    code, out, err = run_cli("--db", db_url, "audit", "verify")
    assert code == 1
    assert "第 1 条" in err  # names the broken entry
    assert "内容被改动" in err
    assert "监审委员会" in err  # says what to do
    assert "完整" not in out
    no_traceback(err)


def test_audit_verify_finds_a_cut_off_end(run_cli: Run, db_url: str, raw_db: RawDb) -> None:
    assert run_cli("--db", db_url, "init", "--demo")[0] == 0
    assert raw_db.execute("DELETE FROM audit_log") == 1
    code, _, err = run_cli("--db", db_url, "audit", "verify")
    assert code == 1
    assert "第 1 条" in err
    assert "末尾记录被删除" in err


def test_audit_without_subcommand_is_usage_error(run_cli: Run, db_url: str) -> None:
    code, _, err = run_cli("--db", db_url, "audit")
    assert code == 2
    assert "命令用法有误" in err


def test_unknown_command_is_usage_error(run_cli: Run, db_url: str, raw_db: RawDb) -> None:
    code, out, err = run_cli("--db", db_url, "frobnicate")
    assert code == 2
    assert "命令用法有误" in err
    assert "frobnicate" in err
    assert out == ""
    assert raw_db.untouched()  # refused before anything was opened


def test_unknown_option_is_usage_error(run_cli: Run) -> None:
    code, _, err = run_cli("info", "--no-such-option")
    assert code == 2
    assert "--no-such-option" in err


@pytest.mark.parametrize(
    "content",
    [b"PK\x03\x04 this is really an xlsx file" * 30, b"SQLite format 3\x00" + b"\x00\xff" * 100],
    ids=["zip", "broken-sqlite"],
)
def test_garbage_database_file_is_refused(run_cli: Run, tmp_path: Path, content: bytes) -> None:
    garbage = tmp_path / "not-a-db.sqlite3"
    garbage.write_bytes(content)
    code, out, err = run_cli("--db", garbage, "info")
    assert code == 2
    assert "无法打开数据库" in err
    assert str(garbage) in err
    assert out == ""
    no_traceback(err)
    assert garbage.read_bytes() == content


def test_foreign_sqlite_database_is_refused(run_cli: Run, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    code, _, err = run_cli("--db", other, "info")
    assert code == 2
    assert "不是海河工匠杯大赛系统的数据库" in err
    no_traceback(err)


@pytest.mark.parametrize(
    "network_path",
    [r"\\server\share\x.sqlite3", "//server/share/x.sqlite3", "smb://server/share/x.sqlite3"],
)
def test_network_path_is_refused(run_cli: Run, network_path: str) -> None:
    code, out, err = run_cli("--db", network_path, "info")
    assert code == 2
    assert "网络共享路径" in err
    assert "PostgreSQL" in err  # says what to do instead
    assert out == ""
    no_traceback(err)


def test_bad_database_url_is_usage_error(run_cli: Run) -> None:
    code, _, err = run_cli("--db", "postgresql+psycopg://user:pw@host:port/db", "info")
    assert code == 2
    assert "数据库地址无法识别" in err
    no_traceback(err)


@pytest.mark.sqlite_only
def test_database_url_with_sqlite_scheme(run_cli: Run, db_path: Path) -> None:
    code, out, err = run_cli("--db", f"sqlite:///{db_path}", "info", "--json")
    assert code == 0, err
    assert json.loads(out)["counts"]["contests"] == 0
    assert db_path.exists()


def test_default_database_lives_in_the_data_folder(
    run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HAIHE_DESK_HOME", str(home))
    code, out, err = run_cli("info", "--json")
    assert code == 0, err
    assert json.loads(out)["database"] == str(home / "haihe_desk.sqlite3")
    assert (home / "haihe_desk.sqlite3").exists()


def test_database_from_environment(run_cli: Run, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HAIHE_DESK_DB", db_url)
    code, out, _ = run_cli("info", "--json")
    assert code == 0
    assert json.loads(out)["database"] == db_url


@pytest.mark.parametrize(
    ("argv", "lang"),
    [(["--lang", "en", "info"], "en"), (["--lang=en", "info"], "en"), (["--lang", "zh_CN", "info"], "zh_CN")],
)
def test_lang_option_is_accepted(run_cli: Run, db_url: str, argv: list[str], lang: str) -> None:
    code, out, err = run_cli("--db", db_url, argv)
    assert code == 0, err
    assert db_url in out
    assert i18n.current_language() == lang  # reset after the test by conftest


def test_lang_en_help_exits_0(run_cli: Run) -> None:
    code, out, _ = run_cli("--lang", "en", "--help")
    assert code == 0
    assert "usage: haihe-desk" in out


def test_unknown_language_is_usage_error(run_cli: Run, db_url: str, raw_db: RawDb) -> None:
    code, _, err = run_cli("--db", db_url, "--lang", "fr", "info")
    assert code == 2
    assert "fr" in err
    assert raw_db.untouched()


def test_help_and_version_exit_0(run_cli: Run) -> None:
    code, out, _ = run_cli("--help")
    assert code == 0
    for command in ("init", "info", "audit"):
        assert command in out
    code, out, _ = run_cli("--version")
    assert code == 0
    assert haihe_desk.__version__ in out


def test_python_m_haihe_desk(tmp_path: Path) -> None:
    """The real entry point in a fresh interpreter: `python -m haihe_desk --db X info`."""
    source_root = Path(haihe_desk.__file__).resolve().parent.parent
    db_file = tmp_path / "sub.sqlite3"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(source_root), os.environ.get("PYTHONPATH", "")])),
        "HAIHE_DESK_HOME": str(tmp_path / "home"),
        "PYTHONIOENCODING": "utf-8",
    }
    env.pop("HAIHE_DESK_DB", None)
    proc = subprocess.run(
        [sys.executable, "-m", "haihe_desk", "--db", str(db_file), "info"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert str(db_file) in proc.stdout
    assert f"结构版本：{migrate.head_revision()}" in proc.stdout
    assert db_file.exists()

    proc = subprocess.run(
        [sys.executable, "-m", "haihe_desk", "--db", r"\\server\share\x.sqlite3", "info"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert proc.returncode == 2
    assert "网络共享路径" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_unexpected_error_is_one_sentence_and_its_traceback_goes_to_the_log(
    run_cli: Run, db_url: str, raw_db: RawDb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not a UserError (here a table the program needs is missing): the user reads one sentence that
    names the log file; the log file has the command and the whole traceback."""
    monkeypatch.setenv("HAIHE_DESK_HOME", str(tmp_path / "home"))
    assert run_cli("--db", db_url, "init")[0] == 0
    raw_db.execute("ALTER TABLE contact RENAME TO contact_moved_away")
    code, out, err = run_cli("--db", db_url, "info")
    log_file = tmp_path / "home" / "logs" / "haihe_desk.log"
    assert code == 1 and out == ""
    assert "程序出现意外错误" in err and str(log_file) in err and "Traceback" not in err
    text = log_file.read_text(encoding="utf-8")
    assert "unexpected error: haihe-desk --db" in text and " info" in text
    assert "Traceback (most recent call last)" in text and "contact" in text
