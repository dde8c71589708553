"""Named operations of the 报名 tab and its dialogs: one function per user action (see the package
docstring). Each opens one Session, calls the service with the signed-in actor and the contest the
view passes, and after a commit announces ``Change.REGISTRATIONS``. Nothing here touches a widget.

The import (button, drag-and-drop, preview dialog) is not here: it runs on the import pipeline."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from haihe_desk.db.database import Database
from haihe_desk.domain import registration_rules as rules
from haihe_desk.services import registration_edit, registrations, review
from haihe_desk.services.context import Actor, current_actor
from haihe_desk.ui.changes import Change
from haihe_desk.ui.operations.base import current_contest as current_contest  # the views call it here
from haihe_desk.ui.operations.base import read, write

T = TypeVar("T")
CHANGED = (Change.REGISTRATIONS,)


def _audited(db: Database, fn: Callable[[Session, Actor], T]) -> T:
    """A write that changes no data any view shows (only the audit log): nothing to announce."""
    with db.write() as s:
        return fn(s, current_actor())


# --------------------------------------------------------------------------- the tab


def trade_choices(db: Database, contest_id: int | None) -> list[tuple[int, str, str, str]]:
    """(id, code, name, group) of the contest's trades, by code."""
    return read(db, lambda s: registrations.trade_choices(s, contest_id))


def union_choices(db: Database) -> list[tuple[int, str]]:
    """The unions and schools the review filters by; a union reviewer sees only their union's."""
    actor = current_actor()
    return read(db, lambda s: registrations.union_choices(s, actor))


def status_counts(db: Database, contest_id: int | None) -> dict[str, int]:
    """Registrations per review state in the contest, within the signed-in user's scope."""
    actor = current_actor()
    return read(db, lambda s: registrations.status_counts(s, {"contest_id": contest_id}, actor))


def selection_statuses(db: Database, ids: Sequence[int]) -> list[str]:
    """The review states of the selected rows (those in the user's scope)."""
    if not ids:
        return []
    actor = current_actor()
    return read(db, lambda s: review.statuses(s, actor, ids))


def review_allowed(statuses: Sequence[str], role: str) -> set[str]:
    """The review actions legal for every one of the selected rows' states (no database)."""
    return review.allowed_actions(statuses, role)


def history(db: Database, registration_id: int) -> list[registrations.HistoryRow]:
    """The review history of one registration, oldest first."""
    actor = current_actor()
    return read(db, lambda s: registrations.history(s, registration_id, actor))


def begin_unmasked_view(db: Database, filters: dict[str, Any]) -> None:
    """Switch on full ID numbers and phones: checks the right and writes the audit entry."""
    _audited(db, lambda s, a: registrations.begin_unmasked_view(s, a, filters))


def apply_review(db: Database, action: str, ids: Sequence[int], reason: str = "") -> review.ReviewOutcome:
    """工会审核通过 / 组委会确认 / 退回修改 / 不予通过 / 弃权 / 重新提交 on the selected rows: all or none."""
    return write(db, CHANGED, lambda s, a: review.apply(s, a, action, ids, reason))


def needs_reason(action: str) -> bool:
    return rules.TRANSITIONS[action][2]


def export_roster(db: Database, path: str | Path, filters: dict[str, Any], *, unmasked: bool) -> int:
    """Write the 花名册 of the rows the filters select (audited); returns the number of people."""
    return _audited(db, lambda s, a: registrations.export_roster(s, a, path, filters, unmasked=unmasked))


# --------------------------------------------------------------------------- the entry dialog


@dataclass(frozen=True)
class EntrySetup:
    """What the entry dialog needs of one contest: its trades and the rules' context."""

    contest_id: int | None
    trades: list[tuple[int, str, str, str]]  # (id, code, name, group), workers first
    ctx: rules.EntryContext


def entry_setup(db: Database, contest_id: int | None) -> EntrySetup:
    def fn(s: Session) -> EntrySetup:
        trades = sorted(registrations.trade_choices(s, contest_id), key=lambda t: (t[3] != "worker", t[1]))
        return EntrySetup(contest_id, trades, registrations.entry_context(s, contest_id))

    return read(db, fn)


def edit_values(db: Database, registration_id: int) -> registration_edit.EditValues:
    """The saved values of one registration for the editor (refused outside the user's scope)."""
    actor = current_actor()
    return read(db, lambda s: registration_edit.edit_values(s, registration_id, actor))


def check_entry(
    db: Database, raw: dict[str, Any], ctx: rules.EntryContext, *, exclude_id: int | None, check_deadline: bool
) -> list[tuple[str, str]]:
    """Every entry rule on what is typed now: (field key, sentence) per problem."""
    return read(
        db,
        lambda s: registrations.check_entry(s, raw, ctx=ctx, exclude_id=exclude_id, check_deadline=check_deadline)[1],
    )


def add_registration(db: Database, contest_id: int | None, raw: dict[str, Any]) -> int:
    """新增报名: one hand-entered registration into the contest; returns its id."""
    return write(db, CHANGED, lambda s, a: registrations.add_registration(s, a, raw, contest_id=contest_id))


def update_registration(
    db: Database, registration_id: int, changes: dict[str, Any], *, expected_version: int, reason: str
) -> dict[str, tuple[Any, Any]]:
    """修改报名: save the edited fields when the row is still the version the editor read (else
    ``Conflict``); returns {field: (old, new)} of what changed."""
    return write(
        db,
        CHANGED,
        lambda s, a: registration_edit.update_registration(
            s, a, registration_id, changes, expected_version=expected_version, reason=reason
        ),
    )
