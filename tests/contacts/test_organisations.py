"""The organisation tree service on a real SQLite file with the demo contest."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from haihe_desk.db.database import Database
from haihe_desk.db.models import AuditEntry, Contact, Organisation
from haihe_desk.errors import RejectedData
from haihe_desk.services import audit, organisations
from haihe_desk.services.context import SYSTEM

from .helpers import org_id, regs_of


def test_subtree_ids_is_the_union_and_everything_below(demo_db: Database) -> None:
    heping = org_id(demo_db, "120101")
    with demo_db.read() as s:
        ids = organisations.subtree_ids(s, heping)
        names = {s.get(Organisation, i).union_code for i in ids}
        assert names == {"120101", "120101001", "120101002", "120101003"}
        assert organisations.subtree_ids(s, 999999) == []


def test_subtree_follows_deeper_levels_after_a_move(demo_db: Database) -> None:
    heping, hedong = org_id(demo_db, "120101"), org_id(demo_db, "120102")
    with demo_db.write() as s:
        organisations.move(s, SYSTEM, hedong, heping, reason="测试")
    with demo_db.read() as s:
        codes = {s.get(Organisation, i).union_code for i in organisations.subtree_ids(s, heping)}
        in_sql = set(
            s.scalars(select(Organisation.union_code).where(organisations.in_subtree(Organisation.id, heping)))
        )
    assert {"120102", "120102001", "120102003"} <= codes
    assert codes == in_sql


def test_move_refuses_a_cycle_and_leaves_the_tree(demo_db: Database) -> None:
    heping, child = org_id(demo_db, "120101"), org_id(demo_db, "120101001")
    with pytest.raises(RejectedData, match="循环"):
        with demo_db.write() as s:
            organisations.move(s, SYSTEM, heping, child)
    with pytest.raises(RejectedData, match="循环"):
        with demo_db.write() as s:
            organisations.move(s, SYSTEM, heping, heping)
    with demo_db.read() as s:
        assert s.get(Organisation, heping).parent_id is None
        assert s.get(Organisation, child).parent_id == heping


def test_move_keeps_registrations_and_is_audited(demo_db: Database) -> None:
    unit, new_parent = org_id(demo_db, "120101001"), org_id(demo_db, "120102")
    before = regs_of(demo_db, unit)
    assert before
    with demo_db.write() as s:
        organisations.move(s, SYSTEM, unit, new_parent, reason="划转")
    assert regs_of(demo_db, unit) == before
    with demo_db.read() as s:
        assert s.get(Organisation, unit).parent_id == new_parent
        entry = audit.recent(s, 1, entity="organisation", entity_id=unit)[0]
        assert entry.action == "org.move" and entry.reason == "划转"


def test_merge_moves_registrations_contacts_and_children(demo_db: Database) -> None:
    dup, keep = org_id(demo_db, "120101001"), org_id(demo_db, "120102001")
    dup_regs, keep_regs = regs_of(demo_db, dup), regs_of(demo_db, keep)
    assert dup_regs and keep_regs
    with demo_db.write() as s:
        child = organisations.create(
            s, SYSTEM, name="示例车间分会", kind="grassroots", union_code="120101001001", parent_id=dup
        )
        c = Contact(name="赵六", name_pinyin="zhaoliu zl", organisation_id=dup, organisation_name="旧名")
        s.add(c)
        s.flush()
        child_id, contact_id = child.id, c.id
    with demo_db.write() as s:
        result = organisations.merge(s, SYSTEM, dup, keep, reason="重复录入")
    assert (result.registrations, result.contacts, result.children) == (len(dup_regs), 1, 1)
    assert regs_of(demo_db, keep) == dup_regs | keep_regs
    assert regs_of(demo_db, dup) == set()
    with demo_db.read() as s:
        d = s.get(Organisation, dup)
        assert d.retired and d.merged_into_id == keep
        assert d.union_code == "120101001"  # the duplicate keeps its code for look-ups
        assert organisations.resolve(s, d).id == keep
        assert s.get(Organisation, child_id).parent_id == keep
        contact = s.get(Contact, contact_id)
        assert contact.organisation_id == keep and contact.organisation_name == s.get(Organisation, keep).name
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "org.merge")).one()
        assert entry.entity_id == str(dup) and f'"registrations":{len(dup_regs)}' in entry.new
        assert audit.verify(s).intact


def test_merge_passes_the_code_when_the_survivor_has_none(demo_db: Database) -> None:
    dup = org_id(demo_db, "120101002")
    with demo_db.write() as s:
        keep = organisations.create(s, SYSTEM, name="和平区示例汽车服务有限公司（新）", kind="grassroots").id
    with demo_db.write() as s:
        organisations.merge(s, SYSTEM, dup, keep)
    with demo_db.read() as s:
        assert s.get(Organisation, keep).union_code == "120101002"
        assert s.get(Organisation, dup).union_code is None


def test_merge_refuses_a_survivor_below_the_duplicate(demo_db: Database) -> None:
    heping, child = org_id(demo_db, "120101"), org_id(demo_db, "120101001")
    with pytest.raises(RejectedData, match="之下"):
        with demo_db.write() as s:
            organisations.merge(s, SYSTEM, heping, child)


def test_unit_with_registrations_cannot_be_deleted_only_retired(demo_db: Database) -> None:
    unit = org_id(demo_db, "120101001")
    regs = regs_of(demo_db, unit)
    with pytest.raises(RejectedData, match="停用"):
        with demo_db.write() as s:
            organisations.delete(s, SYSTEM, unit)
    with demo_db.write() as s:
        organisations.retire(s, SYSTEM, unit, reason="注销")
    assert regs_of(demo_db, unit) == regs
    with demo_db.read() as s:
        assert s.get(Organisation, unit).retired
        assert unit not in dict(organisations.choices(s))
    with demo_db.write() as s:
        organisations.restore(s, SYSTEM, unit)
    with demo_db.read() as s:
        assert not s.get(Organisation, unit).retired


def test_retire_refuses_a_unit_with_active_children(demo_db: Database) -> None:
    with pytest.raises(RejectedData, match="下级单位"):
        with demo_db.write() as s:
            organisations.retire(s, SYSTEM, org_id(demo_db, "120101"))


def test_unused_unit_can_be_deleted(db: Database) -> None:
    with db.write() as s:
        oid = organisations.create(s, SYSTEM, name="临时单位", kind="employer").id
    with db.write() as s:
        organisations.delete(s, SYSTEM, oid)
    with db.read() as s:
        assert s.get(Organisation, oid) is None
        assert [e.action for e in audit.recent(s, 5)][:2] == ["org.delete", "org.create"]


def test_create_validates_code_format_and_uniqueness(demo_db: Database) -> None:
    with pytest.raises(RejectedData, match="工会代码“123”无效"):
        with demo_db.write() as s:
            organisations.create(s, SYSTEM, name="甲", kind="grassroots", union_code="123")
    with pytest.raises(RejectedData, match="数字和字母"):
        with demo_db.write() as s:
            organisations.create(s, SYSTEM, name="甲", kind="grassroots", union_code="12-345")
    with pytest.raises(RejectedData, match="已属于“和平区总工会”"):
        with demo_db.write() as s:
            organisations.create(s, SYSTEM, name="乙", kind="grassroots", union_code="120101")
    with pytest.raises(RejectedData, match="单位名称不能为空"):
        with demo_db.write() as s:
            organisations.create(s, SYSTEM, name=" ", kind="grassroots")


def test_rename_updates_contacts_text(demo_db: Database) -> None:
    unit = org_id(demo_db, "120101001")
    with demo_db.write() as s:
        s.add(Contact(name="赵六", organisation_id=unit, organisation_name="旧名"))
    with demo_db.write() as s:
        organisations.update(s, SYSTEM, unit, name="和平区新名称工会")
    with demo_db.read() as s:
        assert s.scalars(select(Contact.organisation_name).where(Contact.name == "赵六")).one() == "和平区新名称工会"


def test_codes_are_the_unions_own_and_a_prefix_mismatch_is_only_a_warning(demo_db: Database) -> None:
    heping = org_id(demo_db, "120101")
    with demo_db.write() as s:
        assert not organisations.strict_codes(s)  # off by default
        org = organisations.create(
            s, SYSTEM, name="某集团工会", kind="group_company", union_code="JT0012A", parent_id=heping
        )
        warning = organisations.parent_warning(s, org.union_code, org.parent_id)
        oid = org.id
    assert warning and "120101" in warning
    with demo_db.read() as s:
        assert s.get(Organisation, oid).union_code == "JT0012A"
        assert organisations.parent_warning(s, "120101009", heping) is None


def test_the_strict_format_is_a_setting(demo_db: Database) -> None:
    with demo_db.write() as s:
        organisations.set_strict_codes(s, SYSTEM, True)
    with pytest.raises(RejectedData, match="严格格式"):
        with demo_db.write() as s:
            organisations.create(s, SYSTEM, name="甲", kind="grassroots", union_code="JT0012A")
    with demo_db.write() as s:
        assert organisations.strict_codes(s)
        organisations.create(s, SYSTEM, name="甲", kind="grassroots", union_code="120101009")
        organisations.set_strict_codes(s, SYSTEM, False)
    with demo_db.write() as s:
        organisations.create(s, SYSTEM, name="乙", kind="grassroots", union_code="JT0012A")
        entries = [e for e in audit.recent(s, 10) if e.action == "setting.update"]
    assert len(entries) == 2


def test_changing_the_setting_needs_the_settings_right(demo_db: Database) -> None:
    from haihe_desk.errors import PermissionDenied
    from haihe_desk.services.context import Actor

    reviewer = Actor(username="审核员", role="union_reviewer")
    with pytest.raises(PermissionDenied):
        with demo_db.write() as s:
            organisations.set_strict_codes(s, reviewer, True)
    with demo_db.read() as s:
        assert not organisations.strict_codes(s)
