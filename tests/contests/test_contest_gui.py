"""The 赛事 tab's contest buttons and dialogs under pytest-qt (offscreen), pressed as a user does;
every test asserts on the database."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableWidget, QTableWidgetItem
from sqlalchemy import select

from haihe_desk.db.database import Database
from haihe_desk.db.models import AuditEntry, Contest, Setting
from haihe_desk.ui.dialogs.contest_dialog import ContestCopyDialog, ContestDialog
from haihe_desk.ui.dialogs.filing_dialog import FilingRegisterDialog
from haihe_desk.ui.dialogs.trade_dialog import TradeDialog
from haihe_desk.ui.tabs.contests import BUTTONS, ContestsTab
from tests.keyboard import type_text

from .gui_helpers import MessageSeen, click, ok, press, shown, unconnected_buttons
from .helpers import audit_count, contest, current, last_audit

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


def committee_rows(dlg: ContestDialog) -> list[tuple[str, str, str]]:
    t: QTableWidget = dlg.committee
    return [(t.cellWidget(r, 0).currentData(), t.item(r, 1).text(), t.item(r, 2).text()) for r in range(t.rowCount())]


def test_every_button_of_the_tab_and_its_dialogs_is_connected(qtbot, tab: ContestsTab, demo_db: Database) -> None:
    assert set(BUTTONS) <= {b.objectName() for b in tab.form.findChildren(QPushButton)}
    assert unconnected_buttons(tab) == []
    cid = current(demo_db)
    for dlg in (
        ContestDialog(demo_db, cid, tab),
        ContestCopyDialog(demo_db, cid, tab),
        TradeDialog(demo_db, cid, None, tab),
        FilingRegisterDialog(demo_db, cid, tab),
    ):
        qtbot.addWidget(dlg)
        assert unconnected_buttons(dlg) == [], type(dlg).__name__


def test_new_contest_with_committee_through_the_form(qtbot, tab: ContestsTab, demo_db: Database) -> None:
    before = audit_count(demo_db)
    click(qtbot, button(tab, "newContestButton"))
    dlg = shown(ContestDialog)
    ok(qtbot, dlg)  # no name yet
    assert dlg.isVisible() and "名称" in dlg.errors_shown()["name"]
    assert audit_count(demo_db) == before
    type_text(dlg.name, "2022年天津市职工职业技能大赛")
    dlg.year.selectAll()
    qtbot.keyClicks(dlg.year, "2022")
    qtbot.keyClicks(dlg.doc_number, "JG-2022-1")
    for name, post in (("张三", "主任职务"), ("李四", ""), ("王五", "待删")):
        press(qtbot, dlg, "addMemberButton")
        r = dlg.committee.rowCount() - 1
        dlg.committee.setItem(r, 1, QTableWidgetItem(name))
        dlg.committee.setItem(r, 2, QTableWidgetItem(post))
    dlg.committee.cellWidget(0, 0).setCurrentIndex(dlg.committee.cellWidget(0, 0).findData("director"))
    dlg.committee.setCurrentCell(2, 1)
    press(qtbot, dlg, "removeMemberButton")  # 王五 goes
    dlg.committee.setCurrentCell(1, 1)
    press(qtbot, dlg, "memberUpButton")  # 李四 above 张三
    press(qtbot, dlg, "memberDownButton")  # and back below
    with qtbot.waitSignal(dlg.accepted, timeout=3000):
        ok(qtbot, dlg)
    with demo_db.read() as s:
        c = s.scalars(select(Contest).where(Contest.year == 2022)).one()
        assert c.name == "2022年天津市职工职业技能大赛" and c.doc_number == "JG-2022-1"
        assert [(m.role, m.name, m.post) for m in c.committee] == [
            ("director", "张三", "主任职务"),
            ("member", "李四", ""),
        ]
        assert s.scalars(
            select(AuditEntry.action).where(AuditEntry.entity_id == str(c.id), AuditEntry.entity == "contest")
        ).all() == ["contest.create"]
        new_id = c.id
    # The tab shows the new contest; the office's current contest is still the demo one.
    assert tab.contest_id() == new_id and current(demo_db) != new_id


def test_edit_contest_committee_order_and_doc_number(qtbot, tab: ContestsTab, demo_db: Database) -> None:
    cid = current(demo_db)
    click(qtbot, button(tab, "editContestButton"))
    dlg = shown(ContestDialog)
    before = committee_rows(dlg)
    dlg.doc_number.selectAll()
    qtbot.keyClicks(dlg.doc_number, "JG-2020-31")
    dlg.committee.setCurrentCell(0, 1)
    press(qtbot, dlg, "memberDownButton")
    with qtbot.waitSignal(dlg.accepted, timeout=3000):
        ok(qtbot, dlg)
    c = contest(demo_db, cid)
    assert c.doc_number == "JG-2020-31"
    e = last_audit(demo_db)
    assert e.action == "contest.update" and "committee" in e.new and "doc_number" in e.new
    with demo_db.read() as s:
        names = [m.name for m in s.get(Contest, cid).committee]
    assert names == [before[1][1], before[0][1]] + [r[1] for r in before[2:]]
    assert "JG-2020-31" in tab.summary.text()


def test_copy_contest_makes_it_current_and_archive_then_unarchive(
    qtbot, tab: ContestsTab, demo_db: Database, monkeypatch
) -> None:
    src = current(demo_db)
    click(qtbot, button(tab, "copyContestButton"))
    dlg = shown(ContestCopyDialog)
    assert dlg.year.value() == 2021 and "2021年" in dlg.name.text()
    dlg.year.selectAll()
    qtbot.keyClicks(dlg.year, "2022")
    assert "2022年" in dlg.name.text()
    assert dlg.make_current.isChecked()  # 设为当前赛事, on by default
    with qtbot.waitSignal(dlg.accepted, timeout=3000):
        ok(qtbot, dlg)
    with demo_db.read() as s:
        new = s.scalars(select(Contest).where(Contest.copied_from_id == src)).one()
        assert new.year == 2022 and len(new.trades) == 8 and new.status == "draft"
        assert s.get(Setting, "current_contest_id").value == str(new.id)
        new_id = new.id
    assert tab.contest_id() == new_id and len(tab.model.rows) == 8

    # Archive: the question is answered No first (nothing happens), then Yes.
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    click(qtbot, button(tab, "archiveButton"))
    assert contest(demo_db, new_id).status == "draft"
    click(qtbot, button(tab, "archiveButton"))
    assert contest(demo_db, new_id).status == "archived"
    assert last_audit(demo_db).action == "contest.archive"
    assert "已归档" in tab.contest_combo.currentText()
    assert not button(tab, "addTradeButton").isEnabled() and not button(tab, "deleteTradeButton").isEnabled()
    assert button(tab, "archiveButton").text() == "取消归档"
    click(qtbot, button(tab, "archiveButton"))  # unarchive: no question
    assert contest(demo_db, new_id).status == "active"
    assert last_audit(demo_db).action == "contest.unarchive"
    assert button(tab, "addTradeButton").isEnabled()


def test_edit_contest_refused_sentence_stays_in_the_form(qtbot, tab: ContestsTab, demo_db: Database) -> None:
    cid = current(demo_db)
    click(qtbot, button(tab, "editContestButton"))
    dlg = shown(ContestDialog)
    dlg.start.setDate(dlg.start.date().addYears(1))  # start after the end
    before = audit_count(demo_db)
    ok(qtbot, dlg)
    assert dlg.isVisible() and "dates" in dlg.errors_shown()
    assert audit_count(demo_db) == before and contest(demo_db, cid).start_date is not None


def test_buttons_hidden_for_a_role_without_contest_rights(qtbot, demo_db: Database) -> None:
    from haihe_desk.services.context import Actor, sign_in

    sign_in(Actor("viewer", role="union_reviewer"))
    try:
        w = ContestsTab(demo_db)
        qtbot.addWidget(w)
        w.show()
        assert all(not w.form.findChild(QPushButton, n).isVisible() for n in BUTTONS)
    finally:
        sign_in(None)


def test_archive_refused_shows_the_sentence(qtbot, tab: ContestsTab, demo_db: Database, monkeypatch) -> None:
    # Another PC archived the contest meanwhile: the tab still offers 归档, the service refuses.
    cid = current(demo_db)
    with demo_db.write() as s:
        s.get(Contest, cid).status = "archived"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen = MessageSeen()
    click(qtbot, button(tab, "archiveButton"))
    assert "已经归档" in seen.text
    assert contest(demo_db, cid).status == "archived"
