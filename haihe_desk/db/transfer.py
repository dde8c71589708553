"""Engine-neutral copy of the whole contest data from one database into another.

Tables go in foreign-key order (``metadata.sorted_tables``), rows in batches, values through the
models' column types (so exact decimals, UTC datetimes and JSON come out the same on SQLite and
PostgreSQL). Rows of a table that refers to itself (an organisation's parent, a score entry that
supersedes another) go parents first. The caller owns the target transaction: a failure anywhere
rolls back everything. ``alembic_version`` is not copied: both sides must be at the same revision.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from sqlalchemy import Connection, Integer, Table, delete, func, insert, null, select, text
from sqlalchemy.types import JSON

from haihe_desk.db.models import Base

BATCH = 2000
Progress = Callable[[int, int], None]


def tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def row_counts(conn: Connection) -> dict[str, int]:
    return {t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0) for t in tables()}


def non_empty(conn: Connection) -> list[str]:
    """Names of the tables that hold rows. The audit chain's head without entries (the row a new
    database is created with) is no data."""
    counts = row_counts(conn)
    if not counts.get("audit_log"):
        counts.pop("audit_head", None)
    return [name for name, n in counts.items() if n]


def clear(conn: Connection) -> None:
    """Delete every row, children first (used only inside the caller's transaction)."""
    for t in reversed(tables()):
        conn.execute(delete(t))


def _self_refs(table: Table) -> list[tuple[str, str]]:
    """(column, referred column) pairs of the table's foreign keys to itself."""
    return [(fk.parent.key, fk.column.key) for fk in table.foreign_keys if fk.column.table is table]


def _parents_first(rows: list[dict[str, Any]], refs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Order rows so a row comes after every row of the same table it refers to (depth first)."""
    key_col = refs[0][1]
    by_key = {r[key_col]: r for r in rows}
    state: dict[Any, int] = {}  # 1 = parents being placed, 2 = placed
    out: list[dict[str, Any]] = []
    for root in rows:
        stack: list[tuple[dict[str, Any], bool]] = [(root, False)]
        while stack:
            r, parents_placed = stack.pop()
            k = r[key_col]
            if state.get(k) == 2:
                continue
            if parents_placed:
                state[k] = 2
                out.append(r)
                continue
            if state.get(k) == 1:
                continue
            state[k] = 1
            stack.append((r, True))
            for col, _ in refs:
                parent = r[col]
                if parent is not None and parent in by_key and parent not in state:
                    stack.append((by_key[parent], False))
    return out


def _prepare(table: Table) -> Callable[[Mapping[str, Any]], dict[str, Any]]:
    """A row as insert parameters. A SQL NULL in a JSON column stays NULL (not the JSON 'null')."""
    json_cols = [c.key for c in table.columns if isinstance(c.type, JSON)]

    def row(r: Mapping[str, Any]) -> dict[str, Any]:
        d = dict(r)
        for c in json_cols:
            if d[c] is None:
                d[c] = null()
        return d

    return row


def _batches(conn: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    prep = _prepare(table)
    q = select(table).order_by(*table.primary_key.columns)
    refs = _self_refs(table)
    if refs:
        rows = [dict(r._mapping) for r in conn.execute(q)]
        ordered = _parents_first(rows, refs)
        for i in range(0, len(ordered), BATCH):
            yield [prep(r) for r in ordered[i : i + BATCH]]
        return
    result = conn.execution_options(yield_per=BATCH).execute(q)
    for part in result.partitions(BATCH):
        yield [prep(r._mapping) for r in part]


def copy_rows(src: Connection, dst: Connection, progress: Progress | None = None) -> dict[str, int]:
    """Insert every row of ``src`` into ``dst`` (which the caller has checked is empty; the audit
    head a new database starts with is replaced by the source's). Returns rows copied per table;
    ``progress(done, total)`` is called after each batch."""
    dst.execute(delete(Base.metadata.tables["audit_head"]))
    total = sum(row_counts(src).values())
    done = 0
    copied: dict[str, int] = {}
    if progress is not None:
        progress(0, total)
    for table in tables():
        n = 0
        for batch in _batches(src, table):
            dst.execute(insert(table), batch)
            n += len(batch)
            done += len(batch)
            if progress is not None:
                progress(done, total)
        copied[table.name] = n
    reset_sequences(dst)
    return copied


def _serial_columns(table: Table) -> Iterable[str]:
    pk = list(table.primary_key.columns)
    if len(pk) == 1 and isinstance(pk[0].type, Integer) and pk[0].autoincrement in (True, "auto"):
        yield pk[0].name


def reset_sequences(conn: Connection) -> None:
    """After rows were inserted with explicit ids, move PostgreSQL's sequences past the largest id
    (SQLite takes max(rowid) + 1 by itself)."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables():
        for col in _serial_columns(table):
            seq = conn.scalar(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": col})
            if seq is None:
                continue
            top = conn.scalar(select(func.max(table.c[col])))
            conn.execute(
                text("SELECT setval(CAST(:s AS regclass), :v, :called)"),
                {"s": seq, "v": top if top is not None else 1, "called": top is not None},
            )
