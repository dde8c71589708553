"""No lost updates, with two real sessions on one database (two connections to the SQLite file,
or two PostgreSQL clients when the suite runs against a server): A reads, B saves, A saves →
Conflict carrying both values and B's user; the database still holds B's values; the audit log
has B's change only. One test per editable entity, plus the rules around it."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import event, select

from haihe_desk.db.models import Contact, Organisation, Registration, Trade
from haihe_desk.errors import Conflict, ConflictField
from haihe_desk.services import (
    concurrency,
    contacts,
    contests,
    filings,
    organisations,
    registration_edit,
    settings,
    trades,
)
from tests.concurrency.helpers import ALICE, BOB, a_registration, audit_trail, second_pc


def _field(err: Conflict, key: str) -> ConflictField:
    return next(f for f in err.fields if f.key == key)


def _check_conflict(err: Conflict, key: str, mine: str, theirs: str) -> None:
    f = _field(err, key)
    assert (f.mine, f.theirs, f.differs) == (mine, theirs, True)
    assert err.changed_by == "bob"
    assert err.changed_at  # local time of B's audit entry
    assert "bob" in str(err) and "您的修改没有保存" in str(err)
    # Fields both sides agree on are listed (for context) but not marked.
    assert all(not g.differs for g in err.fields if g.key != key)
    assert err.differing == (f,)


# --------------------------------------------------------------------------- one per entity


def test_registration(demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    rid = a_registration(demo_db)
    with demo_db.read() as s:  # PC A opens the editor
        version = registration_edit.edit_values(s, rid).version
    with second_pc(db_url) as pc_b:
        with pc_b.write() as s:  # PC B saves first
            registration_edit.update_registration(s, BOB, rid, {"notes": "B：已电话核实"}, expected_version=version)
    with pytest.raises(Conflict) as caught, demo_db.write() as s:
        registration_edit.update_registration(s, ALICE, rid, {"notes": "A：待补照片"}, expected_version=version)
    err = caught.value
    _check_conflict(err, "notes", "A：待补照片", "B：已电话核实")
    assert _field(err, "notes").title == "备注"
    assert (err.entity, err.entity_id, err.current_version) == ("registration", str(rid), version + 1)
    with demo_db.read() as s:
        assert s.get(Registration, rid).notes == "B：已电话核实"
    assert audit_trail(demo_db, "registration", rid)[-1] == ("bob", "registration.edit")
    assert ("alice", "registration.edit") not in audit_trail(demo_db, "registration", rid)


def test_registration_id_number_is_shown_masked(demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    rid = a_registration(demo_db)
    with demo_db.read() as s:
        values = registration_edit.edit_values(s, rid)
    with second_pc(db_url) as pc_b, pc_b.write() as s:
        registration_edit.update_registration(s, BOB, rid, {"mobile": "13822223333"}, expected_version=values.version)
    with pytest.raises(Conflict) as caught, demo_db.write() as s:
        registration_edit.update_registration(s, ALICE, rid, {"mobile": "13944445555"}, expected_version=values.version)
    ident = _field(caught.value, "id_number")
    full = str(values.raw["id_number"])
    assert ident.mine == ident.theirs == full[:6] + "*" * 8 + full[-4:]
    assert full not in str(caught.value) and all(full not in f.mine for f in caught.value.fields)
    _check_conflict(caught.value, "mobile", "13944445555", "13822223333")


def test_contact(demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    with demo_db.read() as s:
        cid = s.scalar(select(Contact.id).order_by(Contact.id))
        data, version = contacts.input_for(s, cid)
    with second_pc(db_url) as pc_b, pc_b.write() as s:
        contacts.update(s, BOB, cid, dataclasses.replace(data, email="bob@example.cn"), version=version)
    with pytest.raises(Conflict) as caught, demo_db.write() as s:
        contacts.update(s, ALICE, cid, dataclasses.replace(data, email="alice@example.cn"), version=version)
    _check_conflict(caught.value, "email", "alice@example.cn", "bob@example.cn")
    assert "联系人“" in str(caught.value)
    with demo_db.read() as s:
        assert s.get(Contact, cid).email == "bob@example.cn"
    assert [a for a in audit_trail(demo_db, "contact", cid) if a[1] == "contact.update"] == [("bob", "contact.update")]


def test_contact_phones_only_still_conflict(demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    """B changes only a phone (a child row): the contact's version still moves on, so A's older
    form cannot silently put the old phone back."""
    with demo_db.read() as s:
        cid = s.scalar(select(Contact.id).order_by(Contact.id))
        data, version = contacts.input_for(s, cid)
    with second_pc(db_url) as pc_b, pc_b.write() as s:
        contacts.update(s, BOB, cid, dataclasses.replace(data, phones=[("mobile", "13800001111")]), version=version)
    with demo_db.read() as s:
        assert contacts.input_for(s, cid)[1] == version + 1
    with pytest.raises(Conflict) as caught, demo_db.write() as s:
        contacts.update(s, ALICE, cid, dataclasses.replace(data, notes="A 的备注"), version=version)
    differing = {f.key: (f.mine, f.theirs) for f in caught.value.differing}
    assert differing["phones"][1] == "手机 13800001111"
    assert differing["notes"] == ("A 的备注", data.notes)


def test_organisation(demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    with demo_db.read() as s:
        org = s.scalars(select(Organisation).where(Organisation.retired.is_(False)).order_by(Organisation.id)).first()
        oid, version, name = org.id, org.version, org.name
    with second_pc(db_url) as pc_b, pc_b.write() as s:
        organisations.update(s, BOB, oid, version=version, address="天津市河西区友谊路 1 号")
    with pytest.raises(Conflict) as caught, demo_db.write() as s:
        organisations.update(s, ALICE, oid, version=version, address="天津市和平区南京路 2 号")
    _check_conflict(caught.value, "address", "天津市和平区南京路 2 号", "天津市河西区友谊路 1 号")
    assert f"单位“{name}”" in str(caught.value)
    with demo_db.read() as s:
        assert s.get(Organisation, oid).address == "天津市河西区友谊路 1 号"
    assert [a for a in audit_trail(demo_db, "organisation", oid) if a[1] == "org.update"] == [("bob", "org.update")]


def test_organisation_move_is_version_checked(demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    """The unit dialog saves fields and the parent together: a stale parent is a conflict too."""
    with demo_db.read() as s:
        orgs = s.scalars(
            select(Organisation)
            .where(Organisation.retired.is_(False), Organisation.parent_id.is_(None))
            .order_by(Organisation.id)
        ).all()
        moving, target_b, target_a = orgs[-1], orgs[0], orgs[1]
        oid, version = moving.id, moving.version
        names = (target_a.name, target_b.name)
    with second_pc(db_url) as pc_b, pc_b.write() as s:
        organisations.update(s, BOB, oid, version=version, parent_id=target_b.id)
    with pytest.raises(Conflict) as caught, demo_db.write() as s:
        organisations.update(s, ALICE, oid, version=version, parent_id=target_a.id)
    _check_conflict(caught.value, "parent", *names)
    assert _field(caught.value, "parent").title == "上级单位"
    with demo_db.read() as s:
        assert s.get(Organisation, oid).parent_id == target_b.id
    assert ("bob", "org.move") in audit_trail(demo_db, "organisation", oid)


def test_trade(demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    with demo_db.read() as s:
        t = s.scalars(select(Trade).order_by(Trade.id)).first()
        tid, version = t.id, t.version
    with second_pc(db_url) as pc_b, pc_b.write() as s:
        trades.update_trade(s, BOB, tid, {"venue": "B 场地"}, expected_version=version)
    with pytest.raises(Conflict) as caught, demo_db.write() as s:
        trades.update_trade(s, ALICE, tid, {"venue": "A 场地"}, expected_version=version)
    _check_conflict(caught.value, "venue", "A 场地", "B 场地")
    assert _field(caught.value, "venue").title == "比赛场地"
    with demo_db.read() as s:
        assert s.get(Trade, tid).venue == "B 场地"
    assert [a for a in audit_trail(demo_db, "trade", tid) if a[1].startswith("trade.update")] == [
        ("bob", "trade.update")
    ]


def test_contest(demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    with demo_db.read() as s:
        cid = settings.current_contest_id(s)
        c = contests.get_contest(s, cid)
        spec, version = contests.ContestSpec.of(c), c.version
    with second_pc(db_url) as pc_b, pc_b.write() as s:
        contests.update_contest(s, BOB, cid, dataclasses.replace(spec, notes="B 的说明"), expected_version=version)
    with pytest.raises(Conflict) as caught, demo_db.write() as s:
        contests.update_contest(s, ALICE, cid, dataclasses.replace(spec, notes="A 的说明"), expected_version=version)
    _check_conflict(caught.value, "notes", "A 的说明", "B 的说明")
    with demo_db.read() as s:
        assert contests.get_contest(s, cid).notes == "B 的说明"
    assert [a for a in audit_trail(demo_db, "contest", cid) if a[1] == "contest.update"] == [("bob", "contest.update")]


def test_contest_committee_only_still_conflicts(demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    with demo_db.read() as s:
        cid = settings.current_contest_id(s)
        c = contests.get_contest(s, cid)
        spec, version = contests.ContestSpec.of(c), c.version
    extra = contests.MemberSpec("member", "王新成员", "")
    with second_pc(db_url) as pc_b, pc_b.write() as s:
        contests.update_contest(
            s, BOB, cid, dataclasses.replace(spec, committee=[*spec.committee, extra]), expected_version=version
        )
    with pytest.raises(Conflict) as caught, demo_db.write() as s:
        contests.update_contest(s, ALICE, cid, dataclasses.replace(spec, notes="A 的说明"), expected_version=version)
    keys = {f.key for f in caught.value.differing}
    assert keys == {"committee", "notes"}
    assert "王新成员" in _field(caught.value, "committee").theirs
    assert "王新成员" not in _field(caught.value, "committee").mine


def test_filing(demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    with demo_db.write() as s:
        cid = settings.current_contest_id(s)
        unit = s.scalars(select(Organisation).order_by(Organisation.id)).first()
        spec = filings.FilingSpec(unit_id=unit.id, kind="record", title="区级焊工比赛", due_on=date(2020, 9, 30))
        f = filings.add_filing(s, BOB, cid, spec)
        fid, version = f.id, f.version
    with second_pc(db_url) as pc_b, pc_b.write() as s:
        filings.update_filing(s, BOB, fid, dataclasses.replace(spec, participants=40), expected_version=version)
    with pytest.raises(Conflict) as caught, demo_db.write() as s:
        filings.update_filing(s, ALICE, fid, dataclasses.replace(spec, participants=35), expected_version=version)
    _check_conflict(caught.value, "participants", "35", "40")
    assert "备案记录“区级焊工比赛”" in str(caught.value)
    with demo_db.read() as s:
        assert filings.get_filing(s, fid).participants == 40
    assert [a for a in audit_trail(demo_db, "filing", fid) if a[1] == "filing.update"] == [("bob", "filing.update")]


# --------------------------------------------------------------------------- the rules around it


def test_keeping_my_values_saves_against_the_new_version(demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    """保留我的修改: the editor keeps A's values and takes the version the conflict reported; the
    second save is a deliberate overwrite, audited under A's name."""
    rid = a_registration(demo_db)
    with demo_db.read() as s:
        version = registration_edit.edit_values(s, rid).version
    with second_pc(db_url) as pc_b, pc_b.write() as s:
        registration_edit.update_registration(s, BOB, rid, {"notes": "B"}, expected_version=version)
    with pytest.raises(Conflict) as caught, demo_db.write() as s:
        registration_edit.update_registration(s, ALICE, rid, {"notes": "A"}, expected_version=version)
    with demo_db.write() as s:
        changed = registration_edit.update_registration(
            s, ALICE, rid, {"notes": "A"}, expected_version=caught.value.current_version
        )
    assert changed["notes"] == ("B", "A")
    assert audit_trail(demo_db, "registration", rid)[-2:] == [
        ("bob", "registration.edit"),
        ("alice", "registration.edit"),
    ]


def test_saving_what_is_already_saved_is_no_conflict(demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    rid = a_registration(demo_db)
    with demo_db.read() as s:
        version = registration_edit.edit_values(s, rid).version
    with second_pc(db_url) as pc_b, pc_b.write() as s:
        registration_edit.update_registration(s, BOB, rid, {"notes": "同一句话"}, expected_version=version)
    with demo_db.write() as s:
        assert (
            registration_edit.update_registration(s, ALICE, rid, {"notes": "同一句话"}, expected_version=version) == {}
        )
    assert audit_trail(demo_db, "registration", rid)[-1] == ("bob", "registration.edit")


def test_conflict_without_an_audit_entry_names_nobody(demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    """A row changed outside the audited services (e.g. a merge's bulk update) has no newest entry."""
    with demo_db.read() as s:
        cid = s.scalar(select(Contact.id).order_by(Contact.id))
        data, version = contacts.input_for(s, cid)
    with second_pc(db_url) as pc_b, pc_b.write() as s:
        s.get(Contact, cid).notes = "批量改动"
    with pytest.raises(Conflict) as caught, demo_db.write() as s:
        contacts.update(s, ALICE, cid, dataclasses.replace(data, notes="A"), version=version)
    assert caught.value.changed_by == "" and "已被别人修改并保存" in str(caught.value)
    assert _field(caught.value, "notes").theirs == "批量改动"


def test_update_racing_between_read_and_write(demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    """B commits after A's service checked the version but before A's UPDATE: the UPDATE's
    ``WHERE version = …`` matches nothing (StaleDataError) and A still gets the full Conflict.
    Only a server can interleave this: SQLite's BEGIN IMMEDIATE makes B wait for A instead."""
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite serialises writers at BEGIN IMMEDIATE; this race needs PostgreSQL")
    rid = a_registration(demo_db)
    with demo_db.read() as s:
        version = registration_edit.edit_values(s, rid).version
    with second_pc(db_url) as pc_b:

        def bob_saves(session, _ctx, _instances):  # type: ignore[no-untyped-def]
            with pc_b.write() as s:
                registration_edit.update_registration(s, BOB, rid, {"notes": "B 抢先"}, expected_version=version)

        with pytest.raises(Conflict) as caught, demo_db.write() as s:
            event.listen(s, "before_flush", bob_saves, once=True)
            registration_edit.update_registration(s, ALICE, rid, {"notes": "A 稍后"}, expected_version=version)
    _check_conflict(caught.value, "notes", "A 稍后", "B 抢先")
    assert caught.value.current_version == version + 1
    with demo_db.read() as s:
        assert s.get(Registration, rid).notes == "B 抢先"


def test_uncaught_stale_row_is_still_a_conflict_sentence(demo_db) -> None:  # type: ignore[no-untyped-def]
    """Database.write() turns a StaleDataError no service caught into a Conflict, never a traceback."""
    with demo_db.read() as s:
        cid = s.scalar(select(Contact.id).order_by(Contact.id))
    table = Contact.__table__
    with pytest.raises(Conflict, match="已被别人修改；您的修改没有保存"), demo_db.write() as s:
        c = s.get(Contact, cid)
        s.execute(table.update().where(table.c.id == cid).values(version=table.c.version + 1))
        c.notes = "直接改"
        s.flush()


def test_detail_lines_list_the_differing_fields(demo_db, db_url) -> None:  # type: ignore[no-untyped-def]
    rid = a_registration(demo_db)
    with demo_db.read() as s:
        version = registration_edit.edit_values(s, rid).version
    with second_pc(db_url) as pc_b, pc_b.write() as s:
        registration_edit.update_registration(s, BOB, rid, {"notes": "B"}, expected_version=version)
    with pytest.raises(Conflict) as caught, demo_db.write() as s:
        registration_edit.update_registration(s, ALICE, rid, {"notes": "A"}, expected_version=version)
    lines = concurrency.detail_lines(caught.value)
    assert "  备注：您要保存“A”，数据库中现在是“B”" in lines
    assert len(lines) == len(caught.value.differing)
