"""`haihe-desk contests|trades|filings` end to end through main()."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook, load_workbook

from haihe_desk.db.database import Database

Run = Callable[..., tuple[int, str, str]]


def test_trades_list_json_gives_settings_and_counts(demo_db: Database, db_url: str, run_cli: Run) -> None:
    code, out, err = run_cli("--db", db_url, "trades", "list", "--json")
    assert code == 0, err
    items = json.loads(out)
    assert len(items) == 8
    cnc = next(i for i in items if i["code"] == "W-CNC")
    assert cnc["theory_weight"] == "0.30" and cnc["tie_break"] == ["total", "time", "practical", "theory"]
    assert cnc["award_rule"]["first"] == "0.10" and cnc["min_entries"] == 30
    assert set(cnc["counts"]) >= {"registered", "by_status", "checked_in", "scored", "locked", "at_risk"}
    assert cnc["counts"]["registered"] > 0


def test_trades_add_with_options_and_bad_weights(demo_db: Database, db_url: str, run_cli: Run) -> None:
    code, _out, err = run_cli(
        "--db", db_url, "trades", "add", "--code", "W-ELEC", "--name", "电工", "--theory", "30", "--practical", "60"
    )
    assert code == 1 and "100%" in err and "Traceback" not in err
    code, out, err = run_cli(
        "--db",
        db_url,
        "trades",
        "add",
        "--code",
        "W-ELEC",
        "--name",
        "电工",
        "--group",
        "职工组",
        "--level",
        "区级",
        "--team-size",
        "3",
        "--host",
        "示例电力公司",
        "--theory",
        "20",
        "--grade",
        "高级工",
        "--exceptions",
        "no",
        "--awards",
        "1/3/6",
        "--award-mode",
        "counts",
        "--tie-break",
        "total,practical,time",
        "--min-entries",
        "15",
        "--session",
        "2020-10-21,08:30,11:30,一号车间,40",
    )
    assert code == 0, err
    code, out, _ = run_cli("--db", db_url, "trades", "list", "--json")
    elec = next(i for i in json.loads(out) if i["code"] == "W-ELEC")
    assert (elec["level"], elec["is_team"], elec["team_size"], elec["host_unit"]) == (
        "district",
        True,
        3,
        "示例电力公司",
    )
    assert (elec["theory_weight"], elec["practical_weight"]) == ("0.2", "0.8")
    assert elec["required_grade"] == 3 and elec["grade_exception_allowed"] is False
    assert elec["award_rule"]["mode"] == "counts" and elec["tie_break"] == ["total", "practical", "time"]
    assert elec["sessions"][0]["start"] == "08:30" and elec["sessions"][0]["capacity"] == 40


def test_trades_edit_group_after_registrations_refused(demo_db: Database, db_url: str, run_cli: Run) -> None:
    code, _out, err = run_cli("--db", db_url, "trades", "edit", "W-CNC", "--group", "student", "--reason", "x")
    assert code == 1 and "组别" in err
    code, out, err = run_cli("--db", db_url, "trades", "edit", "W-CNC", "--venue", "新场地")
    assert code == 0 and "比赛场地" in out


def test_contests_copy_list_show_archive(demo_db: Database, db_url: str, run_cli: Run) -> None:
    code, out, err = run_cli("--db", db_url, "contests", "copy", "1", "--year", "2021")
    assert code == 0, err
    assert "8 个工种" in out
    code, out, _ = run_cli("--db", db_url, "contests", "list", "--json")
    items = {i["id"]: i for i in json.loads(out)}
    assert items[2]["year"] == 2021 and items[2]["trades"] == 8 and items[2]["committee"] == []
    code, out, _ = run_cli("--db", db_url, "contests", "show", "1")
    assert "林引" in out and "津工通〔2020〕31号" in out
    code, out, _ = run_cli("--db", db_url, "contests", "archive", "2")
    assert code == 0
    code, _out, err = run_cli("--db", db_url, "trades", "add", "--contest", "2", "--code", "Z", "--name", "电工")
    assert code == 1 and "归档" in err


def test_trades_template_and_broken_import(demo_db: Database, db_url: str, tmp_path: Path, run_cli: Run) -> None:
    tpl = tmp_path / "tpl.xlsx"
    code, _out, err = run_cli("--db", db_url, "trades", "template", tpl)
    assert code == 0, err
    assert tpl.exists()
    wb = Workbook()
    ws = wb.active
    ws.append(["工种代码", "工种名称", "组别", "理论权重%", "实操权重%"])
    ws.append(["W-ELEC", "电工", "职工组", 50, 60])
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    report = tmp_path / "bad-report.xlsx"
    code, out, err = run_cli("--db", db_url, "trades", "import", bad, "--report", report)
    assert code == 1 and "第 2 行" in err and str(report) in err
    assert load_workbook(report).worksheets[0].cell(row=1, column=6).value == "错误说明"
    code, out, _ = run_cli("--db", db_url, "trades", "list", "--json")
    assert "W-ELEC" not in {i["code"] for i in json.loads(out)}


def test_trades_import_cli_dry_run_then_import_after_a_backup(
    demo_db: Database, db_url: str, tmp_path: Path, run_cli: Run
) -> None:
    from haihe_desk.services import backups

    wb = Workbook()
    ws = wb.active
    ws.append(["工种代码", "工种名称", "组别", "承办单位"])
    ws.append(["W-ELEC", "电工", "职工组", "新承办单位"])
    good = tmp_path / "good.xlsx"
    wb.save(good)
    folder = backups.folder(demo_db) if demo_db.target.path is not None else None

    def import_backups() -> set[Path]:
        return set(folder.glob("*.import.*")) if folder is not None and folder.exists() else set()

    before = import_backups()
    code, out, err = run_cli("--db", db_url, "trades", "import", good, "--dry-run")
    assert code == 0 and "新增 1 条" in out and "数据库未做修改" in out, err
    assert import_backups() == before
    code, _out, err = run_cli("--db", db_url, "trades", "import", good, "--accept-valid")
    assert code == 2 and "--accept-valid" in err  # all or nothing: the flag does not exist here
    code, out, err = run_cli("--db", db_url, "trades", "import", good)
    assert code == 0 and "写入 1 条" in out, err
    code, out, _ = run_cli("--db", db_url, "trades", "list", "--json")
    assert "W-ELEC" in {i["code"] for i in json.loads(out)}
    if folder is not None:  # SQLite: one new automatic backup, taken before the write
        assert len(import_backups() - before) == 1


def test_filings_cli(demo_db: Database, db_url: str, tmp_path: Path, run_cli: Run) -> None:
    code, out, err = run_cli("--db", db_url, "filings", "request", "--kind", "备案", "--due", "2020-09-30")
    assert code == 0 and "7" in out, err
    code, out, err = run_cli(
        "--db",
        db_url,
        "filings",
        "add",
        "--unit",
        "河西区总工会",
        "--kind",
        "summary",
        "--title",
        "河西区焊工竞赛",
        "--participants",
        "40",
        "--due",
        "2099-01-01",
    )
    assert code == 0, err
    fid = out.split("：")[0].split()[-1]
    doc = tmp_path / "总结.docx"
    doc.write_bytes(b"PK\x03\x04 fake docx")
    code, out, err = run_cli("--db", db_url, "filings", "attach", fid, doc, "--received", "2020-12-01")
    assert code == 0 and "总结.docx" in out, err
    code, out, _ = run_cli("--db", db_url, "filings", "list", "--state", "late", "--json")
    late = json.loads(out)
    assert len(late) == 7 and all(r["state"] == "逾期未交" for r in late)
    code, out, _ = run_cli("--db", db_url, "filings", "units")
    assert "河西区总工会" in out and "逾期未交" in out
    xlsx = tmp_path / "reg.xlsx"
    code, out, _ = run_cli("--db", db_url, "filings", "export", xlsx)
    assert code == 0
    rows = list(load_workbook(xlsx).worksheets[0].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 8 and any(r[11] == "总结.docx" for r in rows)
    code, _out, err = run_cli("--db", db_url, "filings", "attach", fid, tmp_path / "nope.pdf")
    assert code == 2 and "找不到文件" in err
