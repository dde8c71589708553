"""A plain table written to xlsx: the export sheets (union-code list, contacts) that can be read
back by their import. The header uses the fields' titles; text fields are stored as text so codes
and phone numbers keep every digit. Takes plain rows (dicts by field key), never a Session."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from haihe_desk.errors import UnreadableInput
from haihe_desk.i18n import translate
from haihe_desk.io.sheet import FieldSpec


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def write_table(path: str | Path, fields: Sequence[FieldSpec], rows: Sequence[Mapping[str, Any]],
                sheet_title: str) -> int:
    """Write ``rows`` under a bold header of the fields' titles; returns the number of rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title[:31]
    widths = []
    for c, f in enumerate(fields, start=1):
        cell = ws.cell(row=1, column=c, value=f.title)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFDDEBF7")
        widths.append(_width(f.title) + 4)
    for r, row in enumerate(rows, start=2):
        for c, f in enumerate(fields, start=1):
            value = row.get(f.key, "")
            cell = ws.cell(row=r, column=c, value=value if value not in ("", None) else None)
            if f.text:
                cell.number_format = "@"
            if isinstance(value, str):
                widths[c - 1] = max(widths[c - 1], min(60, _width(value) + 2))
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A2"
    try:
        wb.save(str(path))
    except OSError as exc:
        raise UnreadableInput(
            translate("OrgSheet", "无法写入文件 {path}：{err}；请在 Excel 中关闭它或换一个位置保存。").format(
                path=path, err=exc.strerror or exc)
        ) from None
    return len(rows)
