"""The sign-in and user dialogs and the role-dependent main window, under pytest-qt (offscreen).

Dialogs are driven through their wrapper objects (create()/sign_in()/save(), or their OK button
while shown); none is exec()'d."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy import select

from haihe_desk.db.database import Database
from haihe_desk.db.models import AuditEntry, Person
from haihe_desk.services import context, registrations, users
from haihe_desk.services.context import Actor
from haihe_desk.ui.dialogs.users_dialogs import (
    FirstAdminDialog,
    LoginDialog,
    PasswordDialog,
    UserEditDialog,
    UsersDialog,
)
from haihe_desk.ui.main_window import MainWindow
from haihe_desk.ui.tabs.registrations import RegistrationsTab

from .helpers import PW, add_user, org_id_by_code, subtree, user_row

pytestmark = pytest.mark.gui

SHOTS = Path("shots")  # replaced by the test's tmp_path/shots (tests write only under tmp_path)


@pytest.fixture(autouse=True)
def _shots_under_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(globals(), "SHOTS", tmp_path / "shots")


def shot(widget: QWidget, name: str) -> None:
    """Keep a picture for a human look (docs, review); not asserted."""
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def ok_button(dialog: QDialog) -> QAbstractButton:
    return dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok)


def unmask_audit(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry.actor).where(AuditEntry.action == "registration.unmask_view")))


# --------------------------------------------------------------------------- first start and login


def test_first_admin_dialog_creates_the_administrator(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    dlg = FirstAdminDialog(db, None)
    qtbot.addWidget(dlg.dialog)
    assert dlg.auto_check.isEnabled() == db.target.is_sqlite
    dlg.user_edit.setText("boss")
    dlg.name_edit.setText("王主任")
    dlg.password_edit.setText(PW)
    dlg.repeat_edit.setText(PW + "x")
    assert dlg.create() is False
    assert dlg.error_label.text() == "两次输入的密码不一致；请重新输入。"
    with db.read() as s:
        assert not users.has_users(s)
    dlg.password_edit.setText("abcdefgh")
    dlg.repeat_edit.setText("abcdefgh")
    assert dlg.create() is False and "不能只由数字或只由字母组成" in dlg.error_label.text()
    dlg.password_edit.setText(PW)
    dlg.repeat_edit.setText(PW)
    assert dlg.create() is True
    assert dlg.dialog.result() == QDialog.DialogCode.Accepted
    assert dlg.actor == Actor("boss", "admin", None, "王主任")
    assert user_row(db, "boss")["role"] == "admin"
    assert users.sign_in(db, "boss", PW).username == "boss"


def test_first_admin_can_ask_for_auto_login_on_sqlite(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    if not db.target.is_sqlite:
        pytest.skip("auto-login is offered only for an SQLite file (the check box is disabled otherwise)")
    dlg = FirstAdminDialog(db, None)
    qtbot.addWidget(dlg.dialog)
    dlg.user_edit.setText("desk")
    dlg.password_edit.setText(PW)
    dlg.repeat_edit.setText(PW)
    dlg.auto_check.setChecked(True)
    assert dlg.create()
    with db.read() as s:
        assert users.auto_login_actor(s) == Actor("desk", "admin")


def test_login_dialog_keeps_asking_until_the_password_is_right(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    add_user(db, "admin", "admin", display_name="管理员甲")
    dlg = LoginDialog(db, None, "admin")
    qtbot.addWidget(dlg.dialog)
    assert dlg.user_edit.text() == "admin" and db.target.display() in dlg.dialog.findChild(QLabel, "databaseLabel").text()
    dlg.dialog.show()
    qtbot.waitExposed(dlg.dialog)
    dlg.password_edit.setText("Wrong-pass-1")
    qtbot.mouseClick(ok_button(dlg.dialog), Qt.MouseButton.LeftButton)
    assert "用户名或密码不正确" in dlg.error_label.text()
    assert dlg.dialog.isVisible() and dlg.actor is None  # still open, ready for another try
    assert dlg.password_edit.text() == ""  # the wrong password is cleared
    label = dlg.error_label  # the whole sentence shows: it wraps and gets the height it needs
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=2000)
    shot(dlg.dialog, "login_dialog")
    dlg.password_edit.setText(PW)
    qtbot.mouseClick(ok_button(dlg.dialog), Qt.MouseButton.LeftButton)
    assert dlg.actor == Actor("admin", "admin", None, "管理员甲")
    assert not dlg.dialog.isVisible() and dlg.dialog.result() == QDialog.DialogCode.Accepted


def test_login_dialog_shows_the_lock(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    add_user(db, "admin", "admin")
    dlg = LoginDialog(db, None, "admin")
    qtbot.addWidget(dlg.dialog)
    for _ in range(5):
        dlg.password_edit.setText("Wrong-pass-1")
        assert dlg.sign_in() is False
    assert "已锁定 15 分钟" in dlg.error_label.text()
    dlg.password_edit.setText(PW)
    assert dlg.sign_in() is False and "已锁定" in dlg.error_label.text() and dlg.actor is None


def test_first_admin_dialog_picture(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    dlg = FirstAdminDialog(db, None)
    qtbot.addWidget(dlg.dialog)
    dlg.dialog.show()
    qtbot.waitExposed(dlg.dialog)
    dlg.user_edit.setText("admin")
    dlg.password_edit.setText("short")
    dlg.repeat_edit.setText("short")
    assert not dlg.create()
    # the error sentence is shown in full: the label wraps and gets the height it needs
    label = dlg.error_label
    assert label.isVisible() and label.wordWrap()
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=2000)
    shot(dlg.dialog, "first_admin_dialog")


# --------------------------------------------------------------------------- managing users


def test_users_dialog_lists_users_and_adds_one(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    admin = add_user(demo_db, "admin", "admin", display_name="管理员甲")
    add_user(demo_db, "li", "readonly", by=admin, display_name="李四")
    context.sign_in(admin)
    dlg = UsersDialog(demo_db, None)
    qtbot.addWidget(dlg.dialog)
    table = dlg.table
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in range(5)] == ["admin", "管理员甲", "管理员", "", "启用"]
    assert [table.item(1, c).text() for c in range(3)] == ["li", "李四", "只读"]
    dlg.dialog.resize(720, 420)
    dlg.dialog.show()
    qtbot.waitExposed(dlg.dialog)
    shot(dlg.dialog, "users_dialog")

    edit = UserEditDialog(demo_db, dlg.dialog)  # a child of the users dialog: closed with it
    assert edit.role_combo.currentData() == "office" and not edit.union_combo.isEnabled()
    assert not edit.active_check.isVisible() and not edit.active_check.isVisibleTo(edit.dialog)
    roles_offered = [edit.role_combo.itemData(i) for i in range(edit.role_combo.count())]
    assert set(roles_offered) == {"admin", "office", "union_reviewer", "chief_judge", "encryption_judge", "clerk",
                                  "supervisor", "readonly"}
    edit.role_combo.setCurrentIndex(edit.role_combo.findText("工会审核员"))
    assert edit.union_combo.isEnabled()
    assert "录入、导入和修改报名" in edit.rights_label.text() and "管理用户" not in edit.rights_label.text()
    edit.user_edit.setText("heping")
    edit.name_edit.setText("和平审核")
    edit.password_edit.setText("Heping-pass-1")
    edit.repeat_edit.setText("Heping-pass-1")
    assert edit.save() is False and "工会审核员必须指定所属工会" in edit.error_label.text()
    edit.union_combo.setCurrentIndex(edit.union_combo.findText("和平区总工会", Qt.MatchFlag.MatchContains))
    assert edit.save() is True, edit.error_label.text()
    edit.role_combo.setCurrentIndex(edit.role_combo.findData("clerk"))
    assert not edit.union_combo.isEnabled()
    row = user_row(demo_db, "heping")
    assert row["role"] == "union_reviewer" and row["union_scope_id"] == org_id_by_code(demo_db, "120101")
    dlg.reload()
    assert [dlg.table.item(r, 0).text() for r in range(dlg.table.rowCount())] == ["admin", "heping", "li"]
    assert dlg.table.item(1, 3).text() == "和平区总工会"


def test_users_dialog_buttons_take_real_mouse_clicks(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """A click delivered to the window (hit-tested like a real one) reaches 添加用户…: nothing lies
    on top of the tool buttons."""
    admin = add_user(db, "admin", "admin")
    context.sign_in(admin)
    dlg = UsersDialog(db, None)
    qtbot.addWidget(dlg.dialog)
    dlg.dialog.show()
    qtbot.waitExposed(dlg.dialog)
    for name in ("addButton", "editButton", "passwordButton", "unlockButton"):
        button = dlg.dialog.findChild(QPushButton, name)
        assert dlg.dialog.childAt(button.geometry().center()) is button, name
    add = dlg.dialog.findChild(QPushButton, "addButton")
    centre = add.mapTo(dlg.dialog, add.rect().center())
    QTest.mouseClick(dlg.dialog.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    qtbot.waitUntil(lambda: any(d.objectName() == "UserEditDialog" and d.isVisible()
                                for d in dlg.dialog.findChildren(QDialog)), timeout=2000)


def test_user_edit_dialog_disables_an_account_but_keeps_the_last_admin(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    admin = add_user(db, "admin", "admin")
    add_user(db, "li", "readonly", by=admin)
    context.sign_in(admin)
    with db.read() as s:
        infos = {u.username: u for u in users.list_users(s)}
    edit = UserEditDialog(db, None, infos["admin"])
    qtbot.addWidget(edit.dialog)
    assert edit.user_edit.isReadOnly() and not edit.password_edit.isVisibleTo(edit.dialog)
    edit.active_check.setChecked(False)
    assert edit.save() is False and "必须至少保留一个启用的管理员" in edit.error_label.text()
    edit = UserEditDialog(db, None, infos["li"])
    qtbot.addWidget(edit.dialog)
    edit.active_check.setChecked(False)
    assert edit.save() is True
    assert user_row(db, "li")["active"] is False


def test_users_dialog_unlocks_a_locked_account(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    admin = add_user(db, "admin", "admin")
    add_user(db, "li", "readonly", by=admin)
    for _ in range(5):
        with pytest.raises(Exception, match="用户名或密码不正确|已锁定"):
            users.sign_in(db, "li", "Wrong-pass-1")
    context.sign_in(admin)
    dlg = UsersDialog(db, None)
    qtbot.addWidget(dlg.dialog)
    assert "已锁定" in dlg.table.item(1, 4).text()
    dlg.table.selectRow(1)
    dlg.unlock()
    assert "已锁定" not in dlg.table.item(1, 4).text()
    assert users.sign_in(db, "li", PW).username == "li"


def test_password_dialog_own_needs_old_admin_does_not(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    admin = add_user(db, "admin", "admin")
    li = add_user(db, "li", "readonly", by=admin)
    context.sign_in(li)
    dlg = PasswordDialog(db, None, "li")
    qtbot.addWidget(dlg.dialog)
    assert dlg.old_edit.isVisibleTo(dlg.dialog)
    dlg.old_edit.setText("Wrong-pass-1")
    dlg.password_edit.setText("New-pass-22")
    dlg.repeat_edit.setText("New-pass-22")
    assert dlg.save() is False and "原密码不正确" in dlg.error_label.text()
    dlg.old_edit.setText(PW)
    assert dlg.save() is True
    assert users.sign_in(db, "li", "New-pass-22").username == "li"
    context.sign_in(admin)
    dlg = PasswordDialog(db, None, "li")
    qtbot.addWidget(dlg.dialog)
    assert not dlg.old_edit.isVisibleTo(dlg.dialog)
    dlg.password_edit.setText("Reset-pass-33")
    dlg.repeat_edit.setText("Reset-pass-33")
    assert dlg.save() is True
    assert users.sign_in(db, "li", "Reset-pass-33").username == "li"


# --------------------------------------------------------------------------- the main window by role


def all_texts(root: QWidget) -> str:
    """Every text a user could read in the widget tree: labels, edits, buttons, combo items and
    every cell (and header) of every item view."""
    parts: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, (QLabel, QLineEdit, QAbstractButton)):
            parts.append(w.text())
        if isinstance(w, QComboBox):
            parts.extend(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            for r in range(m.rowCount()):
                for c in range(m.columnCount()):
                    parts.append(str(m.index(r, c).data() or ""))
        parts.append(w.toolTip())
    return "\n".join(parts)


def all_texts_of_every_tab(w: MainWindow) -> str:
    """all_texts(w) with each tab shown once (a tab loads its rows when first shown)."""
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
    return all_texts(w)


def contestant_names(db: Database) -> set[str]:
    with db.read() as s:
        return set(s.scalars(select(Person.name)))


@pytest.mark.parametrize("role", ["clerk", "chief_judge", "encryption_judge"])
def test_judge_roles_see_no_contestant_anywhere(qtbot, demo_db: Database, role: str) -> None:  # type: ignore[no-untyped-def]
    context.sign_in(Actor("judge1", role, display_name="赵裁判"))
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    for i in (1, 3):  # 报名, 通讯录
        assert w.tabs.widget(i).objectName() == "noAccessLabel"
        assert "当前账号的角色不能查看此页" in w.tabs.widget(i).text()
    assert [w.tabs.tabText(i) for i in range(4)] == ["赛事", "报名", "评判", "通讯录"]
    text = all_texts_of_every_tab(w)
    names = contestant_names(demo_db)
    assert len(names) > 100
    assert [n for n in names if n in text] == []
    assert "赵裁判" in w.db_label.text()
    assert not w.act_users.isVisible()
    # the control: an office user's window does show them
    context.sign_in(Actor("office1", "office"))
    office = MainWindow(demo_db)
    qtbot.addWidget(office)
    office.show()
    assert any(n in all_texts_of_every_tab(office) for n in names)
    assert not office.act_users.isVisible()  # 用户管理 is for administrators


def test_status_bar_names_the_user_and_admin_sees_user_management(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    context.sign_in(Actor("boss", "admin", display_name="王主任"))
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    assert "用户：王主任（管理员）" in w.db_label.text()
    assert [a.text() for a in w.system_menu.actions()] == ["用户管理…", "修改我的密码…", "切换用户…"]
    assert w.act_users.isVisible()


def test_readonly_registrations_tab_hides_what_it_cannot_do(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    context.sign_in(Actor("reader", "readonly"))
    tab = RegistrationsTab(demo_db)
    qtbot.addWidget(tab)
    for name in ("addButton", "importButton", "editButton", "templateButton", "unmaskCheck"):
        assert tab.findChild(QWidget, name).isHidden(), name
    assert tab.model.total == 200
    assert all("*" in tab.model.rows[r][3] for r in range(tab.model.rowCount()))
    assert tab.model.source is not registrations.UNMASKED_SOURCE
    context.sign_in(Actor("office1", "office"))
    office = RegistrationsTab(demo_db)
    qtbot.addWidget(office)
    for name in ("addButton", "importButton", "unmaskCheck"):
        assert not office.findChild(QWidget, name).isHidden(), name


def test_unmask_check_shows_full_numbers_and_is_audited(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    context.sign_in(Actor("office1", "office"))
    tab = RegistrationsTab(demo_db)
    qtbot.addWidget(tab)
    with demo_db.read() as s:
        full = set(s.scalars(select(Person.id_number)))
    shown = {tab.model.rows[r][3] for r in range(tab.model.rowCount())}
    assert shown and not shown & full
    tab.unmask_check.setChecked(True)
    shown = {tab.model.rows[r][3] for r in range(tab.model.rowCount())}
    assert shown and shown <= full
    assert unmask_audit(demo_db) == ["office1"]
    tab.unmask_check.setChecked(False)
    shown = {tab.model.rows[r][3] for r in range(tab.model.rowCount())}
    assert shown and not shown & full
    assert unmask_audit(demo_db) == ["office1"]  # switching off is not an unmasking


def test_union_reviewer_tab_lists_and_filters_only_their_union(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    scope = org_id_by_code(demo_db, "120101")
    context.sign_in(Actor("heping", "union_reviewer", scope))
    tab = RegistrationsTab(demo_db)
    qtbot.addWidget(tab)
    units = subtree(demo_db, scope)
    with demo_db.read() as s:
        from haihe_desk.db.models import Registration

        expected = set(s.scalars(select(Registration.id).where(Registration.unit_id.in_(units))))
    assert tab.model.total == len(expected)
    assert {tab.model.row_id(r) for r in range(tab.model.rowCount())} == expected
    unions = [tab.union_combo.itemText(i) for i in range(1, tab.union_combo.count())]
    assert len(unions) == 1 and "和平区总工会" in unions[0]
    tab.union_combo.setCurrentIndex(1)  # their own union as a filter: still their rows
    assert tab.model.total == len(expected)
    assert tab.unmask_check.isHidden()
    assert not tab.findChild(QPushButton, "addButton").isHidden()


def test_user_edited_on_another_pc_meanwhile_shows_both_values(qtbot, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Two editors of one user: the second save is a Conflict with both values; nothing is overwritten."""
    from haihe_desk.errors import Conflict
    from haihe_desk.services import users as users_service
    from haihe_desk.ui.dialogs import conflict_dialog
    from haihe_desk.ui.dialogs.users_dialogs import UserEditDialog

    with db.write() as s:
        admin = users_service.actor_for(users_service.create_user(s, None, "admin", "Admin-pass-1", "admin"))
        users_service.create_user(s, admin, "li", "Li-pass-123", "office", display_name="李一")
    context.sign_in(admin)
    with db.read() as s:
        info = next(u for u in users_service.list_users(s) if u.username == "li")
    editor = UserEditDialog(db, None, info)
    with db.write() as s:  # somebody else renames her first
        users_service.update_user(s, admin, "li", expected_version=info.version, display_name="李二")
    seen: list[Conflict] = []

    def fake_resolve(ed, err, parent):  # type: ignore[no-untyped-def]
        seen.append(err)
        return err.message

    monkeypatch.setattr(conflict_dialog, "resolve", fake_resolve)
    editor.name_edit.setText("李三")
    assert editor.save() is False
    assert seen and {(f.mine, f.theirs) for f in seen[0].fields if f.differs} == {("李三", "李二")}
    with db.read() as s:
        assert next(u for u in users_service.list_users(s) if u.username == "li").display_name == "李二"
    editor.reload()
    assert editor.name_edit.text() == "李二" and editor.save() is True
