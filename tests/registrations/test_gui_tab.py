"""The 报名 tab's own controls used as a user does: the filters and the search narrow the list in
SQL; the state counts stay in the signed-in union reviewer's subtree; the unmask switch (audited);
the 导出花名册 and 下载模板 menus write real workbooks (only the save-file dialog is answered)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton
from sqlalchemy import func, select

from haihe_desk.db.models import AuditEntry, Person, Registration, Trade
from haihe_desk.domain import labels
from haihe_desk.services import context
from haihe_desk.services.context import Actor
from tests.registrations.conftest import make_tab
from tests.registrations.gui import LEFT, menu_action, patch_save_name, type_text
from tests.users.helpers import org_id_by_code, subtree

pytestmark = pytest.mark.gui


def all_ids(tab) -> set[int]:  # type: ignore[no-untyped-def]
    root = tab.model.index(0, 0).parent()
    while tab.model.canFetchMore(root):
        tab.model.fetchMore(root)
    return {tab.model.row_id(i) for i in range(tab.model.rowCount())}


def ids_where(db, *conds) -> set[int]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return set(
            s.scalars(
                select(Registration.id)
                .join(Person, Registration.person_id == Person.id)
                .join(Trade, Registration.trade_id == Trade.id)
                .where(*conds)
            )
        )


def pick(tab, combo: str, data: object) -> None:  # type: ignore[no-untyped-def]
    box = tab.child(QComboBox, combo)
    index = box.findData(data)
    assert index > 0, (combo, data)
    box.setCurrentIndex(index)


def audit_actions(db) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return [tuple(r) for r in s.execute(select(AuditEntry.action, AuditEntry.actor).order_by(AuditEntry.seq))]


def test_filters_and_search_narrow_the_list(qtbot, reg_tab, demo_db) -> None:  # type: ignore[no-untyped-def]
    assert all_ids(reg_tab) == ids_where(demo_db) and reg_tab.model.total == 200
    with demo_db.read() as s:
        cnc = s.scalar(select(Trade.id).where(Trade.code == "W-CNC"))
    pick(reg_tab, "tradeCombo", cnc)
    assert all_ids(reg_tab) == ids_where(demo_db, Registration.trade_id == cnc)
    pick(reg_tab, "statusCombo", "confirmed")
    expected = ids_where(demo_db, Registration.trade_id == cnc, Registration.status == "confirmed")
    assert expected and all_ids(reg_tab) == expected
    assert reg_tab.model.total == len(expected) and f"共 {len(expected)} 条" in reg_tab.count_label.text()
    reg_tab.child(QComboBox, "tradeCombo").setCurrentIndex(0)  # 全部工种
    reg_tab.child(QComboBox, "statusCombo").setCurrentIndex(0)
    pick(reg_tab, "groupCombo", "student")
    assert all_ids(reg_tab) == ids_where(demo_db, Registration.group == "student")
    reg_tab.child(QComboBox, "groupCombo").setCurrentIndex(0)
    heping = org_id_by_code(demo_db, "120101")
    pick(reg_tab, "unionCombo", heping)
    inside = ids_where(demo_db, Registration.unit_id.in_(subtree(demo_db, heping)))
    assert inside and all_ids(reg_tab) == inside
    reg_tab.child(QComboBox, "unionCombo").setCurrentIndex(0)

    with demo_db.read() as s:
        rid, number = s.execute(
            select(Registration.id, Person.id_number).join(Person).order_by(Registration.id.desc()).limit(1)
        ).one()
    search = reg_tab.child(QLineEdit, "searchEdit")
    type_text(qtbot, search, number)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert all_ids(reg_tab) == ids_where(demo_db, Person.id_number == number) == {rid}


def status_counts_shown(tab) -> dict[str, int]:  # type: ignore[no-untyped-def]
    out = {}
    for part in tab.state_counts.text().split("　"):
        label, n = part.rsplit(" ", 1)
        out[labels.code_for(labels.REG_STATUS, label)] = int(n)
    return out


def db_counts(db, *conds) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        rows = s.execute(select(Registration.status, func.count()).where(*conds).group_by(Registration.status))
        found = dict(rows.all())
    return {k: found.get(k, 0) for k in labels.REG_STATUS}


def test_union_reviewer_counts_cover_only_their_subtree(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    scope = org_id_by_code(demo_db, "120101")
    units = subtree(demo_db, scope)  # walked in Python, not the service's SQL
    context.sign_in(Actor("heping", "union_reviewer", scope))
    try:
        tab = make_tab(qtbot, demo_db)
        shown = status_counts_shown(tab)
        assert shown == db_counts(demo_db, Registration.unit_id.in_(units))
        assert sum(shown.values()) == tab.model.total < 200
        # The statuses the review buttons are decided on stay in scope too.
        from haihe_desk.ui.operations import registrations as ops

        outside = ids_where(demo_db, Registration.unit_id.not_in(units))
        assert ops.selection_statuses(demo_db, sorted(outside)[:5]) == []
    finally:
        context.sign_in(None)
    context.sign_in(Actor("office1", "office"))
    try:
        office = make_tab(qtbot, demo_db)
        assert status_counts_shown(office) == db_counts(demo_db)
    finally:
        context.sign_in(None)


def test_unmask_switch_shows_full_numbers_and_is_audited(qtbot, reg_tab, demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.read() as s:
        full = set(s.scalars(select(Person.id_number)))
    check = reg_tab.child(QCheckBox, "unmaskCheck")
    shown = {reg_tab.model.rows[r][3] for r in range(reg_tab.model.rowCount())}
    assert shown and not shown & full
    qtbot.mouseClick(check, LEFT)
    assert check.isChecked()
    shown = {reg_tab.model.rows[r][3] for r in range(reg_tab.model.rowCount())}
    assert shown and shown <= full
    assert audit_actions(demo_db)[-1] == ("registration.unmask_view", "office1")
    n = len(audit_actions(demo_db))
    qtbot.mouseClick(check, LEFT)
    assert not check.isChecked()
    shown = {reg_tab.model.rows[r][3] for r in range(reg_tab.model.rowCount())}
    assert shown and not shown & full
    assert len(audit_actions(demo_db)) == n  # switching off is not an unmasking


def read_rows(path: Path) -> list[tuple]:
    return list(openpyxl.load_workbook(path).worksheets[0].iter_rows(values_only=True))


def test_export_menu_writes_the_filtered_roster_masked_or_full(qtbot, reg_tab, demo_db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pick(reg_tab, "statusCombo", "confirmed")
    expected = ids_where(demo_db, Registration.status == "confirmed")
    with demo_db.read() as s:
        numbers = set(s.scalars(select(Person.id_number).join(Registration).where(Registration.id.in_(expected))))
    button = reg_tab.child(QPushButton, "exportButton")
    out = tmp_path / "masked.xlsx"
    asked = patch_save_name(monkeypatch, out)
    menu_action(button, "打码").trigger()
    assert asked == ["导出花名册"]
    rows = read_rows(out)
    assert rows[0][:4] == ("序号", "姓名", "性别", "身份证号")
    assert len(rows) == len(expected) + 1 and {r[13] for r in rows[1:]} == {"组委会已确认"}
    assert all("*" in r[3] for r in rows[1:]) and not {r[3] for r in rows[1:]} & numbers
    assert audit_actions(demo_db)[-1] == ("registration.export", "office1")
    assert f"共 {len(expected)} 人" in reg_tab.notice.text()

    full = tmp_path / "full.xlsx"
    patch_save_name(monkeypatch, full)
    menu_action(button, "完整身份证号").trigger()
    assert {r[3] for r in read_rows(full)[1:]} == numbers
    assert audit_actions(demo_db)[-1] == ("registration.export_unmasked", "office1")


def test_export_menu_of_a_readonly_user_has_no_full_roster(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    context.sign_in(Actor("reader", "readonly"))
    try:
        tab = make_tab(qtbot, demo_db)
        texts = [a.text() for a in tab.child(QPushButton, "exportButton").menu().actions()]
    finally:
        context.sign_in(None)
    assert texts == ["导出花名册（身份证号打码）…"]


def test_template_menu_saves_the_import_templates(qtbot, reg_tab, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    button = reg_tab.child(QPushButton, "templateButton")
    workers = tmp_path / "workers.xlsx"
    patch_save_name(monkeypatch, workers)
    menu_action(button, "职工组").trigger()
    assert openpyxl.load_workbook(workers).worksheets[0]["A1"].value == "姓名"
    students = tmp_path / "students.xlsx"
    patch_save_name(monkeypatch, students)
    menu_action(button, "学生组").trigger()
    heads = [c.value for c in openpyxl.load_workbook(students).worksheets[0][1]]
    assert "学校" in heads and "工会代码" not in heads
    assert "导入模板已保存" in reg_tab.notice.text()


def test_export_into_a_missing_folder_says_so_and_audits_nothing(
    qtbot, reg_tab, demo_db, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from tests.registrations.gui import ModalAnswer, click

    before = audit_actions(demo_db)
    patch_save_name(monkeypatch, tmp_path / "没有这个文件夹" / "r.xlsx")
    seen: list[str] = []

    def close(box) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        click(qtbot, box.buttons()[0])

    answer = ModalAnswer(close)
    menu_action(reg_tab.child(QPushButton, "exportButton"), "打码").trigger()
    answer.check()
    assert "文件夹" in seen[0] and "不存在" in seen[0]
    assert audit_actions(demo_db) == before
