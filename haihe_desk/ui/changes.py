"""What an operation changed: the one vocabulary of the data bus.

Operations (``ui/operations``) emit these after their transaction committed; views list the ones
they show (``ListTab.AREAS``) and refresh themselves. ``Change`` is a ``str`` enum so a log line or a
test can print it, but code always names the member, never the string.
"""

from __future__ import annotations

from enum import Enum


class Change(str, Enum):
    CONTESTS = "contests"  # contests, their committees, the current contest
    TRADES = "trades"  # trades and their settings, sessions, host units
    FILINGS = "filings"  # grassroots contest filings and summaries
    REGISTRATIONS = "registrations"  # registrations, people, review status
    ORGANISATIONS = "organisations"  # the unit tree and union codes
    CONTACTS = "contacts"  # the address book
    USERS = "users"  # accounts and roles
    JUDGING = "judging"  # judges, check-ins, lots, codes, scores (the 评判 tab)
    DATABASE = "database"  # everything (a restore or copy replaced the data)

    def __str__(self) -> str:
        return self.value


ALL: frozenset[Change] = frozenset(Change)
