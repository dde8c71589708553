"""Errors a user can cause. Each carries one translated sentence; the CLI maps them to exit codes
(1 rejected data or failed check, 2 usage or unreadable input) and the GUI shows the sentence."""

from __future__ import annotations


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


class Conflict(UserError):
    """Somebody else changed the row since it was read (optimistic concurrency)."""

    exit_code = 1


class PermissionDenied(UserError):
    exit_code = 1
