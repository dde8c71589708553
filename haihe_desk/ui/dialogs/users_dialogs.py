"""Sign-in and user management: the login dialog, the first administrator, the users list, one
user's editor and the password dialog (forms/login_dialog.ui, first_admin_dialog.ui,
users_dialog.ui, user_edit_dialog.ui, password_dialog.ui). Every check is in services.users; these
only collect input and show its sentence."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from haihe_desk.db.database import Database
from haihe_desk.domain import labels, roles
from haihe_desk.errors import Conflict, UserError
from haihe_desk.i18n import join, translate
from haihe_desk.services import registrations, users
from haihe_desk.services.context import Actor, current_actor
from haihe_desk.ui.dialogs import conflict_dialog
from haihe_desk.ui.forms import load_form


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    return dialog.findChild(QDialogButtonBox, "buttonBox")  # type: ignore[return-value]


class LoginDialog(QObject):
    """Asks for user name and password until they are right (or the user cancels)."""

    def __init__(self, db: Database, parent: QWidget | None, username: str = ""):
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.dialog: QDialog = load_form("login_dialog", parent)  # type: ignore[assignment]
        f = self.dialog.findChild
        self.user_edit: QLineEdit = f(QLineEdit, "userEdit")
        self.password_edit: QLineEdit = f(QLineEdit, "passwordEdit")
        self.error_label: QLabel = f(QLabel, "errorLabel")
        f(QLabel, "databaseLabel").setText(self.tr("数据库：{db}").format(db=db.target.display()))
        _buttons(self.dialog).accepted.connect(self.sign_in)
        _buttons(self.dialog).rejected.connect(self.dialog.reject)
        self.user_edit.setText(username)
        (self.password_edit if username else self.user_edit).setFocus()

    def sign_in(self) -> bool:
        try:
            self.actor = users.sign_in(self.db, self.user_edit.text(), self.password_edit.text())
        except UserError as err:
            self.error_label.setText(err.message)
            self.password_edit.clear()
            self.password_edit.setFocus()
            return False
        self.dialog.accept()
        return True


class FirstAdminDialog(QObject):
    """First start of a database without users: create the administrator (and sign in as them)."""

    def __init__(self, db: Database, parent: QWidget | None):
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.dialog: QDialog = load_form("first_admin_dialog", parent)  # type: ignore[assignment]
        f = self.dialog.findChild
        self.user_edit: QLineEdit = f(QLineEdit, "userEdit")
        self.name_edit: QLineEdit = f(QLineEdit, "nameEdit")
        self.password_edit: QLineEdit = f(QLineEdit, "passwordEdit")
        self.repeat_edit: QLineEdit = f(QLineEdit, "repeatEdit")
        self.auto_check: QCheckBox = f(QCheckBox, "autoLoginCheck")
        self.error_label: QLabel = f(QLabel, "errorLabel")
        if not db.target.is_sqlite:
            self.auto_check.setEnabled(False)
            self.auto_check.setToolTip(self.tr("多台电脑共用服务器时每人都须登录。"))
        _buttons(self.dialog).accepted.connect(self.create)
        _buttons(self.dialog).rejected.connect(self.dialog.reject)
        self.password_edit.setFocus()

    def create(self) -> bool:
        if self.password_edit.text() != self.repeat_edit.text():
            self.error_label.setText(self.tr("两次输入的密码不一致；请重新输入。"))
            return False
        try:
            with self.db.write() as s:
                user = users.create_user(s, None, self.user_edit.text(), self.password_edit.text(), "admin",
                                         display_name=self.name_edit.text())
                self.actor = users.actor_for(user)
                if self.auto_check.isChecked():
                    users.set_auto_login(s, self.actor, user.username, is_sqlite=self.db.target.is_sqlite)
        except UserError as err:
            self.error_label.setText(err.message)
            return False
        self.dialog.accept()
        return True


class PasswordDialog(QObject):
    """Change one's own password (old one required) or, as administrator, set anyone's."""

    def __init__(self, db: Database, parent: QWidget | None, username: str):
        super().__init__(parent)
        self.db = db
        self.username = username
        actor = current_actor()
        self.own = actor.username == username
        self.dialog: QDialog = load_form("password_dialog", parent)  # type: ignore[assignment]
        f = self.dialog.findChild
        self.old_edit: QLineEdit = f(QLineEdit, "oldEdit")
        self.password_edit: QLineEdit = f(QLineEdit, "passwordEdit")
        self.repeat_edit: QLineEdit = f(QLineEdit, "repeatEdit")
        self.error_label: QLabel = f(QLabel, "errorLabel")
        need_old = self.own and not actor.can(roles.USERS_MANAGE)
        self.old_edit.setVisible(need_old)
        f(QLabel, "oldLabel").setVisible(need_old)
        f(QLabel, "introLabel").setText(
            self.tr("修改您自己的密码。") if self.own else self.tr("为用户“{u}”设置新密码，并解除锁定。").format(u=username))
        _buttons(self.dialog).accepted.connect(self.save)
        _buttons(self.dialog).rejected.connect(self.dialog.reject)

    def save(self) -> bool:
        if self.password_edit.text() != self.repeat_edit.text():
            self.error_label.setText(self.tr("两次输入的密码不一致；请重新输入。"))
            return False
        try:
            with self.db.write() as s:
                users.set_password(s, current_actor(), self.username, self.password_edit.text(),
                                   old_password=self.old_edit.text())
        except UserError as err:
            self.error_label.setText(err.message)
            return False
        self.dialog.accept()
        return True


class UserEditDialog(QObject):
    """Add a user (with password) or change one's name, role, union and whether it is active."""

    def __init__(self, db: Database, parent: QWidget | None, info: users.UserInfo | None = None):
        super().__init__(parent)
        self.db = db
        self.info = info
        self.version = info.version if info is not None else None
        self.dialog: QDialog = load_form("user_edit_dialog", parent)  # type: ignore[assignment]
        f = self.dialog.findChild
        self.user_edit: QLineEdit = f(QLineEdit, "userEdit")
        self.name_edit: QLineEdit = f(QLineEdit, "nameEdit")
        self.role_combo: QComboBox = f(QComboBox, "roleCombo")
        self.union_combo: QComboBox = f(QComboBox, "unionCombo")
        self.password_edit: QLineEdit = f(QLineEdit, "passwordEdit")
        self.repeat_edit: QLineEdit = f(QLineEdit, "repeatEdit")
        self.active_check: QCheckBox = f(QCheckBox, "activeCheck")
        self.rights_label: QLabel = f(QLabel, "rightsLabel")
        self.error_label: QLabel = f(QLabel, "errorLabel")
        for code in labels.USER_ROLES:
            self.role_combo.addItem(labels.label(labels.USER_ROLES, code), code)
        self.union_combo.addItem("", None)
        with db.read() as s:
            for oid, text in registrations.union_choices(s):
                self.union_combo.addItem(text, oid)
        self.role_combo.currentIndexChanged.connect(self._role_changed)
        if info is None:
            self.dialog.setWindowTitle(self.tr("添加用户"))
            self.role_combo.setCurrentIndex(self.role_combo.findData("office"))
        else:
            self.dialog.setWindowTitle(self.tr("修改用户“{u}”").format(u=info.username))
            self.user_edit.setText(info.username)
            self.user_edit.setReadOnly(True)
            self.name_edit.setText(info.display_name)
            self.role_combo.setCurrentIndex(self.role_combo.findData(info.role))
            self.union_combo.setCurrentIndex(max(0, self.union_combo.findData(info.union_scope_id)))
            self.active_check.setChecked(info.active)
            for w in (self.password_edit, self.repeat_edit, f(QLabel, "passwordLabel"), f(QLabel, "repeatLabel")):
                w.setVisible(False)
        self.active_check.setVisible(info is not None)
        self._role_changed()
        _buttons(self.dialog).accepted.connect(self.save)
        _buttons(self.dialog).rejected.connect(self.dialog.reject)

    def _role_changed(self) -> None:
        role = self.role_combo.currentData()
        scoped = role in roles.SCOPED_ROLES
        self.union_combo.setEnabled(scoped)
        rights = [translate("Roles", text) for p, text in roles.PERMISSION_LABELS.items() if p in roles.permissions(role)]
        self.rights_label.setText(self.tr("此角色可以：{rights}。").format(rights=join(rights) or self.tr("只能查看")))

    def save(self) -> bool:
        role = self.role_combo.currentData()
        union = self.union_combo.currentData() if role in roles.SCOPED_ROLES else None
        try:
            with self.db.write() as s:
                if self.info is None:
                    if self.password_edit.text() != self.repeat_edit.text():
                        self.error_label.setText(self.tr("两次输入的密码不一致；请重新输入。"))
                        return False
                    users.create_user(s, current_actor(), self.user_edit.text(), self.password_edit.text(), role,
                                      display_name=self.name_edit.text(), union=union)
                else:
                    users.update_user(s, current_actor(), self.info.username, expected_version=self.version,
                                      role=role, display_name=self.name_edit.text(), union=union,
                                      active=self.active_check.isChecked())
        except Conflict as err:
            self.error_label.setText(conflict_dialog.resolve(self, err, self.dialog))
            return False
        except UserError as err:
            self.error_label.setText(err.message)
            return False
        self.dialog.accept()
        return True

    def reload(self) -> None:
        """Show what is saved now (after a conflict: 放弃我的修改，重新载入)."""
        if self.info is None:
            return
        with self.db.read() as s:
            self.info = next(u for u in users.list_users(s) if u.username == self.info.username)
        self.version = self.info.version
        self.name_edit.setText(self.info.display_name)
        self.role_combo.setCurrentIndex(self.role_combo.findData(self.info.role))
        self.union_combo.setCurrentIndex(max(0, self.union_combo.findData(self.info.union_scope_id)))
        self.active_check.setChecked(self.info.active)


class UsersDialog(QObject):
    """The users list for administrators: add, edit, reset password, unlock, auto-login."""

    def __init__(self, db: Database, parent: QWidget | None):
        super().__init__(parent)
        self.db = db
        self.dialog: QDialog = load_form("users_dialog", parent)  # type: ignore[assignment]
        f = self.dialog.findChild
        self.table: QTableWidget = f(QTableWidget, "usersTable")
        self.auto_combo: QComboBox = f(QComboBox, "autoCombo")
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("所属工会"), self.tr("状态")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        f(QPushButton, "addButton").clicked.connect(lambda: self.edit(None))
        f(QPushButton, "editButton").clicked.connect(lambda: self.edit(self.selected()))
        f(QPushButton, "passwordButton").clicked.connect(self.reset_password)
        f(QPushButton, "unlockButton").clicked.connect(self.unlock)
        self.table.doubleClicked.connect(lambda _i: self.edit(self.selected()))
        if not db.target.is_sqlite:
            self.auto_combo.setEnabled(False)
        self.reload()
        self.auto_combo.currentIndexChanged.connect(self._auto_changed)

    def reload(self) -> None:
        with self.db.read() as s:
            self.rows = users.list_users(s)
            auto = users.auto_login_user(s)
        self.table.setRowCount(len(self.rows))
        for r, u in enumerate(self.rows):
            state = [self.tr("启用") if u.active else self.tr("已停用")]
            if u.locked:
                state.append(self.tr("已锁定"))
            if u.username == auto:
                state.append(self.tr("自动登录"))
            for c, text in enumerate((u.username, u.display_name, u.role_label, u.union_scope, join(state))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.auto_combo.blockSignals(True)
        self.auto_combo.clear()
        self.auto_combo.addItem(self.tr("（不自动登录）"), "")
        for u in self.rows:
            if u.active:
                self.auto_combo.addItem(u.username, u.username)
        self.auto_combo.setCurrentIndex(max(0, self.auto_combo.findData(auto)))
        self.auto_combo.blockSignals(False)

    def selected(self) -> users.UserInfo | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _show_error(self, err: UserError) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.dialog, self.tr("用户管理"), err.message)

    def edit(self, info: users.UserInfo | None) -> UserEditDialog | None:
        if info is None and self.sender() is not None and self.sender().objectName() == "editButton":
            return None
        dlg = UserEditDialog(self.db, self.dialog, info)
        dlg.dialog.finished.connect(lambda _r: self.reload())
        dlg.dialog.open()
        return dlg

    def reset_password(self) -> PasswordDialog | None:
        info = self.selected()
        if info is None:
            return None
        dlg = PasswordDialog(self.db, self.dialog, info.username)
        dlg.dialog.finished.connect(lambda _r: self.reload())
        dlg.dialog.open()
        return dlg

    def unlock(self) -> None:
        info = self.selected()
        if info is None:
            return
        try:
            with self.db.write() as s:
                users.unlock(s, current_actor(), info.username)
        except UserError as err:
            self._show_error(err)
        self.reload()

    def _auto_changed(self) -> None:
        try:
            with self.db.write() as s:
                users.set_auto_login(s, current_actor(), self.auto_combo.currentData() or None,
                                     is_sqlite=self.db.target.is_sqlite)
        except UserError as err:
            self._show_error(err)
        self.reload()


def sign_in_at_start(db: Database, parent: QWidget | None, username: str | None = None, *,
                     ask_always: bool = False) -> Actor | None:
    """Who uses the program now. No users yet: the first-administrator dialog. Otherwise the
    auto-login account (single-PC SQLite only, not when ``ask_always``), else the login dialog,
    pre-filled with ``username`` or the last user of this PC. None when the user cancels."""
    from haihe_desk.ui.settings import app_settings

    with db.read() as s:
        first = not users.has_users(s)
        auto = users.auto_login_actor(s) if (db.target.is_sqlite and not username and not ask_always) else None
    if auto is not None:
        return auto
    store = app_settings()
    if first:
        dlg: FirstAdminDialog | LoginDialog = FirstAdminDialog(db, parent)
    else:
        dlg = LoginDialog(db, parent, username or str(store.value("login/lastUser", "") or ""))
    if dlg.dialog.exec() != QDialog.DialogCode.Accepted or dlg.actor is None:
        return None
    store.setValue("login/lastUser", dlg.actor.username)
    return dlg.actor
