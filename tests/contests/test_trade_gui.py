"""The 赛事 tab's trade buttons (add, edit, delete, import, template) and the trade dialog under
pytest-qt, pressed as a user does; every test asserts on the database (or the file written)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton
from sqlalchemy import select

from haihe_desk.db.database import Database
from haihe_desk.db.models import Organisation, ScoreEntry, Trade
from haihe_desk.services import backups
from haihe_desk.ui.dialogs.import_dialog import ImportDialog
from haihe_desk.ui.dialogs.trade_dialog import TradeDialog
from haihe_desk.ui.tabs.contests import ContestsTab
from tests.keyboard import type_text

from .gui_helpers import MessageSeen, answer_input, choose_files, click, ok, page, press, shown
from .helpers import audit_count, count, current, last_audit, trade_id

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(qtbot, demo_db: Database) -> ContestsTab:
    w = ContestsTab(demo_db)
    qtbot.addWidget(w)
    w.resize(1300, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


def button(tab: ContestsTab, name: str) -> QPushButton:
    return tab.form.findChild(QPushButton, name)


def codes(tab: ContestsTab) -> list[str]:
    return [r[1] for r in tab.model.rows]


def select_trade(qtbot, tab: ContestsTab, tid: int) -> None:
    """Click the trade's row in the list, as a user does."""
    r = next(i for i, row in enumerate(tab.model.rows) if row[0] == tid)
    rect = tab.table.visualRect(tab.model.index(r, 1))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.current_trade_id() == tid


def test_add_trade_through_the_form_with_every_button(qtbot, tab: ContestsTab, demo_db: Database) -> None:
    assert "W-ELEC" not in codes(tab)
    click(qtbot, button(tab, "addTradeButton"))
    dlg = shown(TradeDialog)
    qtbot.keyClicks(dlg.code, "W-ELEC")
    type_text(dlg.name, "电工")
    dlg.level.setCurrentIndex(dlg.level.findData("city2"))
    dlg.theory.clear()
    qtbot.keyClicks(dlg.theory, "20")
    dlg.practical.clear()
    qtbot.keyClicks(dlg.practical, "80")
    dlg.award_mode.setCurrentIndex(dlg.award_mode.findData("counts"))
    dlg.award_levels.clear()
    qtbot.keyClicks(dlg.award_levels, "1/3/6")
    # Tie-break chain: total, time, practical, theory → move 实操 up, drop 理论, add it back.
    page(qtbot, dlg.tabs, 3)
    dlg.tie_list.setCurrentRow(2)
    press(qtbot, dlg, "tieUpButton")
    dlg.tie_list.setCurrentRow(0)
    press(qtbot, dlg, "tieDownButton")
    press(qtbot, dlg, "tieUpButton")
    dlg.tie_list.setCurrentRow(3)
    press(qtbot, dlg, "tieRemoveButton")
    assert dlg.tie_break() == ["total", "practical", "time"]
    press(qtbot, dlg, "tieAddButton")
    # Two sessions, the second removed again.
    page(qtbot, dlg.tabs, 1)
    for _ in range(2):
        press(qtbot, dlg, "addSessionButton")
    dlg.sessions.item(0, 0).setText("2020-10-21")
    dlg.sessions.item(0, 1).setText("08:30")
    dlg.sessions.item(0, 2).setText("11:30")
    dlg.sessions.item(0, 4).setText("40")
    dlg.sessions.setCurrentCell(1, 0)
    press(qtbot, dlg, "removeSessionButton")
    # A host unit the library does not have yet.
    page(qtbot, dlg.tabs, 0)
    labels = answer_input("天津示例电力技师学院")
    press(qtbot, dlg, "newHostButton")
    assert labels == ["承办单位全称："]
    assert dlg.host.currentText() == "天津示例电力技师学院"
    with qtbot.waitSignal(dlg.accepted, timeout=3000):
        ok(qtbot, dlg)
    assert "W-ELEC" in codes(tab)
    row = next(r for r in tab.model.rows if r[1] == "W-ELEC")
    assert row[4] == "市级二类" and row[5] == "天津示例电力技师学院" and row[7] == "20/80" and "不足 30 人" in row[12]
    with demo_db.read() as s:
        t = s.get(Trade, row[0])
        assert t.level == "city2" and t.tie_break == ["total", "practical", "time", "theory"]
        assert t.award_rule["mode"] == "counts" and t.award_rule["third"] == "6"
        assert [(x.starts_on.isoformat(), x.start_time.isoformat("minutes"), x.capacity) for x in t.sessions] == [
            ("2020-10-21", "08:30", 40)
        ]
        assert t.host_unit.kind == "host_unit"
    assert last_audit(demo_db).action == "trade.create"


def test_form_shows_weights_error_in_place_and_writes_nothing(qtbot, tab: ContestsTab, demo_db: Database) -> None:
    before = count(demo_db, Trade)
    click(qtbot, button(tab, "addTradeButton"))
    dlg = shown(TradeDialog)
    qtbot.keyClicks(dlg.code, "W-ELEC")
    type_text(dlg.name, "电工")
    dlg.practical.clear()
    qtbot.keyClicks(dlg.practical, "60")
    # Live, before OK: the label under the weights says what is wrong.
    assert "90%" in dlg.error_labels["weights"].text() and not dlg.error_labels["weights"].isHidden()
    ok(qtbot, dlg)
    assert dlg.isVisible() and dlg.tabs.currentIndex() == 3
    assert "100%" in dlg.errors_shown()["weights"]
    assert count(demo_db, Trade) == before


def test_empty_code_and_duplicate_code_messages(qtbot, tab: ContestsTab, demo_db: Database) -> None:
    before = count(demo_db, Trade)
    click(qtbot, button(tab, "addTradeButton"))
    dlg = shown(TradeDialog)
    ok(qtbot, dlg)
    assert "代码" in dlg.errors_shown()["code"] and "名称" in dlg.errors_shown()["name"]
    qtbot.keyClicks(dlg.code, "W-CNC")
    type_text(dlg.name, "数控车工")
    ok(qtbot, dlg)
    assert "已有代码" in dlg.errors_shown()["code"]
    assert count(demo_db, Trade) == before


def test_edit_after_scores_needs_a_reason_in_the_form(qtbot, tab: ContestsTab, demo_db: Database) -> None:
    tid = trade_id(demo_db, "W-CNC")
    with demo_db.write() as s:
        s.add(ScoreEntry(trade_id=tid, blind_code="A01", value=Decimal("80")))
    tab.reload()
    select_trade(qtbot, tab, tid)
    click(qtbot, button(tab, "editTradeButton"))
    dlg = shown(TradeDialog)
    assert not dlg.reason_frame.isHidden()
    dlg.theory.setText("20")
    dlg.practical.setText("80")
    before = audit_count(demo_db)
    ok(qtbot, dlg)
    assert dlg.isVisible() and "修改原因" in dlg.guard_label.text()
    assert audit_count(demo_db) == before
    type_text(dlg.reason, "组委会决定")
    with qtbot.waitSignal(dlg.accepted, timeout=3000):
        ok(qtbot, dlg)
    e = last_audit(demo_db)
    assert e.action == "trade.update_guarded" and e.reason == "组委会决定"
    with demo_db.read() as s:
        t = s.get(Trade, tid)
        assert (t.theory_weight, t.practical_weight) == (Decimal("0.2"), Decimal("0.8"))
    assert next(row for row in tab.model.rows if row[0] == tid)[7] == "20/80"


def test_double_click_opens_the_editor_and_group_change_is_refused(qtbot, tab: ContestsTab, demo_db: Database) -> None:
    tid = trade_id(demo_db, "W-CNC")
    r = next(i for i, row in enumerate(tab.model.rows) if row[0] == tid)
    pos = tab.table.visualRect(tab.model.index(r, 1)).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    dlg = shown(TradeDialog)
    assert dlg.trade_id == tid
    dlg.group.setCurrentIndex(dlg.group.findData("student"))
    type_text(dlg.reason, "想改")
    before = audit_count(demo_db)
    ok(qtbot, dlg)
    assert dlg.isVisible() and "不能再修改“组别”" in dlg.guard_label.text()
    assert audit_count(demo_db) == before
    with demo_db.read() as s:
        assert s.get(Trade, tid).group == "worker"


def test_edit_without_a_selection_says_so(qtbot, tab: ContestsTab) -> None:
    tab.table.clearSelection()
    tab.table.setCurrentIndex(tab.model.index(-1, -1))
    seen = MessageSeen()
    click(qtbot, button(tab, "editTradeButton"))
    assert "选中一个工种" in seen.text


def test_delete_trade_asks_and_deletes_one_without_registrations(
    qtbot, tab: ContestsTab, demo_db: Database, monkeypatch
) -> None:
    from haihe_desk.services import trades
    from haihe_desk.services.context import SYSTEM

    with demo_db.write() as s:
        tid = trades.create_trade(s, SYSTEM, current(demo_db), {"code": "W-OOPS", "name": "误建工种"}).id
    tab.reload()
    select_trade(qtbot, tab, tid)
    questions: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def question(parent, title, text, *a, **k):  # type: ignore[no-untyped-def]
        questions.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", question)
    click(qtbot, button(tab, "deleteTradeButton"))  # answered No
    assert count(demo_db, Trade) == 9 and "W-OOPS 误建工种" in questions[0]
    click(qtbot, button(tab, "deleteTradeButton"))  # answered Yes
    with demo_db.read() as s:
        assert s.get(Trade, tid) is None
    e = last_audit(demo_db)
    assert e.action == "trade.delete" and e.entity_id == str(tid) and "W-OOPS" in e.old
    assert "W-OOPS" not in codes(tab)


def test_delete_trade_with_registrations_is_refused_with_a_sentence(
    qtbot, tab: ContestsTab, demo_db: Database, monkeypatch
) -> None:
    tid = trade_id(demo_db, "W-CNC")
    select_trade(qtbot, tab, tid)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    before = audit_count(demo_db)
    seen = MessageSeen()
    click(qtbot, button(tab, "deleteTradeButton"))
    assert "不能删除" in seen.text and "已取消" in seen.text
    with demo_db.read() as s:
        assert s.get(Trade, tid) is not None
    assert audit_count(demo_db) == before


def write_list(path: Path, rows: list[list[object]], head: list[str]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(head)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def import_backups(db: Database) -> set[Path]:
    folder = backups.folder(db) if db.target.path is not None else None
    return set(folder.glob("*.import.*")) if folder is not None and folder.exists() else set()


def open_import(qtbot, tab: ContestsTab, monkeypatch, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    """Press 导入工种… and answer its file dialog; returns the import dialog once it checked the file."""
    captions = choose_files(monkeypatch, open_path=path)
    click(qtbot, button(tab, "importTradesButton"))
    assert captions == ["选择工种列表"]
    dlg = shown(ImportDialog)
    qtbot.waitUntil(lambda: dlg.plan is not None or bool(dlg.error), timeout=10000)
    return dlg


def test_import_button_previews_then_imports_after_a_backup(
    qtbot, tab: ContestsTab, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    path = write_list(
        tmp_path / "ok.xlsx",
        [["W-ELEC", "电工", "职工组", "新承办单位"], ["W-CNC", "数控车工", "职工组", ""]],
        ["工种代码", "工种名称", "组别", "承办单位"],
    )
    before_backups = import_backups(demo_db)
    dlg = open_import(qtbot, tab, monkeypatch, path)
    assert dlg.windowTitle() == "导入工种列表"
    assert "无误 2 行，有错误 0 行；将新增 1 条，更新 0 条，已存在不变 1 条" in dlg.summary_label.text()
    assert dlg.ok_model.rows == [
        (2, "W-ELEC", "电工", "职工组", "新承办单位", "新增"),
        (3, "W-CNC", "数控车工", "职工组", "", "不变"),
    ]
    assert "新建承办单位“新承办单位”" in dlg.changes_text.toPlainText()
    assert not dlg.valid_radio.isVisible()  # all or nothing
    assert count(demo_db, Trade) == 8  # the preview wrote nothing
    click(qtbot, dlg.ok_button)
    qtbot.waitUntil(lambda: dlg.result is not None, timeout=10000)
    with demo_db.read() as s:
        t = s.scalars(select(Trade).where(Trade.code == "W-ELEC")).one()
        assert t.name == "电工" and t.host_unit.name == "新承办单位"
    assert last_audit(demo_db).action == "trade.import"
    qtbot.waitUntil(lambda: "W-ELEC" in codes(tab), timeout=5000)
    assert "1 个工种新增或更新" in tab.count_label.text()
    if demo_db.target.path is not None:  # SQLite: a new automatic backup, taken before the write
        (made,) = import_backups(demo_db) - before_backups
        import sqlite3

        with sqlite3.connect(made) as con:
            assert con.execute("SELECT count(*) FROM trade WHERE code = 'W-ELEC'").fetchone()[0] == 0


def test_import_button_with_a_broken_list_imports_nothing(
    qtbot, tab: ContestsTab, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    path = write_list(
        tmp_path / "工种.xlsx",
        [["W-ELEC", "电工", "职工组", 30, 70], ["W-GAS", "燃气工", "老年组", 30, 70]],
        ["工种代码", "工种名称", "组别", "理论权重%", "实操权重%"],
    )
    before = (count(demo_db, Trade), audit_count(demo_db), count(demo_db, Organisation), import_backups(demo_db))
    dlg = open_import(qtbot, tab, monkeypatch, path)
    assert dlg.issues_model.rows == [(3, "组别", "老年组", "应为“职工组”或“学生组”。")]
    assert not dlg.ok_button.isEnabled()  # one bad row: the whole list waits
    report = tmp_path / "检查报告.xlsx"
    choose_files(monkeypatch, save_path=report)
    click(qtbot, dlg.report_button)
    ws = load_workbook(report).worksheets[0]
    assert "职工组" in ws.cell(row=3, column=6).value
    click(qtbot, dlg.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert not dlg.isVisible()
    assert (
        count(demo_db, Trade),
        audit_count(demo_db),
        count(demo_db, Organisation),
        import_backups(demo_db),
    ) == before


def test_template_button_saves_the_template(qtbot, tab: ContestsTab, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "模板.xlsx"
    choose_files(monkeypatch, save_path=out)
    click(qtbot, button(tab, "templateButton"))
    head = [c.value for c in load_workbook(out).worksheets[0][1]]
    assert head[:3] == ["工种代码", "工种名称", "组别"]
    assert str(out) in tab.count_label.text()


def test_cancelled_file_dialogs_do_nothing(
    qtbot, tab: ContestsTab, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    choose_files(monkeypatch)  # both dialogs cancelled
    before = audit_count(demo_db)
    click(qtbot, button(tab, "importTradesButton"))
    click(qtbot, button(tab, "templateButton"))
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible()]
    assert audit_count(demo_db) == before
    assert not list(tmp_path.glob("*.xlsx"))
