"""The 文件 menu's backups, reached as a user does: the menu action is triggered, the file dialog
answers with a path (patched: it would block), the confirmation is answered Yes, the work runs off
the GUI thread, and the DATABASE is checked afterwards. Restore is refused for every role but the
administrator before any file is asked for; the service checks the same right again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QSpinBox
from sqlalchemy import func, select

from haihe_desk.db import backup_files
from haihe_desk.db.database import Database
from haihe_desk.db.models import AuditEntry, Contact
from haihe_desk.services import audit, backups, context, users
from haihe_desk.services.context import SYSTEM
from haihe_desk.ui.app import install_translations
from haihe_desk.ui.backup_actions import BackupSettingsDialog
from haihe_desk.ui.main_window import MainWindow
from tests.users.helpers import PW, ROLES, add_user, fingerprint

pytestmark = pytest.mark.gui
NON_ADMIN = [r for r in ROLES if r != "admin"]


def open_window(qtbot, qapp, db: Database, role: str = "admin") -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window with a real account of ``role`` signed in (as sign_in_at_start would)."""
    install_translations(qapp, "zh_CN")
    with db.read() as s:
        first = not users.has_users(s)
    admin = add_user(db, "admin", "admin") if first else None
    if role != "admin":
        add_user(db, role, role, by=admin, union="120101" if role == "union_reviewer" else None)
    context.sign_in(users.sign_in(db, role, PW))
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot, qapp, demo_db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    return open_window(qtbot, qapp, demo_db)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """QMessageBox.warning would block: its sentence is kept instead."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def answer_files(monkeypatch: pytest.MonkeyPatch, *, save: Path | None = None, open_: Path | None = None) -> list[str]:
    """The file dialogs answer with these paths; returns the dialogs that were asked."""
    asked: list[str] = []

    def fake_save(*_a, **_k):  # type: ignore[no-untyped-def]
        asked.append("save")
        return (str(save) if save else "", "")

    def fake_open(*_a, **_k):  # type: ignore[no-untyped-def]
        asked.append("open")
        return (str(open_) if open_ else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    return asked


def answer_question(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def fake(_p, _t, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", fake)
    return asked


def finish(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    op = window.backups.last_op
    assert op is not None, "the action started no operation"
    if op.result is None and op.error is None and not op.cancelled:
        with qtbot.waitSignal(op.done, timeout=30000):
            pass
    assert op.error is None, op.error
    return op


def contact_names(db: Database) -> set[str]:
    with db.read() as s:
        return set(s.scalars(select(Contact.name)))


def restore_backups(db: Database) -> list[Path]:
    return [b.path for b in backups.listing(db) if b.reason == "restore"]


def test_file_menu_has_the_backup_entries(window: MainWindow) -> None:
    texts = [a.text() for a in window.file_menu.actions()]
    assert "备份数据库…" in texts and "从备份恢复…" in texts and "备份设置…" in texts


def test_backup_then_restore_from_the_file_menu(
    window: MainWindow,
    demo_db: Database,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "gui-backup.sqlite3"
    asked = answer_files(monkeypatch, save=out, open_=out)
    window.act_backup.trigger()
    finish(qtbot, window)
    assert asked == ["save"] and backups.check_backup_file(out) == "0001"
    assert window.backups.last_box is not None and str(out) in window.backups.last_box.text()

    with demo_db.write() as s:  # a change after the backup
        s.add(Contact(name="后来的人", role="承办单位", contest_id=None))
    old_tab = window.contacts_tab
    questions = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    window.act_restore.trigger()
    finish(qtbot, window)
    assert asked == ["save", "open"] and len(questions) == 1 and out.name in questions[0]
    assert "后来的人" not in contact_names(demo_db) and contact_names(demo_db)
    kept = restore_backups(demo_db)
    assert len(kept) == 1
    with demo_db.read() as s:
        last = audit.recent(s, 1)[0]
        assert (last.actor, last.action) == ("admin", "database.restore")
        assert json.loads(last.new)["backup"] == str(kept[0])
        assert audit.verify(s).intact
    assert window.contacts_tab is not old_tab  # the window re-attached to the restored data
    assert str(kept[0]) in window.backups.last_box.text()  # type: ignore[union-attr]


def test_restore_refuses_a_foreign_file_with_a_sentence(
    window: MainWindow,
    demo_db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    bad = tmp_path / "名单.xlsx"
    bad.write_bytes(b"PK\x03\x04 not a database")
    answer_files(monkeypatch, open_=bad)
    questions = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    before = fingerprint(demo_db)
    window.act_restore.trigger()
    assert len(warnings) == 1 and "不是海河工匠杯大赛系统的数据库" in warnings[0]
    assert questions == [] and window.backups.last_op is None
    assert fingerprint(demo_db) == before and backups.listing(demo_db) == []


def test_restore_not_confirmed_does_nothing(
    window: MainWindow,
    demo_db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = backups.backup(demo_db, "manual", tmp_path / "b.sqlite3", actor=SYSTEM)
    answer_files(monkeypatch, open_=out)
    questions = answer_question(monkeypatch, QMessageBox.StandardButton.No)
    before = fingerprint(demo_db)
    window.act_restore.trigger()
    assert len(questions) == 1 and window.backups.last_op is None
    assert fingerprint(demo_db) == before and restore_backups(demo_db) == []


@pytest.mark.parametrize("role", NON_ADMIN)
def test_restore_is_refused_for_every_role_but_admin(
    role: str,
    qtbot,
    qapp,
    demo_db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    """A non-admin triggers 从备份恢复…: one sentence, no file asked for, no operation, nothing changed —
    even though the file dialog and the confirmation would say yes."""
    out = backups.backup(demo_db, "manual", tmp_path / "b.sqlite3", actor=SYSTEM)
    window = open_window(qtbot, qapp, demo_db, role)
    asked = answer_files(monkeypatch, open_=out)
    answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    before = fingerprint(demo_db)
    window.act_restore.trigger()
    assert len(warnings) == 1 and f"账号“{role}”" in warnings[0] and "无权恢复或覆盖数据库" in warnings[0]
    assert asked == [] and window.backups.last_op is None
    assert fingerprint(demo_db) == before and restore_backups(demo_db) == []


def test_backup_is_refused_for_a_role_without_the_right(
    qtbot,
    qapp,
    demo_db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    window = open_window(qtbot, qapp, demo_db, "clerk")
    asked = answer_files(monkeypatch, save=tmp_path / "x.sqlite3")
    window.act_backup.trigger()
    assert len(warnings) == 1 and "无权备份数据库" in warnings[0]
    assert asked == [] and window.backups.last_op is None and not (tmp_path / "x.sqlite3").exists()


@pytest.mark.sqlite_only
def test_start_and_hourly_backups_run_off_the_gui_thread(window: MainWindow, demo_db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.backups.auto_done, timeout=20000) as sig:
        window.backups.start()
    start = sig.args[0]
    assert start is not None and backup_files.parse(start).reason == "start"  # type: ignore[union-attr]
    assert window.backups.timer.isActive() and window.backups.timer.interval() == 60 * 60 * 1000
    assert "已自动备份" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.backups.auto_done, timeout=20000) as sig:
        window.backups.timer.timeout.emit()
    assert backup_files.parse(sig.args[0]).reason == "hourly"  # type: ignore[union-attr]
    assert [b.reason for b in backups.listing(demo_db)] == ["start", "hourly"]


def settings_dialog(window: MainWindow) -> BackupSettingsDialog:
    window.act_backup_settings.trigger()
    dlg = QApplication.activeModalWidget()
    assert isinstance(dlg, BackupSettingsDialog) and dlg.isVisible()
    return dlg


def type_keep(qtbot, dlg: BackupSettingsDialog, value: str) -> None:  # type: ignore[no-untyped-def]
    spin = dlg.findChild(QSpinBox, "keepSpin")
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, value)
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_backup_settings_from_the_file_menu(window: MainWindow, demo_db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    dlg = settings_dialog(window)
    assert dlg.keep_spin.value() == backups.DEFAULT_KEEP
    assert dlg.w(QLabel, "folderLabel").text() == str(backups.folder(demo_db))
    type_keep(qtbot, dlg, "5")
    assert not dlg.isVisible()
    with demo_db.read() as s:
        assert backups.keep_count(s) == 5
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "setting.update")) == 1
    again = settings_dialog(window)
    assert again.keep_spin.value() == 5
    again.reject()


def test_backup_settings_refused_without_the_right_keeps_the_dialog_open(  # type: ignore[no-untyped-def]
    qtbot, qapp, demo_db: Database, warnings: list[str]
) -> None:
    window = open_window(qtbot, qapp, demo_db, "readonly")
    dlg = settings_dialog(window)
    type_keep(qtbot, dlg, "5")
    assert len(warnings) == 1 and "无权修改系统设置" in warnings[0]
    assert dlg.isVisible()
    with demo_db.read() as s:
        assert backups.keep_count(s) == backups.DEFAULT_KEEP
    dlg.reject()
