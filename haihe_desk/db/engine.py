"""Engine and session factory. SQLite by default (foreign keys on, WAL, busy timeout);
any SQLAlchemy URL, including postgresql+psycopg://, through --db or HAIHE_DESK_DB."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from haihe_desk.db import crashpoint
from haihe_desk.db.backup_files import create_private_file
from haihe_desk.errors import UsageError
from haihe_desk.i18n import translate
from haihe_desk.paths import default_db_path

ENV_VAR = "HAIHE_DESK_DB"
_URL_RE = re.compile(r"^[a-z][a-z0-9+]*://", re.I)


@dataclass(frozen=True)
class DbTarget:
    url: str
    path: Path | None  # the SQLite file, None for a server database

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None or self.url.startswith("sqlite")

    def display(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)


def _is_network_path(text: str) -> bool:
    return text.startswith("\\\\") or text.startswith("//") or text.lower().startswith("smb:")


def resolve(db: str | None = None) -> DbTarget:
    """Turn --db / HAIHE_DESK_DB / the default into a target; refuse unsafe locations."""
    raw = db or os.environ.get(ENV_VAR) or ""
    if not raw:
        path = default_db_path()
        return DbTarget(f"sqlite:///{path}", path)
    if _URL_RE.match(raw) and not raw.lower().startswith("smb:"):
        try:
            url = make_url(raw)
        except (ArgumentError, ValueError):
            raise UsageError(translate("Db", "数据库地址无法识别：{url}").format(url=raw)) from None
        if url.get_backend_name() == "sqlite":
            if not url.database or url.database == ":memory:":
                return DbTarget(raw, None)
            if _is_network_path(url.database):
                raise UsageError(_network_refusal(url.database))
            return DbTarget(raw, Path(url.database))
        return DbTarget(raw, None)
    if _is_network_path(raw):
        raise UsageError(_network_refusal(raw))
    path = Path(raw).expanduser().resolve()
    return DbTarget(f"sqlite:///{path}", path)


def _network_refusal(path: str) -> str:
    return translate(
        "Db",
        "不能把 SQLite 数据库放在网络共享路径上（{path}）：网络文件系统上的 WAL 日志不安全，"
        "多台电脑同时使用会损坏数据。多台电脑请共用一台 PostgreSQL 服务器。",
    ).format(path=path)


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    # Let SQLAlchemy drive transactions (pysqlite's own implicit BEGIN is turned off below).
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def make_engine(target: DbTarget, **kw) -> Engine:  # type: ignore[no-untyped-def]
    engine = _make_engine(target, **kw)
    if os.environ.get(crashpoint.CRASH_ENV):  # test-only: tests/crash/harness.py; free when unset
        crashpoint.install(engine)
    return engine


def _make_engine(target: DbTarget, **kw) -> Engine:  # type: ignore[no-untyped-def]
    if target.is_sqlite:
        if target.path is not None:
            target.path.parent.mkdir(parents=True, exist_ok=True)
            create_private_file(target.path)  # a new database file is readable by the user only
        engine = create_engine(target.url, connect_args={"timeout": 10}, **kw)
        event.listen(engine, "connect", _sqlite_pragmas)

        @event.listens_for(engine, "connect")
        def _no_autobegin(dbapi_conn, _rec):  # type: ignore[no-untyped-def]
            dbapi_conn.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin_immediate(conn):  # type: ignore[no-untyped-def]
            # Take the write lock at BEGIN so two writers queue instead of deadlocking later.
            # Read-only sessions (read_session()) bind with sqlite_immediate=False and stay deferred.
            immediate = conn.get_execution_options().get("sqlite_immediate", True)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    return create_engine(target.url, pool_pre_ping=True, **kw)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def read_session(engine: Engine) -> Session:
    """A session for queries only: on SQLite it does not take the write lock."""
    return Session(engine.execution_options(sqlite_immediate=False), expire_on_commit=False)
