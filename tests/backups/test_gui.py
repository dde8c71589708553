"""The main window's backups: menu entries, backup and restore through run_op (the window re-attaches
the restored data), refusals as a sentence, the automatic start and hourly backups, the keep setting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QSpinBox

from haihe_desk.db import backup_files
from haihe_desk.db.database import Database
from haihe_desk.db.models import Contact
from haihe_desk.services import backups
from haihe_desk.services.context import SYSTEM
from haihe_desk.ui.app import install_translations
from haihe_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, qapp, demo_db: Database):  # type: ignore[no-untyped-def]
    install_translations(qapp, "zh_CN")
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def contact_names(w: MainWindow) -> set[str]:
    w.tabs.setCurrentWidget(w.contacts_tab)  # a tab loads when shown
    m = w.contacts_tab.model
    return {m.rows[r][1] for r in range(m.rowCount())}


def test_file_menu_has_the_backup_entries(window: MainWindow) -> None:
    texts = [a.text() for a in window.file_menu.actions()]
    assert "备份数据库…" in texts and "从备份恢复…" in texts and "备份设置…" in texts


def test_backup_then_restore_reattaches_the_restored_data(window: MainWindow, demo_db: Database, qtbot, tmp_path: Path) -> None:
    out = tmp_path / "gui-backup.sqlite3"
    op = window.backups.backup_to(out)
    assert op is not None
    with qtbot.waitSignal(op.done, timeout=20000):
        pass
    assert op.error is None and out.exists()
    assert window.backups.last_box is not None and str(out) in window.backups.last_box.text()

    with demo_db.write() as s:  # a change after the backup, shown in the 通讯录 tab
        s.add(Contact(name="后来的人", role="承办单位", contest_id=None))
    window.reattach()
    qtbot.waitUntil(lambda: "后来的人" in contact_names(window), timeout=5000)
    old_tab = window.contacts_tab

    op = window.backups.restore_from(out, confirmed=True)
    assert op is not None
    with qtbot.waitSignal(op.done, timeout=20000):
        pass
    assert op.error is None
    assert window.contacts_tab is not old_tab  # the window re-attached
    qtbot.waitUntil(lambda: contact_names(window) and "后来的人" not in contact_names(window), timeout=5000)
    text = window.backups.last_box.text()  # type: ignore[union-attr]
    assert "原来的数据已保存在" in text
    kept = [b.path for b in backups.listing(demo_db) if b.reason == "restore"]
    assert len(kept) == 1 and str(kept[0]) in text


def test_restore_refuses_a_foreign_file_with_a_sentence(window: MainWindow, demo_db: Database, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    bad = tmp_path / "名单.xlsx"
    bad.write_bytes(b"PK\x03\x04 not a database")
    assert window.backups.restore_from(bad, confirmed=True) is None
    assert len(shown) == 1 and "不是海河工匠杯大赛系统的数据库" in shown[0]
    assert backups.listing(demo_db) == []  # nothing backed up, nothing replaced


def test_restore_not_confirmed_does_nothing(window: MainWindow, demo_db: Database, tmp_path: Path) -> None:
    out = backups.backup(demo_db, "manual", tmp_path / "b.sqlite3")
    tab = window.contacts_tab
    assert window.backups.restore_from(out, confirmed=False) is None
    assert window.contacts_tab is tab
    assert [b.reason for b in backups.listing(demo_db)] == []


@pytest.mark.sqlite_only
def test_start_and_hourly_backups_run_off_the_gui_thread(window: MainWindow, demo_db: Database, qtbot) -> None:
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


def test_keep_setting_dialog(window: MainWindow, demo_db: Database, qtbot) -> None:
    dlg = window.backups.settings_dialog()
    assert dlg is not None
    qtbot.addWidget(dlg)
    spin = dlg.findChild(QSpinBox, "keepSpin")
    assert spin.value() == backups.DEFAULT_KEEP
    spin.setValue(5)
    dlg.accept()
    with demo_db.read() as s:
        assert backups.keep_count(s) == 5
    with demo_db.write() as s:
        backups.set_keep_count(s, SYSTEM, 8)
    again = window.backups.settings_dialog()
    qtbot.addWidget(again)
    assert again.findChild(QSpinBox, "keepSpin").value() == 8  # type: ignore[union-attr]
    again.reject()
