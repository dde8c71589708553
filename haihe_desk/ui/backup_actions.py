"""The main window's backups: an automatic backup on start and every hour (off the GUI thread), the
menu entries 备份数据库… / 从备份恢复… / 备份设置…. The work itself is in services/backups.py."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMainWindow, QMessageBox, QSpinBox

from haihe_desk.errors import UserError
from haihe_desk.ui.forms import load_form
from haihe_desk.ui.ops import Op, run_op

if TYPE_CHECKING:
    from haihe_desk.db.database import Database

HOUR_MS = 60 * 60 * 1000
log = logging.getLogger("haihe_desk.backups")


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

        def work() -> None:
            from haihe_desk.services import backups

            path = None
            try:
                path = backups.auto_backup(db, reason)
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
    def backup_to(self, path: str | Path | None = None) -> Op | None:
        db = self._db()
        if db is None:
            return None
        from haihe_desk.db import backup_files
        from haihe_desk.services import backups

        if path is None:
            folder = backups.folder(db)
            backup_files.private_dir(folder)
            suggested = folder / backup_files.new_name(backups.stem(db), "manual")
            path, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("备份数据库"), str(suggested), self.tr("数据库备份 (*.sqlite3)")
            )
            if not path:
                return None
        dest = Path(path)

        def work(progress: Any) -> Path:
            return backups.backup(db, "manual", dest, progress)

        self.last_op = run_op(self.window, self.tr("正在备份数据库……"), work, self._backed_up)
        return self.last_op

    def _backed_up(self, path: Path) -> None:
        self._inform(self.tr("备份完成"), self.tr("数据库已备份到：\n{path}").format(path=path))

    # ---- menu: restore
    def restore_from(self, path: str | Path | None = None, confirmed: bool | None = None) -> Op | None:
        db = self._db()
        if db is None:
            return None
        from haihe_desk.services import backups
        from haihe_desk.services.context import current_actor

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("从备份恢复"), str(backups.folder(db)), self.tr("数据库备份 (*.sqlite3);;所有文件 (*)")
            )
            if not path:
                return None
        src = Path(path)
        try:
            backups.check_backup_file(src)
        except UserError as err:
            QMessageBox.warning(self.window, self.tr("无法恢复"), err.message)
            return None
        if confirmed is None:
            confirmed = QMessageBox.question(
                self.window, self.tr("从备份恢复"),
                self.tr("用备份 {file} 替换当前数据库的全部数据？当前数据会先另存一份备份。").format(file=src.name),
            ) == QMessageBox.StandardButton.Yes
        if not confirmed:
            return None
        actor = current_actor()

        def work(progress: Any) -> Any:
            return backups.restore(db, src, actor, progress)

        self.last_op = run_op(self.window, self.tr("正在从备份恢复……"), work, self._restored)
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
        box.open()  # not blocking
        self.last_box = box

    # ---- menu: settings
    def settings_dialog(self) -> QDialog | None:
        db = self._db()
        if db is None:
            return None
        from haihe_desk.services import backups

        dlg: QDialog = load_form("backup_settings_dialog", self.window)  # type: ignore[assignment]
        with db.read() as s:
            keep = backups.keep_count(s)
        dlg.findChild(QLabel, "folderLabel").setText(str(backups.folder(db)))
        spin: QSpinBox = dlg.findChild(QSpinBox, "keepSpin")  # type: ignore[assignment]
        spin.setValue(keep)
        found = backups.listing(db)
        auto = sum(1 for b in found if b.automatic)
        dlg.findChild(QLabel, "countLabel").setText(
            self.tr("自动备份 {a} 份，手动和恢复前的备份 {m} 份").format(a=auto, m=len(found) - auto)
        )
        dlg.accepted.connect(lambda: self._save_keep(spin.value()))
        dlg.setModal(True)
        dlg.show()
        return dlg

    def _save_keep(self, keep: int) -> None:
        db = self._db()
        if db is None:
            return
        from haihe_desk.services import backups
        from haihe_desk.services.context import current_actor

        try:
            with db.write() as s:
                backups.set_keep_count(s, current_actor(), keep)
        except UserError as err:
            QMessageBox.warning(self.window, self.tr("无法保存"), err.message)
