"""Test-only crash points: make this process die by SIGKILL at an exact point of its database work.

The crash harness (tests/crash/harness.py) runs a real command in a subprocess with
``HAIHE_DESK_CRASH_AT`` set, and checks that the database is afterwards exactly as before the
command (died before its commit) or exactly as after it (died after its commit) — never in between.

``HAIHE_DESK_CRASH_AT`` takes:

- ``statement:N`` — die just before the N-th SQL statement this process sends (1-based; counted
  over every engine the process makes, including the migration check at start);
- ``commit:N``    — die just before the N-th commit reaches the database;
- ``committed:N`` — let the N-th commit reach the database, then die before anything else runs;
- ``count``       — die nowhere.

With ``HAIHE_DESK_CRASH_TRACE`` naming a file, every point is also appended to it as one line
(``statement<TAB>the SQL`` or ``commit``), so the harness knows which points a command has.

``db/engine.make_engine`` installs the listeners only when the variable is set: normal runs pay
nothing. Where SIGKILL does not exist (Windows) the process ends with ``os._exit`` instead, which
also skips every commit, rollback and clean-up.
"""

from __future__ import annotations

import os
import signal
from typing import Any, TextIO

from sqlalchemy import Engine, event

CRASH_ENV = "HAIHE_DESK_CRASH_AT"
TRACE_ENV = "HAIHE_DESK_CRASH_TRACE"
KINDS = ("statement", "commit", "committed")

_counts = {"statement": 0, "commit": 0}
_trace: list[TextIO] = []


def parse(spec: str) -> tuple[str, int]:
    """``"commit:2"`` → ("commit", 2); ``"count"`` → ("count", 0). A wrong value is a ValueError:
    the harness is the only caller and a typo there must not silently crash nowhere."""
    spec = spec.strip()
    if spec == "count":
        return "count", 0
    kind, _, number = spec.partition(":")
    if kind == "stmt":
        kind = "statement"
    if kind not in KINDS or not number.isdigit() or int(number) < 1:
        raise ValueError(f"{CRASH_ENV}={spec!r}: expected count, statement:N, commit:N or committed:N (N >= 1)")
    return kind, int(number)


def die() -> None:
    """End this process at once, the way a power cut or `kill -9` would."""
    sigkill = getattr(signal, "SIGKILL", None)
    if sigkill is not None:
        os.kill(os.getpid(), sigkill)
    os._exit(137)


def _note(kind: str, detail: str = "") -> None:
    path = os.environ.get(TRACE_ENV)
    if not path:
        return
    if not _trace:
        _trace.append(open(path, "a", encoding="utf-8", buffering=1))  # noqa: SIM115 - lives as long as the process
    _trace[0].write(kind + ("\t" + " ".join(detail.split())[:160] if detail else "") + "\n")


def install(engine: Engine, spec: str | None = None) -> None:
    """Attach the counting listeners to ``engine`` (spec defaults to $HAIHE_DESK_CRASH_AT)."""
    kind, target = parse(spec if spec is not None else os.environ[CRASH_ENV])

    def before_statement(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        _counts["statement"] += 1
        _note("statement", statement)
        if kind == "statement" and _counts["statement"] == target:
            die()

    def before_commit(conn: Any) -> None:
        _counts["commit"] += 1
        _note("commit")
        if _counts["commit"] != target:
            return
        if kind == "commit":
            die()
        elif kind == "committed":
            # Do the commit ourselves (SQLAlchemy would do exactly this next), then die.
            conn.connection.dbapi_connection.commit()
            die()

    event.listen(engine, "before_cursor_execute", before_statement)
    event.listen(engine, "commit", before_commit)
