"""Two PCs save the same registration at the same moment: the one whose UPDATE finds the version
already moved on gets the Conflict sentence (found by benchmarks/bench_concurrent_updates.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select

from haihe_desk.db.database import Database, open_database
from haihe_desk.db.models import Registration
from haihe_desk.errors import Conflict
from haihe_desk.services import registration_edit
from haihe_desk.services.context import SYSTEM


def test_the_save_that_loses_the_race_at_its_update_is_a_conflict(demo_db: Database, db_url: str) -> None:
    if demo_db.target.is_sqlite:
        pytest.skip("SQLite write transactions take the lock at BEGIN, so two saves cannot interleave there")
    with demo_db.read() as s:
        rid = s.scalar(select(Registration.id).where(Registration.status == "submitted").order_by(Registration.id))
        version = registration_edit.edit_values(s, rid).version
    other_pc = open_database(db_url)
    try:
        with pytest.raises(Conflict, match=rf"报名 {rid}（.+）在您打开之后.*您的修改没有保存"), demo_db.write() as s:

            @event.listens_for(s, "before_flush", once=True)
            def other_pc_saves_first(*_args: object) -> None:  # after our version check, before our UPDATE
                with other_pc.write() as s2:
                    registration_edit.update_registration(
                        s2, SYSTEM, rid, {"notes": "其他电脑"}, expected_version=version
                    )

            registration_edit.update_registration(s, SYSTEM, rid, {"notes": "本机"}, expected_version=version)
    finally:
        other_pc.dispose()
    with demo_db.read() as s:
        reg = s.get(Registration, rid)
        assert (reg.notes, reg.version) == ("其他电脑", version + 1)
