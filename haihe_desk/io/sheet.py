"""The shared sheet-import kit: read an xlsx sheet whose columns are described by FieldSpecs, report
row-level issues back into an xlsx, and write a fill-in template.

Generic on purpose: registrations, organisations/union codes and trade lists all build on it, so
nothing here knows about any one of them. Reading uses python-calamine (fast); writing openpyxl.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from haihe_desk.domain.dates import parse_date  # noqa: F401 - part of the kit's API
from haihe_desk.domain.textnorm import FOLD as _FOLD
from haihe_desk.domain.textnorm import normalise_text
from haihe_desk.errors import RejectedData, UnreadableInput, UsageError
from haihe_desk.i18n import source_forms, translate

HEADER_SCAN_ROWS = 20
REPORT_COLUMN = "错误说明"  # the report's extra column (a file column, written in Chinese)
_ERROR_FILL = "FFFFC7CE"
_HEADER_FILL = "FFDDEBF7"
_REQUIRED_FILL = "FFFCE4D6"

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")

# Header decorations people add: required marks, notes in brackets, colons.
_HEADER_NOISE = re.compile(r"[*＊:：\s]|[(（\[【][^)）\]】]*[)）\]】]")


# --------------------------------------------------------------------------- shapes


@dataclass(frozen=True)
class FieldSpec:
    key: str
    title: str
    synonyms: tuple[str, ...] = ()
    required: bool = False
    choices: tuple[str, ...] = ()
    example: object = ""
    text: bool = False


@dataclass(frozen=True)
class ImportIssue:
    row: int
    column: str
    value: object
    message: str


@dataclass
class SheetRow:
    row: int
    values: dict[str, object]
    cells: list[object]


@dataclass
class SheetData:
    path: Path
    sheet_name: str
    header_row: int
    headers: list[str]
    used: dict[str, str]
    ignored: list[str]
    missing: list[str]
    rows: list[SheetRow]
    columns: dict[str, int] = field(default_factory=dict)  # field key -> 0-based column index

    def header_for(self, key: str, fields: Sequence[FieldSpec] = ()) -> str:
        """The header text used for a field in this file (or its title when absent)."""
        if key in self.used:
            return self.used[key]
        for f in fields:
            if f.key == key:
                return f.title
        return key


@dataclass
class ImportResult:
    """What an import did (or, in a dry run, would do)."""

    ok_rows: int = 0
    error_rows: int = 0
    issues: list[ImportIssue] = field(default_factory=list)
    written: int = 0
    unchanged: int = 0
    changes: list[str] = field(default_factory=list)
    used: dict = field(default_factory=dict)
    ignored: list = field(default_factory=list)


# --------------------------------------------------------------------------- cell helpers


def header_key(text: object) -> str:
    """A header reduced for matching: folded, no spaces, no *, no bracketed notes, lower case."""
    if text is None:
        return ""
    return _HEADER_NOISE.sub("", str(text).translate(_FOLD)).lower()


def _clean(value: object) -> object:
    """A raw calamine cell → None when empty, int for whole floats, date for midnight datetimes,
    normalised text for strings; other values as they are."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        text = normalise_text(value)
        return text or None
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e19:
            return int(value)
        return value
    if isinstance(value, datetime):
        if value.hour == value.minute == value.second == value.microsecond == 0:
            return value.date()
        return value
    return value


def as_text(value: object) -> str:
    """A cell as text: '' for empty, whole numbers without '.0', dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return normalise_text(str(value))


# --------------------------------------------------------------------------- reading


def _unreadable(message: str, path: Path) -> UnreadableInput:
    return UnreadableInput(message.format(file=path.name))


def _sniff(path: Path) -> None:
    """Refuse files that are not an xlsx workbook with one clear sentence."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise _unreadable(translate("Sheet", "{file} 是一个文件夹，不是 Excel 文件；请选择 .xlsx 文件。"), path)
        with path.open("rb") as fh:
            head = fh.read(8)
            ole_body = fh.read() if head == _OLE_MAGIC else b""
    except FileNotFoundError:
        raise _unreadable(translate("Sheet", "找不到文件 {file}；请检查路径。"), path) from None
    except PermissionError:
        raise _unreadable(
            translate("Sheet", "无法读取文件 {file}：文件被占用或没有读取权限；请在 Excel 中关闭它后重试。"), path
        ) from None
    except OSError as exc:
        raise UnreadableInput(
            translate("Sheet", "无法读取文件 {file}（{err}）；请关闭占用它的程序后重试。").format(
                file=path.name, err=exc.strerror or exc
            )
        ) from None
    if size == 0:
        raise _unreadable(translate("Sheet", "文件 {file} 是空的（0 字节）；请选择填写好的 .xlsx 文件。"), path)
    if head == _OLE_MAGIC:
        if _ENCRYPTION_STREAM in ole_body:
            raise _unreadable(
                translate(
                    "Sheet", "文件 {file} 设置了打开密码；请在 Excel 中取消密码（文件→信息→保护工作簿）后另存再导入。"
                ),
                path,
            )
        raise _unreadable(
            translate("Sheet", "文件 {file} 是旧版 Excel（.xls）格式；请在 Excel 中“另存为” .xlsx 格式后再导入。"), path
        )
    if head[:4] != _ZIP_MAGIC:
        raise _unreadable(
            translate("Sheet", "文件 {file} 不是 Excel 工作簿（.xlsx）；请在 Excel 中另存为 .xlsx 格式后再导入。"), path
        )


def _open_rows(path: Path, sheet: str | None) -> tuple[str, list[list[object]]]:
    import python_calamine as pc

    try:
        wb = pc.CalamineWorkbook.from_path(str(path))
    except pc.PasswordError:
        raise _unreadable(
            translate(
                "Sheet", "文件 {file} 设置了打开密码；请在 Excel 中取消密码（文件→信息→保护工作簿）后另存再导入。"
            ),
            path,
        ) from None
    except PermissionError:
        raise _unreadable(
            translate("Sheet", "无法读取文件 {file}：文件被占用或没有读取权限；请在 Excel 中关闭它后重试。"), path
        ) from None
    except Exception:  # noqa: BLE001 - calamine raises several zip/xml error types for damage
        raise _unreadable(
            translate("Sheet", "文件 {file} 已损坏或不是有效的 .xlsx 工作簿；请在 Excel 中打开并另存为 .xlsx 后重试。"),
            path,
        ) from None
    try:
        names = list(wb.sheet_names)
        if not names:
            raise _unreadable(translate("Sheet", "文件 {file} 中没有工作表；请选择填写好的 .xlsx 文件。"), path)
        if sheet is None:
            name = names[0]
        elif sheet in names:
            name = sheet
        else:
            raise UsageError(
                translate("Sheet", "文件 {file} 中没有名为“{sheet}”的工作表；现有工作表：{names}。").format(
                    file=path.name, sheet=sheet, names="、".join(names)
                )
            )
        try:
            rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except Exception:  # noqa: BLE001
            raise _unreadable(
                translate(
                    "Sheet", "文件 {file} 已损坏或不是有效的 .xlsx 工作簿；请在 Excel 中打开并另存为 .xlsx 后重试。"
                ),
                path,
            ) from None
    finally:
        wb.close()
    return name, rows


def sheet_names(path: str | Path) -> list[str]:
    """The workbook's sheet names (for a sheet chooser); broken files raise UnreadableInput."""
    import python_calamine as pc

    path = Path(path)
    _sniff(path)
    try:
        wb = pc.CalamineWorkbook.from_path(str(path))
    except Exception:  # noqa: BLE001 - see _open_rows
        raise _unreadable(
            translate("Sheet", "文件 {file} 已损坏或不是有效的 .xlsx 工作簿；请在 Excel 中打开并另存为 .xlsx 后重试。"),
            path,
        ) from None
    try:
        return list(wb.sheet_names)
    finally:
        wb.close()


def _lookup(fields: Sequence[FieldSpec]) -> dict[str, str]:
    names: dict[str, str] = {}
    for f in fields:
        for text in (f.title, *f.synonyms):
            names.setdefault(header_key(text), f.key)
    # Then the Chinese originals of translated headers (the program may run in English while the
    # sheet is in Chinese); exact names above win any clash.
    for f in fields:
        for text in (f.title, *f.synonyms):
            for form in source_forms(text):
                names.setdefault(header_key(form), f.key)
    return names


def _match_headers(cells: Sequence[object], lookup: dict[str, str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        if not isinstance(cell, str):
            continue
        key = lookup.get(header_key(cell))
        if key is not None and key not in found:
            found[key] = i
    return found


def read_sheet(path: str | Path, fields: Sequence[FieldSpec], sheet: str | None = None) -> SheetData:
    """Read one sheet of an xlsx file into rows of field values (see the module doc)."""
    path = Path(path)
    _sniff(path)
    sheet_name, raw = _open_rows(path, sheet)
    if not any(any(c not in (None, "") for c in r) for r in raw):
        raise UnreadableInput(
            translate("Sheet", "文件 {file} 的工作表“{sheet}”是空的；请填写数据后再导入。").format(
                file=path.name, sheet=sheet_name
            )
        )
    lookup = _lookup(fields)
    best_idx, best = -1, {}
    for i, cells in enumerate(raw[:HEADER_SCAN_ROWS]):
        found = _match_headers(cells, lookup)
        if len(found) > len(best):
            best_idx, best = i, found
    if not best:
        titles = "、".join(f.title for f in fields if f.required) or "、".join(f.title for f in fields[:4])
        raise UnreadableInput(
            translate(
                "Sheet", "在文件 {file} 的前 {n} 行中找不到表头（如：{titles}）；请使用导入模板的表头后再导入。"
            ).format(file=path.name, n=HEADER_SCAN_ROWS, titles=titles)
        )
    header_cells = raw[best_idx]
    headers = [as_text(_clean(c)) for c in header_cells]
    used = {key: headers[i] for key, i in best.items()}
    used_idx = set(best.values())
    ignored = [h for i, h in enumerate(headers) if h and i not in used_idx]
    missing = [f.title for f in fields if f.required and f.key not in best]
    if missing:
        spec = next(f for f in fields if f.title == missing[0])
        also = "、".join(spec.synonyms)
        raise RejectedData(
            (
                translate("Sheet", "文件 {file} 缺少必填列“{col}”（也可写作：{also}）；请在表头中加上该列后重新导入。")
                if also
                else translate("Sheet", "文件 {file} 缺少必填列“{col}”；请在表头中加上该列后重新导入。")
            ).format(file=path.name, col=missing[0], also=also)
        )
    items = list(best.items())
    rows: list[SheetRow] = []
    for i in range(best_idx + 1, len(raw)):
        cells = [_clean(c) for c in raw[i]]
        if all(c is None for c in cells):
            continue
        n = len(cells)
        values = {key: (cells[col] if col < n else None) for key, col in items}
        rows.append(SheetRow(row=i + 1, values=values, cells=cells))
    for f in fields:
        if f.key not in best:
            for r in rows:
                r.values[f.key] = None
    return SheetData(
        path=path,
        sheet_name=sheet_name,
        header_row=best_idx + 1,
        headers=headers,
        used=used,
        ignored=ignored,
        missing=missing,
        rows=rows,
        columns=dict(best),
    )


# --------------------------------------------------------------------------- writing


def _autosize(ws, widths: Sequence[int]) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.utils import get_column_letter

    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(8, min(60, w))


def _display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text) + 2


def write_report(path: str | Path, data: SheetData, issues: Sequence[ImportIssue]) -> None:
    """The original header and rows (at their original row numbers) plus an 错误说明 column;
    offending cells filled red. A second sheet lists every issue (row, column, value, problem)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    red = PatternFill("solid", fgColor=_ERROR_FILL)
    head_fill = PatternFill("solid", fgColor=_HEADER_FILL)
    by_row: dict[int, list[ImportIssue]] = {}
    for issue in issues:
        by_row.setdefault(issue.row, []).append(issue)
    col_of = {h: i for i, h in enumerate(data.headers) if h}
    for key, idx in data.columns.items():
        col_of.setdefault(key, idx)
    note_col = len(data.headers) + 1

    wb = Workbook()
    ws = wb.active
    ws.title = data.sheet_name[:31] or "Sheet1"
    hr = data.header_row
    if hr > 1:
        ws.cell(
            row=1,
            column=1,
            value=translate("Sheet", "导入检查报告：{file}（{n} 行有问题）").format(
                file=data.path.name, n=len([r for r in by_row if r > hr])
            ),
        ).font = Font(bold=True)
    for c, h in enumerate(data.headers, start=1):
        cell = ws.cell(row=hr, column=c, value=h or None)
        cell.font = Font(bold=True)
        cell.fill = head_fill
    note_head = ws.cell(row=hr, column=note_col, value=translate("Sheet", REPORT_COLUMN))
    note_head.font = Font(bold=True, color="FFC00000")
    note_head.fill = head_fill
    for r in data.rows:
        for c, v in enumerate(r.cells, start=1):
            if v is not None:
                ws.cell(row=r.row, column=c, value=v if not isinstance(v, datetime) else v.replace(tzinfo=None))
        row_issues = by_row.get(r.row, [])
        if row_issues:
            for issue in row_issues:
                idx = col_of.get(issue.column)
                if idx is not None:
                    ws.cell(row=r.row, column=idx + 1).fill = red
            note = ws.cell(
                row=r.row,
                column=note_col,
                value="；".join(f"{i.column}：{i.message}" if i.column else i.message for i in row_issues),
            )
            note.alignment = Alignment(wrap_text=True, vertical="top")
            note.font = Font(color="FFC00000")
    ws.freeze_panes = ws.cell(row=hr + 1, column=1)
    widths = [_display_width(h) for h in data.headers] + [60]
    for r in data.rows[:200]:
        for i, v in enumerate(r.cells[: len(widths) - 1]):
            widths[i] = max(widths[i], _display_width(as_text(v)))
    _autosize(ws, widths)

    ws2 = wb.create_sheet(translate("Sheet", "问题清单"))
    titles = [
        translate("Sheet", "行号"),
        translate("Sheet", "列"),
        translate("Sheet", "值"),
        translate("Sheet", "问题"),
    ]
    for c, t in enumerate(titles, start=1):
        cell = ws2.cell(row=1, column=c, value=t)
        cell.font = Font(bold=True)
        cell.fill = head_fill
    for n, issue in enumerate(sorted(issues, key=lambda i: i.row), start=2):
        ws2.cell(row=n, column=1, value=issue.row or None)
        ws2.cell(row=n, column=2, value=issue.column)
        ws2.cell(row=n, column=3, value=as_text(issue.value) if issue.value is not None else None)
        ws2.cell(row=n, column=4, value=issue.message)
    _autosize(ws2, [8, 16, 24, 90])
    save_workbook(wb, Path(path))


def write_template(
    path: str | Path, fields: Sequence[FieldSpec], instructions: Sequence[str], sheet_title: str = "导入模板"
) -> None:
    """A fill-in template: header row (required columns tinted), one example row, a drop-down list
    for fields with choices, text format for text fields, and a 填写说明 sheet."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    rows_with_rules = 2000
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title[:31]
    lists = None
    for c, f in enumerate(fields, start=1):
        letter = get_column_letter(c)
        cell = ws.cell(row=1, column=c, value=f.title)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=_REQUIRED_FILL if f.required else _HEADER_FILL)
        if f.required:
            cell.comment = Comment(translate("Sheet", "必填"), "Haihe Desk")
        example = ws.cell(row=2, column=c, value=f.example if f.example != "" else None)
        if f.text:
            example.number_format = "@"
            if example.value is not None:
                example.value = str(example.value)
            for r in range(3, rows_with_rules + 2):
                ws.cell(row=r, column=c).number_format = "@"
        if f.choices:
            joined = ",".join(f.choices)
            if len(joined) <= 250 and '"' not in joined:
                formula = f'"{joined}"'
            else:
                if lists is None:
                    lists = wb.create_sheet(translate("Sheet", "选项"))
                    lists.sheet_state = "hidden"
                col = get_column_letter(lists.max_column + 1 if lists.max_row > 1 or lists["A1"].value else 1)
                for r, choice in enumerate(f.choices, start=1):
                    lists[f"{col}{r}"] = choice
                formula = f"{quote_sheetname(lists.title)}!${col}$1:${col}${len(f.choices)}"
            dv = DataValidation(type="list", formula1=formula, allow_blank=not f.required, showDropDown=False)
            dv.error = translate("Sheet", "请从下拉列表中选择。")
            dv.errorTitle = f.title
            dv.add(f"{letter}2:{letter}{rows_with_rules + 1}")
            ws.add_data_validation(dv)
    ws.freeze_panes = "A2"
    _autosize(ws, [max(_display_width(f.title), _display_width(as_text(f.example))) + 2 for f in fields])

    info = wb.create_sheet(translate("Sheet", "填写说明"))
    info.column_dimensions["A"].width = 110
    info["A1"] = translate("Sheet", "填写说明")
    info["A1"].font = Font(bold=True, size=14)
    for r, line in enumerate(instructions, start=3):
        info.cell(row=r, column=1, value=line)
    save_workbook(wb, Path(path))


def save_workbook(wb, path: Path) -> None:  # type: ignore[no-untyped-def]
    try:
        wb.save(str(path))
    except PermissionError:
        raise UnreadableInput(
            translate(
                "Sheet", "无法写入文件 {file}：文件被占用或没有写入权限；请在 Excel 中关闭它或换一个位置后重试。"
            ).format(file=path.name)
        ) from None
    except (FileNotFoundError, NotADirectoryError):
        raise UsageError(
            translate("Sheet", "无法写入文件 {file}：文件夹 {folder} 不存在。").format(
                file=path.name, folder=path.parent
            )
        ) from None
