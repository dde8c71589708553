"""Fixtures shared by every test folder (unit, services, cli, gui, e2e).

Set up at import time, before any product module is imported:
- Qt runs offscreen (no display needed; pytest-qt's ``qapp`` creates the QApplication).
- HAIHE_DESK_HOME points at a throw-away folder for the whole session, so no test reads or
  writes the real user data folder (default database, logs, settings).
- HAIHE_DESK_DB is removed, so a developer's own database setting never leaks into a test.

The engine under test: SQLite (a fresh file per test) unless HAIHE_TEST_DB is a
``postgresql+psycopg://`` URL of a server the tests may create and drop databases on (the
database in the URL is only used for that, e.g. ``postgres``). Then every test gets its own
database on that server, dropped afterwards, and ``sqlite_only`` tests are skipped.
``scripts/pg-test-cluster`` starts a throw-away server; ``./dev test`` runs both engines.
"""

from __future__ import annotations

import itertools
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
_TEST_DB = os.environ.get("HAIHE_TEST_DB", "").strip()

import pytest  # noqa: E402

from haihe_desk import i18n  # noqa: E402
from haihe_desk.db.database import Database, open_database  # noqa: E402

CliResult = tuple[int, str, str]


class _PgServer:
    """The PostgreSQL server named by HAIHE_TEST_DB: one empty database per test.

    Databases are copied from templates (fast): ``template0`` for an empty one, and a template
    migrated once per session for tests that use the migrated ``db`` fixture anyway, so the
    migrations do not run per test. Each database is dropped after its test."""

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        if self.url.get_backend_name() != "postgresql":
            raise pytest.UsageError(f"HAIHE_TEST_DB must be a postgresql+psycopg:// URL, not {url!r}")
        self.prefix = f"haihe_test_{os.getpid()}_"
        self.migrated = f"{self.prefix}template"  # per session: two runs may share a server
        self._names = itertools.count(1)
        self._admin = None

    def admin(self):  # type: ignore[no-untyped-def]
        if self._admin is None:
            import psycopg

            u = self.url
            self._admin = psycopg.connect(
                host=u.host,
                port=u.port,
                user=u.username,
                password=u.password,
                dbname=u.database or "postgres",
                autocommit=True,
            )
        return self._admin

    def version(self) -> str:
        return str(self.admin().execute("SHOW server_version").fetchone()[0])

    def url_for(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def _create(self, name: str, template: str) -> None:
        self.admin().execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')

    def drop(self, name: str) -> None:
        self.admin().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def prepare(self) -> None:
        """Drop what killed runs on this machine left behind (only on a local server: on a shared
        one the process ids are other machines'), then create the migrated template (once per
        session, before any test runs)."""
        host = self.url.host or ""
        if host in ("", "localhost", "127.0.0.1", "::1") or host.startswith("/"):
            rows = (
                self.admin().execute("SELECT datname FROM pg_database WHERE datname LIKE 'haihe\\_test\\_%'").fetchall()
            )
            for (name,) in rows:
                pid = name.split("_")[2]
                if pid.isdigit() and not _alive(int(pid)):
                    self.drop(name)
        self._create(self.migrated, "template0")
        open_database(self.url_for(self.migrated)).dispose()

    def new_database(self, migrated: bool) -> str:
        name = f"{self.prefix}{next(self._names)}"
        self._create(name, self.migrated if migrated else "template0")
        return name

    def close(self) -> None:
        if self._admin is None:
            return
        rows = self._admin.execute(
            "SELECT datname FROM pg_database WHERE starts_with(datname, %s)", (self.prefix,)
        ).fetchall()
        for (name,) in rows:
            self.drop(name)
        self._admin.close()
        self._admin = None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_PG = _PgServer(_TEST_DB) if _TEST_DB else None
ENGINE = "postgresql" if _PG is not None else "sqlite"


def pytest_sessionstart(session: pytest.Session) -> None:
    if _PG is not None:
        # Migrate the template now, before any test can monkeypatch the migrations.
        _PG.prepare()


def pytest_report_header(config: pytest.Config) -> str:
    if _PG is None:
        return "database engine: SQLite (a fresh file per test; HAIHE_TEST_DB unset)"
    return (
        f"database engine: PostgreSQL {_PG.version()} at {_PG.url.render_as_string(hide_password=True)} "
        "(a fresh database per test; sqlite_only tests skipped)"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if _PG is None:
        return
    skip = pytest.mark.skip(reason="sqlite_only: about the SQLite file itself; this run is on PostgreSQL")
    for item in items:
        if item.get_closest_marker("sqlite_only") is not None:
            item.add_marker(skip)


def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Delete the widgets pytest-qt just closed (it only calls deleteLater()) before the test's
    database is torn down: a closed tab still listens to the global data bus, and would query
    the dropped database when the next test announces a change."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)
    if _PG is not None:
        _PG.close()


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
def db_path(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """Where a test's SQLite file lives (not created until something opens it).

    Only for tests about the SQLite file itself, marked ``sqlite_only``; a test about databases
    in general uses ``db_url``, or it would silently test SQLite in the PostgreSQL run."""
    if _PG is not None and request.node.get_closest_marker("sqlite_only") is None:
        pytest.fail("db_path is the SQLite file: use db_url, or mark the test @pytest.mark.sqlite_only")
    return tmp_path / "t.sqlite3"


@pytest.fixture
def new_db_url(tmp_path: Path) -> Iterator[Callable[[], str]]:
    """Another empty database on the engine under test, for tests that need two (copy, re-import)."""
    made: list[str] = []

    def make() -> str:
        if _PG is None:
            return str(tmp_path / f"other{len(made) + 1}.sqlite3")
        made.append(_PG.new_database(migrated=False))
        return _PG.url_for(made[-1])

    yield make
    if _PG is not None:
        for name in made:
            _PG.drop(name)


@pytest.fixture
def db_url(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """What a test passes as ``--db`` or to open_database(): the engine under test, empty.

    Tests that are about databases in general use this (and ``db``/``demo_db``); only tests about
    the SQLite file itself use ``db_path`` and carry ``@pytest.mark.sqlite_only``."""
    if _PG is None:
        yield str(tmp_path / "t.sqlite3")  # the same file as db_path
        return
    # A test that uses `db` gets db_url migrated anyway: copy the migrated template instead.
    name = _PG.new_database(migrated="db" in request.fixturenames)
    try:
        yield _PG.url_for(name)
    finally:
        _PG.drop(name)


@pytest.fixture(scope="session")
def db_engine() -> str:
    """The dialect under test: "sqlite" or "postgresql" (as ``info --json`` reports it)."""
    return ENGINE


class RawDb:
    """The test's database seen from outside the program: plain SQLAlchemy, no product code.

    For setting up what the program must cope with (tampering, foreign tables) and for checking
    what it left behind. Each call uses its own connection and transaction."""

    def __init__(self, url: str) -> None:
        from haihe_desk.db.engine import resolve

        self.target = resolve(url)

    def _engine(self):  # type: ignore[no-untyped-def]
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        return create_engine(self.target.url, poolclass=NullPool)

    def execute(self, sql: str, **params: object) -> int:
        """Run one statement and commit; returns the number of rows it changed."""
        from sqlalchemy import text

        engine = self._engine()
        try:
            with engine.begin() as conn:
                return conn.execute(text(sql), params).rowcount
        finally:
            engine.dispose()

    def scalar(self, sql: str, **params: object) -> object:
        from sqlalchemy import text

        engine = self._engine()
        try:
            with engine.connect() as conn:
                return conn.execute(text(sql), params).scalar()
        finally:
            engine.dispose()

    def tables(self) -> set[str]:
        """The tables in the database (none if the SQLite file does not exist: it is not created)."""
        from sqlalchemy import inspect

        if self.target.path is not None and not self.target.path.exists():
            return set()
        engine = self._engine()
        try:
            return set(inspect(engine).get_table_names())
        finally:
            engine.dispose()

    def untouched(self) -> bool:
        """Nothing was created: no SQLite file at all, or no table in the server database."""
        if self.target.path is not None:
            return not self.target.path.exists()
        return self.tables() == set()


@pytest.fixture
def raw_db(db_url: str) -> RawDb:
    """``db_url`` from outside the program (see RawDb)."""
    return RawDb(db_url)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """A fresh database on the engine under test, migrated to the newest schema, empty."""
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
