"""The 通讯录 tab under pytest-qt: search as you type, copy to the clipboard, mail links, the unit
tree filtering the list, the contact and unit dialogs, and file operations through run_op."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QPushButton

from haihe_desk.db.database import Database
from haihe_desk.db.models import Organisation
from haihe_desk.services import contacts
from haihe_desk.ui.tabs.contacts import ContactsTab

from .helpers import org_id, regs_of

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(qtbot, demo_db: Database) -> ContactsTab:
    t = ContactsTab(demo_db)
    qtbot.addWidget(t)
    t.resize(1300, 700)
    t.show()
    qtbot.waitExposed(t)
    return t


def names(tab: ContactsTab) -> list[str]:
    return [tab.model.rows[r][1] for r in range(tab.model.rowCount())]


def button(tab: ContactsTab, name: str) -> QPushButton:
    return tab.child(QPushButton, name)


def select_row(tab: ContactsTab, name: str) -> None:
    row = names(tab).index(name)
    tab.table.selectionModel().select(
        tab.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


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


def test_copy_phone_and_email_to_the_clipboard(tab: ContactsTab, qtbot) -> None:
    select_row(tab, "武丽娜")
    qtbot.mouseClick(button(tab, "copyPhoneButton"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "63862123 / 15822089096"
    assert "已复制电话" in tab.count_label.text()
    select_row(tab, "大赛办公室电子邮箱")
    qtbot.mouseClick(button(tab, "copyEmailButton"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "tjzgjnds@163.com"


def test_context_menu_copies_one_number(tab: ContactsTab) -> None:
    menu = tab.contact_menu(names(tab).index("李超"))
    texts = [a.text() for a in menu.actions()]
    assert "复制手机 18920525097" in texts and "复制办公电话 84893845" in texts
    next(a for a in menu.actions() if a.text() == "复制手机 18920525097").trigger()
    assert QGuiApplication.clipboard().text() == "18920525097"


class MailCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_clicking_an_email_opens_the_mail_program(tab: ContactsTab, qtbot) -> None:
    catcher = MailCatcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "open")
    try:
        row = names(tab).index("大赛办公室电子邮箱")
        index = tab.model.index(row, tab.email_col)
        rect = tab.table.visualRect(index)
        qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert catcher.urls == ["mailto:tjzgjnds@163.com"]
        # a click elsewhere in the row does not
        qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=tab.table.visualRect(tab.model.index(row, 0)).center())
        assert catcher.urls == ["mailto:tjzgjnds@163.com"]
    finally:
        QDesktopServices.unsetUrlHandler("mailto")


def test_tree_selection_filters_contacts_to_the_unit_and_below(tab: ContactsTab, demo_db: Database) -> None:
    office = next(o for o, text in _tree_texts(tab) if text.startswith("技能大赛办公室"))
    tab.select_org(office)
    assert names(tab) == ["王亚梅", "解雯", "刘巍", "高亚君", "姜赢", "大赛办公室电子邮箱"]
    with demo_db.read() as s:
        federation = s.query(Organisation).filter_by(name="天津市总工会").one().id
    tab.select_org(federation)  # the office sits under the federation
    assert len(names(tab)) == 6
    tab.select_org(org_id(demo_db, "120101"))
    assert names(tab) == []
    assert "120101" in tab.org_info.text()
    tab.select_org(None)
    assert len(names(tab)) == 11


def _tree_texts(tab: ContactsTab) -> list[tuple[int, str]]:
    from haihe_desk.ui.tabs.contacts import ORG_ID_ROLE

    out = []

    def walk(item) -> None:  # type: ignore[no-untyped-def]
        for r in range(item.rowCount()):
            child = item.child(r)
            out.append((child.data(ORG_ID_ROLE), child.text()))
            walk(child)

    walk(tab.org_model.invisibleRootItem().child(0))
    return out


def test_tree_search_and_retired_units(tab: ContactsTab, demo_db: Database) -> None:
    tab.org_search.setText("120101002")
    root = tab.org_proxy.index(0, 0)
    district = tab.org_proxy.index(0, 0, root)
    assert tab.org_proxy.rowCount(root) == 1 and "和平区总工会" in district.data()
    assert tab.org_proxy.rowCount(district) == 1
    tab.org_search.clear()
    unit = org_id(demo_db, "120101003")
    assert tab.merge_org(unit, org_id(demo_db, "120101002"), reason="重复")
    assert unit not in [o for o, _t in _tree_texts(tab)]
    tab.show_retired.setChecked(True)
    assert any(o == unit and "已合并" in t for o, t in _tree_texts(tab))


def test_merge_from_the_tab_keeps_registrations(tab: ContactsTab, demo_db: Database) -> None:
    dup, keep = org_id(demo_db, "120101001"), org_id(demo_db, "120102001")
    regs = regs_of(demo_db, dup) | regs_of(demo_db, keep)
    assert tab.merge_org(dup, keep)
    assert regs_of(demo_db, keep) == regs
    assert tab.current_org_id() == keep


def test_move_refused_shows_no_change(tab: ContactsTab, demo_db: Database, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    heping = org_id(demo_db, "120101")
    assert not tab.move_org(heping, org_id(demo_db, "120101001"))
    assert shown and "循环" in shown[0]
    assert tab.move_org(org_id(demo_db, "120101001"), org_id(demo_db, "120102"))
    with demo_db.read() as s:
        assert s.get(Organisation, org_id(demo_db, "120101001")).parent_id == org_id(demo_db, "120102")


def test_new_contact_through_the_dialog(tab: ContactsTab, qtbot, demo_db: Database) -> None:
    dlg = tab.new_contact()
    dlg.name_edit.setText("孙八")
    dlg.role_combo.setCurrentIndex(dlg.role_combo.findData("chief_judge"))
    dlg.trade_combo.setEditText("焊工")
    dlg.phones_table.item(0, 1).setText("022-1111 2222")
    dlg.add_phone()
    dlg.phones_table.item(1, 1).setText("13900001111")  # typed as office: recognised as a mobile
    dlg.email_edit.setText("sun@example.com")
    with qtbot.waitSignal(dlg.dialog.accepted, timeout=2000):
        assert dlg.save()
    qtbot.waitUntil(lambda: "孙八" in names(tab), timeout=2000)
    with demo_db.read() as s:
        rec = contacts.record(s, dlg.saved_id)
    assert rec.phones == (("office", "022-1111 2222"), ("mobile", "13900001111"))
    assert rec.role == "chief_judge" and rec.trade == "焊工"
    tab.search.setText("sb")
    tab.reload()
    assert "孙八" in names(tab)


def test_dialog_shows_the_problem_and_stays_open(tab: ContactsTab) -> None:
    dlg = tab.new_contact()
    dlg.phones_table.item(0, 1).setText("abc")
    assert not dlg.save()
    assert "姓名不能为空" in dlg.error_label.text() and "abc" in dlg.error_label.text()
    assert dlg.dialog.isVisible()
    dlg.dialog.reject()


def test_edit_contact_through_the_dialog(tab: ContactsTab, qtbot, demo_db: Database) -> None:
    select_row(tab, "张桥")
    dlg = tab.edit_contact()
    assert dlg is not None and dlg.name_edit.text() == "张桥"
    assert dlg.phones() == [("office", "28776857"), ("mobile", "13672007656")]
    dlg.notes_edit.setPlainText("工作日 9:00-17:00")
    assert dlg.save()
    qtbot.waitUntil(lambda: any(r[7] == "工作日 9:00-17:00" for r in tab.model.rows), timeout=2000)
    assert tab.delete_contacts([dlg.contact_id], confirm=False) == 1
    assert "张桥" not in names(tab)


def test_new_unit_through_the_dialog(tab: ContactsTab, demo_db: Database) -> None:
    heping = org_id(demo_db, "120101")
    dlg = tab.new_org(under=heping)
    assert dlg.parent_id() == heping
    dlg.name_edit.setText("和平区示例新单位工会")
    dlg.code_edit.setText("120")
    assert not dlg.save() and "工会代码“120”无效" in dlg.error_label.text()
    dlg.code_edit.setText("120101004")
    assert dlg.save()
    assert tab.current_org_id() == dlg.saved_id
    with demo_db.read() as s:
        org = s.get(Organisation, dlg.saved_id)
        assert (org.parent_id, org.kind, org.union_code) == (heping, "grassroots", "120101004")


def test_print_and_vcard_through_run_op(tab: ContactsTab, qtbot, tmp_path: Path) -> None:
    opened: list[QUrl] = []
    catcher = _Catch(opened)  # keep a reference: Qt does not own the handler
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        tab.role_combo.setCurrentIndex(tab.role_combo.findData("student_reg"))
        op = tab.print_sheet(str(tmp_path / "sheet.pdf"))
        with qtbot.waitSignal(op.done, timeout=10000):
            pass
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in opened] == [str(tmp_path / "sheet.pdf")]  # shown after printing
    from pypdf import PdfReader

    text = PdfReader(str(tmp_path / "sheet.pdf")).pages[0].extract_text()
    assert "贾启展" in text and "王亚梅" not in text
    op = tab.export_vcard(str(tmp_path / "c.vcf"))
    with qtbot.waitSignal(op.done, timeout=10000):
        pass
    assert (tmp_path / "c.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 4


class _Catch(QObject):
    def __init__(self, sink: list[QUrl]) -> None:
        super().__init__()
        self.sink = sink

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.sink.append(url)


def test_import_contacts_through_run_op(tab: ContactsTab, qtbot, tmp_path: Path) -> None:
    from .helpers import write_xlsx

    path = write_xlsx(tmp_path / "c.xlsx", [["姓名", "职责", "手机"], ["周九", "承办单位", "13900002222"]])
    op = tab.import_contacts(str(path))
    with qtbot.waitSignal(op.done, timeout=10000):
        pass
    assert op.error is None
    qtbot.waitUntil(lambda: "周九" in names(tab), timeout=2000)
    assert "导入完成" in tab.count_label.text()
