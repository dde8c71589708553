"""Generic crash harness: kill a real command with SIGKILL at many points of its database work and
prove the database is then exactly as before the command or exactly as after it — never between.

Use it from any test folder::

    from tests.crash.harness import check_crash_safety

    def test_my_import_survives_kill_9(demo_db, db_url, tmp_path):
        report = check_crash_safety(db_url, ["things", "import", str(path)])
        assert report.after_changed_tables == {"thing", "audit_log", "audit_head"}

How it works (engine-neutral: SQLite and PostgreSQL, whatever ``db_url`` names):

1. snapshot every table of the models' metadata (all rows, all columns);
2. run the command once in a subprocess with ``HAIHE_DESK_CRASH_AT=count``: it must succeed; its
   trace lists the command's crash points (each SQL statement, each commit and the moment just after
   it) and the resulting rows are the complete "after" state;
3. for a deterministic sample of the points (all when few; else first, last, around every commit
   and an even spread), put the "before" rows back, run the command again with
   ``HAIHE_DESK_CRASH_AT=<point>`` and check: it died by SIGKILL; the rows equal "before" or
   "after" (with clock- and hash-valued columns masked: two honest runs differ only there); never
   "before" once an earlier point gave "after"; before the first commit always "before", after the
   last commit always "after"; the audit chain verifies;
4. leave the database in the complete "after" state, so the caller can check the content.

The crash points are installed by ``haihe_desk/db/crashpoint.py`` (see there) through
``db/engine.make_engine`` only when ``HAIHE_DESK_CRASH_AT`` is set.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, Integer, Table, delete, func, insert, select, text
from sqlalchemy.engine import Connection

from haihe_desk.db.crashpoint import CRASH_ENV, TRACE_ENV
from haihe_desk.db.database import Database, open_database
from haihe_desk.db.models import Base
from haihe_desk.services import audit

ROOT = Path(__file__).resolve().parents[2]
HAS_SIGKILL = hasattr(signal, "SIGKILL")
DEFAULT_SAMPLE = int(os.environ.get("HAIHE_DESK_CRASH_SAMPLE", "8"))

# Columns whose value two honest runs of the same command legitimately differ in: the audit entry
# time and the hashes over it. (Every DateTime column is masked too, by type.)
VOLATILE: dict[str, set[str]] = {"audit_log": {"at", "hash", "prev_hash"}, "audit_head": {"hash"}}

Rows = dict[str, list[tuple[Any, ...]]]  # table name -> rows as tuples in column order


# --------------------------------------------------------------------------- snapshots


def tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)  # parents before children


def snapshot(db: Database) -> Rows:
    """Every row of every table, ordered by primary key."""
    out: Rows = {}
    with db.engine.connect() as conn:
        for t in tables():
            order = list(t.primary_key.columns) or list(t.columns)
            out[t.name] = [tuple(r) for r in conn.execute(select(t).order_by(*order))]
    return out


def _masked(t: Table) -> list[bool]:
    return [
        isinstance(c.type, DateTime)
        or isinstance(getattr(c.type, "impl", None), DateTime)
        or c.name in VOLATILE.get(t.name, ())
        for c in t.columns
    ]


def normalise(rows: Rows) -> dict[str, list[tuple[Any, ...]]]:
    """The rows with volatile columns blanked, as sorted lists (an order independent of row ids)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for t in tables():
        mask = _masked(t)
        norm = [tuple("~" if m else v for m, v in zip(mask, row, strict=False)) for row in rows.get(t.name, [])]
        out[t.name] = sorted(norm, key=repr)
    return out


def difference(a: Rows, b: Rows, limit: int = 3) -> str:
    """A short human description of how two snapshots differ (for assertion messages)."""
    na, nb = normalise(a), normalise(b)
    lines = []
    for name in na:
        if na[name] != nb[name]:
            only_a = [r for r in na[name] if r not in nb[name]][:limit]
            only_b = [r for r in nb[name] if r not in na[name]][:limit]
            lines.append(
                f"{name}: {len(na[name])} vs {len(nb[name])} rows; only first: {only_a}; only second: {only_b}"
            )
    return "\n".join(lines) or "(equal)"


def _self_ordered(t: Table, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows ordered so a row referencing its own table (parent_id, supersedes_id…) comes after the
    row it references: the insert then never trips a foreign key."""
    self_fks = [fk for fk in t.foreign_keys if fk.column.table is t]
    if not self_fks or len(t.primary_key.columns) != 1:
        return rows
    cols = list(t.columns)
    pk = cols.index(next(iter(t.primary_key.columns)))
    refs = [cols.index(fk.parent) for fk in self_fks]
    by_id = {r[pk]: r for r in rows}
    done: set[Any] = set()
    out: list[tuple[Any, ...]] = []

    def visit(row: tuple[Any, ...], seen: frozenset[Any]) -> None:
        if row[pk] in done or row[pk] in seen:
            return
        for i in refs:
            parent = by_id.get(row[i])
            if parent is not None and parent is not row:
                visit(parent, seen | {row[pk]})
        done.add(row[pk])
        out.append(row)

    for r in rows:
        visit(r, frozenset())
    return out


def _reset_sequences(conn: Connection, rows: Rows) -> None:
    """PostgreSQL: serial sequences continue from the restored ids, so a re-run assigns the same ids
    as the first run did (a killed transaction does not give its sequence numbers back)."""
    if conn.dialect.name != "postgresql":
        return
    for t in tables():
        pk = list(t.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer):
            continue
        seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": t.name, "c": pk[0].name}).scalar()
        if seq is None:
            continue
        top = conn.execute(select(func.max(pk[0]))).scalar()
        conn.execute(text("SELECT setval(:s, :v, :called)"), {"s": seq, "v": top or 1, "called": top is not None})


def restore(db: Database, rows: Rows) -> None:
    """Make the database hold exactly ``rows`` (one transaction, through the metadata)."""
    with db.engine.begin() as conn:
        for t in reversed(tables()):
            conn.execute(delete(t))
        for t in tables():
            data = _self_ordered(t, rows.get(t.name, []))
            if not data:
                continue
            names = [c.name for c in t.columns]
            if any(fk.column.table is t for fk in t.foreign_keys):
                for r in data:  # one by one, in reference order
                    conn.execute(insert(t), [dict(zip(names, r, strict=False))])
            else:
                conn.execute(insert(t), [dict(zip(names, r, strict=False)) for r in data])
        _reset_sequences(conn, rows)


# --------------------------------------------------------------------------- crash points


def points_from_trace(lines: Iterable[str]) -> list[str]:
    """``statement``/``commit`` trace lines → the ordered crash points ``statement:1``, ``commit:1``,
    ``committed:1``, ``statement:2``…"""
    points: list[str] = []
    n = {"statement": 0, "commit": 0}
    for line in lines:
        kind = line.split("\t", 1)[0].strip()
        if kind not in n:
            continue
        n[kind] += 1
        points.append(f"{kind}:{n[kind]}")
        if kind == "commit":
            points.append(f"committed:{n[kind]}")
    return points


def sample_points(points: Sequence[str], size: int = DEFAULT_SAMPLE) -> list[str]:
    """All points when there are few; otherwise first, last, the statement before and after each
    commit, each commit and the moment after it, and an even spread — in their order of occurrence."""
    if len(points) <= size:
        return list(points)
    chosen = {0, len(points) - 1}
    for i, p in enumerate(points):
        if p.startswith("commit:"):
            chosen.update(j for j in (i - 1, i, i + 1, i + 2) if 0 <= j < len(points))
    spread = max(size - len(chosen), 0)
    for k in range(1, spread + 1):
        chosen.add(round(k * (len(points) - 1) / (spread + 1)))
    return [points[i] for i in sorted(chosen)]


@dataclass
class CrashReport:
    argv: list[str]
    points: list[str]  # every crash point of the command, in order
    outcomes: dict[str, str] = field(default_factory=dict)  # tried point -> "before" | "after"
    before: Rows = field(default_factory=dict)
    after: Rows = field(default_factory=dict)

    @property
    def after_changed_tables(self) -> set[str]:
        nb, na = normalise(self.before), normalise(self.after)
        return {t for t in na if na[t] != nb[t]}


PROGRAM = ("-m", "haihe_desk")


def run_command(
    db_url: str,
    argv: Sequence[str],
    crash_at: str,
    trace: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 180,
    program: Sequence[str] = PROGRAM,
) -> subprocess.CompletedProcess[str]:
    """``python -m haihe_desk --db URL ARGV…`` in a subprocess with the crash point set."""
    child_env = dict(os.environ)
    child_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), child_env.get("PYTHONPATH", "")]))
    child_env[CRASH_ENV] = crash_at
    child_env.pop(TRACE_ENV, None)
    if trace is not None:
        child_env[TRACE_ENV] = str(trace)
    child_env.update(env or {})
    return subprocess.run(
        [sys.executable, *program, "--db", db_url, *argv],
        env=child_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        encoding="utf-8",
    )


def check_crash_safety(
    db_url: str,
    argv: Sequence[str],
    *,
    sample: int = DEFAULT_SAMPLE,
    env: Mapping[str, str] | None = None,
    program: Sequence[str] = PROGRAM,
) -> CrashReport:
    """Kill ``haihe-desk ARGV`` at a sample of its crash points; assert all-or-nothing each time.
    The database at ``db_url`` must already hold the state the command starts from. ``program``
    (default ``-m haihe_desk``) may name another module that takes ``--db URL`` first."""
    db = open_database(db_url)
    try:
        before = snapshot(db)
        with tempfile.TemporaryDirectory(prefix="haihe-crash-") as tmp:
            trace = Path(tmp) / "trace.txt"
            done = run_command(db_url, argv, "count", trace, env, program=program)
            assert done.returncode == 0, f"{argv} failed without a crash point (exit {done.returncode}):\n{done.stderr}"
            points = points_from_trace(trace.read_text(encoding="utf-8").splitlines())
        after = snapshot(db)
        report = CrashReport(list(argv), points, before=before, after=after)
        assert normalise(after) != normalise(before), f"{argv} changed nothing: a crash test of it proves nothing"
        commits = [i for i, p in enumerate(points) if p.startswith("commit:")]
        assert commits, f"{argv} never committed"
        first_commit, last_committed = commits[0], commits[-1] + 1
        n_before, n_after = normalise(before), normalise(after)
        seen_after = False
        for point in sample_points(points, sample):
            restore(db, before)
            with tempfile.TemporaryDirectory(prefix="haihe-crash-") as tmp:
                trace = Path(tmp) / "trace.txt"
                res = run_command(db_url, argv, point, trace, env, program=program)
                seen = points_from_trace(trace.read_text(encoding="utf-8").splitlines()) if trace.exists() else []
            assert res.returncode == -signal.SIGKILL, (
                f"{argv} at {point}: expected death by SIGKILL, got exit {res.returncode} after {len(seen)} of "
                f"{len(points)} points (the command must run the same statements each time):\n"
                f"{res.stdout}\n{res.stderr}"
            )
            state = snapshot(db)
            norm = normalise(state)
            if norm == n_before:
                outcome = "before"
            elif norm == n_after:
                outcome = "after"
            else:
                raise AssertionError(
                    f"{argv} killed at {point} left a state that is neither before nor after:\n"
                    f"vs before:\n{difference(before, state)}\nvs after:\n{difference(after, state)}"
                )
            index = points.index(point)
            assert not (index < first_commit and outcome == "after"), f"{point}: changes visible before any commit"
            assert not (index >= last_committed and outcome == "before"), f"{point}: the last commit was lost"
            assert not (seen_after and outcome == "before"), f"{point}: 'before' after an earlier point gave 'after'"
            seen_after = seen_after or outcome == "after"
            with db.read() as s:
                result = audit.verify(s)
            assert result.intact, (
                f"{argv} killed at {point}: audit chain broken at {result.broken_at} ({result.reason})"
            )
            report.outcomes[point] = outcome
        restore(db, after)
        assert "before" in report.outcomes.values() and "after" in report.outcomes.values(), report.outcomes
        return report
    finally:
        db.dispose()


def changed_counts(report: CrashReport) -> dict[str, int]:
    """Rows added (+) or removed (-) per table by the command (for the caller's own checks)."""
    out: dict[str, int] = defaultdict(int)
    for t in tables():
        d = len(report.after.get(t.name, [])) - len(report.before.get(t.name, []))
        if d:
            out[t.name] = d
    return dict(out)


__all__ = [
    "HAS_SIGKILL",
    "CrashReport",
    "changed_counts",
    "check_crash_safety",
    "points_from_trace",
    "restore",
    "sample_points",
    "snapshot",
]
