"""The registration import in the GUI, reached as a user does: the 导入 button of the 报名 tab (its
file dialog answered), the one import dialog's options, preview tables, radio buttons, report button
and 导入 button; then the database, the automatic backup and the tab's list are checked."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLineEdit, QPushButton
from sqlalchemy import func, select

from haihe_desk.db.models import AuditEntry, Registration
from haihe_desk.services import backups
from haihe_desk.ui.tabs.registrations import RegistrationsTab
from tests.keyboard import type_text
from tests.registrations.helpers import WORKER_HEADERS, open_registration, worker_row, write_xlsx

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(qtbot, demo_db):  # type: ignore[no-untyped-def]
    with demo_db.write() as s:
        open_registration(s)
    widget = RegistrationsTab(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def reg_count(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Registration)) or 0


def import_backups(db) -> set[Path]:  # type: ignore[no-untyped-def]
    folder = backups.folder(db) if db.target.path is not None else None
    return set(folder.glob("*.import.*")) if folder is not None and folder.exists() else set()


def open_with_button(qtbot, tab, monkeypatch, path: Path):  # type: ignore[no-untyped-def]
    """Press 导入… and answer its file dialog with ``path``; returns the import dialog, checked."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    qtbot.mouseClick(tab.child(QPushButton, "importButton"), Qt.MouseButton.LeftButton)
    dlg = tab.import_dialog
    assert dlg is not None and dlg.isVisible()
    qtbot.waitUntil(lambda: dlg.plan is not None or bool(dlg.error), timeout=10000)
    return dlg


def test_import_button_preview_then_confirm_backs_up_first(qtbot, tab, demo_db, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before, total_before, backups_before = reg_count(demo_db), tab.model.total, import_backups(demo_db)
    path = write_xlsx(tmp_path / "ok.xlsx", WORKER_HEADERS, [worker_row(i) for i in range(1, 4)], title="报名表")
    dlg = open_with_button(qtbot, tab, monkeypatch, path)
    assert "共 3 行：无误 3 行，有错误 0 行；将新增 3 条" in dlg.summary_label.text()
    assert "使用的列：姓名、性别、身份证号" in dlg.columns_label.text()
    assert dlg.ok_model.rowCount() == 3 and dlg.ok_model.rows[0][1] == "测试1" and dlg.ok_model.rows[0][6] == "新增"
    assert dlg.issues_model.rowCount() == 0 and dlg.ok_button.isEnabled()
    assert reg_count(demo_db) == before  # the preview wrote nothing
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.result is not None, timeout=10000)
    assert dlg.result.written == 3 and reg_count(demo_db) == before + 3
    assert not dlg.isVisible()
    qtbot.waitUntil(lambda: tab.model.total == total_before + 3, timeout=5000)
    assert "已导入 3 条报名" in tab.notice.text()
    if demo_db.target.path is not None:  # SQLite: a new automatic backup, taken before the write
        assert len(import_backups(demo_db) - backups_before) == 1
    with demo_db.read() as s:
        assert (
            s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq.desc()).limit(1)).one() == "registration.import"
        )


def test_errors_preview_accept_valid_and_report(qtbot, tab, demo_db, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    rows = [worker_row(1), worker_row(2, 工会代码="999999"), worker_row(3)]
    path = write_xlsx(tmp_path / "mixed.xlsx", WORKER_HEADERS, rows)
    dlg = open_with_button(qtbot, tab, monkeypatch, path)
    assert dlg.issues_model.rows == [(3, "工会代码", "999999", dlg.plan.issues[0].message)]
    assert "不在单位表中" in dlg.plan.issues[0].message
    assert not dlg.ok_button.isEnabled()  # all-or-nothing by default
    qtbot.mouseClick(dlg.valid_radio, Qt.MouseButton.LeftButton)
    assert dlg.valid_radio.isChecked() and dlg.ok_button.isEnabled()
    report = tmp_path / "report.xlsx"
    assert not dlg.open_report_button.isEnabled()  # nothing saved yet
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(report), "")))
    qtbot.mouseClick(dlg.report_button, Qt.MouseButton.LeftButton)
    ws = openpyxl.load_workbook(report).worksheets[0]
    assert "不在单位表中" in ws.cell(row=3, column=len(WORKER_HEADERS) + 1).value
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    qtbot.mouseClick(dlg.open_report_button, Qt.MouseButton.LeftButton)
    assert opened == [str(report)]
    before = reg_count(demo_db)
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.result is not None, timeout=10000)
    assert reg_count(demo_db) == before + 2


def test_late_reason_option_is_typed_into_the_dialog(qtbot, demo_db, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The demo contest's deadline has passed: rows are refused until a late reason is typed."""
    tab = RegistrationsTab(demo_db)
    qtbot.addWidget(tab)
    tab.show()
    path = write_xlsx(tmp_path / "late.xlsx", WORKER_HEADERS, [worker_row(1)])
    dlg = open_with_button(qtbot, tab, monkeypatch, path)
    assert "截止" in dlg.plan.issues[0].message and not dlg.ok_button.isEnabled()
    edit = dlg.findChild(QLineEdit, "lateReasonEdit")
    type_text(edit, "组委会批准补报")
    qtbot.mouseClick(dlg.recheck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.plan is not None and not dlg.plan.issues, timeout=10000)
    before = reg_count(demo_db)
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.result is not None, timeout=10000)
    assert reg_count(demo_db) == before + 1
    with demo_db.read() as s:
        reg = s.scalars(select(Registration).order_by(Registration.id.desc()).limit(1)).one()
        assert reg.late_override_reason == "组委会批准补报"


def test_students_option_is_a_check_box(qtbot, tab, demo_db, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    headers = ["姓名", "身份证号", "学校", "工种", "工作单位", "工会代码"]
    from datetime import date

    from tests.registrations.helpers import ident

    path = write_xlsx(
        tmp_path / "s.xlsx", headers, [["学生1", ident(1, date(2003, 1, 1)), "示例职业学校", "S-CNC", "", ""]]
    )
    dlg = open_with_button(qtbot, tab, monkeypatch, path)
    assert "按学生组导入" not in dlg.summary_label.text()  # a 工会代码 column: not detected as students
    qtbot.mouseClick(dlg.findChild(QCheckBox, "studentsCheck"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.plan is not None and "按学生组导入" in dlg.summary_label.text(), timeout=10000)


def test_broken_file_is_explained_in_the_dialog(qtbot, tab, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    dlg = open_with_button(qtbot, tab, monkeypatch, path)
    assert "旧版 Excel（.xls）" in dlg.summary_label.text() and not dlg.ok_button.isEnabled()
    assert not dlg.report_button.isEnabled()


def test_cancel_closes_without_writing(qtbot, tab, demo_db, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "ok.xlsx", WORKER_HEADERS, [worker_row(1)])
    before = reg_count(demo_db)
    dlg = open_with_button(qtbot, tab, monkeypatch, path)
    from PySide6.QtWidgets import QDialogButtonBox

    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dlg.isVisible() and reg_count(demo_db) == before


def test_drop_an_xlsx_on_the_tab_opens_the_import(qtbot, tab, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "drop.xlsx", WORKER_HEADERS, [worker_row(7)])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    tab.dropEvent(event)
    assert tab.import_dialog is not None
    qtbot.waitUntil(lambda: tab.import_dialog.plan is not None, timeout=10000)
    assert tab.import_dialog.plan.data.path == path and tab.import_dialog.ok_model.rowCount() == 1


def test_template_menu_writes_the_worker_template(qtbot, tab, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "tpl.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    menu = tab.child(QPushButton, "templateButton").menu()
    menu.actions()[0].trigger()
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert [c.value for c in ws[1]][:3] == ["姓名", "性别", "身份证号"]
