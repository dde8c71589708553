"""Registration import of a generated 20,000-row xlsx (read + validate + store in one transaction),
as a ratio to a raw openpyxl read_only parse of the same file in the same run. Goal: ≤ 1.0×.

    ./dev shell python benchmarks/bench_import.py [--rows 20000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook, load_workbook  # noqa: E402
from sqlalchemy import update  # noqa: E402

from haihe_desk.db.database import open_database  # noqa: E402
from haihe_desk.db.models import Contest, Trade  # noqa: E402
from haihe_desk.domain import idcard  # noqa: E402
from haihe_desk.services import demo, registration_import  # noqa: E402
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
            ["120101", "120102", "120103", "120104", "120105", "120106", "120116"][i % 7], born, (i % 499) * 2 + 1, True)
        ws.append([i + 1, f"选手{i:05d}", "男", number, f"139{i:08d}", "天津示例机械有限公司",
                   f"120101{(i % 3) + 1:03d}", TRADES[i % 4], "职工组", "高级工（三级）", ""])
    wb.save(path)


def openpyxl_parse(path: Path) -> int:
    wb = load_workbook(path, read_only=True, data_only=True)
    n = 0
    for row in wb.worksheets[0].iter_rows(values_only=True):
        n += 1 if row else 0
    wb.close()
    return n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=20000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        xlsx = Path(tmp) / "big.xlsx"
        make_file(xlsx, args.rows)
        db = open_database(str(Path(tmp) / "bench.sqlite3"))
        with db.write() as s:
            demo.build_demo(s, SYSTEM, registrations=0)
            s.execute(update(Contest).values(registration_deadline=date(2099, 12, 31)))
            s.execute(update(Trade).values(registration_deadline=None))

        t0 = time.perf_counter()
        parsed = openpyxl_parse(xlsx)
        t_openpyxl = time.perf_counter() - t0

        t0 = time.perf_counter()
        plan, result = registration_import.import_file(db, SYSTEM, xlsx)
        t_import = time.perf_counter() - t0
        db.dispose()
    print(f"rows in file:                 {args.rows} (openpyxl saw {parsed} rows incl. title/header)")
    print(f"openpyxl read_only parse:     {t_openpyxl:.3f} s")
    print(f"import (read+validate+store): {t_import:.3f} s  written={result.written} errors={result.error_rows}")
    print(f"ratio import / openpyxl:      {t_import / t_openpyxl:.2f}x  (goal <= 1.0x)")
    return 0 if result.written == args.rows else 1


if __name__ == "__main__":
    raise SystemExit(main())
