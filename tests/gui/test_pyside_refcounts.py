"""Guards against a PySide6 reference-count bug that kills the program after enough signals.

PySide6 6.12.0's ``SignalInstance.emit`` returns ``True`` without taking a reference: each emit from
Python lowers ``True``'s refcount by one, and on Python < 3.12 (where ``True`` is not immortal) the
process eventually aborts with "Fatal Python error: bool_dealloc". The data bus, every operation and
every progress report emit from Python. pyproject.toml keeps PySide6 below 6.12; this test fails
(with this explanation) if an upgrade brings such a bug back."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

pytestmark = pytest.mark.gui


class _Emitter(QObject):
    value = Signal(object)
    plain = Signal()


@pytest.mark.parametrize("kind", ["object", "none", "plain"])
def test_emit_keeps_the_refcounts_of_true_false_and_none(qtbot, kind: str) -> None:  # type: ignore[no-untyped-def]
    e = _Emitter()
    e.value.connect(lambda _v: None)
    e.plain.connect(lambda: None)
    emit = {"object": lambda: e.value.emit(1), "none": lambda: e.value.emit(None), "plain": e.plain.emit}[kind]
    emit()  # warm up caches
    before = [sys.getrefcount(x) for x in (True, False, None)]
    for _ in range(300):
        emit()
    after = [sys.getrefcount(x) for x in (True, False, None)]
    drift = [a - b for a, b in zip(after, before, strict=False)]
    assert all(abs(d) < 30 for d in drift), (
        f"emitting a signal 300 times moved the refcounts of True/False/None by {drift}: this PySide6 "
        "has the emit refcount bug (see this module's docstring); keep PySide6 at a version without it"
    )


def test_void_methods_keep_the_refcount_of_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 also returned None from void methods (``setText``, ``processEvents``, ...)
    without a reference: each call lowered None's refcount, and a test run died at exit with
    "deallocating None"."""
    from PySide6.QtWidgets import QApplication, QLabel

    label = QLabel()
    qtbot.addWidget(label)
    calls = {"setText": lambda: label.setText("x"), "processEvents": QApplication.processEvents}
    for name, call in calls.items():
        call()
        before = sys.getrefcount(None)
        for _ in range(300):
            call()
        drift = sys.getrefcount(None) - before
        assert abs(drift) < 30, f"300 calls of {name} moved None's refcount by {drift}: the void-return refcount bug"
