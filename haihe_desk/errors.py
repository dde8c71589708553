"""Errors a user can cause. Each carries one translated sentence; the CLI maps them to exit codes
(1 rejected data or failed check, 2 usage or unreadable input) and the GUI shows the sentence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class UserError(Exception):
    """Something the user can fix. ``str(err)`` is the sentence to show."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class RejectedData(UserError):
    """Input was read but its content breaks a rule (exit 1)."""

    exit_code = 1


class CheckFailed(UserError):
    """A verification (audit chain, consistency) failed (exit 1)."""

    exit_code = 1


class UsageError(UserError):
    """The command or its arguments are wrong (exit 2)."""

    exit_code = 2


class UnreadableInput(UserError):
    """A file or database could not be read at all (exit 2)."""

    exit_code = 2


@dataclass(frozen=True)
class ConflictField:
    """One field of a row two people edited: what this user tried to save and what is saved now."""

    key: str
    title: str  # translated field title
    mine: str  # the value the user tried to save, as shown
    theirs: str  # the value now in the database, as shown
    differs: bool


class Conflict(UserError):
    """Somebody else changed the row since it was read (optimistic concurrency). Nothing of this
    user's change was saved. ``fields`` compares both values; ``changed_by``/``changed_at`` come
    from the newest audit entry of the row; ``current_version`` is the version now saved (an
    editor that keeps the user's values saves against it, a deliberate overwrite)."""

    exit_code = 1

    def __init__(
        self,
        message: str,
        *,
        entity: str = "",
        entity_id: object = "",
        fields: Sequence[ConflictField] = (),
        changed_by: str = "",
        changed_at: str = "",
        current_version: int | None = None,
    ):
        super().__init__(message)
        self.entity = entity
        self.entity_id = str(entity_id)
        self.fields = tuple(fields)
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.current_version = current_version

    @property
    def differing(self) -> tuple[ConflictField, ...]:
        return tuple(f for f in self.fields if f.differs)


class PermissionDenied(UserError):
    exit_code = 1
