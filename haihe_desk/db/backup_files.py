"""Backup files on disk: private files and folders, SQLite's online backup API, names that carry
the time and the reason, and pruning of automatic backups.

Backups of a SQLite database go to a ``backups`` folder beside the database file; backups of a
server database (PostgreSQL) go to ``backups`` in the user data folder. Every backup is a SQLite
file with the program's schema, so the same checks and the same restore read any of them.

POSIX: databases and backups are created 0600 and backup folders 0700. On Windows the user profile
(where the data folder lives) is private to the user already; modes are not applied there.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from haihe_desk.paths import data_dir

FOLDER = "backups"
SUFFIX = ".sqlite3"
# Reasons of automatic backups (pruned to the newest N); every other reason (manual, restore) is kept.
AUTO_REASONS = ("start", "migrate", "import", "hourly")
REASONS = (*AUTO_REASONS, "manual", "restore")
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME_RE = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}-\d{6}-\d{6})\.(?P<reason>[a-z]+)(?P<extra>[-\w]*)\.sqlite3$")
POSIX = os.name == "posix"


def private_dir(path: Path) -> Path:
    """Create the folder (and parents) readable by the user only; leave an existing one alone."""
    if not path.exists():
        path.mkdir(parents=True, exist_ok=True)
        if POSIX:
            os.chmod(path, 0o700)
    return path


def create_private_file(path: Path) -> None:
    """Create an empty file readable by the user only, if it does not exist yet. SQLite accepts an
    empty file as a new database and gives its -wal/-shm/-journal files the same mode."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def sqlite_backup(src: Path, dest: Path) -> Path:
    """A consistent copy of a live SQLite database through SQLite's online backup API.

    The copy is written to a temporary name and renamed into place, so ``dest`` is either absent or
    complete; it is private to the user and in rollback-journal mode (one self-contained file)."""
    private_dir(dest.parent)
    tmp = dest.with_name(f".{dest.name}.part")
    tmp.unlink(missing_ok=True)
    create_private_file(tmp)
    try:
        source = sqlite3.connect(str(src))
        try:
            target = sqlite3.connect(str(tmp))
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def folder_for(db_path: Path | None) -> Path:
    """Where backups of this database go: beside the SQLite file, or in the user data folder."""
    return (db_path.parent if db_path is not None else data_dir()) / FOLDER


def new_name(stem: str, reason: str, extra: str = "", when: datetime | None = None) -> str:
    """``<stem>.<YYYYmmdd-HHMMSS-micro>.<reason>[-extra].sqlite3`` (local time)."""
    stamp = (when or datetime.now()).strftime(_STAMP)
    tail = f"-{extra}" if extra else ""
    return f"{stem}.{stamp}.{reason}{tail}{SUFFIX}"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    stem: str
    when: datetime
    reason: str

    @property
    def automatic(self) -> bool:
        return self.reason in AUTO_REASONS


def parse(path: Path) -> BackupFile | None:
    m = _NAME_RE.match(path.name)
    if m is None:
        return None
    return BackupFile(path, m["stem"], datetime.strptime(m["stamp"], _STAMP), m["reason"])


def listing(folder: Path, stem: str) -> list[BackupFile]:
    """This database's backups in the folder, oldest first."""
    if not folder.is_dir():
        return []
    found = [b for p in folder.iterdir() if (b := parse(p)) is not None and b.stem == stem]
    return sorted(found, key=lambda b: (b.when, b.path.name))


def prune(folder: Path, stem: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups; manual and pre-restore ones stay."""
    auto = [b for b in listing(folder, stem) if b.automatic]
    doomed = auto[: max(0, len(auto) - max(keep, 0))]
    for b in doomed:
        b.path.unlink(missing_ok=True)
    return [b.path for b in doomed]
