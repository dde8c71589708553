"""The 报名 tab under pytest-qt: import through the dialog with preview, drag-and-drop, review
actions on selected rows with the history panel, hand entry with field-level errors, export."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from haihe_desk.db.models import Registration
from haihe_desk.ui.tabs.registrations import RegistrationsTab
from tests.registrations.helpers import WORKER_HEADERS, ident, open_registration, worker_row, write_xlsx

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(qtbot, demo_db):  # type: ignore[no-untyped-def]
    with demo_db.write() as s:
        open_registration(s)
    widget = RegistrationsTab(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    return widget


def reg_count(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Registration)) or 0


def test_bulk_review_buttons_and_history(qtbot, tab, demo_db) -> None:  # type: ignore[no-untyped-def]
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("submitted"))
    n = tab.model.total
    assert n > 2
    tab.table.selectRow(0)
    tab.table.selectionModel().select(
        tab.model.index(1, 0), tab.table.selectionModel().SelectionFlag.Select | tab.table.selectionModel().SelectionFlag.Rows)
    ids = tab.selected_ids()
    assert len(ids) == 2
    assert tab.review_buttons["approve"].isEnabled() and not tab.review_buttons["confirm"].isEnabled()
    qtbot.mouseClick(tab.review_buttons["approve"], Qt.MouseButton.LeftButton)
    with demo_db.read() as s:
        assert set(s.scalars(select(Registration.status).where(Registration.id.in_(ids)))) == {"union_approved"}
    assert tab.model.total == n - 2  # the filter shows only 待审核 rows
    assert "已将 2 条报名设为“工会已审核”" in tab.notice.text()
    counts = tab.state_counts.text()
    assert "工会已审核" in counts

    tab.status_combo.setCurrentIndex(tab.status_combo.findData("union_approved"))
    row = next(i for i in range(tab.model.rowCount()) if tab.model.row_id(i) == ids[0])
    tab.table.selectRow(row)
    assert tab.review_buttons["confirm"].isEnabled()
    assert tab.review_selected("return", reason="照片不清晰") == 1
    tab.status_combo.setCurrentIndex(0)
    row = next(i for i in range(tab.model.rowCount()) if tab.model.row_id(i) == ids[0])
    tab.table.selectRow(row)
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    items = [[tab.history_tree.topLevelItem(i).text(c) for c in range(5)] for i in range(tab.history_tree.topLevelItemCount())]
    assert [r[2:] for r in items[-2:]] == [["待审核", "工会已审核", ""], ["工会已审核", "退回修改", "照片不清晰"]]
    assert not tab.review_buttons["approve"].isEnabled()
    tab.grab().save("/tmp/registrations_tab.png")


def test_hand_entry_dialog_field_errors_then_save(qtbot, tab, demo_db) -> None:  # type: ignore[no-untyped-def]
    tab.add_registration()
    dlg = tab.entry_dialog
    dlg.edits["name"].setText("孙八")
    dlg.edits["id_number"].setText("110105194912310021")
    dlg.edits["mobile"].setText("12345")
    dlg.trade_combo.setCurrentIndex(dlg.trade_combo.findData("W-WELD"))
    problems = dict(dlg.validate())
    assert "校验位" in problems["id_number"] and "手机号" in problems["mobile"]
    assert "border" in dlg.edits["id_number"].styleSheet() and "校验位" in dlg.edits["id_number"].toolTip()
    assert "校验位" in dlg.problems_label.text()
    dlg.edits["id_number"].setText(ident(60).lower()[:17] + ident(60)[-1].lower())
    dlg.edits["mobile"].setText("13912345678")
    dlg.edits["union_code"].setText("120101001")
    dlg.grade_combo.setCurrentIndex(dlg.grade_combo.findData(4))
    problems = dict(dlg.validate())
    assert set(problems) == {"grade"} and "破格原因" in problems["grade"]
    assert "1990-03-07" in dlg.edits["birth_date"].placeholderText()
    dlg.edits["exception_reason"].setText("区赛第一名")
    assert dlg.validate() == []
    before = reg_count(demo_db)
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dlg.saved_id is not None and reg_count(demo_db) == before + 1
    with demo_db.read() as s:
        reg = s.get(Registration, dlg.saved_id)
        assert reg.grade_exception and reg.person.name == "孙八" and reg.trade.code == "W-WELD"


def test_export_from_the_tab_uses_the_filters(qtbot, tab, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("confirmed"))
    n = tab.write_roster(tmp_path / "r.xlsx", unmasked=False)
    assert n == tab.model.total > 0
    rows = list(openpyxl.load_workbook(tmp_path / "r.xlsx").worksheets[0].iter_rows(values_only=True))
    assert len(rows) == n + 1 and {r[13] for r in rows[1:]} == {"组委会已确认"}
    tab.write_template(tmp_path / "t.xlsx", students=False)
    assert openpyxl.load_workbook(tmp_path / "t.xlsx").worksheets[0]["A1"].value == "姓名"
