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


def run(code: str, *args: str, env: dict[str, str]) -> dict[str, float]:
    """Start a fresh interpreter; return seconds from launch to each traced stage, and peak RSS (MB)."""
    launch = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True)
    result: dict[str, float] = {"exit": time.time() - launch}
    for line in out.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key.startswith("HAIHE_"):
            result[key[6:].lower()] = float(value) - launch
        elif key == "RSS_KB":
            result["rss"] = int(value) / 1024
    return result


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
    env["HAIHE_DESK_SMOKE_QUIT"] = "1"
    env["HAIHE_DESK_TRACE_START"] = "1"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
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
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs} (medians), database: {db}")
    print(f"bare PySide6 QMainWindow shown          : {b * 1000:7.0f} ms   peak RSS {b_rss:6.1f} MB")
    print(f"Haihe Desk main window shown            : {shown * 1000:7.0f} ms   ratio {shown / b:.2f}x (goal <= 2x)")
    print(f"Haihe Desk tabs filled from 100k rows   : {ready * 1000:7.0f} ms   ratio {ready / b:.2f}x")
    print(f"Haihe Desk peak RSS                     : {o_rss:7.1f} MB (goal <= 300 MB: {'met' if o_rss <= 300 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
