"""Fast bulk INSERT for imports: one compiled statement, the driver's executemany, and each column's
bind processor run once per distinct value (an import's rows share ``created_at`` and most other
values). Engine-neutral: the statement and the processors come from the session's own dialect, so
the stored values are exactly what the ORM would store. Runs in the caller's transaction."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session


def _process_column(values: Sequence[Any], process: Callable[[Any], Any] | None) -> Sequence[Any]:
    """One column's values as the driver wants them; a column holding one value (an import's
    ``created_at``) is processed once."""
    if process is None or not values:
        return values
    first = values[0]
    try:
        if len(set(values)) == 1:
            return [process(first)] * len(values)
    except TypeError:  # unhashable values
        pass
    return [process(v) for v in values]


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT ``rows`` (dicts with the same keys: column names of ``table``) in one executemany."""
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    # The statement also binds the columns the rows leave out that have a Python-side default.
    names = list(compiled.positiontup) if dialect.positional else list(compiled.binds)  # type: ignore[arg-type]
    columns = [compiled.binds[name].key for name in names]
    given = [c for c in columns if c in keys]
    get = itemgetter(*given)
    raw = [get(row) for row in rows]
    by_column = dict(zip(given, zip(*raw, strict=True), strict=True)) if len(given) > 1 else {given[0]: raw}
    n = len(rows)
    data = []
    for c in columns:
        process = table.c[c].type.dialect_impl(dialect).bind_processor(dialect)
        if c in by_column:
            data.append(_process_column(by_column[c], process))
        else:
            v = _default(table, c)
            data.append([v if process is None else process(v)] * n)
    params: list[Any] = list(zip(*data, strict=True))
    if not dialect.positional:
        params = [dict(zip(names, t, strict=True)) for t in params]
    conn.exec_driver_sql(str(compiled), params)


def _default(table: Table, key: str) -> Any:
    default = table.c[key].default
    if default is None:
        return None
    if default.is_callable:
        return default.arg(None)  # type: ignore[operator]
    return default.arg  # type: ignore[union-attr]
