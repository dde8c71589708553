"""The crash harness itself: its crash points, its sampling, and that it catches a command that is
not all-or-nothing."""

from __future__ import annotations

import pytest

from haihe_desk.db import crashpoint
from haihe_desk.db.database import Database

from .harness import HAS_SIGKILL, check_crash_safety, points_from_trace, restore, sample_points, snapshot


def test_crash_spec_parsing() -> None:
    assert crashpoint.parse("statement:17") == ("statement", 17)
    assert crashpoint.parse("stmt:3") == ("statement", 3)
    assert crashpoint.parse(" committed:1 ") == ("committed", 1)
    assert crashpoint.parse("count") == ("count", 0)
    for bad in ("commit", "commit:0", "rollback:1", "statement:x", ""):
        with pytest.raises(ValueError, match="HAIHE_DESK_CRASH_AT"):
            crashpoint.parse(bad)


def test_points_follow_the_trace_with_a_point_after_each_commit() -> None:
    trace = ["statement\tBEGIN", "statement\tSELECT 1", "commit", "statement\tSELECT 2", "commit", "junk"]
    assert points_from_trace(trace) == [
        "statement:1",
        "statement:2",
        "commit:1",
        "committed:1",
        "statement:3",
        "commit:2",
        "committed:2",
    ]


def test_sample_keeps_ends_and_both_sides_of_every_commit() -> None:
    points = [f"statement:{i}" for i in range(1, 41)] + ["commit:1", "committed:1", "statement:41", "statement:42"]
    chosen = sample_points(points, 8)
    assert chosen[0] == "statement:1" and chosen[-1] == "statement:42"
    assert {"statement:40", "commit:1", "committed:1", "statement:41"} <= set(chosen)
    assert chosen == sorted(chosen, key=points.index) and 8 <= len(chosen) <= 10
    assert sample_points(points[:5], 8) == points[:5]


def test_restore_puts_back_every_row(demo_db: Database) -> None:
    from sqlalchemy import delete, select

    from haihe_desk.db.models import Organisation, RegistrationEvent

    with demo_db.write() as s:  # a parent with a higher id than its child: restore must order them
        top = Organisation(name="新上级", kind="bureau")
        s.add(top)
        s.flush()
        first = s.scalar(select(Organisation).order_by(Organisation.id).limit(1))
        first.parent_id = top.id
    before = snapshot(demo_db)
    with demo_db.write() as s:
        s.execute(delete(RegistrationEvent))
        s.add(Organisation(name="又一个单位", kind="grassroots"))
    assert snapshot(demo_db) != before
    restore(demo_db, before)
    assert snapshot(demo_db) == before
    with demo_db.write() as s:  # the ids go on from where "before" left them
        s.add(Organisation(name="再一个单位", kind="grassroots"))
        s.flush()
        assert s.scalar(select(Organisation.id).where(Organisation.name == "再一个单位")) == top.id + 1


@pytest.mark.slow
@pytest.mark.skipif(not HAS_SIGKILL, reason="needs SIGKILL (POSIX)")
def test_harness_catches_a_command_that_commits_twice(db: Database, db_url: str) -> None:
    with pytest.raises(AssertionError, match="neither before nor after"):
        check_crash_safety(db_url, [], program=["-m", "tests.crash.two_commits"], sample=50)
