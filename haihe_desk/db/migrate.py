"""Schema migrations, run in-process at start. Before upgrading an existing SQLite file the file is
copied beside itself with the old schema version in its name."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from haihe_desk.db.engine import DbTarget
from haihe_desk.errors import UnreadableInput
from haihe_desk.i18n import translate

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def sqlite_backup(src: Path, dest: Path) -> Path:
    """Consistent copy of a live SQLite database through SQLite's online backup API."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(str(src)) as s, sqlite3.connect(str(dest)) as d:
        s.backup(d)
    s.close()
    d.close()
    return dest


def upgrade(engine: Engine, target: DbTarget) -> Path | None:
    """Bring the schema to head. Returns the backup path when an existing file was upgraded."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    if current is None:
        tables = set(inspect(engine).get_table_names())
        if tables - {"alembic_version"}:
            raise UnreadableInput(
                translate("Db", "这个数据库不是海河工匠杯大赛系统的数据库（没有版本信息），未做任何修改：{db}").format(
                    db=target.display()
                )
            )
    backup = None
    if current is not None and target.path is not None and target.path.exists():
        backup = target.path.with_name(f"{target.path.stem}.v{current}.bak{target.path.suffix}")
        sqlite_backup(target.path, backup)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup
