"""Long work off the GUI thread, in the spirit of Anki's CollectionOp.

``run_op`` runs ``work(progress)`` in a worker thread with a cancellable progress dialog. The work
function opens its own Session and must commit only at its end; it calls ``progress(done, total)``,
which raises ``Cancelled`` once the user pressed 取消, so the unit of work rolls back and the
database stays as before. On success ``on_done(result)`` runs on the GUI thread and the data bus
announces ``changes``. Widgets are never touched inside ``work``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from haihe_desk.errors import UserError
from haihe_desk.ui.bus import bus
from haihe_desk.ui.changes import Change


class Cancelled(Exception):
    """Raised inside the work function when the user cancels."""


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]):
        super().__init__()
        self._work = work
        self.cancel_event = threading.Event()

    def _progress(self, done: int, total: int) -> None:
        if self.cancel_event.is_set():
            raise Cancelled()
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # noqa: BLE001 - forwarded to the GUI thread
            self.failed.emit(exc)
        else:
            self.finished.emit(result)


class Op(QObject):
    """A running operation; keeps the thread and dialog alive until done."""

    done = Signal(object)  # result, or None when cancelled/failed

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[Callable[[int, int], None]], Any],
        on_done: Callable[[Any], None] | None = None,
        changes: Iterable[Change] = (),
    ):
        super().__init__(parent)
        self._parent = parent
        self._on_done = on_done
        self._changes = tuple(changes)
        self.dialog = QProgressDialog(title, self.tr("取消"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.thread = QThread()
        self.worker = _Worker(work)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.dialog.canceled.connect(self.worker.cancel_event.set)
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False

    def start(self) -> Op:
        self.thread.start()
        return self

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _finish(self) -> None:
        self.thread.quit()
        self.thread.wait()
        self.dialog.reset()
        self.dialog.hide()

    def _on_finished(self, result: Any) -> None:
        self._finish()
        self.result = result
        if self._changes:
            bus.emit_changed(*self._changes)
        if self._on_done is not None:
            self._on_done(result)
        self.done.emit(result)

    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            self.cancelled = True
        else:
            self.error = exc
            if isinstance(exc, UserError):
                QMessageBox.warning(self._parent, self.tr("无法完成"), exc.message)
            else:
                QMessageBox.critical(
                    self._parent,
                    self.tr("程序错误"),
                    self.tr("操作失败，数据库未做修改。错误信息：{err}").format(err=exc),
                )
        self.done.emit(None)


def run_op(
    parent: QWidget,
    title: str,
    work: Callable[[Callable[[int, int], None]], Any],
    on_done: Callable[[Any], None] | None = None,
    changes: Iterable[Change] = (),
) -> Op:
    return Op(parent, title, work, on_done, changes).start()
