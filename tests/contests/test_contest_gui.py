"""The 赛事 tab and its dialogs under pytest-qt (offscreen)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from haihe_desk.db.database import Database
from haihe_desk.db.models import AuditEntry, Contest, ScoreEntry, Trade
from haihe_desk.services.context import SYSTEM
from haihe_desk.ui.tabs.contests import ContestsTab
from .helpers import audit_count, count, current, last_audit, trade_id

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(qtbot, demo_db: Database) -> ContestsTab:
    w = ContestsTab(demo_db, actor=SYSTEM)
    qtbot.addWidget(w)
    w.resize(1300, 700)
    return w


def codes(tab: ContestsTab) -> list[str]:
    return [r[1] for r in tab.model.rows]


def press_ok(dlg) -> None:  # type: ignore[no-untyped-def]
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_create_trade_through_the_form_and_see_it_in_the_list(qtbot, tab: ContestsTab, demo_db: Database) -> None:
    assert "W-ELEC" not in codes(tab)
    dlg = tab.add_trade()
    qtbot.keyClicks(dlg.code, "W-ELEC")
    dlg.name.insert("电工")  # typed text (QTest cannot key-click non-ASCII)
    dlg.level.setCurrentIndex(dlg.level.findData("city2"))
    dlg.theory.clear()
    qtbot.keyClicks(dlg.theory, "20")
    dlg.practical.clear()
    qtbot.keyClicks(dlg.practical, "80")
    dlg.award_mode.setCurrentIndex(dlg.award_mode.findData("counts"))
    dlg.award_levels.clear()
    qtbot.keyClicks(dlg.award_levels, "1/3/6")
    dlg.tie_list.setCurrentRow(2)  # 实操 up above 用时
    dlg.move_tie(-1)
    dlg.add_session_row()
    dlg.sessions.item(0, 0).setText("2020-10-21")
    dlg.sessions.item(0, 1).setText("08:30")
    dlg.sessions.item(0, 2).setText("11:30")
    dlg.sessions.item(0, 4).setText("40")
    with qtbot.waitSignal(dlg.accepted, timeout=3000):
        press_ok(dlg)
    assert "W-ELEC" in codes(tab)
    row = next(r for r in tab.model.rows if r[1] == "W-ELEC")
    assert row[4] == "市级二类" and row[7] == "20/80" and "不足 30 人" in row[12]
    with demo_db.read() as s:
        t = s.get(Trade, row[0])
        assert t.tie_break == ["total", "practical", "time", "theory"]
        assert t.award_rule["mode"] == "counts" and t.award_rule["third"] == "6"
        assert [(x.starts_on.isoformat(), x.capacity) for x in t.sessions] == [("2020-10-21", 40)]


def test_form_shows_weights_error_in_place_and_writes_nothing(qtbot, tab: ContestsTab, demo_db: Database) -> None:
    before = count(demo_db, Trade)
    dlg = tab.add_trade()
    qtbot.keyClicks(dlg.code, "W-ELEC")
    dlg.name.insert("电工")  # typed text (QTest cannot key-click non-ASCII)
    dlg.practical.clear()
    qtbot.keyClicks(dlg.practical, "60")
    # Live, before OK: the label under the weights says what is wrong.
    assert "90%" in dlg.error_labels["weights"].text()
    assert not dlg.error_labels["weights"].isHidden()
    press_ok(dlg)
    assert dlg.isVisible() and dlg.tabs.currentIndex() == 3
    assert "100%" in dlg.errors_shown()["weights"]
    assert count(demo_db, Trade) == before


def test_empty_code_and_duplicate_code_messages(qtbot, tab: ContestsTab) -> None:
    dlg = tab.add_trade()
    press_ok(dlg)
    assert "代码" in dlg.errors_shown()["code"] and "名称" in dlg.errors_shown()["name"]
    qtbot.keyClicks(dlg.code, "W-CNC")
    dlg.name.insert("数控车工")  # typed text (QTest cannot key-click non-ASCII)
    press_ok(dlg)
    assert "已有代码" in dlg.errors_shown()["code"]


def test_edit_after_scores_needs_a_reason_in_the_form(qtbot, tab: ContestsTab, demo_db: Database) -> None:
    tid = trade_id(demo_db, "W-CNC")
    with demo_db.write() as s:
        s.add(ScoreEntry(trade_id=tid, blind_code="A01", value=Decimal("80")))
    tab.reload()
    r = next(i for i, row in enumerate(tab.model.rows) if row[0] == tid)
    tab.table.setCurrentIndex(tab.model.index(r, 0))
    dlg = tab.edit_trade()
    assert not dlg.reason_frame.isHidden()
    dlg.theory.setText("20")
    dlg.practical.setText("80")
    before = audit_count(demo_db)
    press_ok(dlg)
    assert dlg.isVisible() and "修改原因" in dlg.guard_label.text()
    assert audit_count(demo_db) == before
    dlg.reason.insert("组委会决定")  # typed text (QTest cannot key-click non-ASCII)
    with qtbot.waitSignal(dlg.accepted, timeout=3000):
        press_ok(dlg)
    e = last_audit(demo_db)
    assert e.action == "trade.update_guarded" and e.reason == "组委会决定"
    row = next(row for row in tab.model.rows if row[0] == tid)
    assert row[7] == "20/80"


def test_group_change_after_registrations_refused_in_the_form(qtbot, tab: ContestsTab, demo_db: Database) -> None:
    tid = trade_id(demo_db, "W-CNC")
    r = next(i for i, row in enumerate(tab.model.rows) if row[0] == tid)
    tab.table.setCurrentIndex(tab.model.index(r, 0))
    dlg = tab.edit_trade()
    dlg.group.setCurrentIndex(dlg.group.findData("student"))
    dlg.reason.insert("想改")  # typed text (QTest cannot key-click non-ASCII)
    press_ok(dlg)
    assert dlg.isVisible() and "不能再修改“组别”" in dlg.guard_label.text()


def test_import_report_for_a_broken_trade_list(qtbot, tab: ContestsTab, demo_db: Database, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["工种代码", "工种名称", "组别", "理论权重%", "实操权重%"])
    ws.append(["W-ELEC", "电工", "职工组", 30, 60])
    ws.append(["W-GAS", "燃气工", "老年组", 30, 70])
    path = tmp_path / "工种.xlsx"
    wb.save(path)
    before = count(demo_db, Trade)
    op = tab.import_trades(path)
    assert op is not None
    with qtbot.waitSignal(op.done, timeout=10000):
        pass
    assert "2 行有问题" in tab.import_message
    assert isinstance(tab.import_box, QMessageBox) and tab.import_box.isVisible()
    report = path.with_name("工种.报告.xlsx")
    assert report.exists()
    tab.import_box.close()
    assert count(demo_db, Trade) == before


def test_import_good_list_refreshes_the_table(qtbot, tab: ContestsTab, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["工种代码", "工种名称", "组别"])
    ws.append(["W-ELEC", "电工", "职工组"])
    path = tmp_path / "ok.xlsx"
    wb.save(path)
    op = tab.import_trades(path)
    with qtbot.waitSignal(op.done, timeout=10000):
        pass
    assert "W-ELEC" in codes(tab) and "1 个工种" in tab.import_message


def test_copy_contest_dialog_and_archive(qtbot, tab: ContestsTab, demo_db: Database, monkeypatch) -> None:
    dlg = tab.copy_contest()
    assert dlg.year.value() == 2021 and "2021年" in dlg.name.text()
    with qtbot.waitSignal(dlg.accepted, timeout=3000):
        press_ok(dlg)
    with demo_db.read() as s:
        new = s.get(Contest, dlg.saved_id)
        assert new.year == 2021 and len(new.trades) == 8
    assert tab.contest_id() == dlg.saved_id and len(tab.model.rows) == 8
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert tab.toggle_archive()
    assert "已归档" in tab.contest_combo.currentText()
    assert not tab.buttons["addTradeButton"].isEnabled()
    assert tab.buttons["archiveButton"].text() == "取消归档"


def test_new_contest_dialog_with_committee(qtbot, tab: ContestsTab, demo_db: Database) -> None:
    dlg = tab.new_contest()
    press_ok(dlg)
    assert "名称" in dlg.errors_shown()["name"]
    dlg.name.insert("2022年天津市职工职业技能大赛")  # typed text (QTest cannot key-click non-ASCII)
    dlg.year.setValue(2022)
    dlg.add_member("director", "张三", "主任职务")
    dlg.add_member("member", "李四", "")
    with qtbot.waitSignal(dlg.accepted, timeout=3000):
        press_ok(dlg)
    with demo_db.read() as s:
        c = s.get(Contest, dlg.saved_id)
        assert [(m.role, m.name) for m in c.committee] == [("director", "张三"), ("member", "李四")]
        assert s.query(AuditEntry).filter(AuditEntry.action == "contest.create").count() == 1


def test_filings_register_dialog(qtbot, tab: ContestsTab, demo_db: Database, tmp_path: Path) -> None:
    from datetime import date

    reg = tab.open_filings()
    qtbot.addWidget(reg)
    assert reg.request("record", date(2020, 9, 30)) == 7
    assert reg.model.total == 7 and "逾期未交 7 份" in reg.summary.text()
    assert reg.units.rowCount() >= 7
    reg.table.setCurrentIndex(reg.model.index(0, 0))
    doc = tmp_path / "备案表.pdf"
    doc.write_bytes(b"%PDF-1.4")
    assert reg.attach(doc)
    assert "逾期未交 6 份" in reg.summary.text()
    out = reg.export(tmp_path / "reg.xlsx")
    assert out is not None and out.exists()
    edit = reg.edit(None)
    edit.title.setText("南开区职工钳工竞赛")
    with qtbot.waitSignal(edit.accepted, timeout=3000):
        press_ok(edit)
    assert reg.model.total == 8
    assert current(demo_db) == 1


def test_buttons_are_in_the_form(tab: ContestsTab) -> None:
    names = {b.objectName() for b in tab.form.findChildren(QPushButton)}
    assert {"newContestButton", "copyContestButton", "editContestButton", "archiveButton", "addTradeButton",
            "editTradeButton", "importTradesButton", "templateButton", "filingsButton"} <= names
