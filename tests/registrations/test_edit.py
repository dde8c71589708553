"""Correcting a registration: the service re-checks with the entry rules, optimistic concurrency,
one audit entry with old and new values, a reason for confirmed entries; the CLI `registrations
edit` and `review resubmit`. (The 报名 tab's 编辑, double-click and 重新提交: test_gui_entry.py and
test_gui_review.py.)"""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from haihe_desk.db.models import AuditEntry, Person, Registration
from haihe_desk.errors import Conflict, RejectedData, UsageError
from haihe_desk.services import registration_edit, review
from haihe_desk.services.context import SYSTEM
from tests.registrations.helpers import ident, open_registration


def _worker(db, status: str) -> int:  # type: ignore[no-untyped-def]
    """A worker registration meeting its trade's grade, moved to ``status`` through the review."""
    with db.write() as s:
        open_registration(s)
        rid = s.scalar(
            select(Registration.id)
            .where(Registration.group == "worker", Registration.status == "submitted", Registration.skill_grade <= 3)
            .order_by(Registration.id)
        )
        path = {
            "submitted": [],
            "returned": [("return", "照片不清晰")],
            "confirmed": [("approve", ""), ("confirm", "")],
        }[status]
        for action, reason in path:
            review.apply(s, SYSTEM, action, [rid], reason)
    return rid


def _state(db, rid: int) -> tuple:  # type: ignore[no-untyped-def]
    with db.read() as s:
        reg = s.get(Registration, rid)
        p = reg.person
        audits = s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
        return (
            reg.version,
            p.name,
            p.id_number,
            p.gender,
            p.birth_date,
            p.mobile,
            reg.union_code,
            reg.unit_name,
            reg.skill_grade,
            reg.notes,
            audits,
        )


def _edit(db, rid: int, changes: dict, **kw):  # type: ignore[no-untyped-def]
    with db.read() as s:
        version = registration_edit.edit_values(s, rid).version
    with db.write() as s:
        return registration_edit.update_registration(
            s, SYSTEM, rid, changes, expected_version=kw.pop("v", version), **kw
        )


def _last_audit(db) -> AuditEntry:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()


# --------------------------------------------------------------------------- service


def test_bad_id_number_is_refused_with_a_sentence_and_nothing_changes(demo_db) -> None:  # type: ignore[no-untyped-def]
    rid = _worker(demo_db, "returned")
    before = _state(demo_db, rid)
    with pytest.raises(RejectedData, match=rf"报名 {rid}，“身份证号”：身份证号校验位错误.*未做任何修改"):
        _edit(demo_db, rid, {"id_number": "110105194912310021", "mobile": "13822223333"})
    with pytest.raises(RejectedData, match="不是有效的手机号"):
        _edit(demo_db, rid, {"mobile": "12345"})
    with pytest.raises(RejectedData, match="工会代码“999999”不在单位表中"):
        _edit(demo_db, rid, {"union_code": "999999"})
    with pytest.raises(RejectedData, match="不在本工种要求的 16–60 岁之间"):  # the age rule runs again
        _edit(demo_db, rid, {"id_number": ident(3, born=date(2010, 1, 1))})
    with pytest.raises(UsageError, match="不能修改“trade”"):
        _edit(demo_db, rid, {"trade": "W-WELD"})
    assert _state(demo_db, rid) == before


def test_edit_rederives_gender_and_birth_date_and_audits_old_and_new(demo_db) -> None:  # type: ignore[no-untyped-def]
    rid = _worker(demo_db, "returned")
    with demo_db.read() as s:
        old_mobile = s.get(Registration, rid).person.mobile
        old_version = s.get(Registration, rid).version
    new_id = ident(71, born=date(1985, 6, 30), male=False)
    changed = _edit(
        demo_db,
        rid,
        {"name": "李改正", "id_number": new_id.lower(), "mobile": "138 2222 3333", "notes": "已补交身份证复印件"},
        reason="按退回意见改正",
    )
    assert set(changed) >= {"name", "id_number", "gender", "birth_date", "mobile", "notes"}
    with demo_db.read() as s:
        reg = s.get(Registration, rid)
        assert (reg.person.name, reg.person.id_number, reg.person.gender, reg.person.birth_date) == (
            "李改正",
            new_id,
            "女",
            date(1985, 6, 30),
        )
        assert reg.person.mobile == "13822223333" and reg.notes == "已补交身份证复印件"
        assert reg.version == old_version + 1 and reg.status == "returned"
    entry = _last_audit(demo_db)
    old, new = json.loads(entry.old), json.loads(entry.new)
    assert (entry.action, entry.entity_id, entry.reason) == ("registration.edit", str(rid), "按退回意见改正")
    assert old["mobile"] == old_mobile and new["mobile"] == "13822223333"
    assert new["name"] == "李改正" and new["gender"] == "女" and new["birth_date"] == "1985-06-30"
    assert new["id_number"] == new_id[:6] + "********" + new_id[-4:]  # masked in the log
    assert "notes" in new and "union_code" not in new  # only what changed
    # Saving the same values again changes nothing and writes no audit entry.
    assert _edit(demo_db, rid, {"mobile": "13822223333"}) == {}
    assert _last_audit(demo_db).seq == entry.seq


def test_id_number_of_another_person_is_refused(demo_db) -> None:  # type: ignore[no-untyped-def]
    rid = _worker(demo_db, "returned")
    with demo_db.read() as s:
        other = s.scalars(select(Person).where(Person.id != s.get(Registration, rid).person_id)).first()
        other_id, other_name = other.id_number, other.name
    before = _state(demo_db, rid)
    with pytest.raises(RejectedData, match=f"已登记为“{other_name}”"):
        _edit(demo_db, rid, {"id_number": other_id})
    with pytest.raises(RejectedData, match="已属于另一条人员记录"):
        _edit(demo_db, rid, {"id_number": other_id, "name": other_name})
    assert _state(demo_db, rid) == before


def test_stale_version_is_a_conflict(demo_db) -> None:  # type: ignore[no-untyped-def]
    rid = _worker(demo_db, "returned")
    with demo_db.read() as s:
        version = registration_edit.edit_values(s, rid).version
    _edit(demo_db, rid, {"mobile": "13822223333"})  # someone else saves first
    before = _state(demo_db, rid)
    with pytest.raises(Conflict, match=rf"报名 {rid}（.+）在您打开之后已由 \S+ 于 .+ 修改并保存；您的修改没有保存"):
        _edit(demo_db, rid, {"mobile": "13944445555"}, v=version)
    assert _state(demo_db, rid) == before


def test_stale_flush_is_a_conflict(demo_db) -> None:  # type: ignore[no-untyped-def]
    """The row changes between reading and writing (the version check in the UPDATE fails)."""
    rid = _worker(demo_db, "returned")
    before = _state(demo_db, rid)
    table = Registration.__table__
    with pytest.raises(Conflict, match="在您打开之后已.*修改并保存；您的修改没有保存"), demo_db.write() as s:
        version = s.get(Registration, rid).version  # loaded into this session
        s.execute(table.update().where(table.c.id == rid).values(version=table.c.version + 1))
        registration_edit.update_registration(s, SYSTEM, rid, {"notes": "x"}, expected_version=version)
    assert _state(demo_db, rid) == before


def test_confirmed_registration_needs_a_reason(demo_db) -> None:  # type: ignore[no-untyped-def]
    rid = _worker(demo_db, "confirmed")
    before = _state(demo_db, rid)
    with pytest.raises(RejectedData, match=rf"报名 {rid}（.+）已由组委会确认；修改须填写原因"):
        _edit(demo_db, rid, {"mobile": "13822223333"})
    assert _state(demo_db, rid) == before
    _edit(demo_db, rid, {"mobile": "13822223333"}, reason="本人来电更正手机号")
    entry = _last_audit(demo_db)
    assert entry.action == "registration.edit" and entry.reason == "本人来电更正手机号"
    with demo_db.read() as s:
        assert s.get(Registration, rid).status == "confirmed"


def test_grade_below_requirement_needs_an_exception_reason(demo_db) -> None:  # type: ignore[no-untyped-def]
    rid = _worker(demo_db, "returned")
    with pytest.raises(RejectedData, match="请填写破格原因"):
        _edit(demo_db, rid, {"grade": "中级工"})
    _edit(demo_db, rid, {"grade": "中级工", "exception_reason": "区赛第一名"})
    with demo_db.read() as s:
        reg = s.get(Registration, rid)
        assert (reg.skill_grade, reg.grade_exception, reg.grade_exception_reason) == (4, True, "区赛第一名")


# --------------------------------------------------------------------------- CLI


def test_cli_edit_and_resubmit(demo_db, run_cli) -> None:  # type: ignore[no-untyped-def]
    rid = _worker(demo_db, "returned")
    db = demo_db.target.url
    code, out, err = run_cli(
        "--db", db, "registrations", "edit", "--id", rid, "--mobile", "13822223333", "--name", "张改正"
    )
    assert code == 0, err
    assert f"已修改报名 {rid}：姓名、手机。" in out
    with demo_db.read() as s:
        assert s.get(Registration, rid).person.mobile == "13822223333"

    before = _state(demo_db, rid)
    code, out, err = run_cli("--db", db, "registrations", "edit", "--id", rid, "--id-number", "110105194912310021")
    assert code == 1 and "身份证号校验位错误" in err and "未做任何修改" in err and "Traceback" not in err
    code, _out, err = run_cli("--db", db, "registrations", "edit", "--id", 999999, "--mobile", "13822223333")
    assert code == 1 and "报名编号 999999 不存在" in err
    code, _out, err = run_cli("--db", db, "registrations", "edit", "--id", rid)
    assert code == 2 and "没有要修改的内容" in err
    assert _state(demo_db, rid) == before

    code, out, err = run_cli("--db", db, "review", "resubmit", "--id", rid)
    assert code == 0, err
    assert "已将 1 条报名设为“待审核”" in out
    code, _out, err = run_cli("--db", db, "review", "resubmit", "--id", rid)
    assert code == 1 and "不能执行“重新提交”" in err
    with demo_db.read() as s:
        assert s.get(Registration, rid).status == "submitted"


def test_cli_confirmed_edit_needs_reason(demo_db, run_cli) -> None:  # type: ignore[no-untyped-def]
    rid = _worker(demo_db, "confirmed")
    db = demo_db.target.url
    code, _out, err = run_cli("--db", db, "registrations", "edit", "--id", rid, "--notes", "补充")
    assert code == 1 and "须填写原因" in err
    code, out, err = run_cli(
        "--db", db, "registrations", "edit", "--id", rid, "--notes", "补充", "--reason", "组委会同意"
    )
    assert code == 0 and "备注" in out, err
