"""The three shapes every named operation is built from (see the package docstring)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from haihe_desk.db.database import Database
from haihe_desk.services.context import Actor, current_actor
from haihe_desk.ui.bus import bus
from haihe_desk.ui.changes import Change
from haihe_desk.ui.ops import Op, run_op

T = TypeVar("T")
Progress = Callable[[int, int], None]


def read(db: Database, fn: Callable[[Session], T]) -> T:
    """A lookup in one read Session; ``fn`` must return plain data (no live ORM rows)."""
    with db.read() as s:
        return fn(s)


def current_contest(db: Database) -> int | None:
    """The contest the office works on now (the setting chosen in the 赛事 tab). Views read it when
    they reload and pass it to every operation; no service reads it itself."""
    from haihe_desk.services import settings

    return read(db, settings.current_contest_id)


def write(db: Database, changes: Iterable[Change], fn: Callable[[Session, Actor], T]) -> T:
    """A short change in one transaction, as the signed-in user; announces ``changes`` after the
    commit. A ``UserError`` rolls everything back and reaches the caller untouched."""
    with db.write() as s:
        result = fn(s, current_actor())
    bus.emit_changed(*changes)
    return result


def background(
    parent: QWidget,
    db: Database,
    title: str,
    changes: Iterable[Change],
    fn: Callable[[Session, Actor, Progress], Any],
    on_done: Callable[[Any], None] | None = None,
) -> Op:
    """Long work off the GUI thread in one transaction (``ops.run_op``): cancel or error rolls back.
    The actor is taken on the GUI thread, before the work starts."""
    actor = current_actor()

    def work(progress: Progress) -> Any:
        with db.write() as s:
            return fn(s, actor, progress)

    return run_op(parent, title, work, on_done, changes=tuple(changes))
