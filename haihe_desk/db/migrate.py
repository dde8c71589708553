"""Schema migrations, run in-process at start. Before upgrading an existing SQLite file it is backed up
(online backup API) into the ``backups`` folder beside it, the old schema version in the name."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from haihe_desk.db import backup_files
from haihe_desk.db.engine import DbTarget
from haihe_desk.errors import UnreadableInput
from haihe_desk.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

# The newest revision in migrations/versions. Knowing it without loading Alembic keeps start-up
# fast when nothing needs upgrading; tests/services/test_migrations.py checks it equals Alembic's head.
HEAD = "0001"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str | None:
    """Alembic's view of the newest revision (loads Alembic; use HEAD on hot paths)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def precheck_sqlite_file(path: Path) -> None:
    """Refuse, without writing a byte, a file that is not an SQLite database or not ours.

    Runs before the engine opens the file, because opening it switches the journal to WAL."""
    if not path.exists() or path.stat().st_size == 0:
        return
    # SQLite itself checks the header ("file is not a database"). Never open()/close() the file here:
    # closing any other descriptor of it drops every POSIX lock this process holds on it, and another
    # process then takes this one's open connections for gone and removes the WAL under them.
    not_ours = translate("Db", "无法打开数据库 {db}：这个文件不是海河工匠杯大赛系统的数据库，未做任何修改。").format(
        db=path
    )
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError:
        raise UnreadableInput(not_ours) from None
    if tables and "alembic_version" not in tables:
        raise UnreadableInput(not_ours)


def upgrade(engine: Engine, target: DbTarget) -> Path | None:
    """Bring the schema to head. Returns the backup path when an existing file was upgraded."""
    current = current_revision(engine)
    if current == HEAD:
        return None
    if current is None:
        tables = set(inspect(engine).get_table_names())
        if tables - {"alembic_version"}:
            raise UnreadableInput(
                translate("Db", "这个数据库不是海河工匠杯大赛系统的数据库（没有版本信息），未做任何修改：{db}").format(
                    db=target.display()
                )
            )
    if current is not None:
        from alembic.script import ScriptDirectory
        from alembic.util import CommandError

        try:
            known = ScriptDirectory.from_config(alembic_config()).get_revision(current) is not None
        except CommandError:
            known = False
        if not known:
            raise UnreadableInput(
                translate(
                    "Db",
                    "数据库 {db} 的结构版本（{rev}）比本程序新，"
                    "可能是用更新版本的程序创建的；未做任何修改。请升级本程序后再打开。",
                ).format(db=target.display(), rev=current)
            )
    backup = None
    if current is not None and target.path is not None and target.path.exists():
        backup = backup_files.folder_for(target.path) / backup_files.new_name(
            target.path.stem, "migrate", extra=f"v{current}"
        )
        backup_files.sqlite_backup(target.path, backup)
    from alembic import command

    if head_revision() != HEAD:
        # A broken install (migration files missing) would otherwise "upgrade" to nothing and fail
        # later on the first query with "no such table".
        raise UnreadableInput(
            translate(
                "Db", "程序安装不完整：缺少数据库结构文件（迁移脚本 {rev}），数据库未做任何修改。请重新安装本程序。"
            ).format(rev=HEAD)
        )
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup
