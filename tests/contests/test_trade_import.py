"""Trade-list xlsx import through the one import runner (TradesImporter): template, all-or-nothing
import, report for a broken list, dry run, the automatic backup first."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from haihe_desk.db.database import Database
from haihe_desk.db.models import AuditEntry, Organisation, Trade
from haihe_desk.errors import UnreadableInput, UsageError
from haihe_desk.services import backups, trades
from haihe_desk.services.context import SYSTEM
from haihe_desk.services.imports import ImportRejected, run_import

from .helpers import audit_count, count, current, last_audit

HEAD = [
    "工种代码",
    "工种名称",
    "组别",
    "级别",
    "承办单位",
    "理论权重%",
    "实操权重%",
    "获奖方式",
    "获奖名额",
    "最少参赛人数",
]


def write_list(path: Path, rows: list[list[object]], head: list[str] = HEAD) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["附件2 比赛工种及承办单位一览表"])  # a title row above the header, as annexes have
    ws.append(head)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_template_has_headers_and_instructions(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    trades.write_template(out)
    wb = load_workbook(out)
    head = [c.value for c in wb.worksheets[0][1]]
    assert head[:3] == ["工种代码", "工种名称", "组别"] and "理论权重%" in head and "获奖名额" in head
    notes = " ".join(str(c.value) for c in wb["填写说明"]["A"] if c.value)
    assert "100" in notes and "1/3/6" in notes


def test_import_creates_and_updates_trades(demo_db: Database, tmp_path: Path) -> None:
    cid = current(demo_db)
    path = write_list(
        tmp_path / "list.xlsx",
        [
            ["W-ELEC", "电工", "职工组", "市级二类", "天津示例电力公司", 20, 80, "固定名额", "1/3/6", 15],
            ["S-ELEC", "电工", "学生组", "区级", "天津示例电力公司", "30%", "70%", None, "5/15/30", None],
            ["W-CNC", "数控车工", "职工组", "市级一类", "数控车工项目承办单位（示例）", 30, 70, None, None, 20],
        ],
    )
    outcome = run_import(demo_db, SYSTEM, trades.TradesImporter(cid), path)
    result = outcome.result
    assert result.written == 3 and result.error_rows == 0
    assert (outcome.plan.new, outcome.plan.updated, outcome.plan.unchanged) == (2, 1, 0)
    assert [c for c in result.changes if "新建承办单位" in c] == ["第 3 行：新建承办单位“天津示例电力公司”"]
    assert [r[-1] for r in outcome.plan.preview] == ["新增", "新增", "更新"]
    e = last_audit(demo_db)
    assert e.action == "trade.import" and '"written":3' in e.new
    with demo_db.read() as s:
        by = {t.code: t for t in s.query(Trade).filter(Trade.contest_id == cid)}
        elec = by["W-ELEC"]
        assert (
            elec.level == "city2" and elec.host_unit.name == "天津示例电力公司" and elec.host_unit.kind == "host_unit"
        )
        assert (elec.theory_weight, elec.practical_weight) == (Decimal("0.2"), Decimal("0.8"))
        assert elec.award_rule == {"mode": "counts", "rounding": "down", "first": "1", "second": "3", "third": "6"}
        assert elec.min_entries == 15
        assert by["S-ELEC"].award_rule["second"] == "0.15" and by["S-ELEC"].group == "student"
        assert by["W-CNC"].min_entries == 20
        assert s.query(Organisation).filter(Organisation.name == "天津示例电力公司").count() == 1


def test_broken_trade_list_writes_report_and_nothing_else(demo_db: Database, tmp_path: Path) -> None:
    cid = current(demo_db)
    path = write_list(
        tmp_path / "broken.xlsx",
        [
            ["W-ELEC", "电工", "职工组", "市级一类", "新单位", 30, 60, None, None, None],  # 90%
            ["W-PLUMB", "管道工", "研究生组", None, None, None, None, None, None, None],  # bad group
            ["W-ELEC", "电工", "职工组", None, None, None, None, None, None, None],  # duplicate code
            ["W-CNC", "数控车工", "学生组", None, None, None, None, None, None, None],  # group after registrations
            ["W-OK", "钳工", "职工组", None, None, None, None, None, "1/x/3", None],  # counts? shares with x
        ],
    )
    trades_before, audit_before, orgs_before = count(demo_db, Trade), audit_count(demo_db), count(demo_db, Organisation)
    report = tmp_path / "report.xlsx"
    with pytest.raises(ImportRejected) as info:
        run_import(demo_db, SYSTEM, trades.TradesImporter(cid), path, report=report)
    assert "5 行有问题" in info.value.message and "第 3 行" in info.value.message and str(report) in info.value.message
    assert count(demo_db, Trade) == trades_before
    assert audit_count(demo_db) == audit_before
    assert count(demo_db, Organisation) == orgs_before
    issues = {(i.row, i.column) for i in info.value.outcome.plan.issues}
    assert issues == {(3, "理论权重%"), (4, "组别"), (5, "工种代码"), (6, "工种代码"), (7, "获奖名额")}
    wb = load_workbook(report)
    ws = wb.worksheets[0]
    assert ws.cell(row=2, column=len(HEAD) + 1).value == "错误说明"
    note3 = ws.cell(row=3, column=len(HEAD) + 1).value
    assert "100%" in note3
    assert "研究生组" == ws.cell(row=4, column=3).value and ws.cell(row=4, column=3).fill.fgColor.rgb == "FFFFC7CE"
    assert "重复" in ws.cell(row=5, column=len(HEAD) + 1).value
    assert "报名" in ws.cell(row=6, column=len(HEAD) + 1).value
    listed = list(wb.worksheets[1].iter_rows(min_row=2, values_only=True))
    assert len(listed) == len(info.value.outcome.plan.issues) >= 5


def test_missing_required_column_and_unreadable_file(demo_db: Database, tmp_path: Path) -> None:
    cid = current(demo_db)
    no_group = write_list(tmp_path / "nogroup.xlsx", [["W-X", "电工"]], head=["工种代码", "工种名称"])
    with pytest.raises(Exception, match="组别") as info:
        run_import(demo_db, SYSTEM, trades.TradesImporter(cid), no_group)
    assert info.value.exit_code == 1
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    with pytest.raises(UnreadableInput):
        run_import(demo_db, SYSTEM, trades.TradesImporter(cid), junk)


def test_template_filled_in_imports(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    trades.write_template(out)
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    ws.cell(row=2, column=1, value="W-NEW")  # the example row, with a fresh code
    wb.save(out)
    assert run_import(demo_db, SYSTEM, trades.TradesImporter(current(demo_db)), out).result.written == 1
    with demo_db.read() as s:
        t = s.query(Trade).filter(Trade.code == "W-NEW").one()
        assert t.name == "数控车工" and t.required_grade == 3 and t.host_unit.name == "天津示例技师学院"


def test_dry_run_writes_nothing_and_accept_valid_is_refused(demo_db: Database, tmp_path: Path) -> None:
    cid = current(demo_db)
    path = write_list(
        tmp_path / "list.xlsx",
        [
            ["W-ELEC", "电工", "职工组", None, "新单位", 30, 70, None, None, None],
            ["W-BAD", "坏行", "老年组", None, None, None, None, None, None, None],
        ],
    )
    before = (count(demo_db, Trade), audit_count(demo_db), count(demo_db, Organisation))
    outcome = run_import(demo_db, SYSTEM, trades.TradesImporter(cid), path, dry_run=True)
    assert outcome.dry_run and outcome.plan.new == 1 and outcome.plan.error_rows == {4}
    with pytest.raises(UsageError, match="整份导入"):
        run_import(demo_db, SYSTEM, trades.TradesImporter(cid), path, accept_valid=True)
    with pytest.raises(ImportRejected):  # one bad row: not even the good one is written
        run_import(demo_db, SYSTEM, trades.TradesImporter(cid), path)
    assert (count(demo_db, Trade), audit_count(demo_db), count(demo_db, Organisation)) == before


def test_reimporting_the_same_list_changes_nothing(demo_db: Database, tmp_path: Path) -> None:
    cid = current(demo_db)
    path = write_list(
        tmp_path / "list.xlsx", [["W-ELEC", "电工", "职工组", "市级二类", "天津示例电力公司", 20, 80, None, None, None]]
    )
    run_import(demo_db, SYSTEM, trades.TradesImporter(cid), path)
    again = run_import(demo_db, SYSTEM, trades.TradesImporter(cid), path)
    assert (again.plan.new, again.plan.updated, again.plan.unchanged, again.result.written) == (0, 0, 1, 0)
    with demo_db.read() as s:
        assert s.query(AuditEntry).filter(AuditEntry.action == "trade.create").count() == 1


def test_import_refused_for_an_archived_contest_and_a_role_without_rights(demo_db: Database, tmp_path: Path) -> None:
    from haihe_desk.errors import PermissionDenied, RejectedData
    from haihe_desk.services import contests
    from haihe_desk.services.context import Actor

    cid = current(demo_db)
    path = write_list(tmp_path / "list.xlsx", [["W-ELEC", "电工", "职工组", None, None, None, None, None, None, None]])
    with pytest.raises(PermissionDenied):
        run_import(demo_db, Actor("viewer", role="union_reviewer"), trades.TradesImporter(cid), path)
    with demo_db.write() as s:
        contests.archive_contest(s, SYSTEM, cid)
    with pytest.raises(RejectedData, match="已归档"):
        run_import(demo_db, SYSTEM, trades.TradesImporter(cid), path)
    assert count(demo_db, Trade) == 8


@pytest.mark.sqlite_only
def test_import_backs_up_first(demo_db: Database, tmp_path: Path) -> None:
    import sqlite3

    folder = backups.folder(demo_db)

    def import_backups() -> set[Path]:
        return set(folder.glob("*.import.*")) if folder.exists() else set()

    before = import_backups()
    path = write_list(tmp_path / "list.xlsx", [["W-ELEC", "电工", "职工组", None, None, None, None, None, None, None]])
    run_import(demo_db, SYSTEM, trades.TradesImporter(current(demo_db)), path, dry_run=True)
    assert import_backups() == before
    run_import(demo_db, SYSTEM, trades.TradesImporter(current(demo_db)), path)
    (made,) = import_backups() - before
    with sqlite3.connect(made) as con:  # the backup holds the data from before the import
        assert con.execute("SELECT count(*) FROM trade WHERE code = 'W-ELEC'").fetchone()[0] == 0
