"""A small contract between list services and table views: columns, a count and a page of rows,
both computed in SQL with the same filters. Rows are plain tuples (id first, then display values),
never live ORM objects."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Select, func, literal, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session

from haihe_desk.i18n import translate
from haihe_desk.services.context import Actor, current_actor

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
    # A cheaper SELECT for counting (same filters apply): e.g. without display-only joins.
    count_base: Callable[[], Select[Any]] | None = None
    # What the actor must be allowed (domain.roles) to read this list at all, and how the rows are
    # narrowed for a scoped actor (a union reviewer sees only their union's subtree).
    permission: str | None = None
    scope: Callable[[Select[Any], Actor], Select[Any]] | None = None

    def _query(self, base: Select[Any], filters: dict[str, Any], actor: Actor | None) -> Select[Any]:
        if self.permission is not None or self.scope is not None:
            actor = actor or current_actor()
            if self.permission is not None:
                actor.require(self.permission)
            if self.scope is not None:
                base = self.scope(base, actor)
        return self.apply_filters(base, filters)

    def count(self, session: Session, filters: dict[str, Any], actor: Actor | None = None) -> int:
        q = self._query((self.count_base or self.base)(), {**filters, "_count": True}, actor)
        return session.scalar(select(func.count()).select_from(q.order_by(None).subquery())) or 0

    def first_page(
        self, session: Session, filters: dict[str, Any], limit: int, actor: Actor | None = None
    ) -> tuple[int, list[Row]]:
        """(total, first rows). A short first page is the whole result, so the count (a second
        scan of the table) is only run when the page is full: a rare search costs one scan."""
        rows = self.page(session, filters, 0, limit, actor)
        if len(rows) < limit:
            return len(rows), rows
        return self.count(session, filters, actor), rows

    def page(
        self, session: Session, filters: dict[str, Any], offset: int, limit: int, actor: Actor | None = None
    ) -> list[Row]:
        """Rows ``offset``..``offset+limit``. ``actor`` defaults to the signed-in user of the process."""
        q = self._query(self.base(), filters, actor).order_by(*self.order_by()).offset(offset).limit(limit)
        return [self.format_row(tuple(r)) for r in session.execute(q)]


class CILike(ColumnElement[bool]):
    """Case-insensitive LIKE: SQLite's LIKE already ignores ASCII case (and lower() on every row
    would cost a function call per row on 100k rows); other engines get ILIKE."""

    inherit_cache = True
    type = Boolean()

    def __init__(self, col: Any, pattern: str):
        self.col = col
        self.pattern = literal(pattern)


@compiles(CILike)
def _ci_like_default(element: CILike, compiler: Any, **kw: Any) -> str:
    return f"{compiler.process(element.col, **kw)} ILIKE {compiler.process(element.pattern, **kw)} ESCAPE '\\'"


@compiles(CILike, "sqlite")
def _ci_like_sqlite(element: CILike, compiler: Any, **kw: Any) -> str:
    return f"{compiler.process(element.col, **kw)} LIKE {compiler.process(element.pattern, **kw)} ESCAPE '\\'"


def like_any(text: str, *cols: Any) -> Any:
    """Case-insensitive substring match on any of the columns (LIKE with escaped wildcards)."""
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return or_(*(CILike(c, pattern) for c in cols))
