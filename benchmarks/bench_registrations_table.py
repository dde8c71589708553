"""The 报名 table at 100,000 registrations: time to the first page of rows (count + first page, as
the tab's PagedTableModel does it) and time to filter by name (search in SQL). Goals: ≤ 300 ms and
≤ 100 ms. Generates its data with make_big_db.py.

    ./dev shell python benchmarks/bench_registrations_table.py [--registrations 100000] [--db PATH]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import select  # noqa: E402

from haihe_desk.db.database import open_database  # noqa: E402
from haihe_desk.db.models import Person  # noqa: E402
from haihe_desk.services import registrations, settings  # noqa: E402
from haihe_desk.ui.table_model import PAGE  # noqa: E402


def timed(fn, repeat: int = 5) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--registrations", type=int, default=100_000)
    ap.add_argument("--db", help="reuse an existing big database instead of generating one")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "big.sqlite3"
        if not args.db:
            import make_big_db

            t_build = make_big_db.build(path, args.registrations)
            print(f"generated {args.registrations} registrations in {t_build:.1f} s")
        db = open_database(str(path))
        with db.read() as s:
            cid = settings.current_contest_id(s)
            name = s.scalar(select(Person.name).order_by(Person.id.desc()).limit(1)) or "张"
        src = registrations.SOURCE

        def first_rows(filters: dict) -> tuple[int, int]:  # type: ignore[type-arg]
            with db.read() as s:
                total, rows = src.first_page(s, filters, PAGE)  # what the table model does
                return total, len(rows)

        t_first, (total, got) = timed(lambda: first_rows({"contest_id": cid}))
        t_name, (hits, shown) = timed(lambda: first_rows({"contest_id": cid, "text": name}))
        t_status, (n_status, _) = timed(lambda: first_rows({"contest_id": cid, "status": "submitted"}))
        db.dispose()
    print(f"registrations in table:        {total}")
    print(f"time to first rows ({got} rows): {t_first * 1000:.0f} ms  (goal <= 300 ms)")
    print(f"filter by name “{name}”:        {t_name * 1000:.0f} ms  ({hits} hits)  (goal <= 100 ms)")
    print(f"filter by status 待审核:        {t_status * 1000:.0f} ms  ({n_status} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
