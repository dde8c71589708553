"""A small contract between list services and table views: columns, a count and a page of rows,
both computed in SQL with the same filters. Rows are plain tuples (id first, then display values),
never live ORM objects."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from haihe_desk.i18n import translate

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # Chinese source; translated with context "Columns"
    width: int = 100

    def label(self) -> str:
        return translate("Columns", self.title)


@dataclass
class ListSource:
    """Columns plus a base SELECT (first column the row id) and a filter function."""

    columns: Sequence[Column]
    base: Callable[[], Select[Any]]
    apply_filters: Callable[[Select[Any], dict[str, Any]], Select[Any]]
    order_by: Callable[[], Sequence[Any]]
    format_row: Callable[[Row], Row] = field(default=lambda r: r)

    def count(self, session: Session, filters: dict[str, Any]) -> int:
        q = self.apply_filters(self.base(), filters)
        return session.scalar(select(func.count()).select_from(q.order_by(None).subquery())) or 0

    def page(self, session: Session, filters: dict[str, Any], offset: int, limit: int) -> list[Row]:
        q = self.apply_filters(self.base(), filters).order_by(*self.order_by()).offset(offset).limit(limit)
        return [self.format_row(tuple(r)) for r in session.execute(q)]


def like_any(text: str, *cols: Any) -> Any:
    """Case-insensitive substring match on any of the columns (LIKE with escaped wildcards)."""
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return or_(*(c.ilike(pattern, escape="\\") for c in cols))
