"""The main window's backups: an automatic backup on start and every hour (off the GUI thread), the
menu entries 备份数据库… / 从备份恢复… / 备份设置…. Views only: every database access goes through
ui/operations/backups.py (which calls services/backups.py)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QSpinBox, QWidget

from haihe_desk.errors import UserError
from haihe_desk.ui.dialogs.base import FormDialog
from haihe_desk.ui.ops import Op

if TYPE_CHECKING:
    from haihe_desk.db.database import Database

HOUR_MS = 60 * 60 * 1000
log = logging.getLogger("haihe_desk.backups")


def _ops():  # type: ignore[no-untyped-def]
    """ui/operations/backups.py, imported on first use: the main window is built (and shown) before
    the database layer is loaded (see ui/app.run_gui)."""
    from haihe_desk.ui.operations import backups

    return backups


class BackupController(QObject):
    """Belongs to the main window; ``db()`` returns the open database (None before it is attached)."""

    auto_done = Signal(object)  # the backup's path, None when none was taken (server database, error)

    def __init__(self, window: QMainWindow, db: Callable[[], Database | None], reattach: Callable[[], None]):
        super().__init__(window)
        self.window = window
        self._db = db
        self._reattach = reattach
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(lambda: self.auto("hourly"))
        self.auto_done.connect(self._show_auto)
        self.last_op: Op | None = None
        self.last_box: QMessageBox | None = None
        self._busy = threading.Lock()

    # ---- automatic
    def start(self) -> None:
        """After the database opened: a start backup now, then one every hour while open."""
        self.auto("start")
        self.timer.start()

    def auto(self, reason: str) -> threading.Thread | None:
        db = self._db()
        if db is None or db.target.path is None:  # a server keeps its own backups
            return None
        if not self._busy.acquire(blocking=False):  # the previous one is still running
            return None

        ops = _ops()  # imported here, on the GUI thread

        def work() -> None:
            path = None
            try:
                path = ops.auto_backup(db, reason)
            except Exception:  # noqa: BLE001 - an automatic backup must never stop the office's work
                log.exception("automatic backup (%s) failed", reason)
            finally:
                self._busy.release()
                self.auto_done.emit(path)

        thread = threading.Thread(target=work, name=f"backup-{reason}", daemon=True)
        thread.start()
        return thread

    def _show_auto(self, path: Path | None) -> None:
        if path is not None:
            self.window.statusBar().showMessage(self.tr("已自动备份数据库：{path}").format(path=path), 10000)

    # ---- menu: back up
    def backup_to(self) -> Op | None:
        """备份数据库…: the signed-in user's right first, then where to, then the work off the GUI thread."""
        db = self._db()
        if db is None:
            return None
        try:
            _ops().may_back_up()
        except UserError as err:
            QMessageBox.warning(self.window, self.tr("无法备份"), err.message)
            return None
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("备份数据库"), str(_ops().suggested_backup(db)), self.tr("数据库备份 (*.sqlite3)")
        )
        if not path:
            return None
        self.last_op = _ops().back_up(self.window, db, Path(path), self.tr("正在备份数据库……"), self._backed_up)
        return self.last_op

    def _backed_up(self, path: Path) -> None:
        self._inform(self.tr("备份完成"), self.tr("数据库已备份到：\n{path}").format(path=path))

    # ---- menu: restore
    def restore_from(self) -> Op | None:
        """从备份恢复…: only an account with the restore right gets as far as the file dialog; the
        service checks the same right again before it replaces anything."""
        db = self._db()
        if db is None:
            return None
        try:
            _ops().may_restore()
        except UserError as err:
            QMessageBox.warning(self.window, self.tr("无法恢复"), err.message)
            return None
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("从备份恢复"),
            str(_ops().backup_folder(db)),
            self.tr("数据库备份 (*.sqlite3);;所有文件 (*)"),
        )
        if not path:
            return None
        src = Path(path)
        try:
            _ops().check_backup_file(src)
        except UserError as err:
            QMessageBox.warning(self.window, self.tr("无法恢复"), err.message)
            return None
        confirmed = (
            QMessageBox.question(
                self.window,
                self.tr("从备份恢复"),
                self.tr("用备份 {file} 替换当前数据库的全部数据？当前数据会先另存一份备份。").format(file=src.name),
            )
            == QMessageBox.StandardButton.Yes
        )
        if not confirmed:
            return None
        self.last_op = _ops().restore(self.window, db, src, self.tr("正在从备份恢复……"), self._restored)
        return self.last_op

    def _restored(self, result: Any) -> None:
        self._reattach()
        self._inform(
            self.tr("恢复完成"),
            self.tr("已从备份恢复 {n} 行数据，审计日志完整。原来的数据已保存在：\n{kept}").format(
                n=result.copied.rows, kept=result.kept
            ),
        )

    def _inform(self, title: str, text: str) -> None:
        self.window.statusBar().showMessage(text.replace("\n", " "), 15000)
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("backupDoneBox")
        box.open()  # not blocking
        self.last_box = box

    # ---- menu: settings
    def settings_dialog(self) -> BackupSettingsDialog | None:
        db = self._db()
        if db is None:
            return None
        dlg = BackupSettingsDialog(db, self.window)
        dlg.open()
        return dlg


class BackupSettingsDialog(FormDialog):
    """备份设置…: where the backups are, how many exist, how many automatic ones to keep."""

    FORM = "backup_settings_dialog"

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("BackupSettingsDialog")
        self.db = db
        now = _ops().settings(db)
        self.w(QLabel, "folderLabel").setText(str(now.folder))
        self.keep_spin: QSpinBox = self.w(QSpinBox, "keepSpin")
        self.keep_spin.setValue(now.keep)
        self.w(QLabel, "countLabel").setText(
            self.tr("自动备份 {a} 份，手动和恢复前的备份 {m} 份").format(a=now.automatic, m=now.others)
        )

    def save(self) -> bool:
        try:
            _ops().set_keep(self.db, self.keep_spin.value())
        except UserError as err:
            QMessageBox.warning(self, self.tr("无法保存"), err.message)
            return False
        return True
