"""The real start of the program, timed against a bare PySide6 window in the same run.

What is measured, from process launch (fresh interpreter, cold Python imports, warm OS file cache):
- bare: a PySide6 QApplication with an empty 1280×800 QMainWindow, shown and painted;
- Haihe Desk: `haihe-desk --db BIG` through the real entry point (cli.main → ui.app.run_gui) on a
  SQLite database with the demo contest plus 100,000 registrations and an administrator set to
  auto-login: the frame is painted, the database opened (migration check), the user signed in
  (auto-login), the first-run check done, the four tabs built, the hourly backup started, and the
  window painted with its first tab (赛事, the trades with their live counts over the 100,000
  registrations) filled. The other tabs load when first shown. The ratio is Haihe Desk's
  "ready" over bare "shown" (medians). Goal: ≤ 2×, peak RSS ≤ 300 MB.

    ./dev shell python benchmarks/bench_startup.py [--db BIG.sqlite3] [--runs 5] [--tab 1]

``--tab N`` starts on another tab (the remembered one): 1 = 报名 (the first page of the 100,000
registrations and their status counts). The database is built with make_big_db.py when missing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BENCH_USER = "bench"
TAB_NAMES = ["赛事", "报名", "评判", "通讯录"]

BARE = r"""
import resource, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800); w.show()
app.processEvents()
print(f"HAIHE_SHOWN {time.time():.6f}", flush=True)
QTimer.singleShot(0, app.quit)
app.exec()
print("RSS_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

# The real entry point (haihe-desk → run_gui), told to report its stages and quit once ready.
OURS = r"""
import resource, sys
from haihe_desk.cli.main import main
code = main(["--db", sys.argv[1]])
print("RSS_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
sys.exit(code)
"""


def prepare(db: Path, registrations: int) -> None:
    """The big database (built when missing) with an administrator who signs in automatically."""
    if not db.exists():
        from benchmarks.make_big_db import build

        print(f"building {registrations} registrations ... ", end="", flush=True)
        print(f"{build(db, registrations):.1f} s")
    from sqlalchemy import select

    from haihe_desk.db.database import open_database
    from haihe_desk.db.models import User
    from haihe_desk.services import users

    database = open_database(str(db))
    try:
        with database.write() as s:
            if s.scalar(select(User.id).where(User.username == BENCH_USER)) is None:
                users.create_user(s, None, BENCH_USER, "Bench-2026-start", "admin", display_name="基准测试")
            if users.auto_login_user(s) != BENCH_USER:
                admin = users.actor_for(s.scalars(select(User).where(User.username == BENCH_USER)).one())
                users.set_auto_login(s, admin, BENCH_USER, is_sqlite=True)
    finally:
        database.dispose()


def run(code: str, *args: str, env: dict[str, str]) -> dict[str, float]:
    """Start a fresh interpreter; return seconds from launch to each traced stage, and peak RSS (MB)."""
    launch = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"the start failed (exit {out.returncode}):\n{out.stdout}\n{out.stderr}")
    result: dict[str, float] = {"exit": time.time() - launch}
    for line in out.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key.startswith("HAIHE_"):
            result[key[6:].lower()] = float(value) - launch
        elif key == "RSS_KB":
            result["rss"] = int(value) / 1024
    if code is OURS and "ready" not in result:
        raise SystemExit(
            f"the program never reported READY (sign-in asked for a password?):\n{out.stdout}\n{out.stderr}"
        )
    return result


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", help="a big database (built with make_big_db.py if missing)")
    ap.add_argument("--registrations", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--tab", type=int, default=0, choices=range(4), help="the tab the window opens on (0 = 赛事)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="haihe-bench-"))
    db = Path(args.db) if args.db else tmp / "big.sqlite3"
    prepare(db, args.registrations)
    home = tmp / "home"
    home.mkdir()
    if args.tab:
        (home / "haihe_desk.ini").write_text(f"[mainWindow]\ntab={args.tab}\n", encoding="utf-8")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["HAIHE_DESK_HOME"] = str(home)  # settings, logs and the start backup live here
    env.pop("HAIHE_DESK_SMOKE_QUIT", None)
    env.pop("HAIHE_DESK_USER", None)
    env["HAIHE_DESK_QUIT_WHEN_READY"] = "1"
    env["HAIHE_DESK_TRACE_START"] = "1"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    # Bytecode as an installed program has it: compiled once (by the warm-up runs) into a private
    # cache, so neither side pays for compiling sources (PYTHONDONTWRITEBYTECODE would make it pay).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    run(BARE, env=env)  # warm the file cache for both
    run(OURS, str(db), env=env)
    bare, ours = [], []
    for _ in range(args.runs):  # interleaved so both see the same machine state
        bare.append(run(BARE, env=env))
        ours.append(run(OURS, str(db), env=env))

    def med(rows: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in rows)

    b = med(bare, "shown")
    shown, ready = med(ours, "shown"), med(ours, "ready")
    b_rss = max(r["rss"] for r in bare)
    o_rss = max(r["rss"] for r in ours)
    tab = TAB_NAMES[args.tab]
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs} (medians, from process launch), database: {db}")
    print(
        f"bare PySide6 QMainWindow shown and painted                       : {b * 1000:7.0f} ms"
        f"   peak RSS {b_rss:6.1f} MB"
    )
    print(
        f"Haihe Desk frame painted (no database yet)                        : {shown * 1000:7.0f} ms"
        f"   ratio {shown / b:.2f}x"
    )
    print(f"Haihe Desk auto-login + window painted with its first tab ({tab}) filled,")
    print(
        f"  {args.registrations:,} registrations                                       : "
        f"{ready * 1000:7.0f} ms   ratio {ready / b:.2f}x (goal <= 2x: {'met' if ready / b <= 2 else 'NOT met'})"
    )
    print(
        f"Haihe Desk peak RSS                                               : {o_rss:7.1f} MB "
        f"(goal <= 300 MB: {'met' if o_rss <= 300 else 'NOT met'})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
