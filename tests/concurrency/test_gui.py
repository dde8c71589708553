"""The conflict dialog under pytest-qt: an edit dialog is open, the row is changed underneath through
a second Database (another PC), Save → the conflict dialog shows both values; each action does
what it says."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPushButton, QTableWidget
from sqlalchemy import select

from haihe_desk.db.models import Contact, Organisation, Registration, Trade
from haihe_desk.services import contacts, contests, filings, organisations, registration_edit, settings, trades
from haihe_desk.ui.dialogs.contact_dialog import ContactDialog
from haihe_desk.ui.dialogs.contest_dialog import ContestDialog
from haihe_desk.ui.dialogs.filing_dialog import FilingDialog
from haihe_desk.ui.dialogs.org_dialogs import OrgDialog
from haihe_desk.ui.dialogs.registration_entry import RegistrationEntryDialog
from haihe_desk.ui.dialogs.trade_dialog import TradeDialog
from tests.concurrency.helpers import BOB, a_registration, audit_trail, second_pc

pytestmark = pytest.mark.gui


class ConflictSeen:
    """Answers the next conflict dialog with one of its buttons and remembers what it showed."""

    def __init__(self, button: str | None, before: Callable[[QDialog], None] | None = None):
        self.rows: list[tuple[str, str, str, bool]] = []
        self.message = ""
        self.title = ""
        self._button = button
        self._before = before
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, QDialog) and dlg.objectName() == "ConflictDialog"
        self.title = dlg.windowTitle()
        self.message = dlg.findChild(QLabel, "messageLabel").text()
        table = dlg.findChild(QTableWidget, "fieldsTable")
        self.headers = [table.horizontalHeaderItem(c).text() for c in range(3)]
        for r in range(table.rowCount()):
            items = [table.item(r, c) for c in range(3)]
            self.rows.append(
                (items[0].text(), items[1].text(), items[2].text(), items[1].background().color().name() == "#fff2a8")
            )
        if self._before is not None:
            self._before(dlg)
        if self._button is None:
            dlg.reject()  # closed with neither action
        else:
            dlg.findChild(QPushButton, self._button).click()

    def row(self, title: str) -> tuple[str, str, bool]:
        return next((m, t, h) for ti, m, t, h in self.rows if ti == title)


# --------------------------------------------------------------------------- registration


def _open_registration(qtbot, db) -> tuple[RegistrationEntryDialog, int]:  # type: ignore[no-untyped-def]
    rid = a_registration(db)
    entry = RegistrationEntryDialog(db, None, registration_id=rid)
    qtbot.addWidget(entry)
    return entry, rid


def _bob_edits_registration(db_url: str, rid: int, notes: str) -> None:
    with second_pc(db_url) as pc_b:
        with pc_b.read() as s:
            version = registration_edit.edit_values(s, rid).version
        with pc_b.write() as s:
            registration_edit.update_registration(s, BOB, rid, {"notes": notes}, expected_version=version)


def _save(entry: RegistrationEntryDialog) -> None:
    entry.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_registration_conflict_shows_both_values_and_reloads(qtbot, demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    entry, rid = _open_registration(qtbot, demo_db)
    old_version = entry.version
    _bob_edits_registration(db_url, rid, "B：已电话核实")
    entry.edits["notes"].setText("A：待补照片")
    seen = ConflictSeen("reloadButton")
    _save(entry)
    assert seen.headers == ["字段", "您要保存的值", "数据库中现在的值"]
    assert seen.row("备注") == ("A：待补照片", "B：已电话核实", True)
    assert not seen.row("姓名")[2]  # same on both sides: listed, not highlighted
    assert seen.rows[0][0] == "备注"  # differing fields first
    assert "bob" in seen.message and "您的修改没有保存" in seen.message
    # 放弃我的修改，重新载入: the editor shows what is saved now, with its version.
    assert entry.edits["notes"].text() == "B：已电话核实"
    assert entry.version == old_version + 1
    assert "已重新载入" in entry.problems_label.text()
    assert entry.result() != QDialog.DialogCode.Accepted
    with demo_db.read() as s:
        assert s.get(Registration, rid).notes == "B：已电话核实"
    assert [a for a, _ in audit_trail(demo_db, "registration", rid) if _ == "registration.edit"] == ["bob"]


def test_registration_conflict_keep_mine_then_save_overwrites(qtbot, demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    entry, rid = _open_registration(qtbot, demo_db)
    _bob_edits_registration(db_url, rid, "B：已电话核实")
    entry.edits["notes"].setText("A：待补照片")
    _seen = ConflictSeen("keepButton")
    _save(entry)
    assert entry.edits["notes"].text() == "A：待补照片"  # the user's values stay in the editor
    assert "再次保存将覆盖 bob 的修改" in entry.problems_label.text()
    with demo_db.read() as s:
        assert s.get(Registration, rid).notes == "B：已电话核实"  # nothing saved yet
    with qtbot.waitSignal(entry.accepted, timeout=3000):
        _save(entry)  # the deliberate overwrite
    with demo_db.read() as s:
        assert s.get(Registration, rid).notes == "A：待补照片"
    trail = [a for a, act in audit_trail(demo_db, "registration", rid) if act == "registration.edit"]
    assert trail[0] == "bob" and len(trail) == 2 and trail[1] != "bob"


def test_copy_my_changes_to_the_clipboard(qtbot, demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    entry, rid = _open_registration(qtbot, demo_db)
    _bob_edits_registration(db_url, rid, "B")
    entry.edits["notes"].setText("A 的备注")

    def copy(dlg: QDialog) -> None:
        dlg.findChild(QPushButton, "copyButton").click()
        assert dlg.isVisible()  # copying does not close the dialog
        assert dlg.findChild(QPushButton, "copyButton").text() == "已复制"

    _seen = ConflictSeen("reloadButton", before=copy)
    _save(entry)
    assert QGuiApplication.clipboard().text().splitlines()[0] == "备注：A 的备注"


def test_closing_the_conflict_dialog_keeps_the_editor_stale(qtbot, demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    """Neither action: the editor keeps the user's values and its old version, so saving again
    shows the conflict again instead of overwriting."""
    entry, rid = _open_registration(qtbot, demo_db)
    old_version = entry.version
    _bob_edits_registration(db_url, rid, "B")
    entry.edits["notes"].setText("A")

    _seen = ConflictSeen(None)
    _save(entry)
    assert entry.version == old_version and entry.edits["notes"].text() == "A"
    assert "您的修改没有保存" in entry.problems_label.text()
    again = ConflictSeen("reloadButton")
    _save(entry)
    assert again.row("备注") == ("A", "B", True)


# --------------------------------------------------------------------------- the other editors


def click_ok(qtbot, dlg) -> None:  # type: ignore[no-untyped-def]
    """Press the dialog's own OK button (its clicked signal, through the button box's wiring). Not
    QTest.mouseClick: the save opens the modal conflict dialog inside the click, and QTest asserts
    on the window it clicked when the nested loop returns."""
    ok = next(b for b in dlg.buttons.buttons() if dlg.buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
    ok.click()


def _reload_shows(qtbot, editor: Any, save: Callable[[], Any], field: str, mine: str, theirs: str) -> ConflictSeen:  # type: ignore[no-untyped-def]
    seen = ConflictSeen("reloadButton")
    save()
    assert seen.row(field) == (mine, theirs, True)
    return seen


def test_contact_dialog(qtbot, demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    with demo_db.read() as s:
        cid = s.scalar(select(Contact.id).order_by(Contact.id))
    dlg = ContactDialog(demo_db, None, contact_id=cid)
    qtbot.addWidget(dlg)
    with second_pc(db_url) as pc_b, pc_b.write() as s:
        data, version = contacts.input_for(s, cid)
        contacts.update(s, BOB, cid, dataclasses.replace(data, email="bob@example.cn"), version=version)
    dlg.email_edit.setText("alice@example.cn")
    _reload_shows(qtbot, dlg, lambda: click_ok(qtbot, dlg), "电子邮箱", "alice@example.cn", "bob@example.cn")
    assert dlg.email_edit.text() == "bob@example.cn" and dlg.version == version + 1


def test_org_dialog(qtbot, demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    with demo_db.read() as s:
        oid = s.scalar(select(Organisation.id).where(Organisation.retired.is_(False)).order_by(Organisation.id))
    dlg = OrgDialog(demo_db, None, org_id=oid)
    qtbot.addWidget(dlg)
    with second_pc(db_url) as pc_b, pc_b.write() as s:
        organisations.update(s, BOB, oid, version=dlg.version, phone="022-11112222")
    dlg.phone_edit.setText("022-33334444")
    _reload_shows(qtbot, dlg, lambda: click_ok(qtbot, dlg), "联系电话", "022-33334444", "022-11112222")
    assert dlg.phone_edit.text() == "022-11112222"


def test_trade_dialog(qtbot, demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    with demo_db.read() as s:
        t = s.scalars(select(Trade).order_by(Trade.id)).first()
        tid, contest_id, sessions = t.id, t.contest_id, len(t.sessions)
    dlg = TradeDialog(demo_db, contest_id, tid)
    qtbot.addWidget(dlg)
    with second_pc(db_url) as pc_b, pc_b.write() as s:
        trades.update_trade(s, BOB, tid, {"venue": "B 场地"}, expected_version=dlg.version)
    dlg.venue.setText("A 场地")
    _reload_shows(qtbot, dlg, lambda: click_ok(qtbot, dlg), "比赛场地", "A 场地", "B 场地")
    assert dlg.venue.text() == "B 场地" and dlg.sessions.rowCount() == sessions
    assert dlg.result() != QDialog.DialogCode.Accepted


def test_contest_dialog(qtbot, demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    with demo_db.read() as s:
        cid = settings.current_contest_id(s)
        members = len(contests.get_contest(s, cid).committee)
    dlg = ContestDialog(demo_db, cid)
    qtbot.addWidget(dlg)
    with second_pc(db_url) as pc_b, pc_b.write() as s:
        spec = contests.ContestSpec.of(contests.get_contest(s, cid))
        contests.update_contest(
            s, BOB, cid, dataclasses.replace(spec, doc_number="津工通〔2020〕32号"), expected_version=dlg.version
        )
    dlg.doc_number.setText("津工通〔2020〕33号")
    _reload_shows(qtbot, dlg, lambda: click_ok(qtbot, dlg), "文号", "津工通〔2020〕33号", "津工通〔2020〕32号")
    assert dlg.doc_number.text() == "津工通〔2020〕32号"
    assert dlg.committee.rowCount() == members  # reloaded, not appended twice


def test_filing_dialog(qtbot, demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    with demo_db.write() as s:
        cid = settings.current_contest_id(s)
        unit = s.scalars(select(Organisation).order_by(Organisation.id)).first()
        spec = filings.FilingSpec(unit_id=unit.id, kind="record", title="区级焊工比赛", due_on=date(2020, 9, 30))
        fid = filings.add_filing(s, BOB, cid, spec).id
    dlg = FilingDialog(demo_db, cid, fid)
    qtbot.addWidget(dlg)
    with second_pc(db_url) as pc_b, pc_b.write() as s:
        filings.update_filing(
            s, BOB, fid, dataclasses.replace(spec, title="区级焊工技能比赛"), expected_version=dlg.version
        )
    dlg.title.setText("区级电焊比赛")
    _reload_shows(qtbot, dlg, lambda: click_ok(qtbot, dlg), "基层赛事名称", "区级电焊比赛", "区级焊工技能比赛")
    assert dlg.title.text() == "区级焊工技能比赛"
