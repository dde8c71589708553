"""Test data for the registration tests: valid ID numbers and real xlsx files written by openpyxl."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import update

from haihe_desk.db.models import Contest, Trade
from haihe_desk.domain import idcard

WORKER_HEADERS = ["姓名", "性别", "身份证号", "手机", "工作单位", "工会代码", "工种", "组别", "技能等级"]


def ident(n: int, born: date = date(1990, 3, 7), male: bool = True, region: str = "120101") -> str:
    return idcard.make(region, born, 2 * n + (1 if male else 0), male)


def worker_row(n: int, **over: object) -> list[object]:
    row = {
        "姓名": f"测试{n}",
        "性别": "男",
        "身份证号": ident(n),
        "手机": f"139{n:08d}",
        "工作单位": "示例机械有限公司",
        "工会代码": "120101001",
        "工种": "W-CNC",
        "组别": "职工组",
        "技能等级": "高级工",
    }
    row.update({k: v for k, v in over.items()})
    return [row[h] for h in WORKER_HEADERS]


def write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    title: str | None = None,
    sheet: str = "Sheet1",
    text_columns: Sequence[int] = (),
) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
        ws.append([])
    ws.append(list(headers))
    for r in rows:
        ws.append(list(r))
    for c in text_columns:
        for cells in ws.iter_cols(min_col=c, max_col=c):
            for cell in cells:
                cell.number_format = "@"
    wb.save(path)
    return path


def open_registration(session) -> None:  # type: ignore[no-untyped-def]
    """Move the demo contest's registration deadline into the future (entries need no override)."""
    session.execute(update(Contest).values(registration_deadline=date(2099, 12, 31)))
    session.execute(update(Trade).values(registration_deadline=None))


def import_file(db, actor, path: Path, **kw):  # type: ignore[no-untyped-def]
    """The registration import through the runner, into the current contest: (plan, result)."""
    from haihe_desk.services import settings
    from haihe_desk.services.imports import run_import
    from haihe_desk.services.imports.registrations import RegistrationImporter

    with db.read() as s:
        contest_id = settings.current_contest_id(s)
    importer = RegistrationImporter(
        contest_id, students=kw.pop("students", None), late_reason=kw.pop("late_reason", "")
    )
    outcome = run_import(db, actor, importer, path, **kw)
    return outcome.plan, outcome.result


def plan_file(session, path: Path):  # type: ignore[no-untyped-def]
    """Only the plan step (nothing written), in the caller's session."""
    from haihe_desk.io.sheet import read_sheet
    from haihe_desk.services import settings
    from haihe_desk.services.imports.registrations import RegistrationImporter

    importer = RegistrationImporter(settings.current_contest_id(session))
    return importer.plan(session, read_sheet(path, importer.fields(session)), None)
