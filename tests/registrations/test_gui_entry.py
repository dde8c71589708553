"""新增 and 编辑 in the 报名 tab through the real entry dialog: the button (or a double-click) opens it,
the test types into its fields and clicks 保存, then reads the database."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton
from sqlalchemy import func, select, update

from haihe_desk.db.models import AuditEntry, Contest, Registration, Trade
from haihe_desk.services import review, settings
from haihe_desk.services.context import SYSTEM
from haihe_desk.ui.dialogs.registration_entry import RegistrationEntryDialog
from tests.registrations.gui import cancel_button, clear_text, click, click_row, ok_button, row_of, type_text
from tests.registrations.helpers import ident, open_registration

pytestmark = pytest.mark.gui


def reg_count(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Registration)) or 0


def last_audit(db) -> AuditEntry:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()


def worker(db, status: str) -> int:  # type: ignore[no-untyped-def]
    """A worker registration meeting its trade's grade, moved to ``status`` through the review."""
    with db.write() as s:
        open_registration(s)
        rid = s.scalar(
            select(Registration.id)
            .where(
                Registration.group == "worker",
                Registration.status == "submitted",
                Registration.skill_grade <= 3,
            )
            .order_by(Registration.id)
        )
        steps = {
            "submitted": [],
            "returned": [("return", "照片不清晰")],
            "confirmed": [("approve", ""), ("confirm", "")],
        }[status]
        for action, reason in steps:
            review.apply(s, SYSTEM, action, [rid], reason)
    return rid


def open_dialog(qtbot, button: QPushButton) -> RegistrationEntryDialog:  # type: ignore[no-untyped-def]
    click(qtbot, button)
    dlg = QApplication.activeModalWidget()
    assert isinstance(dlg, RegistrationEntryDialog) and dlg.isVisible()
    return dlg


def field(dlg, name: str) -> QLineEdit:  # type: ignore[no-untyped-def]
    return dlg.findChild(QLineEdit, name)


def type_into(qtbot, dlg, name: str, text: str, *, clear: bool = False) -> None:  # type: ignore[no-untyped-def]
    edit = field(dlg, name)
    if clear:
        clear_text(qtbot, edit)
    type_text(qtbot, edit, text)


def pick(dlg, combo: str, data: object) -> None:  # type: ignore[no-untyped-def]
    box = dlg.findChild(QComboBox, combo)
    index = box.findData(data)
    assert index >= 0, (combo, data)
    box.setCurrentIndex(index)


def problems_shown(qtbot, dlg, part: str, *, gone: str = "") -> str:  # type: ignore[no-untyped-def]
    """The problems under the form once the check as you type (after a pause) shows ``part`` and
    no longer ``gone``."""
    label = dlg.findChild(QLabel, "problemsLabel")
    qtbot.waitUntil(lambda: part in label.text() and not (gone and gone in label.text()), timeout=3000)
    return label.text()


def test_add_typed_into_the_dialog_is_saved_with_field_errors_first(qtbot, reg_tab, demo_db) -> None:  # type: ignore[no-untyped-def]
    before = reg_count(demo_db)
    dlg = open_dialog(qtbot, reg_tab.child(QPushButton, "addButton"))
    assert dlg.windowTitle() == "新增报名" and not field(dlg, "lateEdit").isHidden()
    type_into(qtbot, dlg, "nameEdit", "孙八")
    type_into(qtbot, dlg, "idEdit", "110105194912310021")
    type_into(qtbot, dlg, "mobileEdit", "12345")
    pick(dlg, "tradeCombo", "W-WELD")
    text = problems_shown(qtbot, dlg, "校验位")
    assert "手机号" in text
    assert "border" in field(dlg, "idEdit").styleSheet() and "校验位" in field(dlg, "idEdit").toolTip()
    click(qtbot, ok_button(dlg))  # 保存 with problems: nothing saved, the dialog stays
    assert dlg.isVisible() and reg_count(demo_db) == before

    type_into(qtbot, dlg, "idEdit", ident(60).lower(), clear=True)
    type_into(qtbot, dlg, "mobileEdit", "13912345678", clear=True)
    type_into(qtbot, dlg, "codeEdit", "120101001")
    pick(dlg, "gradeCombo", 4)
    assert problems_shown(qtbot, dlg, "破格原因", gone="校验位").splitlines() == [
        "技能等级低于本工种要求的高级工（三级）；如破格参赛，请填写破格原因。"
    ]
    assert "1990-03-07" in field(dlg, "birthEdit").placeholderText()
    type_into(qtbot, dlg, "exceptionEdit", "区赛第一名")
    qtbot.waitUntil(lambda: dlg.findChild(QLabel, "problemsLabel").text() == "", timeout=3000)
    click(qtbot, ok_button(dlg))
    assert not dlg.isVisible()
    assert reg_count(demo_db) == before + 1
    with demo_db.read() as s:
        reg = s.scalars(select(Registration).order_by(Registration.id.desc()).limit(1)).one()
        assert (reg.person.name, reg.person.id_number, reg.trade.code, reg.status) == (
            "孙八",
            ident(60),
            "W-WELD",
            "submitted",
        )
        assert reg.grade_exception and reg.grade_exception_reason == "区赛第一名"
        assert reg.trade.contest_id == settings.current_contest_id(s)
        rid = reg.id
    audit = last_audit(demo_db)
    assert (audit.action, audit.actor, audit.entity_id) == ("registration.add", "office1", str(rid))
    assert f"编号 {rid}" in reg_tab.notice.text()
    qtbot.waitUntil(
        lambda: (
            any(reg_tab.model.row_id(i) == rid for i in range(reg_tab.model.rowCount()))
            or reg_tab.model.canFetchMore(reg_tab.model.index(0, 0).parent())
        ),
        timeout=3000,
    )
    assert reg_tab.model.rows[row_of(reg_tab, rid)][1] == "孙八"


def test_cancel_saves_nothing(qtbot, reg_tab, demo_db) -> None:  # type: ignore[no-untyped-def]
    before = reg_count(demo_db)
    dlg = open_dialog(qtbot, reg_tab.child(QPushButton, "addButton"))
    type_into(qtbot, dlg, "nameEdit", "不保存")
    click(qtbot, cancel_button(dlg))
    assert not dlg.isVisible() and reg_count(demo_db) == before


def test_double_click_a_returned_row_edit_the_mobile_and_save(qtbot, reg_tab, demo_db) -> None:  # type: ignore[no-untyped-def]
    rid = worker(demo_db, "returned")
    pick(reg_tab.form, "statusCombo", "returned")
    click_row(qtbot, reg_tab, rid, double=True)
    dlg = QApplication.activeModalWidget()
    assert isinstance(dlg, RegistrationEntryDialog) and dlg.registration_id == rid
    assert f"编号 {rid}" in dlg.windowTitle()
    assert not dlg.findChild(QComboBox, "tradeCombo").isEnabled()
    assert field(dlg, "reasonEdit").isVisible() and not field(dlg, "lateEdit").isVisible()
    assert field(dlg, "mobileEdit").text().startswith("1390000") and field(dlg, "codeEdit").text()
    type_into(qtbot, dlg, "mobileEdit", "1382222", clear=True)
    problems_shown(qtbot, dlg, "不是有效的手机号")  # the shortened number, checked as typed
    type_into(qtbot, dlg, "mobileEdit", "3333")
    type_into(qtbot, dlg, "reasonEdit", "本人来电更正")
    qtbot.waitUntil(lambda: dlg.findChild(QLabel, "problemsLabel").text() == "", timeout=3000)
    click(qtbot, ok_button(dlg))
    assert not dlg.isVisible()
    with demo_db.read() as s:
        reg = s.get(Registration, rid)
        assert reg.person.mobile == "13822223333" and reg.status == "returned"
    audit = last_audit(demo_db)
    assert audit.action == "registration.edit" and audit.reason == "本人来电更正"
    assert json.loads(audit.new) == {"mobile": "13822223333"}
    assert reg_tab.model.rows[row_of(reg_tab, rid)][10] == "138****3333"
    assert f"已保存对报名 {rid} 的修改（1 项）" in reg_tab.notice.text()


def test_edit_button_on_a_confirmed_row_needs_a_reason(qtbot, reg_tab, demo_db) -> None:  # type: ignore[no-untyped-def]
    rid = worker(demo_db, "confirmed")
    pick(reg_tab.form, "statusCombo", "confirmed")
    click_row(qtbot, reg_tab, rid)
    dlg = open_dialog(qtbot, reg_tab.edit_button)
    assert "须填写修改原因" in field(dlg, "reasonEdit").placeholderText()
    with demo_db.read() as s:
        version = s.get(Registration, rid).version
    type_into(qtbot, dlg, "nameEdit", "王改正", clear=True)
    click(qtbot, ok_button(dlg))
    assert dlg.isVisible() and "已由组委会确认；修改须填写原因" in dlg.problems_label.text()
    with demo_db.read() as s:
        assert s.get(Registration, rid).version == version  # nothing saved
    type_into(qtbot, dlg, "idEdit", "110105194912310021", clear=True)
    problems_shown(qtbot, dlg, "校验位")
    assert "border" in field(dlg, "idEdit").styleSheet()
    assert not ok_button(dlg).isEnabled()  # after a failed save, 保存 waits until the form is right
    type_into(qtbot, dlg, "idEdit", ident(61), clear=True)
    qtbot.waitUntil(ok_button(dlg).isEnabled, timeout=3000)
    type_into(qtbot, dlg, "reasonEdit", "组委会同意更正姓名")
    click(qtbot, ok_button(dlg))
    assert not dlg.isVisible()
    with demo_db.read() as s:
        reg = s.get(Registration, rid)
        assert (reg.person.name, reg.person.id_number, reg.version) == ("王改正", ident(61), version + 1)
    assert last_audit(demo_db).reason == "组委会同意更正姓名"


def test_edit_button_needs_exactly_one_row(qtbot, reg_tab, demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.read() as s:
        a, b = s.scalars(select(Registration.id).order_by(Registration.id).limit(2))
    assert not reg_tab.edit_button.isEnabled()
    click_row(qtbot, reg_tab, a)
    assert reg_tab.edit_button.isEnabled()
    click_row(qtbot, reg_tab, b, ctrl=True)
    assert not reg_tab.edit_button.isEnabled()


def test_new_entry_goes_to_the_contest_current_when_the_dialog_opens(qtbot, reg_tab, demo_db) -> None:  # type: ignore[no-untyped-def]
    """The tab was built on the demo contest; the office switches to a copy of it (another year):
    the filters, the list and a new entry follow the current contest, read at reload."""
    from haihe_desk.services import contests
    from haihe_desk.ui.bus import bus
    from haihe_desk.ui.changes import Change

    with demo_db.write() as s:
        old = settings.current_contest_id(s)
        s.execute(update(Contest).values(registration_deadline=None))  # the copy moves dates by the years
        new = contests.copy_contest(s, SYSTEM, old, year=2031).id
        open_registration(s)
        settings.put(s, "current_contest_id", str(new))
        new_trades = {code: tid for tid, code in s.execute(select(Trade.id, Trade.code).where(Trade.contest_id == new))}
    bus.emit_changed(Change.CONTESTS)  # what the contests tab announces after 设为当前赛事
    assert reg_tab.contest_id == new and reg_tab.model.total == 0
    trade_box = reg_tab.child(QComboBox, "tradeCombo")
    assert {trade_box.itemData(i) for i in range(1, trade_box.count())} == set(new_trades.values())
    dlg = open_dialog(qtbot, reg_tab.child(QPushButton, "addButton"))
    type_into(qtbot, dlg, "nameEdit", "新年度")
    type_into(qtbot, dlg, "idEdit", ident(62))
    type_into(qtbot, dlg, "mobileEdit", "13912340062")
    type_into(qtbot, dlg, "unitEdit", "示例机械有限公司")
    type_into(qtbot, dlg, "codeEdit", "120101001")
    pick(dlg, "tradeCombo", "W-CNC")
    pick(dlg, "gradeCombo", 3)
    click(qtbot, ok_button(dlg))
    assert not dlg.isVisible(), dlg.problems_label.text()
    with demo_db.read() as s:
        trade_id = s.scalar(select(Registration.trade_id).order_by(Registration.id.desc()).limit(1))
    assert trade_id == new_trades["W-CNC"]
    assert reg_tab.model.total == 1
