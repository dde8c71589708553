"""Plain tables written as an xlsx workbook: one sheet per table, a bold shaded header row, dates
as yyyy-mm-dd, column widths, frozen header, and cells to mark in red (late, missing).

Services hand this module plain rows (text, numbers, dates) — never ORM rows — and it is the only
place their exports touch openpyxl.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from haihe_desk.io.sheet import FieldSpec, save_workbook

HEAD_FILL = "FFDDEBF7"
MARK_FILL = "FFFFC7CE"


@dataclass
class Table:
    title: str  # the sheet's name
    head: list[str]
    rows: list[list[object]]
    widths: Sequence[int] = ()  # per column, in characters
    marked: set[tuple[int, int]] = field(default_factory=set)  # (row index in rows, column index), 0-based
    text_columns: set[int] = field(default_factory=set)  # 0-based: stored as text (codes, phones keep every digit)


def write_tables(path: str | Path, tables: Sequence[Table], *, page_header: str = "") -> None:
    """Write ``tables`` (one sheet each, in order) to ``path``; ``page_header`` is printed at the
    top centre of the first sheet's pages. Raises a UserError when the file cannot be written."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    bold, head_fill, mark = (
        Font(bold=True),
        PatternFill("solid", fgColor=HEAD_FILL),
        PatternFill("solid", fgColor=MARK_FILL),
    )
    for n, table in enumerate(tables):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = table.title
        ws.append(table.head)
        for c in ws[1]:
            c.font, c.fill = bold, head_fill
        for row in table.rows:
            ws.append(row)
        for c in table.text_columns:
            for row in ws.iter_rows(min_row=2, min_col=c + 1, max_col=c + 1):
                for cell in row:
                    cell.number_format = "@"
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


def display_width(text: str) -> int:
    """Characters of width in a spreadsheet column (a CJK character counts two)."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def write_table(
    path: str | Path, fields: Sequence[FieldSpec], rows: Sequence[Mapping[str, Any]], sheet_title: str
) -> int:
    """An export sheet that its import reads back: the header is the fields' titles, text fields are
    stored as text; ``rows`` are dicts by field key. Returns the number of rows."""
    values = [[(row.get(f.key) if row.get(f.key) not in ("", None) else None) for f in fields] for row in rows]
    widths = [display_width(f.title) + 4 for f in fields]
    for row in values:
        for i, v in enumerate(row):
            if isinstance(v, str):
                widths[i] = max(widths[i], min(60, display_width(v) + 2))
    table = Table(
        title=sheet_title[:31],
        head=[f.title for f in fields],
        rows=values,
        widths=widths,
        text_columns={i for i, f in enumerate(fields) if f.text},
    )
    write_tables(path, [table])
    return len(rows)
