"""Operations of start-up and the main window frame (not of any one tab): the first-run demo offer.
The views call these; none of them opens a Session itself."""

from __future__ import annotations

from haihe_desk.db.database import Database
from haihe_desk.services import demo
from haihe_desk.ui.changes import ALL
from haihe_desk.ui.operations.base import read, write


def database_is_empty(db: Database) -> bool:
    """No contest yet: start-up offers the demo contest."""
    return read(db, demo.is_empty)


def create_demo(db: Database) -> None:
    """The first-run demo contest (8 trades, the notice's contacts, ~200 fictional registrations),
    as the signed-in user; every area changed."""
    write(db, ALL, lambda s, actor: demo.build_demo(s, actor))
