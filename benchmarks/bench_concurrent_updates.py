"""Two processes editing registrations at the same time, through the real service path
(services/registration_edit.update_registration with the version the editor read, inside
Database.write(), audited — so the audit chain head is contended like on two office PCs).

    python benchmarks/bench_concurrent_updates.py [--engine sqlite|postgresql|both]
        [--mode disjoint|overlap|both] [--updates 10000] [--pg-url URL]

Modes:
- disjoint: each process updates its own half of the registrations (even / odd ids);
- overlap:  both processes update the SAME rows; an update either lands or is refused with
  Conflict (its version was stale) — never silently overwritten.

Each update reads the registration's version in a read session, then saves in a write session
(what the edit dialog does). Printed per engine and mode: updates/s, conflicts, retries (SQLite
"database is locked" after the busy timeout; PostgreSQL deadlock / serialization failure), lock
waits (BEGIN IMMEDIATE or SELECT … FOR UPDATE that took over 2 ms, and their total time), and the
lost-update check: every row's final version = its start version + the updates that landed on it,
its final value = the value of the landed update with the highest version, audit entries added =
updates landed, audit chain intact → "lost updates: 0".

Without --pg-url a throw-away PostgreSQL cluster is created in a temp folder (initdb + pg_ctl from
/usr/lib/postgresql/*/bin or PATH; as the `postgres` user when run as root) and removed afterwards.
"""

from __future__ import annotations

import argparse
import glob
import multiprocessing as mp
import os
import queue
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event, func, select  # noqa: E402
from sqlalchemy.exc import DBAPIError  # noqa: E402

from haihe_desk.db.database import Database, open_database  # noqa: E402
from haihe_desk.db.models import AuditEntry, Registration  # noqa: E402
from haihe_desk.errors import Conflict  # noqa: E402
from haihe_desk.services import audit, demo, registration_edit  # noqa: E402
from haihe_desk.services.context import SYSTEM, Actor  # noqa: E402

WAIT_MS = 2.0


# --------------------------------------------------------------------------- the database


def prepare(url: str) -> list[int]:
    """A demo database; returns the ids of the registrations that accept an edit of their notes."""
    db = open_database(url)
    try:
        with db.write() as s:
            if demo.is_empty(s):
                demo.build_demo(s, SYSTEM)
        with db.read() as s:
            ids = list(s.scalars(select(Registration.id).order_by(Registration.id)))
        usable = []
        for rid in ids:  # one trial edit each: rows the entry rules refuse today are left out
            try:
                with db.write() as s:
                    v = registration_edit.edit_values(s, rid).version
                    registration_edit.update_registration(
                        s, SYSTEM, rid, {"notes": "bench-start"}, expected_version=v, reason="bench"
                    )
                usable.append(rid)
            except Exception:  # noqa: BLE001 - a benchmark: skip what the rules refuse
                pass
        return usable
    finally:
        db.dispose()


def state(db: Database) -> tuple[dict[int, tuple[int, str]], int]:
    with db.read() as s:
        rows = {
            rid: (v, n) for rid, v, n in s.execute(select(Registration.id, Registration.version, Registration.notes))
        }
        n_audit = s.scalar(select(func.count()).select_from(AuditEntry)) or 0
    return rows, n_audit


# --------------------------------------------------------------------------- one worker process


def worker(url: str, wid: int, ids: list[int], n: int, start: Any, out: Any) -> None:
    db = open_database(url)
    waits: list[float] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def _t0(conn, cursor, statement, params, context, many):  # type: ignore[no-untyped-def]
        conn.info["t0"] = time.perf_counter()

    @event.listens_for(db.engine, "after_cursor_execute")
    def _t1(conn, cursor, statement, params, context, many):  # type: ignore[no-untyped-def]
        if statement.startswith("BEGIN IMMEDIATE") or "FOR UPDATE" in statement:
            ms = (time.perf_counter() - conn.info["t0"]) * 1000
            if ms > WAIT_MS:
                waits.append(ms)

    actor = Actor(username=f"bench{wid}", role="admin")
    landed: list[tuple[int, int, str]] = []  # (registration id, version after, value)
    conflicts = retries = 0
    start.wait()
    t0 = time.perf_counter()
    for i in range(n):
        rid = ids[i % len(ids)]
        value = f"w{wid}-{i}"
        while True:
            try:
                with db.read() as s:  # the editor opens the registration...
                    version = registration_edit.edit_values(s, rid).version
                with db.write() as s:  # ...and saves it
                    registration_edit.update_registration(
                        s, actor, rid, {"notes": value}, expected_version=version, reason="bench"
                    )
                    after = s.get(Registration, rid).version  # type: ignore[union-attr]
                landed.append((rid, after, value))
                break
            except Conflict:
                conflicts += 1
                break
            except DBAPIError as exc:  # locked / deadlock / serialization failure: try again
                retries += 1
                if retries > 1000:
                    raise RuntimeError(f"worker {wid}: giving up after {retries} retries: {exc}") from exc
    elapsed = time.perf_counter() - t0
    db.dispose()
    out.put(
        {
            "wid": wid,
            "landed": landed,
            "conflicts": conflicts,
            "retries": retries,
            "waits": len(waits),
            "wait_ms": sum(waits),
            "elapsed": elapsed,
        }
    )


# --------------------------------------------------------------------------- one run


def run(url: str, label: str, mode: str, updates: int) -> bool:
    ids = prepare(url)
    db = open_database(url)
    before, audit_before = state(db)
    if mode == "disjoint":
        halves = [ids[0::2], ids[1::2]]
    else:
        halves = [ids, ids]
    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=worker, args=(url, w, halves[w], updates // 2, start, out)) for w in (0, 1)]
    for p in procs:
        p.start()
    time.sleep(0.5)  # let both processes import and connect before the clock starts
    t0 = time.perf_counter()
    start.set()
    results: list[dict[str, Any]] = []
    while len(results) < len(procs):
        try:
            results.append(out.get(timeout=1))
        except queue.Empty:
            dead = [p for p in procs if p.exitcode not in (None, 0)]
            if dead:
                for p in procs:
                    p.kill()
                failed = dead[0].exitcode
                raise SystemExit(f"{label}, {mode}: a worker process failed (exit {failed}); see above") from None
    wall = time.perf_counter() - t0
    for p in procs:
        p.join()

    after, audit_after = state(db)
    with db.read() as s:
        chain = audit.verify(s)
    db.dispose()

    landed = [x for r in results for x in r["landed"]]
    per_row = Counter(rid for rid, _v, _val in landed)
    last: dict[int, tuple[int, str]] = {}
    for rid, version, value in landed:
        if rid not in last or version > last[rid][0]:
            last[rid] = (version, value)
    lost = 0
    for rid, n in per_row.items():
        version, notes = after[rid]
        if version != before[rid][0] + n or (version, notes) != last[rid]:
            lost += 1
    duplicate_versions = len(landed) - len({(rid, v) for rid, v, _ in landed})
    audit_ok = audit_after - audit_before == len(landed)
    conflicts = sum(r["conflicts"] for r in results)
    print(
        f"\n== {label}, {mode}: {len(ids)} registrations, {updates} updates by 2 processes "
        f"({'own half each' if mode == 'disjoint' else 'both on the same rows'})"
    )
    print(
        f"  wall time {wall:.1f} s  →  {len(landed) / wall:.0f} updates/s landed "
        f"({(len(landed) + conflicts) / wall:.0f} attempts/s)"
    )
    for r in sorted(results, key=lambda r: r["wid"]):
        print(
            f"  process {r['wid']}: {len(r['landed'])} landed, {r['conflicts']} conflicts, {r['retries']} retries, "
            f"{r['waits']} lock waits > {WAIT_MS:g} ms ({r['wait_ms'] / 1000:.1f} s waiting), "
            f"{(len(r['landed']) + r['conflicts']) / r['elapsed']:.0f} attempts/s"
        )
    print(f"  landed {len(landed)} + conflicts {conflicts} = {len(landed) + conflicts} of {updates}")
    print(
        f"  audit entries added {audit_after - audit_before} (= landed: {audit_ok}); "
        f"audit chain {'intact' if chain.intact else f'BROKEN at {chain.broken_at}'}; "
        f"versions written twice: {duplicate_versions}"
    )
    print(f"  lost updates: {lost}")
    return lost == 0 and audit_ok and chain.intact and duplicate_versions == 0


# --------------------------------------------------------------------------- PostgreSQL


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def throwaway_postgres(port: int | None) -> Iterator[str]:
    bindir = next(
        (str(Path(p).parent) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)), None
    ) or (str(Path(shutil.which("initdb")).parent) if shutil.which("initdb") else None)
    if bindir is None:
        raise SystemExit("PostgreSQL server programs (initdb, pg_ctl) not found; install them or pass --pg-url")
    port = port or _free_port()
    tmp = Path(tempfile.mkdtemp(prefix="haihe-bench-pg-"))
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if as_root:
        shutil.chown(tmp, "postgres")

    def pg(*cmd: str) -> None:
        full = [f"{bindir}/{cmd[0]}", *cmd[1:]]
        if as_root:
            full = ["runuser", "-u", "postgres", "--", *full]
        subprocess.run(full, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)

    data = tmp / "data"
    pg("initdb", "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync")
    pg(
        "pg_ctl",
        "-D",
        str(data),
        "-l",
        str(tmp / "log"),
        "-w",
        "-o",
        f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1",
        "start",
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        pg("pg_ctl", "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(tmp, ignore_errors=True)


def fresh_pg_database(admin_url: str, name: str) -> str:
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(admin_url)
    with psycopg.connect(
        host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database or "postgres", autocommit=True
    ) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        con.execute(f'CREATE DATABASE "{name}"')
    return u.set(database=name).render_as_string(hide_password=False)


# --------------------------------------------------------------------------- main


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--engine", choices=["sqlite", "postgresql", "both"], default="both")
    ap.add_argument("--mode", choices=["disjoint", "overlap", "both"], default="both")
    ap.add_argument("--updates", type=int, default=10_000, help="updates per run, shared by the two processes")
    ap.add_argument("--pg-url", help="a PostgreSQL server to use (a database haihe_bench_* is created on it)")
    ap.add_argument("--pg-port", type=int, help="port for the throw-away cluster (default: a free one)")
    args = ap.parse_args()
    modes = ["disjoint", "overlap"] if args.mode == "both" else [args.mode]
    ok = True
    if args.engine in ("sqlite", "both"):
        with tempfile.TemporaryDirectory(prefix="haihe-bench-") as tmp:
            for mode in modes:
                ok &= run(
                    str(Path(tmp) / f"{mode}.sqlite3"),
                    "SQLite (WAL, busy_timeout 10 s, BEGIN IMMEDIATE)",
                    mode,
                    args.updates,
                )
    if args.engine in ("postgresql", "both"):
        with nullcontext(args.pg_url) if args.pg_url else throwaway_postgres(args.pg_port) as admin:
            for mode in modes:
                ok &= run(
                    fresh_pg_database(admin, f"haihe_bench_{mode}"), "PostgreSQL (READ COMMITTED)", mode, args.updates
                )
    print("\nall checks passed" if ok else "\nCHECKS FAILED")
    return 0 if ok else 1


@contextmanager
def nullcontext(value: str) -> Iterator[str]:
    yield value


if __name__ == "__main__":
    sys.exit(main())
