"""The 报名 tab under pytest-qt: import through the dialog with preview, drag-and-drop. (Entry and
edit: test_gui_entry.py; review: test_gui_review.py; filters, counts, unmask, export: test_gui_tab.py.)"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from sqlalchemy import func, select

from haihe_desk.db.models import Registration
from haihe_desk.ui.tabs.registrations import RegistrationsTab
from tests.registrations.helpers import WORKER_HEADERS, open_registration, worker_row, write_xlsx

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


def wait_plan(qtbot, dlg) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dlg.plan is not None or bool(dlg.error), timeout=10000)


def test_import_through_dialog_preview_then_confirm(qtbot, tab, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = reg_count(demo_db)
    total_before = tab.model.total
    path = write_xlsx(tmp_path / "ok.xlsx", WORKER_HEADERS, [worker_row(i) for i in range(1, 4)], title="报名表")
    dlg = tab.open_import(path)
    wait_plan(qtbot, dlg)
    assert "共 3 行：无误 3 行，有错误 0 行；将新增 3 条" in dlg.summary_label.text()
    assert "使用的列：姓名、性别、身份证号" in dlg.columns_label.text()
    assert dlg.ok_model.rowCount() == 3 and dlg.ok_model.rows[0][1] == "测试1" and dlg.ok_model.rows[0][6] == "新增"
    assert dlg.issues_model.rowCount() == 0
    assert dlg.ok_button.isEnabled()
    dlg.dialog.grab().save(str(tmp_path / "import_dialog.png"))
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.result is not None, timeout=10000)
    assert dlg.result.written == 3 and reg_count(demo_db) == before + 3
    qtbot.waitUntil(lambda: tab.model.total == total_before + 3, timeout=5000)
    assert "已导入 3 条报名" in tab.notice.text()
    tab.search.setText("测试2")
    tab.reload()
    assert tab.model.total == 1 and tab.model.rows[0][1] == "测试2"


def test_errors_preview_accept_valid_and_report(qtbot, tab, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = [worker_row(1), worker_row(2, 工会代码="999999"), worker_row(3)]
    path = write_xlsx(tmp_path / "mixed.xlsx", WORKER_HEADERS, rows)
    dlg = tab.open_import(path)
    wait_plan(qtbot, dlg)
    assert dlg.issues_model.rows == [(3, "工会代码", "999999", dlg.plan.issues[0].message)]
    assert "不在单位表中" in dlg.plan.issues[0].message
    assert not dlg.ok_button.isEnabled()  # all-or-nothing by default
    dlg.valid_radio.setChecked(True)
    assert dlg.ok_button.isEnabled()
    report = tmp_path / "report.xlsx"
    dlg.save_report(report)
    ws = openpyxl.load_workbook(report).worksheets[0]
    assert "不在单位表中" in ws.cell(row=3, column=len(WORKER_HEADERS) + 1).value
    before = reg_count(demo_db)
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.result is not None, timeout=10000)
    assert reg_count(demo_db) == before + 2


def test_broken_file_is_explained_in_the_dialog(qtbot, tab, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    dlg = tab.open_import(path)
    assert "旧版 Excel（.xls）" in dlg.summary_label.text() and not dlg.ok_button.isEnabled()
    assert not dlg.report_button.isEnabled()


def test_drop_an_xlsx_on_the_tab_opens_the_import(qtbot, tab, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "drop.xlsx", WORKER_HEADERS, [worker_row(7)])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    tab.dropEvent(event)
    assert tab.import_dialog is not None
    wait_plan(qtbot, tab.import_dialog)
    assert tab.import_dialog.plan.data.path == path and tab.import_dialog.ok_model.rowCount() == 1
