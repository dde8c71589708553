"""Build a database with the demo contest plus N fictional registrations (default 100,000).

    ./dev shell python benchmarks/make_big_db.py /tmp/big.sqlite3 --registrations 100000

Rows go in with bulk INSERTs (executemany), not per-object ORM adds.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select  # noqa: E402

from haihe_desk.db.database import open_database  # noqa: E402
from haihe_desk.db.models import Organisation, Person, Registration, Trade  # noqa: E402
from haihe_desk.domain import idcard  # noqa: E402
from haihe_desk.services import demo  # noqa: E402
from haihe_desk.services.context import SYSTEM  # noqa: E402

REGIONS = ["120101", "120102", "120103", "120104", "120105", "120106", "120116"]
STATUSES = ["submitted", "union_approved", "confirmed", "confirmed", "confirmed", "returned"]


def build(path: Path, n: int, seed: int = 7) -> float:
    if path.exists():
        path.unlink()
    t0 = time.perf_counter()
    db = open_database(str(path))
    rng = random.Random(seed)
    with db.write() as s:
        demo.build_demo(s, SYSTEM, registrations=0)
    with db.write() as s:
        trades = s.execute(select(Trade.id, Trade.group)).all()
        units = s.execute(select(Organisation.id, Organisation.name, Organisation.union_code)).all()
        next_person = 1
        batch_p: list[dict] = []
        batch_r: list[dict] = []
        seen: set[str] = set()
        for i in range(n):
            born = date(1966, 1, 1) + timedelta(days=rng.randrange(0, 38 * 365))
            number = idcard.make(rng.choice(REGIONS), born, rng.randrange(1000), rng.random() < 0.8)
            while number in seen:
                born += timedelta(days=1)
                number = idcard.make(rng.choice(REGIONS), born, rng.randrange(1000), rng.random() < 0.8)
            seen.add(number)
            info = idcard.parse(number)
            pid = next_person
            next_person += 1
            batch_p.append(
                {
                    "id": pid,
                    "name": demo._fictional_name(rng),
                    "id_number": number,
                    "gender": info.gender,
                    "birth_date": info.birth_date,
                    "mobile": f"139{i:08d}",
                }
            )
            tid, group = trades[i % len(trades)]
            uid, uname, ucode = units[rng.randrange(len(units))]
            batch_r.append(
                {
                    "trade_id": tid,
                    "person_id": pid,
                    "unit_id": uid,
                    "unit_name": uname,
                    "union_code": ucode or "",
                    "group": group,
                    "skill_grade": rng.choice([1, 2, 3, 3, 4]),
                    "status": rng.choice(STATUSES),
                    "source": "platform",
                }
            )
            if len(batch_p) >= 5000:
                s.execute(insert(Person), batch_p)
                s.execute(insert(Registration), batch_r)
                batch_p.clear()
                batch_r.clear()
        if batch_p:
            s.execute(insert(Person), batch_p)
            s.execute(insert(Registration), batch_r)
    db.dispose()
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--registrations", type=int, default=100_000)
    args = ap.parse_args()
    secs = build(Path(args.out), args.registrations)
    print(f"built {args.registrations} registrations in {secs:.1f} s -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
