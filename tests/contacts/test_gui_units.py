"""The unit-tree panel of the 通讯录 tab, driven through its real widgets: clicks in the tree, the
新建单位/编辑 buttons and the unit dialog, every action of 更多 and of the tree's context menu —
move and merge through the real pick dialog (also cancelled: nothing happens), retire, restore,
delete, the strict-code setting, and the union-code list's import/export/template."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import func, select

from haihe_desk.db.database import Database
from haihe_desk.db.models import AuditEntry, Organisation
from haihe_desk.services import organisations
from haihe_desk.ui.dialogs.org_dialogs import OrgDialog
from haihe_desk.ui.tabs.contacts import ContactsTab

from .gui_helpers import (
    LEFT,
    PickAnswer,
    cancel_button,
    click,
    click_unit,
    drive_import,
    names,
    ok_button,
    shown_dialog,
    type_text,
)
from .helpers import counts, org_id, regs_of, write_xlsx
from .test_gui import import_backups, wait_op

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(qtbot, demo_db: Database) -> ContactsTab:
    t = ContactsTab(demo_db)
    qtbot.addWidget(t)
    t.resize(1300, 700)
    t.show()
    qtbot.waitExposed(t)
    return t


def unit(db: Database, oid: int) -> Organisation:
    with db.read() as s:
        org = s.get(Organisation, oid)
        assert org is not None
        s.expunge(org)
        return org


def exists(db: Database, oid: int) -> bool:
    with db.read() as s:
        return s.get(Organisation, oid) is not None


@pytest.fixture
def warnings_shown(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def tree_texts(tab: ContactsTab) -> list[tuple[int, str]]:
    from haihe_desk.ui.tabs.org_tree_panel import ORG_ID_ROLE

    out = []

    def walk(item) -> None:  # type: ignore[no-untyped-def]
        for r in range(item.rowCount()):
            child = item.child(r)
            out.append((child.data(ORG_ID_ROLE), child.text()))
            walk(child)

    walk(tab.org_panel.model.invisibleRootItem().child(0))
    return out


# --------------------------------------------------------------------------- the tree filters the list


def test_clicking_a_unit_shows_its_contacts_and_those_below(tab: ContactsTab, qtbot, demo_db: Database) -> None:
    with demo_db.read() as s:
        federation = s.scalars(select(Organisation.id).where(Organisation.name == "天津市总工会")).one()
        office = s.scalars(select(Organisation.id).where(Organisation.name == "技能大赛办公室")).one()
    click_unit(qtbot, tab, office)
    assert names(tab) == ["王亚梅", "解雯", "刘巍", "高亚君", "姜赢", "大赛办公室电子邮箱"]
    click_unit(qtbot, tab, federation)  # the office sits under the federation
    assert len(names(tab)) == 6
    click_unit(qtbot, tab, org_id(demo_db, "120101"))
    assert names(tab) == []
    assert "120101" in tab.org_info.text() and "下级单位 3 个" in tab.org_info.text()
    click_unit(qtbot, tab, None)
    assert len(names(tab)) == 11 and tab.org_info.text() == ""


def test_tree_search_and_show_retired(tab: ContactsTab, qtbot, demo_db: Database) -> None:
    panel = tab.org_panel
    qtbot.keyClicks(panel.search, "120101002")
    root = panel.proxy.index(0, 0)
    district = panel.proxy.index(0, 0, root)
    assert panel.proxy.rowCount(root) == 1 and "和平区总工会" in district.data()
    assert panel.proxy.rowCount(district) == 1
    panel.search.clear()
    dup = org_id(demo_db, "120101003")
    with demo_db.write() as s:
        from haihe_desk.services.context import SYSTEM

        organisations.retire(s, SYSTEM, dup)
    panel.load_tree()
    assert dup not in [o for o, _t in tree_texts(tab)]
    click(qtbot, panel.show_retired)
    assert any(o == dup and "已停用" in t for o, t in tree_texts(tab))


# --------------------------------------------------------------------------- the unit dialog


def test_new_unit_button_with_a_free_code_and_the_prefix_warning(tab: ContactsTab, qtbot, demo_db: Database) -> None:
    heping = org_id(demo_db, "120101")
    click_unit(qtbot, tab, heping)
    tab.org_panel.act_new_child.trigger()
    dlg = shown_dialog(qtbot, OrgDialog)
    assert dlg.parent_id() == heping and dlg.kind_combo.currentData() == "grassroots"
    type_text(dlg.name_edit, "和平区示例新单位工会")
    type_text(dlg.code_edit, "120")
    click(qtbot, ok_button(dlg))
    assert "工会代码“120”无效" in dlg.error_label.text() and dlg.isVisible()
    dlg.code_edit.clear()
    type_text(dlg.code_edit, "HP2024A01")  # the union's own code: accepted
    assert dlg.code_warning_label.isVisible() and "120101" in dlg.code_warning_label.text()
    click(qtbot, ok_button(dlg))
    assert not dlg.isVisible()
    with demo_db.read() as s:
        org = organisations.by_code(s, "HP2024A01")
        assert (org.parent_id, org.kind, org.name) == (heping, "grassroots", "和平区示例新单位工会")
    assert tab.current_org_id() == org.id
    assert "不以上级单位" in tab.count_label.text()  # the warning stays in the status line


def test_new_unit_button_at_the_top_and_cancel(tab: ContactsTab, qtbot, demo_db: Database) -> None:
    with demo_db.read() as s:
        before = len(organisations.tree(s))
    click(qtbot, tab.org_panel.new_button)
    dlg = shown_dialog(qtbot, OrgDialog)
    type_text(dlg.name_edit, "未保存的单位")
    click(qtbot, cancel_button(dlg))
    click_unit(qtbot, tab, None)
    click(qtbot, tab.org_panel.new_button)
    dlg = shown_dialog(qtbot, OrgDialog)
    assert dlg.parent_id() is None and dlg.kind_combo.currentData() == "district_union"
    type_text(dlg.name_edit, "西青区总工会")
    type_text(dlg.code_edit, "120111")
    assert not dlg.code_warning_label.isVisible()
    click(qtbot, ok_button(dlg))
    with demo_db.read() as s:
        assert len(organisations.tree(s)) == before + 1
        assert organisations.by_code(s, "120111").parent_id is None
        assert organisations.find_by_name(s, "未保存的单位") is None


def test_edit_button_and_double_click_change_a_unit(tab: ContactsTab, qtbot, demo_db: Database) -> None:
    oid = org_id(demo_db, "120101001")
    click_unit(qtbot, tab, oid)
    click(qtbot, tab.org_panel.edit_button)
    dlg = shown_dialog(qtbot, OrgDialog)
    assert dlg.code_edit.text() == "120101001"
    dlg.phone_edit.clear()
    type_text(dlg.phone_edit, "022-23456789")
    click(qtbot, ok_button(dlg))
    assert unit(demo_db, oid).phone == "022-23456789"
    tree = tab.org_panel.tree
    rect = tree.visualRect(tab.org_panel.index_of(oid))
    qtbot.mouseClick(tree.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), LEFT, pos=rect.center())
    dlg = shown_dialog(qtbot, OrgDialog)
    dlg.short_edit.clear()
    type_text(dlg.short_edit, "示例机械")
    click(qtbot, ok_button(dlg))
    assert unit(demo_db, oid).short_name == "示例机械"


def test_edit_without_a_unit_says_so(tab: ContactsTab, qtbot) -> None:
    click_unit(qtbot, tab, None)
    click(qtbot, tab.org_panel.edit_button)
    assert "请先在左侧选择一个单位" in tab.count_label.text()


# --------------------------------------------------------------------------- move and merge (the pick dialog)


def test_move_through_the_pick_dialog(tab: ContactsTab, qtbot, demo_db: Database) -> None:
    oid, hedong = org_id(demo_db, "120101001"), org_id(demo_db, "120102")
    regs = regs_of(demo_db, oid)
    click_unit(qtbot, tab, oid)
    answer = PickAnswer(qtbot, "河东区总工会", reason="划转")
    tab.org_panel.act_move.trigger()
    assert answer.answered and answer.title == "移动单位"
    assert not any(t.startswith("120101001") for t in answer.seen)  # not under itself
    assert unit(demo_db, oid).parent_id == hedong
    assert regs_of(demo_db, oid) == regs
    with demo_db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "org.move")).one()
        assert entry.reason == "划转"
    assert "已移动单位" in tab.count_label.text() and "不以上级单位" in tab.count_label.text()


def test_move_to_the_top(tab: ContactsTab, qtbot, demo_db: Database) -> None:
    oid = org_id(demo_db, "120101001")
    click_unit(qtbot, tab, oid)
    PickAnswer(qtbot, top=True)
    tab.org_panel.act_move.trigger()
    assert unit(demo_db, oid).parent_id is None


def test_cancelled_pick_dialog_changes_nothing(tab: ContactsTab, qtbot, demo_db: Database) -> None:
    oid = org_id(demo_db, "120101001")
    parent = unit(demo_db, oid).parent_id
    click_unit(qtbot, tab, oid)
    cancelled = PickAnswer(qtbot, cancel=True)
    tab.org_panel.act_move.trigger()
    assert cancelled.answered and unit(demo_db, oid).parent_id == parent
    cancelled = PickAnswer(qtbot, cancel=True)
    tab.org_panel.act_merge.trigger()
    assert cancelled.answered
    assert not unit(demo_db, oid).retired and unit(demo_db, oid).merged_into_id is None
    # OK without choosing anything does not close the dialog (nor write anything)
    nothing = PickAnswer(qtbot, then=lambda d: d.list.setCurrentRow(-1))
    tab.org_panel.act_merge.trigger()
    assert nothing.answered and not unit(demo_db, oid).retired


def test_move_refused_shows_the_sentence(tab: ContactsTab, qtbot, demo_db: Database, warnings_shown) -> None:
    oid = org_id(demo_db, "120101001")
    with demo_db.write() as s:
        from haihe_desk.services.context import SYSTEM

        organisations.retire(s, SYSTEM, oid)
    click(qtbot, tab.org_panel.show_retired)
    click_unit(qtbot, tab, oid)
    answer = PickAnswer(qtbot, "河东区总工会")
    tab.org_panel.act_move.trigger()
    assert answer.answered
    assert warnings_shown and "已停用，不能移动" in warnings_shown[0]
    assert unit(demo_db, oid).parent_id == org_id(demo_db, "120101")


def test_merge_through_the_pick_dialog(tab: ContactsTab, qtbot, demo_db: Database) -> None:
    dup, keep = org_id(demo_db, "120101003"), org_id(demo_db, "120101002")
    regs = regs_of(demo_db, dup) | regs_of(demo_db, keep)
    click_unit(qtbot, tab, dup)
    answer = PickAnswer(qtbot, "120101002", reason="重复")
    tab.org_panel.act_merge.trigger()
    assert answer.answered and answer.title == "合并重复单位"
    assert regs_of(demo_db, keep) == regs and regs_of(demo_db, dup) == set()
    d = unit(demo_db, dup)
    assert d.retired and d.merged_into_id == keep
    assert tab.current_org_id() == keep and "已合并单位" in tab.count_label.text()
    assert dup not in [o for o, _t in tree_texts(tab)]
    click(qtbot, tab.org_panel.show_retired)
    assert any(o == dup and "已合并" in t for o, t in tree_texts(tab))


# --------------------------------------------------------------------------- retire, restore, delete


def test_retire_and_restore_actions(tab: ContactsTab, qtbot, demo_db: Database, warnings_shown) -> None:
    oid = org_id(demo_db, "120101001")
    click_unit(qtbot, tab, oid)
    tab.org_panel.act_retire.trigger()
    assert unit(demo_db, oid).retired
    click(qtbot, tab.org_panel.show_retired)
    click_unit(qtbot, tab, oid)
    tab.org_panel.act_restore.trigger()
    assert not unit(demo_db, oid).retired
    click_unit(qtbot, tab, org_id(demo_db, "120101"))
    tab.org_panel.act_retire.trigger()  # it has units below it: refused with the sentence
    assert warnings_shown and "下级单位" in warnings_shown[0]
    assert not unit(demo_db, org_id(demo_db, "120101")).retired


def test_delete_action_asks_first(tab: ContactsTab, qtbot, demo_db: Database, monkeypatch, warnings_shown) -> None:
    with demo_db.write() as s:
        from haihe_desk.services.context import SYSTEM

        oid = organisations.create(s, SYSTEM, name="临时单位", kind="employer").id
    tab.org_panel.load_tree()
    click_unit(qtbot, tab, oid)
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer[0])
    tab.org_panel.act_delete.trigger()
    assert exists(demo_db, oid)
    answer[0] = QMessageBox.StandardButton.Yes
    tab.org_panel.act_delete.trigger()
    assert not exists(demo_db, oid) and tab.current_org_id() is None
    used = org_id(demo_db, "120101001")
    click_unit(qtbot, tab, used)
    tab.org_panel.act_delete.trigger()
    assert exists(demo_db, used) and "不能删除" in warnings_shown[0]


def test_the_context_menu_holds_the_same_actions(tab: ContactsTab, qtbot, demo_db: Database) -> None:
    oid = org_id(demo_db, "120101001")
    click_unit(qtbot, tab, oid)
    menu = tab.org_panel.context_menu()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == [a.text() for a in tab.org_panel.more_menu.actions() if a.text()]
    next(a for a in menu.actions() if a.text() == "编辑…").trigger()
    dlg = shown_dialog(qtbot, OrgDialog)
    assert dlg.name_edit.text() == unit(demo_db, oid).name
    click(qtbot, cancel_button(dlg))
    next(a for a in menu.actions() if a.text() == "停用").trigger()
    assert unit(demo_db, oid).retired


def test_strict_code_setting_action(tab: ContactsTab, qtbot, demo_db: Database) -> None:
    panel = tab.org_panel
    panel.context_menu()  # opening a menu shows the setting as it is
    assert not panel.act_strict.isChecked()
    panel.act_strict.trigger()
    with demo_db.read() as s:
        assert organisations.strict_codes(s)
    click(qtbot, panel.new_button)
    dlg = shown_dialog(qtbot, OrgDialog)
    type_text(dlg.name_edit, "某集团工会")
    type_text(dlg.code_edit, "JT01")
    click(qtbot, ok_button(dlg))
    assert "严格格式" in dlg.error_label.text()
    click(qtbot, cancel_button(dlg))
    panel.act_strict.trigger()
    with demo_db.read() as s:
        assert not organisations.strict_codes(s)


# --------------------------------------------------------------------------- files


def test_import_action_previews_backs_up_then_imports(
    tab: ContactsTab, qtbot, tmp_path: Path, demo_db: Database, monkeypatch
) -> None:
    path = write_xlsx(
        tmp_path / "list.xlsx",
        [
            ["单位名称", "工会代码", "上级单位"],
            ["某集团公司工会", "JT01", ""],
            ["某集团二级单位工会", "JT01A02", "JT01"],
            ["和平区另一基层工会", "HP9001", "和平区总工会"],
        ],
    )
    before = import_backups(demo_db)
    tab.org_panel.act_import.trigger()
    dlg = drive_import(qtbot, monkeypatch, path, accept=False)
    assert not dlg.valid_radio.isVisible()  # the list is imported whole or not at all
    assert "将新增 3 条" in dlg.summary_label.text()
    assert "第 4 行：提醒" in dlg.changes_text.toPlainText()
    with demo_db.read() as s:
        assert organisations.by_code(s, "JT01") is None  # the preview wrote nothing
    qtbot.mouseClick(dlg.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=15000)
    with demo_db.read() as s:
        group = organisations.by_code(s, "JT01")
        assert organisations.by_code(s, "JT01A02").parent_id == group.id
        assert s.scalar(select(func.count()).where(AuditEntry.action == "org.import")) == 1
    if demo_db.target.path is not None:  # automatic backups are of SQLite files
        assert import_backups(demo_db) == before + 1
    assert "导入完成" in tab.count_label.text()
    qtbot.waitUntil(lambda: any("JT01" in t for _o, t in tree_texts(tab)), timeout=3000)


def test_import_of_a_broken_list_writes_nothing(
    tab: ContactsTab, qtbot, tmp_path: Path, demo_db: Database, monkeypatch
) -> None:
    path = write_xlsx(
        tmp_path / "bad.xlsx",
        [["单位名称", "工会代码", "上级单位"], ["甲", "JT01", "没有这个上级"], ["乙", "JT02", ""]],
    )
    before = counts(demo_db)
    tab.org_panel.act_import.trigger()
    dlg = drive_import(qtbot, monkeypatch, path, accept=False)
    assert not dlg.ok_button.isEnabled() and dlg.issues_model.rowCount() == 1
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "r.xlsx"), ""))
    qtbot.mouseClick(dlg.report_button, LEFT)
    assert (tmp_path / "r.xlsx").exists()
    qtbot.mouseClick(cancel_button(dlg), LEFT)
    assert counts(demo_db) == before


def test_export_and_template_actions(tab: ContactsTab, qtbot, tmp_path: Path, monkeypatch) -> None:
    from openpyxl import load_workbook

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "orgs.xlsx"), ""))
    tab.org_panel.act_export.trigger()
    wait_op(qtbot, tab.org_panel)
    rows = list(load_workbook(tmp_path / "orgs.xlsx").active.iter_rows(values_only=True))
    assert rows[0][:2] == ("单位名称", "工会代码") and any(r[1] == "120101" for r in rows)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "tpl.xlsx"), ""))
    tab.org_panel.act_template.trigger()
    wait_op(qtbot, tab.org_panel)
    assert load_workbook(tmp_path / "tpl.xlsx").worksheets[0]["A1"].value == "单位名称"
