"""A sheet with Chinese headers imports the same when the program runs in English."""

from __future__ import annotations

from openpyxl import Workbook

from haihe_desk import i18n
from haihe_desk.domain import idcard


def test_chinese_headers_import_under_english(demo_db, run_cli, tmp_path):
    from datetime import date

    path = tmp_path / "zh.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "手机", "工作单位", "工会代码", "工种", "组别", "技能等级"])
    number = idcard.make("120101", date(1990, 5, 6), 321, True)
    ws.append(
        ["测试甲", number, "13900009999", "和平区示例机械制造有限公司工会", "120101001", "数控车工", "职工组", "高级工"]
    )
    wb.save(path)
    code, out, err = run_cli(
        "--db",
        demo_db.target.url,
        "--lang",
        "en",
        "registrations",
        "import",
        str(path),
        "--dry-run",
        "--late-reason",
        "test",
    )
    assert i18n.current_language() == "en"
    assert code == 0, err
    assert "1" in out
