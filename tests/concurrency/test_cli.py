"""`haihe-desk registrations edit --expected-version N`: a stale version exits 1 and prints the
sentence and, per differing field, both values; nothing is written."""

from __future__ import annotations

from haihe_desk.db.models import Registration
from haihe_desk.services import registration_edit
from tests.concurrency.helpers import BOB, a_registration, audit_trail, second_pc


def test_stale_version_exits_1_with_both_values(demo_db, db_url, run_cli) -> None:  # type: ignore[no-untyped-def]
    rid = a_registration(demo_db)
    with demo_db.read() as s:
        version = registration_edit.edit_values(s, rid).version
    with second_pc(db_url) as pc_b, pc_b.write() as s:
        registration_edit.update_registration(s, BOB, rid, {"notes": "B 的备注"}, expected_version=version)
    before = audit_trail(demo_db, "registration", rid)
    code, out, err = run_cli(
        "--db",
        db_url,
        "registrations",
        "edit",
        "--id",
        str(rid),
        "--notes",
        "A 的备注",
        "--expected-version",
        str(version),
    )
    assert code == 1, (out, err)
    lines = err.strip().splitlines()
    assert f"报名 {rid}（" in lines[0] and "由 bob 于" in lines[0] and "您的修改没有保存" in lines[0]
    assert lines[1:] == ["  备注：您要保存“A 的备注”，数据库中现在是“B 的备注”"]
    assert "Traceback" not in err
    with demo_db.read() as s:
        assert s.get(Registration, rid).notes == "B 的备注"
    assert audit_trail(demo_db, "registration", rid) == before


def test_current_version_saves_and_reports_the_new_one(demo_db, db_url, run_cli) -> None:  # type: ignore[no-untyped-def]
    rid = a_registration(demo_db)
    with demo_db.read() as s:
        version = registration_edit.edit_values(s, rid).version
    code, out, err = run_cli(
        "--db",
        db_url,
        "registrations",
        "edit",
        "--id",
        str(rid),
        "--notes",
        "A 的备注",
        "--expected-version",
        str(version),
    )
    assert code == 0, err
    assert f"报名 {rid} 现在是第 {version + 1} 版。" in out
