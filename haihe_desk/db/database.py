"""The open database: target, engine, session factory; opened once per process."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from haihe_desk.db import migrate
from haihe_desk.db.engine import DbTarget, make_engine, read_session, resolve, session_factory
from haihe_desk.errors import Conflict, UnreadableInput
from haihe_desk.i18n import translate


@dataclass
class Database:
    target: DbTarget
    engine: Engine
    sessions: sessionmaker[Session]
    backup_before_upgrade: Path | None = field(default=None)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back everything on any error. A stale
        versioned row that no service caught (services raise a detailed Conflict through
        services.concurrency) still becomes a Conflict sentence, never a traceback."""
        try:
            with self.sessions() as session, session.begin():
                yield session
        except StaleDataError:
            raise Conflict(
                translate("Db", "要保存的记录在您打开之后已被别人修改；您的修改没有保存。请重新载入后再修改。")
            ) from None

    @contextmanager
    def read(self) -> Iterator[Session]:
        with read_session(self.engine) as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(db: str | None = None, *, migrate_schema: bool = True) -> Database:
    target = resolve(db)
    if target.path is not None:
        migrate.precheck_sqlite_file(target.path)
    engine = make_engine(target)
    backup = None
    try:
        if migrate_schema:
            backup = migrate.upgrade(engine, target)
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise UnreadableInput(
            translate("Db", "无法打开数据库 {db}：{err}").format(db=target.display(), err=exc.orig or exc)
        ) from None
    except Exception:
        engine.dispose()
        raise
    return Database(target, engine, session_factory(engine), backup)
