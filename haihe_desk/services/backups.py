"""Backups, restore and whole-database copies between SQLite and PostgreSQL.

- ``backup(db)``: a SQLite file. Of a SQLite database it is SQLite's online backup; of a PostgreSQL
  database it is a portable dump written by the same copy code as ``copy_database`` (a SQLite file
  with the program's schema), so ``restore`` reads either kind back into either engine.
- ``auto_backup(db, reason)``: SQLite only (a server keeps its own backups); keeps the newest N
  automatic backups (setting ``backup_keep``); manual and pre-restore backups are never pruned.
- ``restore(db, file, actor)``: refuses a file that is not a Haihe Desk database or whose audit chain
  is broken, backs up the current data first (kept), then replaces all rows in one transaction.
- ``copy_database(src, dst)``: every table, in foreign-key order, into an empty target in one
  transaction; row counts and the audit chain are verified before the commit. With ``replace`` a
  target holding data is replaced like a restore (``replace_all``): the restore right of an account
  signed in ON THE TARGET, a backup of the target first, an audit entry that says what replaced it.

These work on whole databases, so they take ``Database`` objects rather than a Session.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from haihe_desk.db import backup_files, migrate, transfer
from haihe_desk.db.database import Database, open_database
from haihe_desk.db.engine import resolve
from haihe_desk.db.models import Base
from haihe_desk.domain import roles
from haihe_desk.errors import CheckFailed, RejectedData, UnreadableInput, UsageError
from haihe_desk.i18n import translate
from haihe_desk.services import audit, context, settings
from haihe_desk.services.context import Actor, current_actor

KEEP_KEY = "backup_keep"
DEFAULT_KEEP = 30
Progress = Callable[[int, int], None]


# --------------------------------------------------------------------------- settings


def keep_count(session: Session) -> int:
    raw = settings.get(session, KEEP_KEY, str(DEFAULT_KEEP))
    return int(raw) if raw.isdigit() else DEFAULT_KEEP


def set_keep_count(session: Session, actor: Actor, keep: int) -> None:
    actor.require(roles.SETTINGS_EDIT)
    if not 1 <= keep <= 1000:
        raise RejectedData(
            translate("Backups", "保留的自动备份份数应在 1 到 1000 之间，当前填写的是 {n}。").format(n=keep)
        )
    old = keep_count(session)
    if old == keep:
        return
    settings.put(session, KEEP_KEY, str(keep))
    audit.record(
        session, actor, "setting.update", entity="setting", entity_id=KEEP_KEY, old={"value": old}, new={"value": keep}
    )


# --------------------------------------------------------------------------- backups


def folder(db: Database) -> Path:
    """Where this database's backups go (see db/backup_files.folder_for)."""
    return backup_files.folder_for(db.target.path)


def stem(db: Database) -> str:
    if db.target.path is not None:
        return db.target.path.stem
    url = make_url(db.target.url)
    return f"{url.get_backend_name()}-{url.database or 'db'}"


def backup(
    db: Database,
    reason: str = "manual",
    out: Path | None = None,
    progress: Progress | None = None,
    actor: Actor | None = None,
) -> Path:
    """Write a backup and return its path: ``out`` or a new name in the backups folder. A manual
    backup (a copy of all personal data) needs the right to back up; automatic ones are the system's."""
    if reason == "manual":
        (actor or current_actor()).require(roles.BACKUP)
    dest = Path(out) if out is not None else folder(db) / backup_files.new_name(stem(db), reason)
    if dest.is_dir():
        dest = dest / backup_files.new_name(stem(db), reason)
    if dest.exists():
        raise UsageError(
            translate("Backups", "备份文件 {path} 已存在；请换一个文件名，已有的文件不会被覆盖。").format(path=dest)
        )
    if db.target.path is not None:
        backup_files.sqlite_backup(db.target.path, dest)
    else:
        dump(db, dest, progress)
    return dest


def auto_backup(db: Database, reason: str) -> Path | None:
    """An automatic backup of a SQLite file (None for a server database), then pruning."""
    if db.target.path is None or not db.target.path.exists():
        return None
    path = backup(db, reason)
    with db.read() as s:
        keep = keep_count(s)
    backup_files.prune(path.parent, stem(db), keep)
    return path


def listing(db: Database) -> list[backup_files.BackupFile]:
    return backup_files.listing(folder(db), stem(db))


@contextmanager
def _reading(engine: Engine) -> Iterator[Connection]:
    """One consistent snapshot of the source: a deferred read transaction on SQLite (WAL), a
    repeatable-read transaction on PostgreSQL."""
    if engine.dialect.name == "sqlite":
        eng = engine.execution_options(sqlite_immediate=False)
    else:
        eng = engine.execution_options(isolation_level="REPEATABLE READ")
    with eng.connect() as conn, conn.begin():
        yield conn


def dump(db: Database, dest: Path, progress: Progress | None = None) -> Path:
    """The portable dump: a new SQLite file with the program's schema and all rows, verified."""
    backup_files.private_dir(dest.parent)
    tmp = dest.with_name(f".{dest.name}.part")
    _unlink_sqlite(tmp)
    try:
        out = open_database(str(tmp))
        try:
            with _reading(db.engine) as src, out.engine.begin() as dst:
                _copy_verified(src, dst, progress)
        finally:
            out.dispose()
        con = sqlite3.connect(str(tmp))
        try:
            con.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            con.close()
        tmp.replace(dest)
    finally:
        _unlink_sqlite(tmp)
    return dest


def _unlink_sqlite(path: Path) -> None:
    for p in (
        path,
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
        path.with_name(path.name + "-journal"),
    ):
        p.unlink(missing_ok=True)


# --------------------------------------------------------------------------- copy and verify


@dataclass(frozen=True)
class CopyResult:
    counts: dict[str, int]
    audit_entries: int

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def _chain(conn: Connection) -> tuple[audit.VerifyResult, tuple[int, str] | None]:
    with Session(bind=conn) as s:
        result = audit.verify(s)
        head = s.get(audit.AuditHead, audit.HEAD_ID)
        return result, (None if head is None else (head.seq, head.hash))


def _copy_verified(src: Connection, dst: Connection, progress: Progress | None) -> CopyResult:
    """Copy every row from src into the (empty) dst and check the result before the caller commits:
    row counts per table equal, the audit chain intact and ending on the same entry."""
    before, src_head = _chain(src)
    if not before.intact:
        raise CheckFailed(_broken_chain(before))
    expected = transfer.row_counts(src)
    transfer.copy_rows(src, dst, progress)
    got = transfer.row_counts(dst)
    wrong = [t for t in expected if expected[t] != got.get(t)]
    if wrong:
        t = wrong[0]
        raise CheckFailed(
            translate(
                "Backups", "复制后核对行数不符：表 {table} 应有 {want} 行，实际 {got} 行；目标数据库未做修改。"
            ).format(table=t, want=expected[t], got=got.get(t))
        )
    after, dst_head = _chain(dst)
    if not after.intact or after.count != before.count or dst_head != src_head:
        raise CheckFailed(
            translate("Backups", "复制后审计日志核对不符（第 {seq} 条）；目标数据库未做修改。").format(
                seq=after.broken_at or after.count
            )
        )
    return CopyResult(got, after.count)


def _broken_chain(result: audit.VerifyResult) -> str:
    return translate(
        "Backups",
        "源数据库的审计日志在第 {seq} 条处断裂，数据可能被改动过；已停止，目标数据库未做修改。请联系监审委员会。",
    ).format(seq=result.broken_at)


def open_source(url_or_path: str) -> Database:
    """Open a database to read from, without migrating or creating it."""
    target = resolve(url_or_path)
    if target.path is not None:
        check_backup_file(target.path)
    src = open_database(url_or_path, migrate_schema=False)
    try:
        rev = migrate.current_revision(src.engine)
    except (OperationalError, DatabaseError) as exc:
        src.dispose()
        raise UnreadableInput(
            translate("Db", "无法打开数据库 {db}：{err}").format(db=target.display(), err=exc.orig or exc)
        ) from None
    except Exception:
        src.dispose()
        raise
    if rev != migrate.HEAD:
        src.dispose()
        if rev is None:
            raise RejectedData(_not_ours(target.display()))
        raise RejectedData(
            translate(
                "Backups", "源数据库 {db} 的结构版本是 {rev}，本程序是 {head}；请先用本程序打开它一次完成升级，再复制。"
            ).format(db=target.display(), rev=rev, head=migrate.HEAD)
        )
    return src


SignIn = Callable[[Database], Actor]


def copy_database(
    src_url: str,
    dst_url: str,
    *,
    source_actor: SignIn,
    target_actor: SignIn,
    replace: bool = False,
    progress: Progress | None = None,
) -> CopyResult:
    """Copy a whole contest database (SQLite ⇄ PostgreSQL) into an empty or freshly created one.

    ``source_actor(db)`` / ``target_actor(db)`` say who acts on the opened source / target (the CLI
    signs in there; the OS account while it has no users). Reading the source needs the backup
    right there; the target is signed in on only when it holds data. A target that holds
    data is replaced only with ``replace`` and the restore right ON THE TARGET (``replace_all``):
    it is backed up first and its new chain ends with the entry that says what replaced it."""
    src_target, dst_target = resolve(src_url), resolve(dst_url)
    if src_target.url == dst_target.url:
        raise UsageError(
            translate("Backups", "源数据库和目标数据库是同一个（{db}）；请指定另一个目标。").format(
                db=src_target.display()
            )
        )
    src = open_source(src_url)
    new_file = dst_target.path is not None and not dst_target.path.exists()
    try:
        source_actor(src).require(roles.BACKUP)  # every row, personal data included, is read
        dst = open_database(dst_url)
        try:
            with dst.engine.connect() as probe:
                occupied = transfer.non_empty(probe)
            if occupied and not replace:
                raise RejectedData(
                    translate(
                        "Backups",
                        "目标数据库 {db} 已有数据（表 {tables}）；"
                        "复制只写入空数据库。确实要整体替换它，请加 --replace。",
                    ).format(db=dst_target.display(), tables="、".join(occupied[:5]))
                )
            actor = None
            if occupied:  # replacing: the account that may do so is one of the target's
                actor = target_actor(dst)
                require_replace_right(actor)
            with _reading(src.engine) as sconn:
                if actor is not None:
                    return replace_all(
                        dst, sconn, actor, source=src_target.display(), action="database.replace", progress=progress
                    ).copied
                with dst.engine.begin() as dconn:
                    return _copy_verified(sconn, dconn, progress)
        except BaseException:
            dst.dispose()
            if new_file:  # a file this copy created holds nothing after the rollback: remove it
                _unlink_sqlite(dst_target.path)  # type: ignore[arg-type]
            raise
        finally:
            dst.dispose()
    finally:
        src.dispose()


# --------------------------------------------------------------------------- restore


def _not_ours(where: object) -> str:
    return translate("Backups", "{path} 不是海河工匠杯大赛系统的数据库或备份文件；未做任何修改。").format(path=where)


def check_backup_file(path: Path) -> str:
    """Refuse, without writing to it, a file that is not a Haihe Desk database. Returns its revision."""
    if not path.is_file():
        raise UnreadableInput(translate("Backups", "找不到文件 {path}；请检查路径。").format(path=path))
    with open(path, "rb") as f:
        if f.read(16) != b"SQLite format 3\x00":
            raise RejectedData(_not_ours(path))
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            rev = (
                con.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in names
                else None
            )
        finally:
            con.close()
    except sqlite3.DatabaseError:
        raise RejectedData(_not_ours(path)) from None
    if rev is None or not rev[0]:
        raise RejectedData(_not_ours(path))
    revision = str(rev[0])
    if revision == migrate.HEAD:
        missing = sorted(set(Base.metadata.tables) - names)
        if missing:
            raise RejectedData(
                translate(
                    "Backups", "{path} 缺少数据表（{tables}），不是完整的海河工匠杯数据库；未做任何修改。"
                ).format(path=path, tables="、".join(missing[:5]))
            )
    return revision


@dataclass(frozen=True)
class RestoreResult:
    kept: Path
    copied: CopyResult


def require_replace_right(actor: Actor) -> None:
    """Replacing all data of a database (restore, ``db copy --replace``) needs the restore right,
    held by an account of THAT database. The one check: the CLI, the GUI and replace_all call it."""
    actor.require(roles.RESTORE)


def replace_all(
    db: Database, src: Connection, actor: Actor, *, source: str, action: str, progress: Progress | None = None
) -> RestoreResult:
    """Replace every row of ``db`` with the rows read from ``src``, as ``actor`` (signed in on ``db``).

    The current data is backed up first (a ``restore`` backup, never pruned); then, in one
    transaction, the tables are cleared, the source copied and verified, and the copied chain gets
    the entry that says what replaced the data, from where, by whom, and where the backup went —
    the first entry of the database's new life. Any refusal or error leaves ``db`` as it was."""
    require_replace_right(actor)
    kept = backup(db, "restore")
    context.take_unaudited_sign_in(actor)  # the entry below names the account; no separate sign-in
    with db.engine.begin() as dconn:
        transfer.clear(dconn)
        copied = _copy_verified(src, dconn, progress)
        with Session(bind=dconn) as s:
            audit.record(
                s,
                actor,
                action,
                entity="database",
                new={
                    "source": source,
                    "rows": copied.rows,
                    "audit_entries": copied.audit_entries,
                    "backup": str(kept),
                    "role": actor.role,
                },
                reason=translate("Backups", "整库替换前的数据已备份到 {path}").format(path=kept),
            )
    return RestoreResult(kept, copied)


def restore(db: Database, file: Path, actor: Actor, progress: Progress | None = None) -> RestoreResult:
    """Replace all data of ``db`` with the backup ``file`` (either engine). The current data is
    backed up first (kept, never pruned); on any refusal or error the database is as before."""
    require_replace_right(actor)
    file = Path(file)
    check_backup_file(file)
    work = Path(tempfile.mkdtemp(prefix="haihe-desk-restore-"))
    try:
        # Work on a private copy: an older backup is upgraded there, never in place.
        copy = backup_files.sqlite_backup(file, work / "restore.sqlite3")
        src = open_database(str(copy))
        try:
            with src.read() as s:
                chain = audit.verify(s)
            if not chain.intact:
                raise CheckFailed(
                    translate(
                        "Backups",
                        "备份文件 {path} 的审计日志在第 {seq} 条处断裂，内容可能被改动过；"
                        "拒绝恢复，当前数据库未做修改。",
                    ).format(path=file, seq=chain.broken_at)
                )
            with _reading(src.engine) as sconn:
                return replace_all(
                    db, sconn, actor, source=str(file.resolve()), action="database.restore", progress=progress
                )
        finally:
            src.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)
