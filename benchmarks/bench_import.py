"""Registration import of a generated 20,000-row xlsx through the import pipeline, as WHOLE PROCESSES:
`haihe-desk registrations import FILE` (start-up, sign-in, backup, read, validate, store in one
transaction, audit) against a bare `python -c` openpyxl read_only parse of the same file, both timed
from process start to exit in the same run (median of --repeat runs, a fresh database each time,
bytecode cached for both after one untimed run each).
Goal (issue 11): ≤ 0.5×.

    ./dev shell python benchmarks/bench_import.py [--rows 20000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook  # noqa: E402
from sqlalchemy import update  # noqa: E402

from haihe_desk.db.database import open_database  # noqa: E402
from haihe_desk.db.models import Contest, Trade  # noqa: E402
from haihe_desk.domain import idcard  # noqa: E402
from haihe_desk.services import demo  # noqa: E402
from haihe_desk.services.context import SYSTEM  # noqa: E402

HEADERS = ["序号", "姓名", "性别", "身份证号", "手机", "工作单位", "工会代码", "工种", "组别", "技能等级", "备注"]
TRADES = ["数控车工", "焊工", "装配钳工", "汽车维修工"]


def make_file(path: Path, rows: int) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("报名")
    ws.append(["2020年“海河工匠杯”职工组报名汇总表"])
    ws.append(HEADERS)
    for i in range(rows):
        born = date(1970, 1, 1) + timedelta(days=(i * 37) % (30 * 365))
        number = idcard.make(
            ["120101", "120102", "120103", "120104", "120105", "120106", "120116"][i % 7], born, (i % 499) * 2 + 1, True
        )
        ws.append(
            [
                i + 1,
                f"选手{i:05d}",
                "男",
                number,
                f"139{i:08d}",
                "天津示例机械有限公司",
                f"120101{(i % 3) + 1:03d}",
                TRADES[i % 4],
                "职工组",
                "高级工（三级）",
                "",
            ]
        )
    wb.save(path)


OPENPYXL_PARSE = """
import sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1], read_only=True, data_only=True)
n = sum(1 for row in wb.worksheets[0].iter_rows(values_only=True) if row)
wb.close()
print(n)
"""


# Both sides run with cached bytecode, as an installed program does (some environments set
# PYTHONDONTWRITEBYTECODE, which would make every run recompile SQLAlchemy and our modules).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(argv: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    t0 = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, check=False, env=ENV)
    return time.perf_counter() - t0, done


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=20000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        xlsx = Path(tmp) / "big.xlsx"
        make_file(xlsx, args.rows)
        template = Path(tmp) / "template.sqlite3"
        db = open_database(str(template))
        with db.write() as s:
            demo.build_demo(s, SYSTEM, registrations=0)
            s.execute(update(Contest).values(registration_deadline=date(2099, 12, 31)))
            s.execute(update(Trade).values(registration_deadline=None))
        db.dispose()
        parse_times, import_times = [], []
        warm = Path(tmp) / "warm" / "bench.sqlite3"  # one untimed run of each writes the bytecode caches
        warm.parent.mkdir()
        shutil.copy(template, warm)
        timed([sys.executable, "-c", OPENPYXL_PARSE, str(xlsx)])
        timed([sys.executable, "-m", "haihe_desk", "--db", str(warm), "registrations", "import", str(xlsx)])
        for i in range(args.repeat):
            t, done = timed([sys.executable, "-c", OPENPYXL_PARSE, str(xlsx)])
            parse_times.append(t)
            target = Path(tmp) / f"run{i}" / "bench.sqlite3"
            target.parent.mkdir()
            shutil.copy(template, target)
            t, done = timed(
                [sys.executable, "-m", "haihe_desk", "--db", str(target), "registrations", "import", str(xlsx)]
            )
            if done.returncode != 0:
                print(done.stdout, done.stderr)
                return 1
            import_times.append(t)
        t_parse, t_import = statistics.median(parse_times), statistics.median(import_times)
    print(f"rows in file:                              {args.rows}")
    print(f"openpyxl read_only parse (whole process):  {t_parse:.3f} s   (median of {args.repeat})")
    print(f"haihe-desk registrations import (process): {t_import:.3f} s   (median of {args.repeat})")
    print(f"ratio import / openpyxl parse:             {t_import / t_parse:.2f}x  (goal <= 0.5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
