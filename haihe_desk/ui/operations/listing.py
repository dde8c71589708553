"""The lists' reads: a page of a ``ListSource`` (services/listing.py) in one read Session.

``ui/table_model.PagedTableModel`` fetches through these, so no view or model opens a Session.
The source checks its own permission and scope with the signed-in user."""

from __future__ import annotations

from typing import Any

from haihe_desk.db.database import Database
from haihe_desk.services.listing import ListSource, Row
from haihe_desk.ui.operations.base import read


def first_page(db: Database, source: ListSource, filters: dict[str, Any], limit: int) -> tuple[int, list[Row]]:
    """(total, the first ``limit`` rows) of the filtered list."""
    return read(db, lambda s: source.first_page(s, filters, limit))


def page(db: Database, source: ListSource, filters: dict[str, Any], offset: int, limit: int) -> list[Row]:
    """Rows ``offset``..``offset + limit`` of the filtered list."""
    return read(db, lambda s: source.page(s, filters, offset, limit))
