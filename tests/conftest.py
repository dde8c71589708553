"""Fixtures shared by every test folder (unit, services, cli, gui, e2e).

Set up at import time, before any product module is imported:
- Qt runs offscreen (no display needed; pytest-qt's ``qapp`` creates the QApplication).
- HAIHE_DESK_HOME points at a throw-away folder for the whole session, so no test reads or
  writes the real user data folder (default database, logs, settings).
- HAIHE_DESK_DB is removed, so a developer's own database setting never leaks into a test.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="haihe-desk-test-home-"))
os.environ["HAIHE_DESK_HOME"] = str(_SESSION_HOME)
os.environ.pop("HAIHE_DESK_DB", None)

import pytest  # noqa: E402

from haihe_desk import i18n  # noqa: E402
from haihe_desk.db.database import Database, open_database  # noqa: E402

CliResult = tuple[int, str, str]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def session_home() -> Path:
    """The session's stand-in for the user data folder (HAIHE_DESK_HOME)."""
    return _SESSION_HOME


@pytest.fixture(autouse=True)
def _restore_language() -> Iterator[None]:
    """``--lang`` and set_language() change process-wide state; put it back after each test."""
    before = i18n.current_language()
    yield
    i18n.set_language(before)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's SQLite file lives (not created until something opens it)."""
    return tmp_path / "t.sqlite3"


@pytest.fixture
def db_url(db_path: Path) -> str:
    """What a test passes as ``--db`` or to open_database(): the engine under test, empty.

    Tests that are about databases in general use this (and ``db``/``demo_db``); only tests about
    the SQLite file itself use ``db_path`` and carry ``@pytest.mark.sqlite_only``."""
    return str(db_path)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """A fresh database file, migrated to the newest schema, empty."""
    database = open_database(db_url)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def demo_db(db: Database) -> Database:
    """The fresh database with the first-run demo contest (seed notice 津工通〔2020〕31号) in it."""
    from haihe_desk.services.context import SYSTEM
    from haihe_desk.services.demo import build_demo

    with db.write() as session:
        build_demo(session, SYSTEM)
    return db


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``haihe-desk ARGV...`` in this process; returns (exit_code, stdout, stderr).

    argparse leaves through SystemExit (usage errors, --help, --version); that is turned into
    the exit code like the shell would see it.
    """
    from haihe_desk.cli.main import main

    def run(*argv: str | os.PathLike[str] | Sequence[str]) -> CliResult:
        args: list[str] = []
        for a in argv:
            if isinstance(a, (list, tuple)):
                args.extend(str(x) for x in a)
            else:
                args.append(os.fspath(a) if isinstance(a, os.PathLike) else str(a))
        capsys.readouterr()  # drop anything printed before this call
        try:
            code = main(args)
        except SystemExit as exc:
            if exc.code is None:
                code = 0
            elif isinstance(exc.code, int):
                code = exc.code
            else:  # SystemExit("message") prints the message and exits 1
                print(exc.code, file=sys.stderr)
                code = 1
        out, err = capsys.readouterr()
        return code, out, err

    return run
