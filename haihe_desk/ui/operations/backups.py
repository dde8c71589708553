"""Named operations of the 文件 menu's backups: back up, restore, the keep setting, and the automatic
backups the main window's timer asks for. Backups and restores work on whole databases (they take the
``Database``, not a Session, see services/backups.py) and run off the GUI thread through ``run_op``;
a restore announces ``Change.DATABASE``. The rights are checked by the services with the signed-in
actor; ``may_back_up``/``may_restore`` ask the same services before a file dialog is shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from haihe_desk.db.database import Database
from haihe_desk.domain import roles
from haihe_desk.services import backups
from haihe_desk.services.context import current_actor
from haihe_desk.ui.changes import Change
from haihe_desk.ui.operations.base import read, write
from haihe_desk.ui.ops import Op, run_op


def may_back_up() -> None:
    """PermissionDenied (a sentence) unless the signed-in user may write a manual backup."""
    current_actor().require(roles.BACKUP)


def may_restore() -> None:
    """PermissionDenied (a sentence) unless the signed-in user may replace this database's data."""
    backups.require_replace_right(current_actor())


def suggested_backup(db: Database) -> Path:
    """A new file name in the backups folder (the folder is created, private)."""
    from haihe_desk.db import backup_files

    folder = backups.folder(db)
    backup_files.private_dir(folder)
    return folder / backup_files.new_name(backups.stem(db), "manual")


def backup_folder(db: Database) -> Path:
    return backups.folder(db)


def check_backup_file(path: Path) -> None:
    """Refuses (a sentence) a file that is not a Haihe Desk database, before anything is asked."""
    backups.check_backup_file(path)


def back_up(parent: QWidget, db: Database, dest: Path, title: str, on_done: Callable[[Path], None]) -> Op:
    actor = current_actor()

    def work(progress: Any) -> Path:
        return backups.backup(db, "manual", dest, progress, actor=actor)

    return run_op(parent, title, work, on_done)


def restore(
    parent: QWidget, db: Database, src: Path, title: str, on_done: Callable[[backups.RestoreResult], None]
) -> Op:
    """Replace all data with the backup ``src`` as the signed-in user (services.backups.restore)."""
    actor = current_actor()

    def work(progress: Any) -> backups.RestoreResult:
        return backups.restore(db, src, actor, progress)

    return run_op(parent, title, work, on_done, changes=(Change.DATABASE,))


def auto_backup(db: Database, reason: str) -> Path | None:
    """The start and hourly backups (called off the GUI thread)."""
    return backups.auto_backup(db, reason)


@dataclass(frozen=True)
class BackupSettings:
    folder: Path
    keep: int
    automatic: int
    others: int


def settings(db: Database) -> BackupSettings:
    keep = read(db, backups.keep_count)
    found = backups.listing(db)
    automatic = sum(1 for b in found if b.automatic)
    return BackupSettings(backups.folder(db), keep, automatic, len(found) - automatic)


def set_keep(db: Database, keep: int) -> None:
    write(db, (), lambda s, actor: backups.set_keep_count(s, actor, keep))
