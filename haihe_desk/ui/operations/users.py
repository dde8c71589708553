"""Named operations of the 系统 menu's accounts: sign-in, the first administrator, the users list,
one user's editor, passwords, unlock, auto-login. Each opens one Session, calls services.users with
the signed-in actor and announces ``Change.USERS`` after the commit. Errors (``UserError``,
``Conflict``) reach the dialog, which shows them in place."""

from __future__ import annotations

from dataclasses import dataclass

from haihe_desk.db.database import Database
from haihe_desk.services import registrations, users
from haihe_desk.services.context import Actor
from haihe_desk.ui.bus import bus
from haihe_desk.ui.changes import Change
from haihe_desk.ui.operations.base import read, write

CHANGES = (Change.USERS,)


# --------------------------------------------------------------------------- signing in


@dataclass(frozen=True)
class StartState:
    """What the start of a GUI session needs to know: no users yet (first administrator), or the
    auto-login account (already signed in and audited), else the login dialog."""

    first: bool
    auto: Actor | None


def start_state(db: Database, *, allow_auto: bool) -> StartState:
    """Reads whether the database has users; with ``allow_auto`` (a single-PC SQLite file) signs in
    the auto-login account, audited like any GUI sign-in (one entry per session)."""
    with db.read() as s:
        first = not users.has_users(s)
        auto = users.auto_login_actor(s) if (allow_auto and not first and db.target.is_sqlite) else None
    if auto is not None:
        with db.write() as s:
            users.record_sign_in(s, auto, auto_login=True)
    return StartState(first, auto)


def sign_in(db: Database, username: str, password: str) -> Actor:
    """The login dialog's OK: failures are committed too (lock-out), success is audited."""
    return users.sign_in(db, username, password)


def create_first_admin(db: Database, username: str, password: str, display_name: str, auto_login: bool) -> Actor:
    """First start of a database without users: the administrator, who is then signed in."""
    with db.write() as s:
        user = users.create_user(s, None, username, password, "admin", display_name=display_name)
        actor = users.actor_for(user)
        if auto_login:
            users.set_auto_login(s, actor, user.username, is_sqlite=db.target.is_sqlite)
    bus.emit_changed(*CHANGES)
    return actor


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class UsersOverview:
    rows: list[users.UserInfo]
    auto_login: str


def overview(db: Database) -> UsersOverview:
    def fn(s):  # type: ignore[no-untyped-def]
        return UsersOverview(users.list_users(s), users.auto_login_user(s))

    return read(db, fn)


def user_info(db: Database, username: str) -> users.UserInfo | None:
    return read(db, lambda s: next((u for u in users.list_users(s) if u.username == username), None))


def has_users(db: Database) -> bool:
    return read(db, users.has_users)


def union_choices(db: Database) -> list[tuple[int, str]]:
    return read(db, lambda s: list(registrations.union_choices(s)))


# --------------------------------------------------------------------------- changing


def add_user(db: Database, username: str, password: str, role: str, display_name: str, union: int | None) -> None:
    write(
        db,
        CHANGES,
        lambda s, actor: users.create_user(s, actor, username, password, role, display_name=display_name, union=union),
    )


def update_user(
    db: Database,
    username: str,
    expected_version: int | None,
    role: str,
    display_name: str,
    union: int | None,
    active: bool,
) -> None:
    write(
        db,
        CHANGES,
        lambda s, actor: users.update_user(
            s,
            actor,
            username,
            expected_version=expected_version,
            role=role,
            display_name=display_name,
            union=union,
            active=active,
        ),
    )


def set_password(db: Database, username: str, new_password: str, old_password: str = "") -> None:
    write(db, CHANGES, lambda s, actor: users.set_password(s, actor, username, new_password, old_password=old_password))


def unlock(db: Database, username: str) -> None:
    write(db, CHANGES, lambda s, actor: users.unlock(s, actor, username))


def set_auto_login(db: Database, username: str | None) -> None:
    write(db, CHANGES, lambda s, actor: users.set_auto_login(s, actor, username, is_sqlite=db.target.is_sqlite))
