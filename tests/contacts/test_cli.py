"""`haihe-desk orgs …` and `haihe-desk contacts …` through the real entry point."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from haihe_desk.db.database import Database
from haihe_desk.db.models import AuditEntry, Contact, Organisation

from .helpers import org_id, regs_of, write_xlsx

Run = Callable[..., tuple[int, str, str]]


def test_orgs_list_under_a_union(demo_db: Database, db_url: str, run_cli: Run) -> None:
    code, out, err = run_cli("--db", db_url, "orgs", "list", "--under", "120101")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("120101") and "和平区总工会" in lines[0]
    assert all(line.startswith("  120101") for line in lines[1:4])
    assert "共 4 个单位" in lines[-1]


def test_orgs_move_merge_retire(demo_db: Database, db_url: str, run_cli: Run) -> None:
    dup, keep = org_id(demo_db, "120101001"), org_id(demo_db, "120101002")
    regs = regs_of(demo_db, dup) | regs_of(demo_db, keep)
    code, out, err = run_cli("--db", db_url, "orgs", "move", "120101001", "--to", "河东区总工会")
    assert code == 0, err
    code, out, err = run_cli("--db", db_url, "orgs", "move", "120101", "--to", "120101002")
    assert code == 1 and "循环" in err
    code, out, err = run_cli("--db", db_url, "orgs", "merge", "120101001", "--into", "120101002", "--reason", "重复")
    assert code == 0, err
    assert "转移报名" in out
    assert regs_of(demo_db, keep) == regs
    code, out, err = run_cli("--db", db_url, "orgs", "retire", "120101002")
    assert code == 0 and "已停用" in out
    with demo_db.read() as s:
        assert s.get(Organisation, keep).retired
    code, out, err = run_cli("--db", db_url, "orgs", "delete", f"#{keep}")
    assert code == 1 and "不能删除" in err
    code, out, err = run_cli("--db", db_url, "orgs", "move", "没有这个单位", "--top")
    assert code == 1 and "找不到单位" in err


def test_orgs_template_export_import(demo_db: Database, db_url: str, tmp_path: Path, run_cli: Run) -> None:
    tpl = tmp_path / "tpl.xlsx"
    assert run_cli("--db", db_url, "orgs", "template", tpl)[0] == 0
    assert load_workbook(tpl).active["A1"].value == "单位名称"
    out_file = tmp_path / "orgs.xlsx"
    code, out, _ = run_cli("--db", db_url, "orgs", "export", out_file)
    assert code == 0 and "已导出" in out
    code, out, err = run_cli("--db", db_url, "orgs", "import", out_file)
    assert code == 0, err
    assert "未变" in out
    bad = write_xlsx(tmp_path / "bad.xlsx", [["工会名称", "代码"], ["某单位", "abc"]])
    code, out, err = run_cli("--db", db_url, "orgs", "import", bad, "--report", tmp_path / "r.xlsx")
    assert code == 1 and "第 2 行“代码”列（abc）" in err and (tmp_path / "r.xlsx").exists()
    assert "Traceback" not in err


def test_contacts_search_vcard_pdf_export_import(demo_db: Database, db_url: str, tmp_path: Path, run_cli: Run) -> None:
    code, out, err = run_cli("--db", db_url, "contacts", "search", "wym")
    assert code == 0 and out.splitlines()[0].startswith("王亚梅") and "84236612" in out
    code, out, _ = run_cli("--db", db_url, "contacts", "search", "没有这个人")
    assert code == 1 and "找到 0 位" in out
    code, out, err = run_cli("--db", db_url, "contacts", "search", "1337", "--role", "学生组报名")
    assert code == 0 and "贾启展" in out and "王亚梅" not in out
    code, _, err = run_cli("--db", db_url, "contacts", "search", "x", "--role", "不存在")
    assert code == 2 and "职责“不存在”无效" in err
    vcf = tmp_path / "c.vcf"
    code, out, err = run_cli("--db", db_url, "contacts", "vcard", vcf, "--trade", "焊工")
    assert code == 0, err
    assert vcf.read_text(encoding="utf-8").count("BEGIN:VCARD") == 1 and "FN:武丽娜" in vcf.read_text(encoding="utf-8")
    pdf = tmp_path / "c.pdf"
    code, out, err = run_cli("--db", db_url, "contacts", "pdf", pdf)
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "c.xlsx"
    assert run_cli("--db", db_url, "contacts", "export", xlsx)[0] == 0
    code, out, err = run_cli("--db", db_url, "contacts", "import", xlsx, "--dry-run")
    assert code == 0 and "预览完毕" in out and "已存在不变 11 条" in out
    assert run_cli("--db", db_url, "contacts", "template", tmp_path / "t.xlsx")[0] == 0


def test_orgs_code_format_setting_and_free_codes(demo_db: Database, db_url: str, tmp_path: Path, run_cli: Run) -> None:
    code, out, err = run_cli("--db", db_url, "orgs", "code-format")
    assert code == 0 and "任何代码" in out
    free = write_xlsx(
        tmp_path / "free.xlsx", [["单位名称", "工会代码", "上级单位"], ["某集团公司工会", "JT01", "和平区总工会"]]
    )
    code, out, err = run_cli("--db", db_url, "orgs", "import", free, "--dry-run")
    assert (
        code == 0
        and "预览完毕" in out
        and "第 2 行：提醒：工会代码“JT01”不以上级单位“和平区总工会”的代码“120101”开头" in out
    )
    assert run_cli("--db", db_url, "orgs", "code-format", "--strict")[0] == 0
    code, out, err = run_cli("--db", db_url, "orgs", "import", free, "--report", tmp_path / "r.xlsx")
    assert code == 1 and "严格格式" in err
    code, out, err = run_cli("--db", db_url, "orgs", "code-format", "--free")
    assert code == 0 and "任何代码" in out
    code, out, err = run_cli("--db", db_url, "orgs", "import", free)
    assert code == 0, err
    code, out, err = run_cli("--db", db_url, "orgs", "move", "JT01", "--to", "120102")
    assert code == 0 and "已把" in out and "不以上级单位“河东区总工会”的代码“120102”开头" in err


@pytest.mark.sqlite_only
def test_each_import_backs_up_first(demo_db: Database, db_path: Path, tmp_path: Path, run_cli: Run) -> None:
    from haihe_desk.services import backups

    def import_backups() -> int:
        return sum(1 for b in backups.listing(demo_db) if b.reason == "import")

    orgs = write_xlsx(tmp_path / "orgs.xlsx", [["单位名称", "工会代码"], ["某集团公司工会", "JT01"]])
    people = write_xlsx(tmp_path / "people.xlsx", [["姓名", "手机"], ["周九", "13900002222"]])
    assert run_cli("--db", db_path, "orgs", "import", orgs, "--dry-run")[0] == 0
    assert run_cli("--db", db_path, "contacts", "import", people, "--dry-run")[0] == 0
    assert import_backups() == 0  # a dry run writes nothing, so it needs no backup
    assert run_cli("--db", db_path, "orgs", "import", orgs)[0] == 0
    assert import_backups() == 1
    assert run_cli("--db", db_path, "contacts", "import", people)[0] == 0
    assert import_backups() == 2
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).where(AuditEntry.action.in_(["org.import", "contact.import"]))) == 2


def test_contacts_import_accept_valid_and_orgs_whole_file_only(
    demo_db: Database, db_url: str, tmp_path: Path, run_cli: Run
) -> None:
    people = write_xlsx(tmp_path / "people.xlsx", [["姓名", "手机"], ["周九", "13900002222"], ["", "13900003333"]])
    code, out, err = run_cli("--db", db_url, "contacts", "import", people)
    assert code == 1 and "第 3 行“姓名”列" in err
    code, out, err = run_cli("--db", db_url, "contacts", "import", people, "--accept-valid")
    assert code == 0, err
    assert "写入 1 条" in out
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).where(Contact.name == "周九")) == 1
    orgs = write_xlsx(tmp_path / "orgs.xlsx", [["单位名称", "工会代码"], ["某集团公司工会", "JT01"]])
    code, out, err = run_cli("--db", db_url, "orgs", "import", orgs, "--accept-valid")
    assert code == 2  # rows name each other as parents: the list is imported whole or not at all
