"""Opening the same SQLite file twice in one process must not drop the process's file locks. Before
the fix, the second open read the file header with open()/close(), which released every POSIX lock
the process held on the file; the next process to close the database then believed it was the last
user and deleted the WAL, and this process kept writing into the deleted WAL: its commits were
invisible to every other process and lost (found by the crash harness)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from haihe_desk.db.database import Database, open_database
from haihe_desk.db.models import Setting

WRITE = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("INSERT INTO setting (key, value) VALUES ('by.child', '1')")
con.commit()
con.close()
"""
READ = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
print(sorted(r[0] for r in con.execute("SELECT key FROM setting WHERE key LIKE 'by.%'")))
con.close()
"""


def _python(code: str, path: Path) -> str:
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.sqlite_only
def test_a_second_open_does_not_make_our_commits_invisible(db: Database, db_path: Path) -> None:
    with db.read() as s:  # the first Database keeps this connection (and its locks) in its pool
        assert s.get(Setting, "by.child") is None
    second = open_database(str(db_path))
    try:
        _python(WRITE, db_path)  # another process writes and closes the database
        with db.write() as s:
            s.add(Setting(key="by.parent", value="1"))
        assert _python(READ, db_path) == "['by.child', 'by.parent']"
    finally:
        second.dispose()
