"""The shared sheet-import kit: header finding, normalising, broken files, report and template."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from haihe_desk.errors import RejectedData, UnreadableInput, UsageError
from haihe_desk.io.sheet import FieldSpec, ImportIssue, read_sheet, write_report, write_template
from tests.registrations.helpers import write_xlsx

FIELDS = [
    FieldSpec("name", "姓名", required=True, example="张三"),
    FieldSpec("id", "身份证号", ("证件号码", "公民身份号码"), required=True, text=True, example="110105194912310029"),
    FieldSpec("gender", "性别", choices=("男", "女"), example="男"),
    FieldSpec("born", "出生日期"),
    FieldSpec("trade", "工种", choices=tuple(f"工种{i}" for i in range(60)), example="工种1"),
]


def test_header_found_under_merged_title_with_synonyms_and_noise(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "a.xlsx",
        ["序号", " 姓　名* ", "证件号码（必填）", "性别", "出生日期", "其他"],
        [
            [1, "　张三 ", "１１０１０５１９４９１２３１００２ｘ", "男", date(1949, 12, 31), "x"],
            [None, None, None, None, None, None],
            [2, "李四", 110105194912310000, "女", datetime(1990, 1, 2), None],
        ],
        title="2020年“海河工匠杯”报名表",
    )
    data = read_sheet(path, FIELDS)
    assert data.header_row == 3
    assert data.used == {"name": "姓 名*", "id": "证件号码（必填）", "gender": "性别", "born": "出生日期"}
    assert data.ignored == ["序号", "其他"]
    assert [r.row for r in data.rows] == [4, 6]  # the empty row 5 is skipped, numbers as Excel shows them
    first, second = data.rows
    assert first.values["name"] == "张三" and first.values["gender"] == "男"
    assert first.values["id"] == "11010519491231002x"  # folded to half width; case left to the rule
    assert first.values["born"] == date(1949, 12, 31) and first.values["trade"] is None
    assert second.values["id"] == 110105194912310000 and second.values["born"] == date(1990, 1, 2)


def test_chosen_sheet_and_unknown_sheet(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["本表说明"])
    ws = wb.create_sheet("数据")
    ws.append(["姓名", "身份证号"])
    ws.append(["王五", "110105194912310029"])
    wb.save(tmp_path / "b.xlsx")
    data = read_sheet(tmp_path / "b.xlsx", FIELDS, sheet="数据")
    assert data.sheet_name == "数据" and data.rows[0].values["name"] == "王五"
    with pytest.raises(UsageError, match="没有名为“人员”的工作表"):
        read_sheet(tmp_path / "b.xlsx", FIELDS, sheet="人员")


def test_missing_required_column_is_rejected_by_name(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", ["姓名", "性别"], [["张三", "男"]])
    with pytest.raises(RejectedData, match="缺少必填列“身份证号”（也可写作：证件号码、公民身份号码）"):
        read_sheet(path, FIELDS)


def _encrypted(tmp_path: Path) -> Path:
    import msoffcrypto
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = write_xlsx(tmp_path / "plain.xlsx", ["姓名", "身份证号"], [["张三", "110105194912310029"]])
    out = tmp_path / "locked.xlsx"
    with plain.open("rb") as src, out.open("wb") as dst:
        OOXMLFile(src).encrypt("secret", dst)
    with out.open("rb") as fh:
        assert msoffcrypto.OfficeFile(fh).is_encrypted()
    return out


def _xls(tmp_path: Path) -> Path:
    import xlwt

    wb = xlwt.Workbook()
    ws = wb.add_sheet("Sheet1")
    ws.write(0, 0, "姓名")
    ws.write(0, 1, "身份证号")
    out = tmp_path / "old.xls"
    wb.save(str(out))
    return out


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (
            lambda p: (p / "notes.xlsx").write_text("姓名,身份证号\n张三,1\n", encoding="utf-8") and p / "notes.xlsx",
            "不是 Excel 工作簿",
        ),
        (lambda p: (p / "zero.xlsx").write_bytes(b"") or p / "zero.xlsx", "是空的（0 字节）"),
        (_encrypted, "设置了打开密码"),
        (_xls, "旧版 Excel（.xls）"),
        (lambda p: write_xlsx(p / "blank.xlsx", [], []), "是空的"),
        (lambda p: write_xlsx(p / "nohead.xlsx", ["甲", "乙"], [["1", "2"]]), "找不到表头"),
        (lambda p: p / "missing.xlsx", "找不到文件"),
        (lambda p: (p / "broken.xlsx").write_bytes(b"PK\x03\x04garbage") and p / "broken.xlsx", "已损坏"),
    ],
    ids=["text", "zero-bytes", "password", "xls", "empty-sheet", "no-header", "missing", "damaged-zip"],
)
def test_broken_files_get_one_sentence(tmp_path: Path, make, fragment: str) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    with pytest.raises(UnreadableInput) as info:
        read_sheet(path, FIELDS)
    assert fragment in info.value.message
    assert "\n" not in info.value.message and info.value.exit_code == 2


def test_locked_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Excel on Windows holds an open workbook with a sharing lock: opening it raises PermissionError.
    path = write_xlsx(tmp_path / "open.xlsx", ["姓名", "身份证号"], [["张三", "x"]])
    real_open = Path.open

    def locked(self: Path, *a: object, **kw: object) -> io.IOBase:
        if self == path:
            raise PermissionError(13, "sharing violation")
        return real_open(self, *a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", locked)
    with pytest.raises(UnreadableInput, match="文件被占用或没有读取权限；请在 Excel 中关闭它后重试"):
        read_sheet(path, FIELDS)


def test_report_keeps_rows_and_highlights_cells(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "in.xlsx",
        ["姓名", "证件号码", "性别"],
        [["张三", "110105194912310029", "男"], ["李四", "123", "女"]],
        title="报名表",
    )
    data = read_sheet(path, FIELDS)
    out = tmp_path / "report.xlsx"
    write_report(out, data, [ImportIssue(5, "证件号码", "123", "身份证号应为 18 位，实际为 3 位。")])
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    assert [c.value for c in ws[3]] == ["姓名", "证件号码", "性别", "错误说明"]
    assert ws["A4"].value == "张三" and ws["D4"].value is None
    assert ws["B5"].value == "123" and "18 位" in ws["D5"].value
    assert ws["B5"].fill.fgColor.rgb == "FFFFC7CE"
    assert ws["A5"].fill.fgColor.rgb != "FFFFC7CE" and ws["B4"].fill.fgColor.rgb != "FFFFC7CE"
    listing = wb["问题清单"]
    assert [c.value for c in listing[2]] == [5, "证件号码", "123", "身份证号应为 18 位，实际为 3 位。"]


def test_template_has_header_example_lists_text_and_instructions(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    write_template(out, FIELDS, ["第一条说明", "第二条说明"], "职工组报名")
    wb = openpyxl.load_workbook(out)
    ws = wb["职工组报名"]
    assert [c.value for c in ws[1]] == ["姓名", "身份证号", "性别", "出生日期", "工种"]
    assert ws["A2"].value == "张三" and ws["B2"].value == "110105194912310029"
    assert ws["B2"].number_format == "@" and ws["B50"].number_format == "@"
    formulas = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    assert formulas["C2"] == '"男,女"'
    assert "选项" in formulas["E2"]  # 60 long choices go to a hidden list sheet
    assert wb["选项"].sheet_state == "hidden" and wb["选项"]["A60"].value == "工种59"
    assert [wb["填写说明"].cell(row=r, column=1).value for r in (3, 4)] == ["第一条说明", "第二条说明"]
    # the template reads back through the kit
    data = read_sheet(out, FIELDS)
    assert data.rows[0].values["name"] == "张三" and data.rows[0].values["id"] == "110105194912310029"
