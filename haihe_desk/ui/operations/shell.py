"""Operations of the main window frame and start-up (not of any one tab): the first-run demo
offer and the 修改我的密码 precondition. The views call these; none of them opens a Session."""

from __future__ import annotations

from haihe_desk.db.database import Database
from haihe_desk.services import demo, users
from haihe_desk.ui.changes import ALL
from haihe_desk.ui.operations.base import read, write


def database_is_empty(db: Database) -> bool:
    """No contest yet: start-up offers the demo contest."""
    return read(db, demo.is_empty)


def create_demo(db: Database) -> None:
    """The first-run demo contest (8 trades, the notice's contacts, ~200 fictional registrations),
    as the signed-in user; every area changed."""
    write(db, ALL, lambda s, actor: demo.build_demo(s, actor))


def has_users(db: Database) -> bool:
    """Whether the database has user accounts (a password can only be changed then)."""
    return read(db, users.has_users)
