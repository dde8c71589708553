"""Who is acting. Every service that writes takes an Actor; the audit log records its username, and
the service checks the actor's role (Actor.require) before it touches anything."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from haihe_desk.domain import labels, roles
from haihe_desk.errors import PermissionDenied
from haihe_desk.i18n import translate


@dataclass(frozen=True)
class Actor:
    username: str
    role: str = "admin"
    union_scope_id: int | None = None  # union reviewers: the root of the subtree they may act on
    display_name: str = ""

    def can(self, permission: str) -> bool:
        return roles.allows(self.role, permission)

    def require(self, permission: str) -> None:
        """Raise PermissionDenied (one sentence, CLI exit 1) unless the role has ``permission``."""
        if not self.can(permission):
            raise PermissionDenied(
                translate(
                    "Roles", "账号“{user}”（{role}）无权{what}；请用有此权限的账号登录，或请管理员调整角色。"
                ).format(
                    user=self.username,
                    role=labels.label(labels.USER_ROLES, self.role),
                    what=translate("Roles", roles.PERMISSION_LABELS.get(permission, permission)),
                )
            )

    @property
    def scoped(self) -> bool:
        """True when the actor may act only inside one union's subtree."""
        return self.role in roles.SCOPED_ROLES


def local_actor() -> Actor:
    """The OS account, as admin: who acts while the database has no users yet (setup), before the
    first administrator is created. Once users exist, the CLI and GUI sign in (services.users)."""
    try:
        name = getpass.getuser()
    except Exception:  # noqa: BLE001 - getpass raises various errors on odd systems
        name = "local"
    return Actor(username=name or "local", role="admin")


SYSTEM = Actor(username="system", role="admin")

_current: Actor | None = None
_unaudited: tuple[Actor, dict[str, object]] | None = None


def sign_in(actor: Actor | None, *, audit_later: dict[str, object] | None = None) -> None:
    """Set (or clear) the signed-in user of this process: the GUI after its login dialog, the CLI
    for one command. ``audit_later`` (the CLI's sign-ins): the ``user.sign_in`` entry, with these
    details, is written by ``audit.record`` just before the first entry this actor writes, so a
    command that only reads is not audited and a command that writes is audited once."""
    global _current, _unaudited
    _current = actor
    _unaudited = (actor, dict(audit_later)) if actor is not None and audit_later is not None else None


def take_unaudited_sign_in(actor: Actor) -> dict[str, object] | None:
    """The details of ``actor``'s sign-in when it is still to be audited (once; then None)."""
    global _unaudited
    if _unaudited is None or _unaudited[0] != actor:
        return None
    details = _unaudited[1]
    _unaudited = None
    return details


def current_actor() -> Actor:
    """The signed-in user of this process; the OS account as admin while nobody has signed in
    (a database without users, or a test driving the widgets directly)."""
    return _current if _current is not None else local_actor()
