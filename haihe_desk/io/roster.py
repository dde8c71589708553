"""The 花名册 (roster) workbook: one sheet, a bold shaded header row, then plain rows.

Takes plain values (the caller has already masked, labelled and numbered them), never a Session or
an ORM row; written with a write-only workbook so 100,000 rows stream without holding them all.
Dates are shown as yyyy-mm-dd."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import suppress
from datetime import date
from pathlib import Path

from haihe_desk.io.sheet import save_workbook

HEADER_FILL = "FFDDEBF7"
# Column widths (characters) of the roster's 15 columns: 序号 姓名 性别 身份证号 出生日期 工种代码 工种
# 组别 工作单位/学校 工会代码 技能等级 破格 手机 审核状态 准考证号.
WIDTHS = (6, 10, 6, 22, 12, 10, 14, 8, 36, 14, 16, 6, 14, 12, 14)


def write_roster(
    path: str | Path,
    titles: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    sheet_title: str,
    widths: Sequence[int] = WIDTHS,
) -> int:
    """Write ``titles`` and then every row of ``rows`` to ``path``; returns how many rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title)
    for i, width in enumerate(widths, start=1):  # write-only sheets take widths before any row
        ws.column_dimensions[get_column_letter(i)].width = width
    bold, fill = Font(bold=True), PatternFill("solid", fgColor=HEADER_FILL)
    head = []
    for title in titles:
        cell = WriteOnlyCell(ws, value=title)
        cell.font, cell.fill = bold, fill
        head.append(cell)
    ws.append(head)
    n = 0
    for row in rows:
        out: list[object] = []
        for value in row:
            if isinstance(value, date):
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = "yyyy-mm-dd"
                out.append(cell)
            else:
                out.append(value)
        ws.append(out)
        n += 1
    try:
        save_workbook(wb, Path(path))
    except BaseException:
        # The file could not be created: finish the sheet's row stream here, so it is not left to
        # the garbage collector half-written (openpyxl would then write into a closed file).
        for sheet in wb.worksheets:
            with suppress(Exception):
                sheet.close()
        raise
    return n
