"""db/bulk.insert_rows stores exactly what the ORM stores (types, defaults, aware UTC datetimes), on the
engine under test."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import select

from haihe_desk.db.bulk import insert_rows
from haihe_desk.db.models import Person


def _people(db, prefix: str):  # type: ignore[no-untyped-def]
    with db.read() as s:
        return [
            (
                p.name[len(prefix) :],
                p.id_number[-4:],
                p.gender,
                p.birth_date,
                p.mobile,
                p.email,
                p.version,
                p.created_at,
                p.updated_at,
            )
            for p in s.scalars(select(Person).where(Person.name.startswith(prefix)).order_by(Person.name))
        ]


def test_bulk_rows_equal_orm_rows(db) -> None:  # type: ignore[no-untyped-def]
    now = datetime(2026, 11, 30, 8, 30, 15, 123456, tzinfo=timezone.utc)
    values = [
        {
            "name": f"{i}",
            "gender": "男" if i % 2 else "女",
            "birth_date": date(1990, 1, 1 + i),
            "mobile": f"1390000000{i}",
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        for i in range(5)
    ]
    with db.write() as s:
        for i, v in enumerate(values):
            s.add(Person(**{**v, "name": "orm" + v["name"], "id_number": f"orm{i:015d}"}))
        insert_rows(
            s,
            Person.__table__,
            [{**v, "name": "blk" + v["name"], "id_number": f"blk{i:015d}"} for i, v in enumerate(values)],
        )
    orm, bulk = _people(db, "orm"), _people(db, "blk")
    assert len(bulk) == 5 and bulk == orm
    assert bulk[0][5] == ""  # a column the rows left out got its model default
    assert bulk[0][7] == now and bulk[0][7].tzinfo is not None


def test_no_rows_is_nothing(db) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        insert_rows(s, Person.__table__, [])
    assert _people(db, "") == []
