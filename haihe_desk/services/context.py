"""Who is acting. Every service that writes takes an Actor; the audit log records its username."""

from __future__ import annotations

import getpass
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    username: str
    role: str = "admin"
    union_scope_id: int | None = None


def local_actor() -> Actor:
    """The single-PC default until users and login are set up: the OS account, as admin."""
    try:
        name = getpass.getuser()
    except Exception:  # noqa: BLE001 - getpass raises various errors on odd systems
        name = "local"
    return Actor(username=name or "local", role="admin")


SYSTEM = Actor(username="system", role="admin")
