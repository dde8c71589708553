"""The 基层备案 register (opened from the 赛事 tab) and the filing dialog under pytest-qt, pressed as a
user does; every test asserts on the database or the file written."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select
from sqlalchemy.orm import undefer

from haihe_desk.db.database import Database
from haihe_desk.db.models import AuditEntry, Filing
from haihe_desk.ui.dialogs.filing_dialog import FilingDialog, FilingRegisterDialog
from haihe_desk.ui.tabs.contests import ContestsTab
from tests.keyboard import type_text

from .gui_helpers import MessageSeen, answer_input, choose_files, click, ok, press, shown
from .helpers import current

pytestmark = pytest.mark.gui


@pytest.fixture
def register(qtbot, demo_db: Database) -> FilingRegisterDialog:
    tab = ContestsTab(demo_db)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    click(qtbot, tab.form.findChild(QPushButton, "filingsButton"))
    dlg = shown(FilingRegisterDialog)
    qtbot.waitExposed(dlg)
    return dlg


def filings_of(db: Database) -> list[Filing]:
    with db.read() as s:
        rows = list(s.scalars(select(Filing).options(undefer(Filing.file_data)).order_by(Filing.id)))
        for r in rows:
            s.expunge(r)
        return rows


def select_row(qtbot, reg: FilingRegisterDialog, row: int) -> int:
    rect = reg.table.visualRect(reg.model.index(row, 1))
    qtbot.mouseClick(reg.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    fid = reg.current_id()
    assert fid is not None
    return fid


def test_request_puts_every_top_level_union_on_the_register(
    qtbot, register: FilingRegisterDialog, demo_db: Database
) -> None:
    labels = answer_input("备案", "2020-09-30")
    press(qtbot, register, "requestButton")
    assert labels == ["类别：", "应交日期（例如 2021-09-30）："]
    rows = filings_of(demo_db)
    assert len(rows) == 7 and {(f.kind, f.due_on) for f in rows} == {("record", date(2020, 9, 30))}
    assert {f.contest_id for f in rows} == {current(demo_db)}
    assert register.model.total == 7 and "逾期未交 7 份" in register.summary.text()
    assert register.units.rowCount() >= 7
    # Asked again: nobody is added twice.
    answer_input("备案", "2020-09-30")
    press(qtbot, register, "requestButton")
    assert len(filings_of(demo_db)) == 7


def test_request_with_a_bad_date_says_so_and_writes_nothing(
    qtbot, register: FilingRegisterDialog, demo_db: Database
) -> None:
    answer_input("总结", "明年")
    seen = MessageSeen()
    press(qtbot, register, "requestButton")
    assert "明年" in seen.text
    assert filings_of(demo_db) == []


def test_add_a_filing_with_its_file_through_the_form(
    qtbot, register: FilingRegisterDialog, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    doc = tmp_path / "总结.pdf"
    doc.write_bytes(b"%PDF-1.4 summary")
    press(qtbot, register, "addButton")
    dlg = shown(FilingDialog)
    dlg.unit.setCurrentIndex(dlg.unit.findText("河西区总工会"))
    dlg.kind.setCurrentIndex(dlg.kind.findData("summary"))
    type_text(dlg.title, "河西区职工焊工技能竞赛")
    dlg.participants.selectAll()
    qtbot.keyClicks(dlg.participants, "56")
    choose_files(monkeypatch, open_path=doc)
    press(qtbot, dlg, "chooseFileButton")
    assert dlg.file_label.text() == "总结.pdf"
    with qtbot.waitSignal(dlg.accepted, timeout=3000):
        ok(qtbot, dlg)
    (f,) = filings_of(demo_db)
    assert (f.kind, f.title, f.participants, f.file_name, f.file_data) == (
        "summary",
        "河西区职工焊工技能竞赛",
        56,
        "总结.pdf",
        b"%PDF-1.4 summary",
    )
    assert f.received_on == date.today()
    with demo_db.read() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "filing")).all()
    assert actions == ["filing.create", "filing.attach"]
    assert register.model.total == 1


def test_edit_attach_open_and_export(
    qtbot, register: FilingRegisterDialog, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    answer_input("备案", "2020-09-30")
    press(qtbot, register, "requestButton")
    # 编辑: the selected row's title.
    fid = select_row(qtbot, register, 0)
    press(qtbot, register, "editButton")
    dlg = shown(FilingDialog)
    assert dlg.filing_id == fid
    type_text(dlg.title, "区级钳工比赛")
    with qtbot.waitSignal(dlg.accepted, timeout=3000):
        ok(qtbot, dlg)
    with demo_db.read() as s:
        assert s.get(Filing, fid).title == "区级钳工比赛"
    # 附上文件: the selected row is received today.
    doc = tmp_path / "备案表.pdf"
    doc.write_bytes(b"%PDF-1.4 record")
    choose_files(monkeypatch, open_path=doc)
    fid = select_row(qtbot, register, 0)
    press(qtbot, register, "attachButton")
    f = next(x for x in filings_of(demo_db) if x.id == fid)
    assert (f.file_name, f.file_data, f.received_on) == ("备案表.pdf", b"%PDF-1.4 record", date.today())
    assert "逾期未交 6 份" in register.summary.text()
    # 打开附件: the stored bytes are written to a temporary file and handed to the desktop.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    row = next(r for r in range(register.model.rowCount()) if register.model.row_id(r) == fid)
    select_row(qtbot, register, row)
    press(qtbot, register, "openFileButton")
    assert len(opened) == 1 and Path(opened[0]).read_bytes() == b"%PDF-1.4 record"
    assert Path(opened[0]).is_relative_to(tmp_path)
    # 导出登记表.
    out = tmp_path / "登记表.xlsx"
    choose_files(monkeypatch, save_path=out)
    press(qtbot, register, "exportButton")
    rows = list(load_workbook(out).worksheets[0].iter_rows(min_row=2, values_only=True))
    with demo_db.read() as s:
        assert len(rows) == s.scalar(select(func.count()).select_from(Filing)) == 7
    assert any(r[3] == "区级钳工比赛" for r in rows) and any(r[11] == "备案表.pdf" for r in rows)


def test_edit_attach_and_open_without_a_selection_say_so(
    qtbot, register: FilingRegisterDialog, demo_db: Database
) -> None:
    for name in ("editButton", "attachButton", "openFileButton"):
        seen = MessageSeen()
        press(qtbot, register, name)
        assert "选中一条登记" in seen.text, name
    assert filings_of(demo_db) == []


def test_open_file_of_a_filing_without_one_says_so(qtbot, register: FilingRegisterDialog, demo_db: Database) -> None:
    answer_input("备案", "2020-09-30")
    press(qtbot, register, "requestButton")
    select_row(qtbot, register, 0)
    seen = MessageSeen()
    press(qtbot, register, "openFileButton")
    assert "还没有附件" in seen.text
