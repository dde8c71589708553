"""The 通讯录 tab's contact list under pytest-qt, driven through its real widgets: search as you type,
filters, copy buttons, mail links, the context menu, the contact dialog (opened by its button, typed
into, saved with its Save button), delete with its confirmation, and the file actions of 导入/导出 and
打印 (file dialogs answered, files and the database checked afterwards)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import func, select

from haihe_desk.db.database import Database
from haihe_desk.db.models import AuditEntry, Contact
from haihe_desk.services import backups, contacts
from haihe_desk.services.context import SYSTEM
from haihe_desk.ui.dialogs.contact_dialog import ContactDialog
from haihe_desk.ui.tabs.contacts import ContactsTab

from .gui_helpers import (
    LEFT,
    button,
    cancel_button,
    click,
    click_row,
    drive_import,
    names,
    ok_button,
    select_rows,
    shown_dialog,
    type_text,
)
from .helpers import write_xlsx

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(qtbot, demo_db: Database) -> ContactsTab:
    t = ContactsTab(demo_db)
    qtbot.addWidget(t)
    t.resize(1300, 700)
    t.show()
    qtbot.waitExposed(t)
    return t


def contact_named(db: Database, name: str) -> contacts.ContactRecord | None:
    with db.read() as s:
        found = [r for r in contacts.records(s, {"text": name}, SYSTEM) if r.name == name]
    return found[0] if found else None


def n_contacts(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Contact)) or 0


def test_search_as_you_type_by_pinyin_initials_and_phone_digits(tab: ContactsTab, qtbot) -> None:
    assert len(names(tab)) == 11
    qtbot.keyClicks(tab.search, "wym")
    qtbot.waitUntil(lambda: names(tab) == ["王亚梅"], timeout=3000)
    tab.search.clear()
    qtbot.keyClicks(tab.search, "1582208")
    qtbot.waitUntil(lambda: names(tab) == ["武丽娜"], timeout=3000)
    assert "共 1 条" in tab.count_label.text()


def test_role_and_trade_filters(tab: ContactsTab) -> None:
    tab.role_combo.setCurrentIndex(tab.role_combo.findData("student_reg"))
    assert names(tab) == ["贾启展", "武丽娜", "张桥", "李超"]
    tab.trade_combo.setCurrentIndex(tab.trade_combo.findData("装配钳工"))
    assert names(tab) == ["张桥"]


def test_copy_phone_and_email_buttons(tab: ContactsTab, qtbot) -> None:
    click_row(qtbot, tab, "武丽娜")
    click(qtbot, button(tab, "copyPhoneButton"))
    assert QGuiApplication.clipboard().text() == "63862123 / 15822089096"
    assert "已复制电话" in tab.count_label.text()
    click_row(qtbot, tab, "大赛办公室电子邮箱")
    click(qtbot, button(tab, "copyEmailButton"))
    assert QGuiApplication.clipboard().text() == "tjzgjnds@163.com"


def test_context_menu_copies_one_number(tab: ContactsTab, qtbot) -> None:
    click_row(qtbot, tab, "李超")
    menu = tab.contact_menu(names(tab).index("李超"))
    texts = [a.text() for a in menu.actions()]
    assert "复制手机 18920525097" in texts and "复制办公电话 84893845" in texts
    tab.menu_action(menu, "复制手机 18920525097").trigger()
    assert QGuiApplication.clipboard().text() == "18920525097"


class MailCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def mail() -> MailCatcher:
    catcher = MailCatcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("mailto")


def test_clicking_an_email_opens_the_mail_program(tab: ContactsTab, qtbot, mail: MailCatcher) -> None:
    row = names(tab).index("大赛办公室电子邮箱")
    rect = tab.table.visualRect(tab.model.index(row, tab.email_col))
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=rect.center())
    assert mail.urls == ["mailto:tjzgjnds@163.com"]
    # a click elsewhere in the row does not
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=tab.table.visualRect(tab.model.index(row, 0)).center())
    assert mail.urls == ["mailto:tjzgjnds@163.com"]
    click(qtbot, button(tab, "mailButton"))
    assert mail.urls[-1] == "mailto:tjzgjnds@163.com"
    click_row(qtbot, tab, "王亚梅")
    click(qtbot, button(tab, "mailButton"))
    assert len(mail.urls) == 2 and "没有电子邮箱" in tab.count_label.text()


def test_new_contact_button_dialog_and_save(tab: ContactsTab, qtbot, demo_db: Database) -> None:
    click(qtbot, button(tab, "newContactButton"))
    dlg = shown_dialog(qtbot, ContactDialog)
    type_text(dlg.name_edit, "孙八")
    dlg.role_combo.setCurrentIndex(dlg.role_combo.findData("chief_judge"))
    dlg.trade_combo.setEditText("焊工")
    dlg.phones_table.item(0, 1).setText("022-1111 2222")
    click(qtbot, dlg.add_phone_button)
    dlg.phones_table.item(1, 1).setText("+86 139 0000 1111")  # typed as office: recognised as a mobile
    type_text(dlg.email_edit, "sun@example.com")
    click(qtbot, ok_button(dlg))
    assert not dlg.isVisible()
    rec = contact_named(demo_db, "孙八")
    assert rec is not None
    assert rec.phones == (("office", "022-1111 2222"), ("mobile", "+86 139 0000 1111"))
    assert rec.role == "chief_judge" and rec.trade == "焊工" and rec.email == "sun@example.com"
    qtbot.waitUntil(lambda: "孙八" in names(tab), timeout=2000)


def test_remove_phone_button(tab: ContactsTab, qtbot, demo_db: Database) -> None:
    click_row(qtbot, tab, "武丽娜")
    click(qtbot, button(tab, "editContactButton"))
    dlg = shown_dialog(qtbot, ContactDialog)
    dlg.phones_table.setCurrentCell(0, 1)
    click(qtbot, dlg.remove_phone_button)
    click(qtbot, ok_button(dlg))
    assert contact_named(demo_db, "武丽娜").phones == (("mobile", "15822089096"),)


def test_dialog_shows_the_problem_and_stays_open(tab: ContactsTab, qtbot, demo_db: Database) -> None:
    before = n_contacts(demo_db)
    click(qtbot, button(tab, "newContactButton"))
    dlg = shown_dialog(qtbot, ContactDialog)
    dlg.phones_table.item(0, 1).setText("abc")
    click(qtbot, ok_button(dlg))
    assert "姓名不能为空" in dlg.error_label.text() and "abc" in dlg.error_label.text()
    assert dlg.isVisible()
    click(qtbot, cancel_button(dlg))
    assert not dlg.isVisible() and n_contacts(demo_db) == before


def test_edit_button_and_double_click_edit_the_contact(tab: ContactsTab, qtbot, demo_db: Database) -> None:
    click_row(qtbot, tab, "张桥")
    click(qtbot, button(tab, "editContactButton"))
    dlg = shown_dialog(qtbot, ContactDialog)
    assert dlg.name_edit.text() == "张桥"
    assert dlg.phones() == [("office", "28776857"), ("mobile", "13672007656")]
    type_text(dlg.notes_edit, "工作日 9:00-17:00")
    click(qtbot, ok_button(dlg))
    assert contact_named(demo_db, "张桥").notes == "工作日 9:00-17:00"
    qtbot.waitUntil(lambda: any(r[7] == "工作日 9:00-17:00" for r in tab.model.rows), timeout=2000)
    row = names(tab).index("李超")
    where = tab.table.visualRect(tab.model.index(row, 0)).center()
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=where)  # a double click starts with a press
    qtbot.mouseDClick(tab.table.viewport(), LEFT, pos=where)
    dlg = shown_dialog(qtbot, ContactDialog)
    assert dlg.name_edit.text() == "李超"
    dlg.name_edit.clear()
    type_text(dlg.name_edit, "李超然")
    click(qtbot, ok_button(dlg))
    assert contact_named(demo_db, "李超然") is not None and contact_named(demo_db, "李超") is None


def test_edit_without_a_selection_says_so(tab: ContactsTab, qtbot) -> None:
    tab.table.clearSelection()
    tab.table.setCurrentIndex(tab.model.index(-1, -1))
    click(qtbot, button(tab, "editContactButton"))
    assert "请先在表中选择" in tab.count_label.text()


def test_delete_button_asks_then_deletes_the_selected(tab: ContactsTab, qtbot, demo_db: Database, monkeypatch) -> None:
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or answer[0])
    select_rows(tab, "张桥", "李超")
    click(qtbot, button(tab, "deleteContactButton"))
    assert "2 位联系人" in asked[0]
    assert contact_named(demo_db, "张桥") is not None  # answered No: nothing deleted
    answer[0] = QMessageBox.StandardButton.Yes
    click(qtbot, button(tab, "deleteContactButton"))
    assert contact_named(demo_db, "张桥") is None and contact_named(demo_db, "李超") is None
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).where(AuditEntry.action == "contact.delete")) == 2
    qtbot.waitUntil(lambda: "张桥" not in names(tab), timeout=2000)


def test_context_menu_edit_delete_and_new(tab: ContactsTab, qtbot, demo_db: Database, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click_row(qtbot, tab, "李洁萍")
    menu = tab.contact_menu(names(tab).index("李洁萍"))
    tab.menu_action(menu, "删除").trigger()
    assert contact_named(demo_db, "李洁萍") is None
    click_row(qtbot, tab, "解雯")
    tab.menu_action(tab.contact_menu(names(tab).index("解雯")), "编辑…").trigger()
    dlg = shown_dialog(qtbot, ContactDialog)
    type_text(dlg.email_edit, "xw@example.cn")
    click(qtbot, ok_button(dlg))
    assert contact_named(demo_db, "解雯").email == "xw@example.cn"
    tab.menu_action(tab.contact_menu(None), "新建联系人…").trigger()
    dlg = shown_dialog(qtbot, ContactDialog)
    type_text(dlg.name_edit, "钱七")
    click(qtbot, ok_button(dlg))
    assert contact_named(demo_db, "钱七") is not None


def test_new_contact_in_the_selected_unit(tab: ContactsTab, qtbot, demo_db: Database) -> None:
    from .gui_helpers import click_unit
    from .helpers import org_id

    unit = org_id(demo_db, "120101001")
    click_unit(qtbot, tab, unit)
    click(qtbot, button(tab, "newContactButton"))
    dlg = shown_dialog(qtbot, ContactDialog)
    assert dlg.org_combo.currentData() == unit
    type_text(dlg.name_edit, "周十")
    click(qtbot, ok_button(dlg))
    with demo_db.read() as s:
        assert s.scalars(select(Contact.organisation_id).where(Contact.name == "周十")).one() == unit
    qtbot.waitUntil(lambda: names(tab) == ["周十"], timeout=2000)


# --------------------------------------------------------------------------- files


class _Catch(QObject):
    def __init__(self, sink: list[QUrl]) -> None:
        super().__init__()
        self.sink = sink

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.sink.append(url)


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def wait_op(qtbot, owner) -> None:  # type: ignore[no-untyped-def]
    op = owner.last_op
    assert op is not None
    if not op.thread.isFinished() or op.result is None and op.error is None:
        with qtbot.waitSignal(op.done, timeout=15000):
            pass
    assert op.error is None, op.error


def test_print_button_and_vcard_action(tab: ContactsTab, qtbot, tmp_path: Path, monkeypatch) -> None:
    opened: list[QUrl] = []
    catcher = _Catch(opened)  # keep a reference: Qt does not own the handler
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        tab.role_combo.setCurrentIndex(tab.role_combo.findData("student_reg"))
        save_to(monkeypatch, tmp_path / "sheet.pdf")
        click(qtbot, button(tab, "printButton"))
        wait_op(qtbot, tab)
        qtbot.waitUntil(lambda: len(opened) == 1, timeout=3000)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in opened] == [str(tmp_path / "sheet.pdf")]  # shown after printing
    from pypdf import PdfReader

    text = PdfReader(str(tmp_path / "sheet.pdf")).pages[0].extract_text()
    assert "贾启展" in text and "王亚梅" not in text
    save_to(monkeypatch, tmp_path / "c.vcf")
    tab.act_vcard.trigger()
    wait_op(qtbot, tab)
    assert (tmp_path / "c.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 4


def test_export_and_template_actions(tab: ContactsTab, qtbot, tmp_path: Path, monkeypatch) -> None:
    from openpyxl import load_workbook

    save_to(monkeypatch, tmp_path / "c.xlsx")
    tab.act_export_contacts.trigger()
    wait_op(qtbot, tab)
    rows = list(load_workbook(tmp_path / "c.xlsx").active.iter_rows(values_only=True))
    assert len(rows) == 12 and rows[0][0] == "姓名"
    save_to(monkeypatch, tmp_path / "t.xlsx")
    tab.act_contact_template.trigger()
    wait_op(qtbot, tab)
    assert load_workbook(tmp_path / "t.xlsx").worksheets[0]["A1"].value == "姓名"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))  # cancelled: nothing written
    tab.last_op = None
    tab.act_export_contacts.trigger()
    assert tab.last_op is None


def import_backups(db: Database) -> int:
    return sum(1 for b in backups.listing(db) if b.reason == "import") if db.target.path is not None else 0


def test_import_action_previews_backs_up_then_imports(
    tab: ContactsTab, qtbot, tmp_path: Path, demo_db: Database, monkeypatch
) -> None:
    path = write_xlsx(
        tmp_path / "c.xlsx",
        [["姓名", "职责", "手机"], ["周九", "承办单位", "13900002222"], ["", "其他", "13900003333"]],
    )
    before = import_backups(demo_db)
    tab.act_import_contacts.trigger()
    dlg = drive_import(qtbot, monkeypatch, path, accept=False)
    assert "有错误 1 行" in dlg.summary_label.text() and not dlg.ok_button.isEnabled()
    assert dlg.issues_model.rowCount() == 1
    qtbot.mouseClick(dlg.valid_radio, LEFT, pos=QPoint(8, dlg.valid_radio.height() // 2))  # only the valid rows
    assert dlg.ok_button.isEnabled()
    assert contact_named(demo_db, "周九") is None  # the preview wrote nothing
    qtbot.mouseClick(dlg.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=15000)
    rec = contact_named(demo_db, "周九")
    assert rec is not None and rec.phones == (("mobile", "13900002222"),)
    if demo_db.target.path is not None:  # automatic backups are of SQLite files
        assert import_backups(demo_db) == before + 1
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).where(AuditEntry.action == "contact.import")) == 1
    qtbot.waitUntil(lambda: "周九" in names(tab), timeout=2000)
    assert "导入完成" in tab.count_label.text()


def test_read_only_users_see_no_edit_buttons(qtbot, demo_db: Database) -> None:
    from haihe_desk.services import context
    from haihe_desk.services.context import Actor

    context.sign_in(Actor(username="只读", role="readonly"))
    try:
        t = ContactsTab(demo_db)
        qtbot.addWidget(t)
        t.show()
        for name in ("newContactButton", "editContactButton", "deleteContactButton"):
            assert not button(t, name).isVisible()
        assert not t.org_panel.new_button.isVisible() and not t.act_import_contacts.isVisible()
        assert not t.org_panel.act_move.isVisible() and t.org_panel.act_export.isVisible()
        assert "新建联系人…" not in [a.text() for a in t.contact_menu(0).actions()]
    finally:
        context.sign_in(None)


def test_the_list_follows_the_current_contest(tab: ContactsTab, demo_db: Database) -> None:
    """The tab reads the current contest at each reload; it does not keep the one of start-up."""
    from haihe_desk.db.models import Contest
    from haihe_desk.services import settings
    from haihe_desk.ui.bus import bus
    from haihe_desk.ui.changes import Change

    assert len(names(tab)) == 11
    with demo_db.write() as s:
        other = Contest(name="另一届大赛", year=2030)
        s.add(other)
        s.flush()
        settings.put(s, "current_contest_id", str(other.id))
        s.add(Contact(name="下届联系人", contest_id=other.id, sort=99))
        other_id = other.id
    bus.emit_changed(Change.CONTESTS)
    assert tab.contest_id == other_id
    assert names(tab) == ["下届联系人"]  # the demo contest's contacts belong to the other year
