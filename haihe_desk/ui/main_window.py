"""The main window: four tabs (赛事, 报名, 评判, 通讯录), menus, status bar, remembered state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from haihe_desk.ui.backup_actions import BackupController
from haihe_desk.ui.bus import bus
from haihe_desk.ui.changes import Change
from haihe_desk.ui.settings import app_settings

if TYPE_CHECKING:
    from haihe_desk.db.database import Database

TAB_COUNT = 4


DB_LABEL_WIDTH = 420  # pixels of the status bar's database path before it is cut in the middle


class MainWindow(QMainWindow):
    """``MainWindow(db)`` builds everything at once. ``MainWindow()`` shows the frame with
    placeholder tabs at once, and ``attach(db)`` fills them: start-up shows the window before the
    database layer is even imported (see ui/app.run_gui)."""

    def __init__(self, db: Database | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.db: Database | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.placeholders: list[QLabel] = []
        for _ in range(TAB_COUNT):
            waiting = QLabel(self)
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.placeholders.append(waiting)
            self.tabs.addTab(waiting, "")
        self.setCentralWidget(self.tabs)
        self.db_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.db_label)
        self.backups = BackupController(self, lambda: self.db, self.reattach)
        self._build_menus()
        self.retranslate()
        self.resize(1280, 800)
        self._restore_state()
        if db is not None:
            self.attach(db)

    def attach(self, db: Database) -> None:
        """Build the four tabs over the open database, in place of the placeholders."""
        from haihe_desk.domain import roles
        from haihe_desk.services.context import current_actor
        from haihe_desk.ui.tabs.contacts import ContactsTab
        from haihe_desk.ui.tabs.contests import ContestsTab
        from haihe_desk.ui.tabs.judging import JudgingTab
        from haihe_desk.ui.tabs.registrations import RegistrationsTab

        self.db = db
        self.actor = actor = current_actor()
        current = self.tabs.currentIndex()
        self.contests_tab = ContestsTab(db, self)
        # Fairness: judge roles never see registrations or contacts (names, units, ID numbers);
        # the services refuse them too, the placeholder only says why.
        self.registrations_tab = (
            RegistrationsTab(db, self) if actor.can(roles.REGISTRATIONS_VIEW) else self._no_access_tab()
        )
        self.judging_tab = JudgingTab(db, self)
        self.contacts_tab = ContactsTab(db, self) if actor.can(roles.CONTACTS_VIEW) else self._no_access_tab()
        # Insert the new pages before the old ones, make the remembered one current, then drop the
        # old pages: only that one page is ever shown, so only it loads (the others on first show).
        new = (self.contests_tab, self.registrations_tab, self.judging_tab, self.contacts_tab)
        old = [self.tabs.widget(i) for i in range(self.tabs.count())]
        self.tabs.blockSignals(True)
        for i, tab in enumerate(new):
            self.tabs.insertTab(i, tab, "")
        self.tabs.setCurrentIndex(max(current, 0))
        for page in old:
            self.tabs.removeTab(self.tabs.indexOf(page))
            page.deleteLater()
        self.placeholders = []
        self.tabs.blockSignals(False)
        self.act_users.setVisible(actor.can(roles.USERS_MANAGE))
        self.retranslate()

    def _no_access_tab(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("noAccessLabel")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setText(
            self.tr(
                "当前账号的角色不能查看此页（裁判不接触选手的姓名、单位和证件号）。如需查看，请用有权限的账号登录。"
            )
        )
        return label

    def reattach(self) -> None:
        """Rebuild the tabs over the same database after its data was replaced (restore)."""
        if self.db is not None:
            self.attach(self.db)

    # ---- menus
    def _action(self, menu, name: str, shortcut: QKeySequence | str | None = None, slot=None) -> QAction:  # type: ignore[no-untyped-def]
        act = QAction(self)
        act.setObjectName(name)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.system_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.act_refresh = self._action(self.file_menu, "actRefresh", QKeySequence.StandardKey.Refresh, self.refresh)
        self.file_menu.addSeparator()
        self.act_backup = self._action(self.file_menu, "actBackup", None, lambda: self.backups.backup_to())
        self.act_restore = self._action(self.file_menu, "actRestore", None, lambda: self.backups.restore_from())
        self.act_backup_settings = self._action(
            self.file_menu, "actBackupSettings", None, lambda: self.backups.settings_dialog()
        )
        self.file_menu.addSeparator()
        self.act_quit = self._action(self.file_menu, "actQuit", QKeySequence.StandardKey.Quit, self.close)
        self.act_find = self._action(self.edit_menu, "actFind", QKeySequence.StandardKey.Find, self.focus_search)
        self.act_copy_phone = self._action(self.edit_menu, "actCopyPhone", None, self._copy_phone)
        self.tab_actions = []
        for i in range(4):
            self.tab_actions.append(
                self._action(
                    self.view_menu,
                    f"actTab{i + 1}",
                    f"Ctrl+{i + 1}",
                    lambda _c=False, i=i: self.tabs.setCurrentIndex(i),
                )
            )
        self.act_about = self._action(
            self.help_menu, "actAbout", QKeySequence.StandardKey.HelpContents, self.show_about
        )
        self.act_users = self._action(self.system_menu, "actUsers", None, self.show_users)
        self.act_password = self._action(self.system_menu, "actPassword", None, self.change_password)
        self.act_switch_user = self._action(self.system_menu, "actSwitchUser", None, self.switch_user)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("海河工匠杯 大赛办公室桌面系统"))
        titles = [self.tr("赛事"), self.tr("报名"), self.tr("评判"), self.tr("通讯录")]
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
            self.tab_actions[i].setText(self.tr("切换到“{t}”").format(t=title))
        self.file_menu.setTitle(self.tr("文件(&F)"))
        self.edit_menu.setTitle(self.tr("编辑(&E)"))
        self.view_menu.setTitle(self.tr("视图(&V)"))
        self.system_menu.setTitle(self.tr("系统(&S)"))
        self.help_menu.setTitle(self.tr("帮助(&H)"))
        self.act_users.setText(self.tr("用户管理…"))
        self.act_password.setText(self.tr("修改我的密码…"))
        self.act_switch_user.setText(self.tr("切换用户…"))
        self.act_refresh.setText(self.tr("刷新(&R)"))
        self.act_quit.setText(self.tr("退出(&Q)"))
        self.act_backup.setText(self.tr("备份数据库…"))
        self.act_restore.setText(self.tr("从备份恢复…"))
        self.act_backup_settings.setText(self.tr("备份设置…"))
        self.act_find.setText(self.tr("查找(&F)"))
        self.act_copy_phone.setText(self.tr("复制联系人电话"))
        self.act_about.setText(self.tr("关于(&A)"))
        for waiting in self.placeholders:
            waiting.setText(self.tr("正在打开数据库……"))
        if self.db is None:
            self.db_label.setText(self.tr("正在打开数据库……"))
        else:
            from haihe_desk.domain import labels

            who = self.tr("用户：{u}（{role}）").format(
                u=self.actor.display_name or self.actor.username, role=labels.label(labels.USER_ROLES, self.actor.role)
            )
            where = self.db.target.display()
            # A long path is cut in the middle (the file name stays readable); the tooltip has it whole.
            shown = self.db_label.fontMetrics().elidedText(where, Qt.TextElideMode.ElideMiddle, DB_LABEL_WIDTH)
            self.db_label.setText(who + "　" + self.tr("数据库：{db}").format(db=shown))
            self.db_label.setToolTip(where)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- actions
    def refresh(self) -> None:
        """文件 → 刷新 (F5): every area reloads (another PC may have changed anything); hidden tabs
        reload when next shown."""
        bus.emit_changed(Change.DATABASE)

    def focus_search(self) -> None:
        tab = self.tabs.currentWidget()
        search = getattr(tab, "search", None)
        if search is not None:
            search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            search.selectAll()

    def _copy_phone(self) -> None:
        self.tabs.setCurrentWidget(self.contacts_tab)
        self.contacts_tab.copy_phone()

    def show_about(self) -> QDialog:
        from haihe_desk.ui.dialogs.about_dialog import AboutDialog

        dlg = AboutDialog(self.db.target.display() if self.db is not None else "", self)
        dlg.setModal(True)
        dlg.show()
        return dlg

    # ---- users
    def show_users(self) -> QDialog | None:
        if self.db is None:
            return None
        from haihe_desk.ui.dialogs.users_dialogs import UsersDialog

        dlg = UsersDialog(self.db, self)
        dlg.open()
        return dlg

    def change_password(self) -> QDialog | None:
        if self.db is None:
            return None
        from haihe_desk.ui.dialogs.users_dialogs import PasswordDialog
        from haihe_desk.ui.operations import users as user_ops

        if not user_ops.has_users(self.db):
            QMessageBox.information(
                self, self.tr("修改密码"), self.tr("此数据库还没有用户账号；请先在“用户管理”中创建管理员。")
            )
            return None
        dlg = PasswordDialog(self.db, self, self.actor.username)
        dlg.open()
        return dlg

    def switch_user(self) -> bool:
        """Sign in as somebody else; the tabs are rebuilt for the new user's role."""
        if self.db is None:
            return False
        from haihe_desk.services import context
        from haihe_desk.ui.dialogs.users_dialogs import sign_in_at_start

        actor = sign_in_at_start(self.db, self, ask_always=True)
        if actor is None:
            return False
        context.sign_in(actor)
        self.attach(self.db)
        return True

    # ---- state
    def _restore_state(self) -> None:
        s: QSettings = app_settings()
        geo = s.value("mainWindow/geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        state = s.value("mainWindow/state")
        if state is not None:
            self.restoreState(state)
        tab = s.value("mainWindow/tab", 0, type=int)
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

    def save_state(self) -> None:
        s = app_settings()
        s.setValue("mainWindow/geometry", self.saveGeometry())
        s.setValue("mainWindow/state", self.saveState())
        s.setValue("mainWindow/tab", self.tabs.currentIndex())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes
