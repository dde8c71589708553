"""Plain tables written as an xlsx workbook: one sheet per table, a bold shaded header row, dates
as yyyy-mm-dd, column widths, frozen header, and cells to mark in red (late, missing).

Services hand this module plain rows (text, numbers, dates) — never ORM rows — and it is the only
place their exports touch openpyxl.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from haihe_desk.io.sheet import save_workbook

HEAD_FILL = "FFDDEBF7"
MARK_FILL = "FFFFC7CE"


@dataclass
class Table:
    title: str  # the sheet's name
    head: list[str]
    rows: list[list[object]]
    widths: Sequence[int] = ()  # per column, in characters
    marked: set[tuple[int, int]] = field(default_factory=set)  # (row index in rows, column index), 0-based


def write_tables(path: str | Path, tables: Sequence[Table], *, page_header: str = "") -> None:
    """Write ``tables`` (one sheet each, in order) to ``path``; ``page_header`` is printed at the
    top centre of the first sheet's pages. Raises a UserError when the file cannot be written."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    bold, head_fill, mark = Font(bold=True), PatternFill("solid", fgColor=HEAD_FILL), PatternFill("solid", fgColor=MARK_FILL)
    for n, table in enumerate(tables):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = table.title
        ws.append(table.head)
        for c in ws[1]:
            c.font, c.fill = bold, head_fill
        for row in table.rows:
            ws.append(row)
        for r, c in table.marked:
            ws.cell(row=r + 2, column=c + 1).fill = mark
        for i, w in enumerate(table.widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm-dd"
        ws.freeze_panes = "A2"
    if page_header:
        wb.worksheets[0].oddHeader.center.text = page_header
    save_workbook(wb, Path(path))
