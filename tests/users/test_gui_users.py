"""Sign-in and the 系统 menu, driven as a user does: the dialogs are reached through the start-up
sign-in (``sign_in_at_start``) or the main window's menu actions and buttons, filled with key
clicks, confirmed with a click on OK, and the DATABASE is checked afterwards. Modal dialogs opened
with exec() are driven from a QTimer callback (``when_modal``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)
from sqlalchemy import select

from haihe_desk.db.database import Database
from haihe_desk.db.models import AuditEntry, Person, Setting
from haihe_desk.services import context, registrations, users
from haihe_desk.services.context import Actor
from haihe_desk.ui.dialogs.users_dialogs import (
    FirstAdminDialog,
    LoginDialog,
    PasswordDialog,
    UserEditDialog,
    UsersDialog,
    sign_in_at_start,
)
from haihe_desk.ui.main_window import MainWindow
from haihe_desk.ui.tabs.registrations import RegistrationsTab
from tests.keyboard import type_text

from .helpers import PW, add_user, org_id_by_code, subtree, user_row

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _own_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The last user name is remembered in the settings of the user data folder: the test's own."""
    monkeypatch.setenv("HAIHE_DESK_HOME", str(tmp_path / "home"))


def shot(widget: QWidget, folder: Path, name: str) -> None:
    """Keep a picture for a human look (docs, review); not asserted."""
    widget.grab().save(str(folder / f"{name}.png"))


def ok_button(dialog: QDialog) -> QAbstractButton:
    return dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok)


def click(qtbot, button: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    """A left click where the button reacts: its middle, or a check box's box (a check box stretched
    across its form row reacts only on the box and its text)."""
    pos = QPoint(8, button.height() // 2) if isinstance(button, QCheckBox) else button.rect().center()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)


def type_into(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Replace the field's text as a user does: select all, delete, type (tests/keyboard.py types
    Chinese too)."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)
    assert edit.text() == text


def when_modal(steps: Callable[[QDialog], None]) -> list[BaseException]:
    """Run ``steps(dialog)`` on the modal dialog as soon as exec() shows it. A failing step closes
    the dialog (so exec() returns) and is kept for the test to raise."""
    errors: list[BaseException] = []

    def run() -> None:
        dlg = QApplication.activeModalWidget()
        try:
            assert isinstance(dlg, QDialog), dlg
            steps(dlg)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            errors.append(exc)
            if isinstance(dlg, QDialog):
                dlg.reject()

    QTimer.singleShot(0, run)
    return errors


def modal_now() -> QDialog:
    """The window-modal dialog a menu action or button has just opened (open(), not exec())."""
    dlg = QApplication.activeModalWidget()
    assert isinstance(dlg, QDialog) and dlg.isVisible(), dlg
    return dlg


def audit_of(db: Database, action: str) -> list[tuple[str, str, str]]:
    with db.read() as s:
        return [
            tuple(r)
            for r in s.execute(  # type: ignore[misc]
                select(AuditEntry.actor, AuditEntry.entity_id, AuditEntry.new)
                .where(AuditEntry.action == action)
                .order_by(AuditEntry.seq)
            )
        ]


def unmask_audit(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry.actor).where(AuditEntry.action == "registration.unmask_view")))


def admin_window(qtbot, db: Database, username: str = "admin") -> MainWindow:  # type: ignore[no-untyped-def]
    context.sign_in(users.sign_in(db, username, PW))
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def click_row(qtbot, table: QTableWidget, username: str) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == username)
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.currentRow() == row


# --------------------------------------------------------------------------- first start and login


def test_first_start_creates_the_administrator_through_the_dialog(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def steps(dlg: QDialog) -> None:
        assert isinstance(dlg, FirstAdminDialog)
        assert dlg.auto_check.isEnabled() == db.target.is_sqlite
        type_into(qtbot, dlg.user_edit, "boss")
        type_into(qtbot, dlg.name_edit, "王主任")
        type_into(qtbot, dlg.password_edit, PW)
        type_into(qtbot, dlg.repeat_edit, PW + "x")
        click(qtbot, ok_button(dlg))
        assert dlg.error_label.text() == "两次输入的密码不一致；请重新输入。" and dlg.isVisible()
        with db.read() as s:
            assert not users.has_users(s)
        type_into(qtbot, dlg.password_edit, "abcdefgh")
        type_into(qtbot, dlg.repeat_edit, "abcdefgh")
        click(qtbot, ok_button(dlg))
        assert "不能只由数字或只由字母组成" in dlg.error_label.text() and dlg.isVisible()
        label = dlg.error_label  # the whole sentence shows: it wraps and gets the height it needs
        assert label.isVisible() and label.wordWrap()
        qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=2000)
        shot(dlg, tmp_path, "first_admin_dialog")
        type_into(qtbot, dlg.password_edit, PW)
        type_into(qtbot, dlg.repeat_edit, PW)
        click(qtbot, ok_button(dlg))

    errors = when_modal(steps)
    actor = sign_in_at_start(db, None)
    assert errors == []
    assert actor == Actor("boss", "admin", None, "王主任")
    assert user_row(db, "boss")["role"] == "admin"
    assert users.sign_in(db, "boss", PW).username == "boss"


def test_first_administrator_can_ask_for_auto_login_on_sqlite(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    if not db.target.is_sqlite:
        pytest.skip("auto-login is offered only for an SQLite file (the check box is disabled otherwise)")

    def steps(dlg: QDialog) -> None:
        type_into(qtbot, dlg.user_edit, "desk")
        type_into(qtbot, dlg.password_edit, PW)
        type_into(qtbot, dlg.repeat_edit, PW)
        click(qtbot, dlg.auto_check)
        click(qtbot, ok_button(dlg))

    errors = when_modal(steps)
    assert sign_in_at_start(db, None) == Actor("desk", "admin")
    assert errors == []
    with db.read() as s:
        assert users.auto_login_actor(s) == Actor("desk", "admin")
    # the next start signs in without a dialog, and says so in the audit log (one entry per session)
    assert sign_in_at_start(db, None) == Actor("desk", "admin")
    assert [(a, json.loads(n)) for a, _e, n in audit_of(db, "user.sign_in")] == [("desk", {"auto_login": True})]


def test_login_keeps_asking_until_the_password_is_right(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_user(db, "admin", "admin", display_name="管理员甲")

    def steps(dlg: QDialog) -> None:
        assert isinstance(dlg, LoginDialog)
        assert dlg.user_edit.text() == "admin" and db.target.display() in dlg.findChild(QLabel, "databaseLabel").text()
        type_into(qtbot, dlg.password_edit, "Wrong-pass-1")
        click(qtbot, ok_button(dlg))
        assert "用户名或密码不正确" in dlg.error_label.text()
        assert dlg.isVisible() and dlg.actor is None  # still open, ready for another try
        assert dlg.password_edit.text() == ""  # the wrong password is cleared
        label = dlg.error_label
        qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=2000)
        shot(dlg, tmp_path, "login_dialog")
        type_into(qtbot, dlg.password_edit, PW)
        click(qtbot, ok_button(dlg))

    errors = when_modal(steps)
    actor = sign_in_at_start(db, None, "admin")
    assert errors == []
    assert actor == Actor("admin", "admin", None, "管理员甲")
    assert [a for a, _e, _n in audit_of(db, "user.sign_in")] == ["admin"]  # one entry for the session
    assert user_row(db, "admin")["failed_logins"] == 0


def test_login_shows_the_lock_after_five_wrong_passwords(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    add_user(db, "admin", "admin")

    def steps(dlg: QDialog) -> None:
        for _ in range(5):
            type_into(qtbot, dlg.password_edit, "Wrong-pass-1")
            click(qtbot, ok_button(dlg))
        assert "已锁定 15 分钟" in dlg.error_label.text()
        type_into(qtbot, dlg.password_edit, PW)
        click(qtbot, ok_button(dlg))
        assert "已锁定" in dlg.error_label.text() and dlg.actor is None
        dlg.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Cancel).click()

    errors = when_modal(steps)
    assert sign_in_at_start(db, None, "admin") is None
    assert errors == []
    assert user_row(db, "admin")["locked_until"] is not None
    assert [a for a, _e, _n in audit_of(db, "user.locked")] == ["admin"]


# --------------------------------------------------------------------------- the 系统 menu


def test_user_management_adds_a_user(qtbot, demo_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    admin = add_user(demo_db, "admin", "admin", display_name="管理员甲")
    add_user(demo_db, "li", "readonly", by=admin, display_name="李四")
    w = admin_window(qtbot, demo_db)
    w.act_users.trigger()
    dlg = modal_now()
    assert isinstance(dlg, UsersDialog)
    table = dlg.table
    assert [table.item(0, c).text() for c in range(5)] == ["admin", "管理员甲", "管理员", "", "启用"]
    assert [table.item(1, c).text() for c in range(3)] == ["li", "李四", "只读"]
    shot(dlg, tmp_path, "users_dialog")

    click(qtbot, dlg.findChild(QPushButton, "addButton"))
    edit = modal_now()
    assert isinstance(edit, UserEditDialog) and edit.parent() is dlg
    assert edit.role_combo.currentData() == "office" and not edit.union_combo.isEnabled()
    assert not edit.active_check.isVisibleTo(edit)
    assert {edit.role_combo.itemData(i) for i in range(edit.role_combo.count())} == {
        "admin",
        "office",
        "union_reviewer",
        "chief_judge",
        "encryption_judge",
        "clerk",
        "supervisor",
        "readonly",
    }
    edit.role_combo.setCurrentIndex(edit.role_combo.findText("工会审核员"))
    assert edit.union_combo.isEnabled()
    assert "录入、导入和修改报名" in edit.rights_label.text() and "管理用户" not in edit.rights_label.text()
    type_into(qtbot, edit.user_edit, "heping")
    type_into(qtbot, edit.name_edit, "和平审核")
    type_into(qtbot, edit.password_edit, "Heping-pass-1")
    type_into(qtbot, edit.repeat_edit, "Heping-pass-1")
    click(qtbot, ok_button(edit))
    assert "工会审核员必须指定所属工会" in edit.error_label.text() and edit.isVisible()
    edit.union_combo.setCurrentIndex(edit.union_combo.findText("和平区总工会", Qt.MatchFlag.MatchContains))
    click(qtbot, ok_button(edit))
    assert not edit.isVisible(), edit.error_label.text()
    row = user_row(demo_db, "heping")
    assert row["role"] == "union_reviewer" and row["union_scope_id"] == org_id_by_code(demo_db, "120101")
    assert [(a, e) for a, e, _n in audit_of(demo_db, "user.create")][-1] == ("admin", "heping")
    # the list shows the new account once the editor closed
    assert [dlg.table.item(r, 0).text() for r in range(dlg.table.rowCount())] == ["admin", "heping", "li"]
    assert dlg.table.item(1, 3).text() == "和平区总工会"


def test_user_management_buttons_take_real_mouse_clicks(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """A click delivered to the window (hit-tested like a real one) reaches 添加用户…: nothing lies
    on top of the tool buttons."""
    add_user(db, "admin", "admin")
    w = admin_window(qtbot, db)
    w.act_users.trigger()
    dlg = modal_now()
    for name in ("addButton", "editButton", "passwordButton", "unlockButton"):
        button = dlg.findChild(QPushButton, name)
        assert dlg.childAt(button.mapTo(dlg, button.rect().center())) is button, name
    add = dlg.findChild(QPushButton, "addButton")
    centre = add.mapTo(dlg, add.rect().center())
    QTest.mouseClick(dlg.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    qtbot.waitUntil(
        lambda: any(isinstance(d, UserEditDialog) and d.isVisible() for d in dlg.findChildren(QDialog)), timeout=2000
    )


def test_user_management_edits_a_user_and_keeps_the_last_admin(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    admin = add_user(db, "admin", "admin")
    add_user(db, "li", "readonly", by=admin, display_name="李四")
    w = admin_window(qtbot, db)
    w.act_users.trigger()
    dlg = modal_now()
    click(qtbot, dlg.findChild(QPushButton, "editButton"))  # nothing selected: nothing opens
    assert modal_now() is dlg

    click_row(qtbot, dlg.table, "admin")
    click(qtbot, dlg.findChild(QPushButton, "editButton"))
    edit = modal_now()
    assert isinstance(edit, UserEditDialog)
    assert edit.user_edit.isReadOnly() and not edit.password_edit.isVisibleTo(edit)
    click(qtbot, edit.active_check)
    click(qtbot, ok_button(edit))
    assert "必须至少保留一个启用的管理员" in edit.error_label.text() and edit.isVisible()
    edit.reject()

    click_row(qtbot, dlg.table, "li")
    click(qtbot, dlg.findChild(QPushButton, "editButton"))
    edit = modal_now()
    type_into(qtbot, edit.name_edit, "李四四")
    edit.role_combo.setCurrentIndex(edit.role_combo.findData("supervisor"))
    click(qtbot, edit.active_check)
    click(qtbot, ok_button(edit))
    assert not edit.isVisible(), edit.error_label.text()
    row = user_row(db, "li")
    assert (row["display_name"], row["role"], row["active"]) == ("李四四", "supervisor", False)
    assert user_row(db, "admin")["active"] is True
    li = next(r for r in range(dlg.table.rowCount()) if dlg.table.item(r, 0).text() == "li")
    assert dlg.table.item(li, 4).text() == "已停用"


def test_user_management_unlocks_a_locked_account(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    admin = add_user(db, "admin", "admin")
    add_user(db, "li", "readonly", by=admin)
    for _ in range(5):
        with pytest.raises(Exception, match="用户名或密码不正确|已锁定"):
            users.sign_in(db, "li", "Wrong-pass-1")
    assert user_row(db, "li")["locked_until"] is not None
    w = admin_window(qtbot, db)
    w.act_users.trigger()
    dlg = modal_now()
    assert "已锁定" in dlg.table.item(1, 4).text()
    click_row(qtbot, dlg.table, "li")
    click(qtbot, dlg.findChild(QPushButton, "unlockButton"))
    assert user_row(db, "li")["locked_until"] is None
    assert "已锁定" not in dlg.table.item(1, 4).text()
    assert [(a, e) for a, e, _n in audit_of(db, "user.unlock")] == [("admin", "li")]
    assert users.sign_in(db, "li", PW).username == "li"


def test_user_management_resets_a_password(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    admin = add_user(db, "admin", "admin")
    add_user(db, "li", "readonly", by=admin)
    w = admin_window(qtbot, db)
    w.act_users.trigger()
    dlg = modal_now()
    click_row(qtbot, dlg.table, "li")
    click(qtbot, dlg.findChild(QPushButton, "passwordButton"))
    pw = modal_now()
    assert isinstance(pw, PasswordDialog) and not pw.old_edit.isVisibleTo(pw)  # an administrator needs no old one
    type_into(qtbot, pw.password_edit, "Reset-pass-33")
    type_into(qtbot, pw.repeat_edit, "Reset-pass-33")
    click(qtbot, ok_button(pw))
    assert not pw.isVisible(), pw.error_label.text()
    assert users.sign_in(db, "li", "Reset-pass-33").username == "li"


def test_user_management_sets_and_clears_auto_login(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    admin = add_user(db, "admin", "admin")
    add_user(db, "li", "readonly", by=admin)
    w = admin_window(qtbot, db)
    w.act_users.trigger()
    dlg = modal_now()
    combo = dlg.auto_combo
    assert combo.isEnabled() == db.target.is_sqlite
    if not db.target.is_sqlite:
        return  # a shared server always asks for the password
    combo.setCurrentIndex(combo.findData("li"))
    with db.read() as s:
        assert s.get(Setting, users.AUTO_LOGIN_KEY).value == "li"
    assert "自动登录" in dlg.table.item(1, 4).text()
    combo.setCurrentIndex(combo.findData(""))
    with db.read() as s:
        assert s.get(Setting, users.AUTO_LOGIN_KEY).value == ""
    assert [json.loads(n)["user"] for _a, _e, n in audit_of(db, "user.auto_login")] == ["li", ""]


def test_change_my_password_needs_the_old_one(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    admin = add_user(db, "admin", "admin")
    add_user(db, "li", "readonly", by=admin)
    w = admin_window(qtbot, db, "li")
    w.act_password.trigger()
    dlg = modal_now()
    assert isinstance(dlg, PasswordDialog) and dlg.old_edit.isVisibleTo(dlg)
    type_into(qtbot, dlg.old_edit, "Wrong-pass-1")
    type_into(qtbot, dlg.password_edit, "New-pass-22")
    type_into(qtbot, dlg.repeat_edit, "New-pass-22")
    click(qtbot, ok_button(dlg))
    assert "原密码不正确" in dlg.error_label.text() and dlg.isVisible()
    type_into(qtbot, dlg.old_edit, PW)
    click(qtbot, ok_button(dlg))
    assert not dlg.isVisible(), dlg.error_label.text()
    assert users.sign_in(db, "li", "New-pass-22").username == "li"
    assert [(a, e) for a, e, _n in audit_of(db, "user.password")] == [("li", "li")]


def test_switch_user_signs_in_the_other_account_and_rebuilds_the_window(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    admin = add_user(demo_db, "admin", "admin")
    add_user(demo_db, "clerk1", "clerk", by=admin, display_name="计分员甲")
    w = admin_window(qtbot, demo_db)
    assert w.act_users.isVisible() and w.tabs.widget(1).objectName() != "noAccessLabel"

    def steps(dlg: QDialog) -> None:
        assert isinstance(dlg, LoginDialog)
        type_into(qtbot, dlg.user_edit, "clerk1")
        type_into(qtbot, dlg.password_edit, PW)
        click(qtbot, ok_button(dlg))

    errors = when_modal(steps)
    w.act_switch_user.trigger()
    assert errors == []
    assert context.current_actor() == Actor("clerk1", "clerk", None, "计分员甲")
    assert w.actor.username == "clerk1" and "计分员甲" in w.db_label.text()
    assert not w.act_users.isVisible() and w.tabs.widget(1).objectName() == "noAccessLabel"
    assert [a for a, _e, _n in audit_of(demo_db, "user.sign_in")] == ["admin", "clerk1"]


def test_user_edited_on_another_pc_meanwhile_shows_both_values(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Two editors of one user: the second save is a Conflict shown in the conflict dialog with both
    values; nothing is overwritten, and 放弃我的修改，重新载入 shows what is saved now."""
    admin = add_user(db, "admin", "admin")
    add_user(db, "li", "office", by=admin, display_name="李一")
    w = admin_window(qtbot, db)
    w.act_users.trigger()
    dlg = modal_now()
    click_row(qtbot, dlg.table, "li")
    click(qtbot, dlg.findChild(QPushButton, "editButton"))
    edit = modal_now()
    with db.write() as s:  # somebody else renames her first
        users.update_user(s, admin, "li", display_name="李二")
    type_into(qtbot, edit.name_edit, "李三")
    seen: list[list[tuple[str, str, str, bool]]] = []

    def choose_reload(conflict: QDialog) -> None:
        table = conflict.findChild(QTableWidget, "fieldsTable")
        seen.append([tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())])  # type: ignore[misc]
        click(qtbot, conflict.findChild(QPushButton, "reloadButton"))

    errors = when_modal(choose_reload)
    click(qtbot, ok_button(edit))
    assert errors == []
    assert any(row[1:] == ("李三", "李二") for row in seen[0])
    assert user_row(db, "li")["display_name"] == "李二"
    assert edit.isVisible() and edit.name_edit.text() == "李二"
    click(qtbot, ok_button(edit))
    assert not edit.isVisible()


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
