"""xlsx import/export of the union-code list and of contacts: round trips, broken-row reports,
all-or-nothing writes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from haihe_desk.db.database import Database
from haihe_desk.db.models import Organisation
from haihe_desk.errors import RejectedData, UnreadableInput
from haihe_desk.services import contacts, organisations
from haihe_desk.services.context import SYSTEM

from .helpers import counts, import_contacts, import_orgs, org_id, write_xlsx


def test_org_export_imports_back_into_an_empty_database(
    demo_db: Database, new_db_url: Callable[[], str], tmp_path: Path
) -> None:
    from haihe_desk.db.database import open_database

    out = tmp_path / "工会代码表.xlsx"
    with demo_db.read() as s:
        n = organisations.export_file(s, out)
        expected = {(o.name, o.union_code) for o in s.query(Organisation)}
    assert n == len(expected)
    other = open_database(new_db_url())
    try:
        result = import_orgs(other, out)
        assert (result.written, result.unchanged) == (n, 0)
        with other.read() as s:
            assert {(o.name, o.union_code) for o in s.query(Organisation)} == expected
            grassroots = organisations.by_code(s, "120101002")
            assert grassroots.parent.union_code == "120101" and grassroots.kind == "grassroots"
            office = organisations.find_by_name(s, "技能大赛办公室")
            assert office.parent.name == "天津市总工会"
        again = import_orgs(other, out)
        assert (again.written, again.unchanged) == (0, n)
    finally:
        other.dispose()


def test_org_import_with_synonym_headers_codes_as_numbers_and_parents_in_file(
    demo_db: Database, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "list.xlsx",
        [
            ["天津市示例局工会 工会代码表"],
            ["工会名称", "代码", "上级工会", "类型", "联系人"],
            ["示例局基层工会", 120201001, "", "", "张三"],  # parent comes later, found by code prefix
            ["示例局工会", "120201", "", "局工会", ""],
            ["示例局二级单位工会", "120201002", "示例局工会", "基层工会", ""],
            ["和平区示例机械制造有限公司工会", "120101001", "和平区总工会", "", "新联系人"],  # existing: update
        ],
    )
    result = import_orgs(demo_db, path)
    assert (result.written, result.ok_rows) == (4, 4)
    with demo_db.read() as s:
        bureau = organisations.by_code(s, "120201")
        assert bureau.kind == "bureau" and bureau.parent_id is None
        child = organisations.by_code(s, "120201001")
        assert child.parent_id == bureau.id and child.kind == "grassroots" and child.contact_person == "张三"
        assert organisations.by_code(s, "120201002").parent_id == bureau.id
        assert organisations.by_code(s, "120101001").contact_person == "新联系人"


def test_org_import_report_for_broken_rows_and_nothing_written(demo_db: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "bad.xlsx",
        [
            ["单位名称", "工会代码", "上级单位", "类型"],
            ["甲单位", "120", "和平区总工会", "基层工会"],
            ["乙单位", "120101009", "不存在的单位", ""],
            ["", "120101010", "", ""],
            ["丙单位", "120101009", "", "奇怪类型"],
            ["丁单位", "120101011", "", ""],  # a good row: still not written
            ["和平区总工会", "120101", "120101001", ""],  # under its own child: a cycle
        ],
    )
    before = counts(demo_db)
    report = tmp_path / "report.xlsx"
    with pytest.raises(RejectedData) as err:
        import_orgs(demo_db, path, report=report)
    msg = err.value.message
    assert "5 行有问题" in msg and "第 2 行“工会代码”列（120）" in msg and str(report) in msg
    assert counts(demo_db) == before
    wb = load_workbook(report)
    main = wb.worksheets[0]
    notes = {r[0].row: r[-1].value for r in main.iter_rows(min_row=2)}
    assert "4–32" in notes[2]
    assert "找不到这个上级单位" in notes[3]
    assert "单位名称为空" in notes[4]
    assert "与第 3 行的工会代码重复" in notes[5] and "类型无效" in notes[5]
    assert notes[6] is None
    assert "循环" in notes[7]
    listing = [(r[0], r[1]) for r in wb.worksheets[1].iter_rows(min_row=2, values_only=True)]
    assert (2, "工会代码") in listing and (4, "单位名称") in listing and (5, "类型") in listing


def test_org_import_refuses_a_cycle(demo_db: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "cycle.xlsx",
        [
            ["单位名称", "工会代码", "上级单位"],
            ["和平区总工会", "120101", "120101001"],  # under its own child
        ],
    )
    with pytest.raises(RejectedData, match="循环"):
        import_orgs(demo_db, path)
    with demo_db.read() as s:
        assert organisations.by_code(s, "120101").parent_id is None


def test_org_import_unreadable_file(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(UnreadableInput, match="不是 Excel 工作簿"):
        import_orgs(demo_db, path)


def test_org_template_has_the_headers_and_instructions(tmp_path: Path) -> None:
    path = tmp_path / "tpl.xlsx"
    organisations.write_template_file(path)
    wb = load_workbook(path)
    headers = [c.value for c in wb.worksheets[0][1]]
    assert headers[:4] == ["单位名称", "工会代码", "上级单位", "类型"]
    assert any("以各工会提供的为准" in (c.value or "") for c in wb["填写说明"]["A"])


def test_contacts_export_round_trip_and_update(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "contacts.xlsx"
    with demo_db.read() as s:
        n = contacts.export_file(s, out)
        before = contacts.records(s)
    assert n == len(before)
    wb = load_workbook(out)
    rows = list(wb.active.iter_rows(values_only=True))
    wl = next(r for r in rows if r[0] == "武丽娜")
    assert wl[4] == "63862123" and wl[5] == "15822089096"
    result = import_contacts(demo_db, out)
    assert (result.written, result.unchanged) == (0, n)
    with demo_db.read() as s:
        assert [(r.name, r.phones) for r in contacts.records(s)] == [(r.name, r.phones) for r in before]


def test_contacts_import_new_rows_with_several_phones(demo_db: Database, tmp_path: Path) -> None:
    unit = org_id(demo_db, "120101001")
    path = write_xlsx(
        tmp_path / "c.xlsx",
        [
            ["联系人", "角色", "工作单位", "竞赛项目", "座机", "手机号", "邮箱"],
            [
                "孙八",
                "裁判长",
                "和平区示例机械制造有限公司工会",
                "焊工",
                "022-1111 2222、33334444",
                13900001111,
                "sun@example.com",
            ],
        ],
    )
    result = import_contacts(demo_db, path)
    assert result.written == 1
    with demo_db.read() as s:
        rec = contacts.records(s, {"text": "孙八"})[0]
        assert rec.phones == (("office", "022-1111 2222"), ("office", "33334444"), ("mobile", "13900001111"))
        assert rec.role == "chief_judge" and rec.trade == "焊工" and rec.email == "sun@example.com"
        assert contacts.records(s, {"organisation_id": unit})[0].name == "孙八"


def test_contacts_import_report_for_broken_rows(demo_db: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "bad.xlsx",
        [
            ["姓名", "职责", "办公电话", "电子邮箱"],
            ["", "大赛办公室", "84236612", ""],
            ["周九", "校长", "84236612", ""],
            ["吴十", "其他", "电话号码", "wu@"],
            ["郑一", "其他", "84236612", ""],
        ],
    )
    with demo_db.read() as s:
        before = len(contacts.records(s))
    with pytest.raises(RejectedData, match="3 行有问题") as err:
        import_contacts(demo_db, path)
    assert "第 2 行“姓名”列" in err.value.message
    with demo_db.read() as s:
        assert len(contacts.records(s)) == before
    report = load_workbook(tmp_path / "bad-检查报告.xlsx").worksheets[1]
    problems = [(r[0], r[1]) for r in report.iter_rows(min_row=2, values_only=True)]
    assert problems == [(2, "姓名"), (3, "职责"), (4, "办公电话"), (4, "电子邮箱")]


def test_org_import_takes_the_unions_own_codes_and_warns_on_a_prefix_mismatch(
    demo_db: Database, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "free.xlsx",
        [
            ["单位名称", "工会代码", "上级单位"],
            ["某集团公司工会", "JT01", ""],
            ["某集团二级单位工会", "JT01A02", "JT01"],  # starts with its parent's code: fine
            ["和平区另一基层工会", "HP9001", "和平区总工会"],  # does not start with 120101: a warning only
        ],
    )
    result = import_orgs(demo_db, path)
    assert result.written == 3
    warnings = [c for c in result.changes if "提醒" in c]
    assert len(warnings) == 1 and warnings[0].startswith("第 4 行") and "120101" in warnings[0]
    with demo_db.read() as s:
        group = organisations.by_code(s, "JT01")
        assert organisations.by_code(s, "JT01A02").parent_id == group.id
        assert organisations.by_code(s, "HP9001").parent_id == org_id(demo_db, "120101")


def test_org_import_with_the_strict_format_on_refuses_other_codes(demo_db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "strict.xlsx", [["单位名称", "工会代码"], ["某集团公司工会", "JT01"]])
    with demo_db.write() as s:
        organisations.set_strict_codes(s, SYSTEM, True)
    before = counts(demo_db)
    with pytest.raises(RejectedData, match="严格格式"):
        import_orgs(demo_db, path)
    assert counts(demo_db) == before
