"""Review workflow through the service and the CLI; roster export masking."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from haihe_desk.db.models import AuditEntry, Organisation, Person, Registration, RegistrationEvent
from haihe_desk.domain import idcard
from haihe_desk.errors import RejectedData, UsageError
from haihe_desk.services import registrations, review
from haihe_desk.services.context import SYSTEM, Actor
from haihe_desk.services.organisations import in_subtree
from tests.registrations.helpers import ident, open_registration


def ids_in(db, status: str, n: int) -> list[int]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return list(
            s.scalars(select(Registration.id).where(Registration.status == status).order_by(Registration.id).limit(n))
        )


def union_scope_of(db, reg_id: int) -> int:  # type: ignore[no-untyped-def]
    """The top of the organisation tree above a registration's unit (its district/bureau union)."""
    with db.read() as s:
        org = s.get(Organisation, s.scalar(select(Registration.unit_id).where(Registration.id == reg_id)))
        while org.parent_id is not None:
            org = s.get(Organisation, org.parent_id)
        return org.id


def submitted_in_scope(db, scope: int, n: int) -> list[int]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return list(
            s.scalars(
                select(Registration.id)
                .where(Registration.status == "submitted", in_subtree(Registration.unit_id, scope))
                .order_by(Registration.id)
                .limit(n)
            )
        )


def test_bulk_approve_then_confirm_with_history_and_audit(demo_db) -> None:  # type: ignore[no-untyped-def]
    # The union with the most pending entries in the demo.
    scopes = {union_scope_of(demo_db, rid) for rid in ids_in(demo_db, "submitted", 200)}
    scope = max(scopes, key=lambda sc: len(submitted_in_scope(demo_db, sc, 3)))
    ids = submitted_in_scope(demo_db, scope, 3)
    assert len(ids) == 3
    with demo_db.write() as s:
        out = review.apply(s, Actor("王审核", "union_reviewer", union_scope_id=scope), "approve", ids)
    assert out.changed == 3 and out.to_status == "union_approved"
    with demo_db.write() as s:
        review.apply(s, SYSTEM, "confirm", ids)
    with demo_db.read() as s:
        assert set(s.scalars(select(Registration.status).where(Registration.id.in_(ids)))) == {"confirmed"}
        hist = registrations.history(s, ids[0])
        assert [(h.from_status, h.to_status) for h in hist[-2:]] == [
            ("待审核", "工会已审核"),
            ("工会已审核", "组委会已确认"),
        ]
        assert hist[-2].actor == "王审核"
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == str(ids[0]))).all()
        assert actions == ["registration.review.approve", "registration.review.confirm"]


def test_bulk_is_all_or_nothing_and_names_the_culprit(demo_db) -> None:  # type: ignore[no-untyped-def]
    good = ids_in(demo_db, "submitted", 2)
    bad = ids_in(demo_db, "confirmed", 1)
    with demo_db.read() as s:
        events_before = len(s.scalars(select(RegistrationEvent.id)).all())
    with pytest.raises(RejectedData, match=rf"报名 {bad[0]}（.+）：状态为“组委会已确认”的报名不能执行“工会审核通过”"):
        with demo_db.write() as s:
            review.apply(s, SYSTEM, "approve", good + bad)
    with demo_db.read() as s:
        assert set(s.scalars(select(Registration.status).where(Registration.id.in_(good)))) == {"submitted"}
        assert len(s.scalars(select(RegistrationEvent.id)).all()) == events_before


def test_return_needs_a_reason_which_is_stored(demo_db) -> None:  # type: ignore[no-untyped-def]
    rid = ids_in(demo_db, "union_approved", 1)
    with pytest.raises(RejectedData, match="必须填写原因"):
        with demo_db.write() as s:
            review.apply(s, SYSTEM, "return", rid)
    with demo_db.write() as s:
        review.apply(s, SYSTEM, "return", rid, "照片不清晰，请重传")
    with demo_db.read() as s:
        reg = s.get(Registration, rid[0])
        assert reg.status == "returned" and reg.status_reason == "照片不清晰，请重传"
        assert registrations.history(s, rid[0])[-1].reason == "照片不清晰，请重传"


def test_unknown_ids_and_empty_selection(demo_db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RejectedData, match="报名编号 999999 不存在"):
        with demo_db.write() as s:
            review.apply(s, SYSTEM, "approve", [999999])
    with pytest.raises(UsageError, match="没有选中"):
        with demo_db.write() as s:
            review.apply(s, SYSTEM, "approve", [])


def test_allowed_actions_for_a_selection() -> None:
    assert review.allowed_actions(["submitted"]) == {"approve", "return", "reject", "withdraw"}
    assert review.allowed_actions(["submitted", "union_approved"]) == {"return", "reject", "withdraw"}
    assert review.allowed_actions(["rejected"]) == set()
    assert review.allowed_actions([]) == set()


def test_review_cli_exit_codes(demo_db, run_cli) -> None:  # type: ignore[no-untyped-def]
    db = demo_db.target.url
    rid = ids_in(demo_db, "submitted", 2)
    code, out, err = run_cli("--db", db, "review", "approve", "--id", *map(str, rid))
    assert code == 0 and "已将 2 条报名设为“工会已审核”" in out
    code, out, err = run_cli("--db", db, "review", "approve", "--id", str(rid[0]))
    assert code == 1 and "不能执行" in err and "Traceback" not in err
    code, out, err = run_cli("--db", db, "review", "reject", "--id", str(rid[0]))
    assert code == 1 and "必须填写原因" in err
    code, out, err = run_cli("--db", db, "review", "reject", "--id", str(rid[0]), "--reason", "不符合条件")
    assert code == 0
    code, out, err = run_cli("--db", db, "review", "fly", "--id", "1")
    assert code == 2


def test_roster_export_masked_by_default_unmasked_audited(demo_db, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    db = demo_db.target.url
    out = tmp_path / "roster.xlsx"
    code, text, err = run_cli(
        "--db", db, "registrations", "export", out, "--trade", "W-CNC", "--status", "组委会已确认"
    )
    assert code == 0, err
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:4] == ("序号", "姓名", "性别", "身份证号")
    with demo_db.read() as s:
        expected = s.scalars(
            select(Person.id_number)
            .join(Registration)
            .where(Registration.status == "confirmed", Registration.trade.has(code="W-CNC"))
        ).all()
    assert len(rows) - 1 == len(expected) > 0
    assert {r[3] for r in rows[1:]} == {idcard.mask(x) for x in expected}
    assert all("********" in r[3] for r in rows[1:]) and {r[13] for r in rows[1:]} == {"组委会已确认"}

    code, text, err = run_cli("--db", db, "registrations", "export", out, "--trade", "W-CNC", "--unmasked")
    assert code == 0 and "已记入审计日志" in text
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert all(idcard.is_valid(r[3]) for r in rows[1:])
    with demo_db.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
    assert last.action == "registration.export_unmasked" and '"unmasked":true' in last.new
    code, text, err = run_cli("--db", db, "registrations", "export", out, "--status", "飞")
    assert code == 2 and "审核状态“飞”无效" in err


def test_hand_entry_via_cli_and_its_rules(demo_db, run_cli) -> None:  # type: ignore[no-untyped-def]
    with demo_db.write() as s:
        open_registration(s)
    db = demo_db.target.url
    args = [
        "--db",
        db,
        "registrations",
        "add",
        "--name",
        "赵六",
        "--id-number",
        ident(40).lower(),
        "--trade",
        "W-WELD",
        "--mobile",
        "13912345678",
        "--union-code",
        "120101001",
        "--grade",
        "技师",
    ]
    code, out, err = run_cli(*args)
    assert code == 0, err
    code, out, err = run_cli(*args)
    assert code == 1 and "赵六 已报名工种“焊工”，同一人不能重复报名同一工种" in err
    code, out, err = run_cli(
        "--db",
        db,
        "registrations",
        "add",
        "--name",
        "钱七",
        "--id-number",
        ident(41),
        "--trade",
        "W-WELD",
        "--mobile",
        "13912345678",
        "--union-code",
        "120101001",
        "--grade",
        "中级工",
    )
    assert code == 1 and "“技能等级”：技能等级低于本工种要求的高级工（三级）；如破格参赛，请填写破格原因" in err
    code, out, err = run_cli(
        "--db",
        db,
        "registrations",
        "add",
        "--name",
        "钱七",
        "--id-number",
        ident(41),
        "--trade",
        "W-WELD",
        "--mobile",
        "13912345678",
        "--union-code",
        "120101001",
        "--grade",
        "中级工",
        "--exception-reason",
        "区赛第一名",
    )
    assert code == 0, err
    with demo_db.read() as s:
        reg = s.scalars(select(Registration).order_by(Registration.id.desc()).limit(1)).one()
        assert reg.grade_exception and reg.grade_exception_reason == "区赛第一名" and reg.status == "submitted"
        assert reg.person.id_number == ident(41)


def test_union_filter_covers_the_union_and_everything_under_it(demo_db):
    """The review's "my union and everything under it": a district union's subtree, in SQL."""
    from sqlalchemy import select

    from haihe_desk.db.models import Organisation, Registration
    from haihe_desk.services import registrations as regs
    from haihe_desk.services.organisations import subtree_ids

    with demo_db.read() as s:
        district = s.scalars(select(Organisation).where(Organisation.union_code == "120101")).one()
        below = set(subtree_ids(s, district.id))
        expected = set(s.scalars(select(Registration.id).where(Registration.unit_id.in_(below))))
        f = {"unit_tree_id": district.id}
        rows = regs.SOURCE.page(s, f, 0, 1000)
        assert regs.SOURCE.count(s, f) == len(expected) > 0
        assert {r[0] for r in rows} == expected
        # Every unit in the subtree sits under 120101 (codes 120101xxx), none from another district.
        assert all(r[7].startswith("120101") for r in rows)


def test_union_export_from_cli(demo_db, run_cli, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "hp.xlsx"
    code, _out, err = run_cli("--db", demo_db.target.url, "registrations", "export", str(out), "--union", "120101")
    assert code == 0, err
    ws = load_workbook(out).active
    codes = [r[9] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert codes and all(str(c).startswith("120101") for c in codes)
