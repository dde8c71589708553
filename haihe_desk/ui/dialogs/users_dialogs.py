"""Sign-in and user management: the login dialog, the first administrator, the users list, one
user's editor and the password dialog (forms/login_dialog.ui, first_admin_dialog.ui,
users_dialog.ui, user_edit_dialog.ui, password_dialog.ui). Each is a ``FormDialog``: its OK collects
the input and calls one function of ui/operations/users.py; every check is in services.users and
its sentence is shown in the dialog's error label."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from haihe_desk.db.database import Database
from haihe_desk.domain import labels, roles
from haihe_desk.errors import Conflict, UserError
from haihe_desk.i18n import join, translate
from haihe_desk.services.context import Actor, current_actor
from haihe_desk.services.users import UserInfo
from haihe_desk.ui.dialogs import conflict_dialog
from haihe_desk.ui.dialogs.base import FormDialog
from haihe_desk.ui.operations import users as ops


class LoginDialog(FormDialog):
    """Asks for user name and password until they are right (or the user cancels)."""

    FORM = "login_dialog"

    def __init__(self, db: Database, parent: QWidget | None, username: str = ""):
        super().__init__(parent)
        self.setObjectName("LoginDialog")
        self.db = db
        self.actor: Actor | None = None
        self.user_edit: QLineEdit = self.w(QLineEdit, "userEdit")
        self.password_edit: QLineEdit = self.w(QLineEdit, "passwordEdit")
        self.error_label: QLabel = self.w(QLabel, "errorLabel")
        self.w(QLabel, "databaseLabel").setText(self.tr("数据库：{db}").format(db=db.target.display()))
        self.user_edit.setText(username)
        (self.password_edit if username else self.user_edit).setFocus()

    def save(self) -> bool:
        try:
            self.actor = ops.sign_in(self.db, self.user_edit.text(), self.password_edit.text())
        except UserError as err:
            self.error_label.setText(err.message)
            self.password_edit.clear()
            self.password_edit.setFocus()
            return False
        return True


class FirstAdminDialog(FormDialog):
    """First start of a database without users: create the administrator (and sign in as them)."""

    FORM = "first_admin_dialog"

    def __init__(self, db: Database, parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName("FirstAdminDialog")
        self.db = db
        self.actor: Actor | None = None
        self.user_edit: QLineEdit = self.w(QLineEdit, "userEdit")
        self.name_edit: QLineEdit = self.w(QLineEdit, "nameEdit")
        self.password_edit: QLineEdit = self.w(QLineEdit, "passwordEdit")
        self.repeat_edit: QLineEdit = self.w(QLineEdit, "repeatEdit")
        self.auto_check: QCheckBox = self.w(QCheckBox, "autoLoginCheck")
        self.error_label: QLabel = self.w(QLabel, "errorLabel")
        if not db.target.is_sqlite:
            self.auto_check.setEnabled(False)
            self.auto_check.setToolTip(self.tr("多台电脑共用服务器时每人都须登录。"))
        self.password_edit.setFocus()

    def save(self) -> bool:
        if self.password_edit.text() != self.repeat_edit.text():
            self.error_label.setText(self.tr("两次输入的密码不一致；请重新输入。"))
            return False
        try:
            self.actor = ops.create_first_admin(
                self.db,
                self.user_edit.text(),
                self.password_edit.text(),
                self.name_edit.text(),
                self.auto_check.isChecked(),
            )
        except UserError as err:
            self.error_label.setText(err.message)
            return False
        return True


class PasswordDialog(FormDialog):
    """Change one's own password (old one required) or, as administrator, set anyone's."""

    FORM = "password_dialog"

    def __init__(self, db: Database, parent: QWidget | None, username: str):
        super().__init__(parent)
        self.setObjectName("PasswordDialog")
        self.db = db
        self.username = username
        actor = current_actor()
        self.own = actor.username == username
        self.old_edit: QLineEdit = self.w(QLineEdit, "oldEdit")
        self.password_edit: QLineEdit = self.w(QLineEdit, "passwordEdit")
        self.repeat_edit: QLineEdit = self.w(QLineEdit, "repeatEdit")
        self.error_label: QLabel = self.w(QLabel, "errorLabel")
        need_old = self.own and not actor.can(roles.USERS_MANAGE)
        self.old_edit.setVisible(need_old)
        self.w(QLabel, "oldLabel").setVisible(need_old)
        self.w(QLabel, "introLabel").setText(
            self.tr("修改您自己的密码。")
            if self.own
            else self.tr("为用户“{u}”设置新密码，并解除锁定。").format(u=username)
        )

    def save(self) -> bool:
        if self.password_edit.text() != self.repeat_edit.text():
            self.error_label.setText(self.tr("两次输入的密码不一致；请重新输入。"))
            return False
        try:
            ops.set_password(self.db, self.username, self.password_edit.text(), self.old_edit.text())
        except UserError as err:
            self.error_label.setText(err.message)
            return False
        return True


class UserEditDialog(FormDialog):
    """Add a user (with password) or change one's name, role, union and whether it is active."""

    FORM = "user_edit_dialog"

    def __init__(self, db: Database, parent: QWidget | None, info: UserInfo | None = None):
        super().__init__(parent)
        self.setObjectName("UserEditDialog")
        self.db = db
        self.info = info
        self.version = info.version if info is not None else None
        w = self.w
        self.user_edit: QLineEdit = w(QLineEdit, "userEdit")
        self.name_edit: QLineEdit = w(QLineEdit, "nameEdit")
        self.role_combo: QComboBox = w(QComboBox, "roleCombo")
        self.union_combo: QComboBox = w(QComboBox, "unionCombo")
        self.password_edit: QLineEdit = w(QLineEdit, "passwordEdit")
        self.repeat_edit: QLineEdit = w(QLineEdit, "repeatEdit")
        self.active_check: QCheckBox = w(QCheckBox, "activeCheck")
        self.rights_label: QLabel = w(QLabel, "rightsLabel")
        self.error_label: QLabel = w(QLabel, "errorLabel")
        for code in labels.USER_ROLES:
            self.role_combo.addItem(labels.label(labels.USER_ROLES, code), code)
        self.union_combo.addItem("", None)
        for oid, text in ops.union_choices(db):
            self.union_combo.addItem(text, oid)
        self.role_combo.currentIndexChanged.connect(self._role_changed)
        if info is None:
            self.setWindowTitle(self.tr("添加用户"))
            self.role_combo.setCurrentIndex(self.role_combo.findData("office"))
        else:
            self.setWindowTitle(self.tr("修改用户“{u}”").format(u=info.username))
            self.user_edit.setText(info.username)
            self.user_edit.setReadOnly(True)
            self._show(info)
            for name in ("passwordLabel", "repeatLabel"):
                w(QLabel, name).setVisible(False)
            self.password_edit.setVisible(False)
            self.repeat_edit.setVisible(False)
        self.active_check.setVisible(info is not None)
        self._role_changed()

    def _show(self, info: UserInfo) -> None:
        self.name_edit.setText(info.display_name)
        self.role_combo.setCurrentIndex(self.role_combo.findData(info.role))
        self.union_combo.setCurrentIndex(max(0, self.union_combo.findData(info.union_scope_id)))
        self.active_check.setChecked(info.active)

    def _role_changed(self) -> None:
        role = self.role_combo.currentData()
        self.union_combo.setEnabled(role in roles.SCOPED_ROLES)
        rights = [
            translate("Roles", text) for p, text in roles.PERMISSION_LABELS.items() if p in roles.permissions(role)
        ]
        self.rights_label.setText(self.tr("此角色可以：{rights}。").format(rights=join(rights) or self.tr("只能查看")))

    def save(self) -> bool:
        role = self.role_combo.currentData()
        union = self.union_combo.currentData() if role in roles.SCOPED_ROLES else None
        try:
            if self.info is None:
                if self.password_edit.text() != self.repeat_edit.text():
                    self.error_label.setText(self.tr("两次输入的密码不一致；请重新输入。"))
                    return False
                ops.add_user(
                    self.db, self.user_edit.text(), self.password_edit.text(), role, self.name_edit.text(), union
                )
            else:
                ops.update_user(
                    self.db,
                    self.info.username,
                    self.version,
                    role,
                    self.name_edit.text(),
                    union,
                    self.active_check.isChecked(),
                )
        except Conflict as err:
            self.error_label.setText(conflict_dialog.resolve(self, err, self))
            return False
        except UserError as err:
            self.error_label.setText(err.message)
            return False
        return True

    def reload(self) -> None:
        """Show what is saved now (after a conflict: 放弃我的修改，重新载入)."""
        if self.info is None:
            return
        info = ops.user_info(self.db, self.info.username)
        if info is None:
            return
        self.info = info
        self.version = info.version
        self._show(info)


class UsersDialog(FormDialog):
    """The users list for administrators: add, edit, reset password, unlock, auto-login."""

    FORM = "users_dialog"

    def __init__(self, db: Database, parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName("UsersDialog")
        self.db = db
        self.rows: list[UserInfo] = []
        self.table: QTableWidget = self.w(QTableWidget, "usersTable")
        self.auto_combo: QComboBox = self.w(QComboBox, "autoCombo")
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("所属工会"), self.tr("状态")]
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.w(QPushButton, "addButton").clicked.connect(self.add_user)
        self.w(QPushButton, "editButton").clicked.connect(self.edit_selected)
        self.w(QPushButton, "passwordButton").clicked.connect(self.reset_password)
        self.w(QPushButton, "unlockButton").clicked.connect(self.unlock)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        if not db.target.is_sqlite:
            self.auto_combo.setEnabled(False)
        self.reload()
        self.auto_combo.currentIndexChanged.connect(self._auto_changed)

    def reload(self) -> None:
        now = ops.overview(self.db)
        self.rows = now.rows
        self.table.setRowCount(len(self.rows))
        for r, u in enumerate(self.rows):
            state = [self.tr("启用") if u.active else self.tr("已停用")]
            if u.locked:
                state.append(self.tr("已锁定"))
            if u.username == now.auto_login:
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
        self.auto_combo.setCurrentIndex(max(0, self.auto_combo.findData(now.auto_login)))
        self.auto_combo.blockSignals(False)

    def selected(self) -> UserInfo | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _show_error(self, err: UserError) -> None:
        QMessageBox.warning(self, self.tr("用户管理"), err.message)

    def _open(self, dlg: QDialog) -> QDialog:
        dlg.finished.connect(lambda _r: self.reload())
        dlg.open()
        return dlg

    def add_user(self) -> QDialog:
        return self._open(UserEditDialog(self.db, self))

    def edit_selected(self) -> QDialog | None:
        info = self.selected()
        return None if info is None else self._open(UserEditDialog(self.db, self, info))

    def reset_password(self) -> QDialog | None:
        info = self.selected()
        return None if info is None else self._open(PasswordDialog(self.db, self, info.username))

    def unlock(self) -> None:
        info = self.selected()
        if info is None:
            return
        try:
            ops.unlock(self.db, info.username)
        except UserError as err:
            self._show_error(err)
        self.reload()

    def _auto_changed(self) -> None:
        try:
            ops.set_auto_login(self.db, self.auto_combo.currentData() or None)
        except UserError as err:
            self._show_error(err)
        self.reload()


def sign_in_at_start(
    db: Database, parent: QWidget | None, username: str | None = None, *, ask_always: bool = False
) -> Actor | None:
    """Who uses the program now. No users yet: the first-administrator dialog. Otherwise the
    auto-login account (single-PC SQLite only, not when ``username`` is given or ``ask_always``),
    else the login dialog, pre-filled with ``username`` or the last user of this PC. None when the
    user cancels. Every way in writes one ``user.sign_in`` audit entry (the first administrator's
    creation stands for theirs)."""
    from haihe_desk.ui.settings import app_settings

    state = ops.start_state(db, allow_auto=not username and not ask_always)
    if state.auto is not None:
        return state.auto
    store = app_settings()
    if state.first:
        dlg: FirstAdminDialog | LoginDialog = FirstAdminDialog(db, parent)
    else:
        dlg = LoginDialog(db, parent, username or str(store.value("login/lastUser", "") or ""))
    if dlg.exec() != QDialog.DialogCode.Accepted or dlg.actor is None:
        return None
    store.setValue("login/lastUser", dlg.actor.username)
    return dlg.actor
