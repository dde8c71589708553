"""The log file: secrets redacted, rotation at the size limit, user-only permissions."""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from haihe_desk import logs


@pytest.fixture
def logger(tmp_path: Path) -> Iterator[logging.Logger]:
    """The haihe_desk logger writing to a fresh folder; the previous handlers come back afterwards."""
    log = logging.getLogger(logs.LOGGER)
    saved, level = list(log.handlers), log.level
    log.handlers.clear()
    yield log
    for h in log.handlers:
        h.close()
    log.handlers[:] = saved
    log.setLevel(level)


def test_redact_takes_out_passwords_and_keeps_the_rest() -> None:
    assert (
        logs.redact("postgresql+psycopg://office:S3cr%40t@10.0.0.5:5432/haihe")
        == "postgresql+psycopg://office:***@10.0.0.5:5432/haihe"
    )
    assert logs.redact("postgresql://u:p@ss@db.local/haihe x") == "postgresql://u:***@db.local/haihe x"
    assert logs.redact("host=db user=u password=abc dbname=h") == "host=db user=u password=*** dbname=h"
    assert (
        logs.redact('PGPASSWORD=xyz {"password": "p w", "token": \'t\'}')
        == 'PGPASSWORD=*** {"password": ***, "token": ***}'
    )
    assert logs.redact("haihe-desk --password hunter2 info") == "haihe-desk --password *** info"
    assert logs.redact("管理员密码：abc123 已设置") == "管理员密码：*** 已设置"
    same = "sqlite:////home/u/haihe_desk.sqlite3 at 12:30, https://example.com/a:b@c, mail a@b.cn"
    assert logs.redact(same) == same
    assert logs.redact("用户 wang 输入了 Tianjin#2024", secrets=["Tianjin#2024"]) == "用户 wang 输入了 ***"


def test_a_logged_database_url_is_written_redacted(logger: logging.Logger, tmp_path: Path) -> None:
    path = logs.setup(tmp_path / "logs" / "haihe_desk.log")
    logs.add_secret("typed-Passw0rd")
    try:
        logging.getLogger("haihe_desk.db").info("opening %s", "postgresql+psycopg://office:S3cret@10.0.0.5/haihe")
        try:
            raise RuntimeError("connect failed: password=S3cret typed-Passw0rd")
        except RuntimeError:
            logger.exception("unexpected error")
    finally:
        logs.drop_secret("typed-Passw0rd")
    text = path.read_text(encoding="utf-8")
    assert "postgresql+psycopg://office:***@10.0.0.5/haihe" in text
    assert "RuntimeError: connect failed: password=*** ***" in text  # the traceback too
    assert "S3cret" not in text and "typed-Passw0rd" not in text


def test_the_log_rotates_at_its_size_limit(logger: logging.Logger, tmp_path: Path) -> None:
    path = logs.setup(tmp_path / "haihe_desk.log", max_bytes=2000, backups=2)
    for i in range(100):
        logger.info("line %03d %s", i, "x" * 60)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["haihe_desk.log", "haihe_desk.log.1", "haihe_desk.log.2"]
    assert all((tmp_path / f).stat().st_size <= 2000 for f in files)
    assert "line 099" in path.read_text(encoding="utf-8")
    assert "line 000" not in "".join((tmp_path / f).read_text(encoding="utf-8") for f in files)  # oldest dropped


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_log_files_are_readable_by_the_user_only(logger: logging.Logger, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        (tmp_path / "logs").mkdir()
        stale = tmp_path / "logs" / "haihe_desk.log"
        stale.write_text("from an older version\n", encoding="utf-8")
        stale.chmod(0o644)
        path = logs.setup(stale, max_bytes=500, backups=1)
        for i in range(20):
            logger.info("line %d %s", i, "y" * 40)
    finally:
        os.umask(old)
    assert (tmp_path / "logs" / "haihe_desk.log.1").exists()
    for p in (path, tmp_path / "logs" / "haihe_desk.log.1"):
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_setup_twice_keeps_one_handler_and_moves_with_the_folder(logger: logging.Logger, tmp_path: Path) -> None:
    logs.setup(tmp_path / "a.log")
    logs.setup(tmp_path / "a.log")
    logs.setup(tmp_path / "b.log")
    logger.info("hello")
    handlers = [h for h in logger.handlers if isinstance(h, logs.PrivateRotatingFileHandler)]
    assert [Path(h.baseFilename).name for h in handlers] == ["b.log"]
    assert not (tmp_path / "a.log").exists() and "hello" in (tmp_path / "b.log").read_text(encoding="utf-8")


def test_the_cli_logs_its_command_without_the_database_password(
    logger: logging.Logger, run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HAIHE_DESK_HOME", str(tmp_path))
    url = "postgresql+psycopg://office:S3cret@127.0.0.1:1/haihe"  # nothing listens on port 1
    code, out, err = run_cli("--db", url, "info")
    assert code == 2 and "S3cret" not in out + err
    text = (tmp_path / "logs" / "haihe_desk.log").read_text(encoding="utf-8")
    assert "command: haihe-desk --db postgresql+psycopg://office:***@127.0.0.1:1/haihe info" in text
    assert "S3cret" not in text
