"""Background operations: result on the GUI thread, data-changed signal, cancel rolls back."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from sqlalchemy import func, select

from haihe_desk.db.models import Contact
from haihe_desk.ui.bus import bus
from haihe_desk.ui.changes import Change
from haihe_desk.ui.ops import run_op

pytestmark = pytest.mark.gui


def test_op_runs_off_gui_thread_and_announces_changes(qtbot, db):
    parent = QWidget()
    qtbot.addWidget(parent)
    gui_thread = threading.get_ident()
    seen = {}

    def work(progress):
        seen["thread"] = threading.get_ident()
        with db.write() as s:
            for i in range(5):
                s.add(Contact(name=f"测试{i}"))
                progress(i + 1, 5)
        return 5

    with qtbot.waitSignal(bus.changed, timeout=5000) as changed:
        op = run_op(parent, "测试", work, changes=[Change.CONTACTS])
    qtbot.waitUntil(lambda: op.result == 5, timeout=5000)
    assert seen["thread"] != gui_thread
    assert changed.args[0] == frozenset({Change.CONTACTS})
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 5


def test_cancel_leaves_database_as_before(qtbot, db):
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    release = threading.Event()

    def work(progress):
        with db.write() as s:
            s.add(Contact(name="不应保存"))
            s.flush()
            started.set()
            release.wait(5)
            progress(1, 2)  # raises Cancelled: the unit of work rolls back
        return "finished"

    op = run_op(parent, "测试", work)
    assert started.wait(5)
    op.dialog.findChild(QPushButton).click()  # the user presses 取消
    release.set()
    with qtbot.waitSignal(op.done, timeout=5000):
        pass
    assert op.cancelled and op.result is None
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0
