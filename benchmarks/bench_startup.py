"""Cold start to main window shown, with a 100,000-registration database, as a ratio to a bare
PySide6 QMainWindow start measured in the same run. Prints medians and peak RSS. Goal: ≤ 2×, ≤ 300 MB.

    ./dev shell python benchmarks/bench_startup.py [--db BIG.sqlite3] [--runs 5]

Each start is a fresh process (cold Python imports); the OS file cache is warm for both.
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

BARE = r"""
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
print("RSS_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

OURS = r"""
import resource, sys
from PySide6.QtCore import QTimer
from haihe_desk.ui.app import make_app
from haihe_desk.db.database import open_database
from haihe_desk.ui.main_window import MainWindow
app = make_app("zh_CN")
db = open_database(sys.argv[1])
w = MainWindow(db); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
rows = w.registrations_tab.model.rowCount()
assert rows > 0, "registrations table is empty"
print("RSS_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def run(code: str, *args: str, env: dict[str, str]) -> tuple[float, int]:
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True)
    secs = time.perf_counter() - t0
    rss = int(next(line.split()[1] for line in out.stdout.splitlines() if line.startswith("RSS_KB")))
    return secs, rss


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", help="a big database (built with make_big_db.py if missing)")
    ap.add_argument("--registrations", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="haihe-bench-"))
    db = Path(args.db) if args.db else tmp / "big.sqlite3"
    if not db.exists():
        from benchmarks.make_big_db import build

        print(f"building {args.registrations} registrations ... ", end="", flush=True)
        print(f"{build(db, args.registrations):.1f} s")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["HAIHE_DESK_HOME"] = str(tmp)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    run(BARE, env=env)  # warm the file cache for both
    run(OURS, str(db), env=env)
    bare, ours = [], []
    for _ in range(args.runs):  # interleaved so both see the same machine state
        bare.append(run(BARE, env=env))
        ours.append(run(OURS, str(db), env=env))
    b = statistics.median(s for s, _ in bare)
    o = statistics.median(s for s, _ in ours)
    b_rss = max(r for _, r in bare) / 1024
    o_rss = max(r for _, r in ours) / 1024
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs}, database: {db}")
    print(f"bare QMainWindow start : {b * 1000:7.0f} ms  peak RSS {b_rss:6.1f} MB")
    print(f"Haihe Desk start (100k): {o * 1000:7.0f} ms  peak RSS {o_rss:6.1f} MB")
    print(f"ratio: {o / b:.2f}x (goal <= 2x); peak RSS goal <= 300 MB: {'met' if o_rss <= 300 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
