"""Every role against the service actions, on the demo contest: what a role lacks is refused
(PermissionDenied) and changes nothing; what it has works. Union reviewers act only inside their
union's subtree; judge roles never read registrations or contacts; personal numbers are masked
unless the role may unmask, and unmasking is audited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from haihe_desk.db.database import Database
from haihe_desk.db.models import AuditEntry, Contact, Contest, Organisation, Person, Registration, Trade, User
from haihe_desk.domain import idcard, masking
from haihe_desk.errors import PermissionDenied
from haihe_desk.services import (
    contacts,
    contests,
    organisations,
    registration_edit,
    registrations,
    review,
    settings,
    trades,
    users,
)
from haihe_desk.services import context as ctx
from haihe_desk.services.context import Actor
from tests.registrations.helpers import WORKER_HEADERS, ident, import_file, open_registration, worker_row, write_xlsx

from .helpers import JUDGE_ROLES, PW, ROLES, add_user, fingerprint, org_id_by_code, subtree

HEPING = "120101"  # 和平区总工会: the union reviewer's scope
IN_SCOPE_CODE = "120101001"  # a grassroots union under it
OUT_OF_SCOPE_CODE = "120102001"  # under 河东区总工会


@dataclass
class World:
    db: Database
    scope: int  # organisation id of 和平区总工会
    tmp: Path

    def actor(self, role: str) -> Actor:
        return Actor(f"{role}-user", role, self.scope if role == "union_reviewer" else None)


@pytest.fixture
def world(demo_db: Database, tmp_path: Path) -> World:
    with demo_db.write() as s:
        open_registration(s)
    add_user(demo_db, "admin", "admin")  # users exist: create_user checks the actor
    return World(demo_db, org_id_by_code(demo_db, HEPING), tmp_path)


def regs_in(w: World, status: str, *, inside: bool = True) -> list[int]:
    units = subtree(w.db, w.scope)
    with w.db.read() as s:
        rows = s.execute(
            select(Registration.id, Registration.unit_id).where(Registration.status == status).order_by(Registration.id)
        ).all()
    return [rid for rid, unit in rows if (unit in units) == inside]


def status_of(db: Database, rid: int) -> str:
    with db.read() as s:
        return s.scalar(select(Registration.status).where(Registration.id == rid)) or ""


def exists(db: Database, q: Any) -> bool:
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(q.subquery())) or 0) > 0


def roster_rows(path: Path) -> list[tuple[Any, ...]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = list(wb.active.iter_rows(values_only=True))
    finally:
        wb.close()
    assert rows[0][1] == "姓名" and rows[0][3] == "身份证号" and rows[0][12] == "手机"
    return rows[1:]


# --------------------------------------------------------------------------- the action table

# Each action: run(world, actor, n) -> token; done(world, token) -> the effect is there.
Run = Callable[[World, Actor, int], Any]
Done = Callable[[World, Any], bool]


def _create_contest(w: World, a: Actor, n: int) -> Any:
    with w.db.write() as s:
        contests.create_contest(s, a, contests.ContestSpec(name=f"权限测试赛事{n}", year=2030))
    return f"权限测试赛事{n}"


def _update_trade(w: World, a: Actor, n: int) -> Any:
    with w.db.read() as s:
        tid = s.scalars(select(Trade.id).where(Trade.code == "W-CNC")).first()
    with w.db.write() as s:
        trades.update_trade(s, a, tid, {"notes": f"权限备注{n}"})
    return (tid, f"权限备注{n}")


def _add_contact(w: World, a: Actor, n: int) -> Any:
    with w.db.write() as s:
        contacts.create(s, a, contacts.ContactInput(name=f"权限联系人{n}"))
    return f"权限联系人{n}"


def _create_org(w: World, a: Actor, n: int) -> Any:
    with w.db.write() as s:
        organisations.create(s, a, name=f"权限测试单位{n}", kind="employer")
    return f"权限测试单位{n}"


def _add_registration(w: World, a: Actor, n: int) -> Any:
    number = ident(700 + n)
    with w.db.write() as s:
        registrations.add_registration(
            s,
            a,
            {
                "name": f"权限{n}",
                "id_number": number,
                "trade": "W-CNC",
                "mobile": f"139{n:08d}",
                "unit": "示例机械有限公司",
                "union_code": IN_SCOPE_CODE,
                "grade": "高级工",
            },
            contest_id=settings.current_contest_id(s),
        )
    return number


def _review(action: str, status: str) -> Run:
    def run(w: World, a: Actor, n: int) -> Any:
        rid = regs_in(w, status)[0]  # inside the reviewer's union, not yet moved
        with w.db.write() as s:
            review.apply(s, a, action, [rid])
        return rid

    return run


def _export(unmasked: bool) -> Run:
    def run(w: World, a: Actor, n: int) -> Any:
        path = w.tmp / f"roster-{unmasked}-{n}.xlsx"
        try:
            with w.db.write() as s:
                registrations.export_roster(s, a, path, {}, unmasked=unmasked)
        finally:
            if not path.exists():
                assert not list(w.tmp.glob(f"roster-{unmasked}-{n}*")), "a refused export left a file behind"
        return path

    return run


def _list_registrations(w: World, a: Actor, n: int) -> Any:
    with w.db.read() as s:
        return registrations.SOURCE.page(s, {}, 0, 50, a)


def _list_contacts(w: World, a: Actor, n: int) -> Any:
    with w.db.read() as s:
        return contacts.SOURCE.page(s, {}, 0, 50, a)


def _create_user(w: World, a: Actor, n: int) -> Any:
    with w.db.write() as s:
        users.create_user(s, a, f"perm{n}", PW, "readonly")
    return f"perm{n}"


def _exported_rows(w: World, path: Any) -> bool:
    return len(roster_rows(path)) > 0


OFFICE = frozenset({"admin", "office"})
READERS = frozenset({"admin", "office", "union_reviewer", "supervisor", "readonly"})

# action -> (roles that may do it — written out from the issue, not derived from domain.roles; run; done)
ACTIONS: dict[str, tuple[frozenset[str], Run, Done]] = {
    "create_contest": (OFFICE, _create_contest, lambda w, t: exists(w.db, select(Contest.id).where(Contest.name == t))),
    "update_trade": (
        OFFICE,
        _update_trade,
        lambda w, t: exists(w.db, select(Trade.id).where(Trade.id == t[0], Trade.notes == t[1])),
    ),
    "add_contact": (OFFICE, _add_contact, lambda w, t: exists(w.db, select(Contact.id).where(Contact.name == t))),
    "create_org": (
        OFFICE,
        _create_org,
        lambda w, t: exists(w.db, select(Organisation.id).where(Organisation.name == t)),
    ),
    "add_registration": (
        OFFICE | {"union_reviewer"},
        _add_registration,
        lambda w, t: exists(w.db, select(Person.id).where(Person.id_number == t)),
    ),
    "review_approve": (
        OFFICE | {"union_reviewer"},
        _review("approve", "submitted"),
        lambda w, t: status_of(w.db, t) == "union_approved",
    ),
    "review_confirm": (OFFICE, _review("confirm", "union_approved"), lambda w, t: status_of(w.db, t) == "confirmed"),
    "export_roster": (READERS, _export(False), _exported_rows),
    "export_unmasked": (frozenset({"admin", "office", "supervisor"}), _export(True), _exported_rows),
    "list_registrations": (READERS, _list_registrations, lambda w, rows: len(rows) > 0),
    "list_contacts": (READERS, _list_contacts, lambda w, rows: len(rows) > 0),
    "create_user": (
        frozenset({"admin"}),
        _create_user,
        lambda w, t: exists(w.db, select(User.id).where(User.username == t)),
    ),
}


@pytest.mark.parametrize("action", list(ACTIONS))
def test_each_role_may_do_exactly_its_actions(world: World, action: str) -> None:
    allowed, run, done = ACTIONS[action]
    before = fingerprint(world.db)
    for role in ROLES:
        if role in allowed:
            continue
        actor = world.actor(role)
        with pytest.raises(PermissionDenied) as err:
            run(world, actor, ROLES.index(role))
        assert f"“{actor.username}”" in err.value.message, err.value.message
        assert fingerprint(world.db) == before, f"{role} was refused {action} but something changed"
    for role in ROLES:
        if role not in allowed:
            continue
        token = run(world, world.actor(role), ROLES.index(role))
        assert done(world, token), f"{role} may {action} but it had no effect"


def test_the_table_covers_every_role_and_each_action_is_refused_to_someone() -> None:
    for action, (allowed, _run, _done) in ACTIONS.items():
        assert allowed <= set(ROLES), action
        assert set(ROLES) - allowed, f"{action}: nobody is refused, the test proves nothing"


# --------------------------------------------------------------------------- judges and fairness


@pytest.mark.parametrize("role", JUDGE_ROLES)
def test_judge_roles_cannot_read_registrations_or_contacts(world: World, role: str) -> None:
    judge = world.actor(role)
    with world.db.read() as s:
        for call in (
            lambda: registrations.SOURCE.page(s, {}, 0, 10, judge),
            lambda: registrations.SOURCE.count(s, {}, judge),
            lambda: registrations.SOURCE.first_page(s, {}, 10, judge),
            lambda: registrations.UNMASKED_SOURCE.page(s, {}, 0, 10, judge),
            lambda: contacts.SOURCE.page(s, {}, 0, 10, judge),
            lambda: contacts.SOURCE.count(s, {}, judge),
        ):
            with pytest.raises(PermissionDenied, match="无权查看"):
                call()
        # the default actor of a list is the signed-in user of the process
        ctx.sign_in(judge)
        with pytest.raises(PermissionDenied, match="无权查看报名"):
            registrations.SOURCE.page(s, {}, 0, 10)
        with pytest.raises(PermissionDenied, match="无权查看通讯录"):
            contacts.SOURCE.page(s, {}, 0, 10)


# --------------------------------------------------------------------------- union reviewer scope


def test_union_reviewer_sees_only_their_unions_subtree(world: World) -> None:
    rev = world.actor("union_reviewer")
    units = subtree(world.db, world.scope)
    assert len(units) > 1  # the district union and its grassroots unions
    with world.db.read() as s:
        expected = set(s.scalars(select(Registration.id).where(Registration.unit_id.in_(units))))
        total = s.scalar(select(func.count()).select_from(Registration))
        assert 0 < len(expected) < total
        assert registrations.SOURCE.count(s, {}, rev) == len(expected)
        assert {r[0] for r in registrations.SOURCE.page(s, {}, 0, 1000, rev)} == expected
        assert sum(registrations.status_counts(s, {}, rev).values()) == len(expected)
        # filtering by their own union (the GUI's union box) keeps their rows: two subtrees in one query
        assert registrations.SOURCE.count(s, {"unit_tree_id": world.scope}, rev) == len(expected)
        # a filter cannot widen the scope: asking for another union's subtree gives nothing
        other = org_id_by_code(world.db, "120102")
        assert registrations.SOURCE.count(s, {"unit_tree_id": other}, rev) == 0
        # office staff see everything
        assert registrations.SOURCE.count(s, {}, world.actor("office")) == total
        # a union reviewer without a union sees nothing rather than everything
        assert registrations.SOURCE.count(s, {}, Actor("lost", "union_reviewer")) == 0


def test_union_reviewer_cannot_approve_outside_their_union(world: World) -> None:
    rev = world.actor("union_reviewer")
    inside, outside = regs_in(world, "submitted")[0], regs_in(world, "submitted", inside=False)[0]
    before = fingerprint(world.db)
    for batch in ([outside], [inside, outside]):  # a mixed batch is refused as a whole
        with (
            pytest.raises(PermissionDenied, match=f"报名 {outside}不属于“和平区总工会”及其下属单位"),
            world.db.write() as s,
        ):
            review.apply(s, rev, "approve", batch)
        assert fingerprint(world.db) == before
    with world.db.write() as s:
        review.apply(s, rev, "approve", [inside])
    assert status_of(world.db, inside) == "union_approved"
    assert status_of(world.db, outside) == "submitted"


def _edit(w: World, actor: Actor, rid: int, changes: dict[str, object]) -> None:
    with w.db.read() as s:
        version = registration_edit.edit_values(s, rid).version
    with w.db.write() as s:
        registration_edit.update_registration(s, actor, rid, changes, expected_version=version)


def test_union_reviewer_edits_only_inside_and_cannot_move_an_entry_out(world: World) -> None:
    rev = world.actor("union_reviewer")
    inside, outside = regs_in(world, "submitted")[0], regs_in(world, "submitted", inside=False)[0]
    before = fingerprint(world.db)
    with pytest.raises(PermissionDenied, match=f"报名 {outside}不属于"):
        _edit(world, rev, outside, {"notes": "越权修改"})
    with pytest.raises(PermissionDenied, match="不属于“和平区总工会”"):
        _edit(world, rev, inside, {"union_code": OUT_OF_SCOPE_CODE, "unit": ""})
    assert fingerprint(world.db) == before
    _edit(world, rev, inside, {"notes": "工会核对过"})
    with world.db.read() as s:
        assert s.scalar(select(Registration.notes).where(Registration.id == inside)) == "工会核对过"


def test_union_reviewer_adds_and_imports_only_inside(world: World) -> None:
    rev = world.actor("union_reviewer")
    before = fingerprint(world.db)
    raw = {
        "name": "越界",
        "id_number": ident(901),
        "trade": "W-CNC",
        "mobile": "13900000901",
        "unit": "河东区示例机械",
        "union_code": OUT_OF_SCOPE_CODE,
        "grade": "高级工",
    }
    with pytest.raises(PermissionDenied, match="不属于“和平区总工会”"), world.db.write() as s:
        registrations.add_registration(s, rev, raw, contest_id=settings.current_contest_id(s))
    path = write_xlsx(
        world.tmp / "mixed.xlsx", WORKER_HEADERS, [worker_row(902), worker_row(903, 工会代码=OUT_OF_SCOPE_CODE)]
    )
    with pytest.raises(PermissionDenied, match="第 3 行的单位"):
        import_file(world.db, rev, path)
    assert fingerprint(world.db) == before
    with world.db.write() as s:
        rid = registrations.add_registration(
            s,
            rev,
            {**raw, "union_code": IN_SCOPE_CODE, "unit": "和平区示例机械"},
            contest_id=settings.current_contest_id(s),
        )
    with world.db.read() as s:
        assert s.scalar(select(Registration.unit_id).where(Registration.id == rid)) in subtree(world.db, world.scope)
    ok = write_xlsx(world.tmp / "ok.xlsx", WORKER_HEADERS, [worker_row(904), worker_row(905)])
    _plan, result = import_file(world.db, rev, ok)
    assert result.written == 2


def test_union_reviewers_roster_holds_only_their_rows(world: World) -> None:
    rev = world.actor("union_reviewer")
    units = subtree(world.db, world.scope)
    path = world.tmp / "mine.xlsx"
    with world.db.write() as s:
        n = registrations.export_roster(s, rev, path, {})
    with world.db.read() as s:
        expected = sorted(
            (name, idcard.mask(idn))
            for name, idn in s.execute(
                select(Person.name, Person.id_number)
                .join(Registration, Registration.person_id == Person.id)
                .where(Registration.unit_id.in_(units))
            )
        )
    rows = roster_rows(path)
    assert n == len(rows) == len(expected)
    assert sorted((r[1], r[3]) for r in rows) == expected


# --------------------------------------------------------------------------- masking


def _people(db: Database) -> dict[int, tuple[str, str]]:
    with db.read() as s:
        return {
            rid: (idn, mobile or "")
            for rid, idn, mobile in s.execute(
                select(Registration.id, Person.id_number, Person.mobile).join(
                    Person, Registration.person_id == Person.id
                )
            )
        }


def test_lists_mask_id_numbers_and_phones(world: World) -> None:
    people = _people(world.db)
    with world.db.read() as s:
        rows = registrations.SOURCE.page(s, {}, 0, 200, world.actor("admin"))
    assert len(rows) == 200
    phones = 0
    for r in rows:
        full_id, mobile = people[r[0]]
        assert r[3] == idcard.mask(full_id) != full_id and "*" in r[3]
        assert r[10] == masking.phone(mobile)
        if mobile:
            phones += 1
            assert r[10] != mobile and r[10][3:7] == "****"
    assert phones > 0


def test_unmasked_list_needs_the_right_and_shows_full_numbers(world: World) -> None:
    people = _people(world.db)
    with world.db.read() as s:
        rows = registrations.UNMASKED_SOURCE.page(s, {}, 0, 50, world.actor("office"))
        assert [(r[3], r[10]) for r in rows] == [people[r[0]] for r in rows]
        for role in ("readonly", "union_reviewer"):
            with pytest.raises(PermissionDenied, match="无权查看完整身份证号和手机号"):
                registrations.UNMASKED_SOURCE.page(s, {}, 0, 50, world.actor(role))


def test_switching_to_full_numbers_is_audited(world: World) -> None:
    def unmask_entries() -> list[tuple[str, str]]:
        with world.db.read() as s:
            return s.execute(
                select(AuditEntry.actor, AuditEntry.new).where(AuditEntry.action == "registration.unmask_view")
            ).all()

    before = fingerprint(world.db)
    with pytest.raises(PermissionDenied), world.db.write() as s:
        registrations.begin_unmasked_view(s, world.actor("readonly"), {})
    assert fingerprint(world.db) == before
    with world.db.write() as s:
        registrations.begin_unmasked_view(s, world.actor("supervisor"), {"status": "submitted", "_count": True})
    ((who, new),) = unmask_entries()
    assert who == "supervisor-user" and "submitted" in new and "_count" not in new


def test_masked_and_unmasked_roster(world: World) -> None:
    masked, full = world.tmp / "masked.xlsx", world.tmp / "full.xlsx"
    with world.db.write() as s:
        registrations.export_roster(s, world.actor("readonly"), masked, {})
        registrations.export_roster(s, world.actor("supervisor"), full, {}, unmasked=True)
    with world.db.read() as s:
        all_ids = set(s.scalars(select(Person.id_number)))
        entries = s.execute(
            select(AuditEntry.actor, AuditEntry.action)
            .where(AuditEntry.action.like("registration.export%"))
            .order_by(AuditEntry.seq)
        ).all()
    masked_rows, full_rows = roster_rows(masked), roster_rows(full)
    assert len(masked_rows) == len(full_rows) == 200
    assert all("*" in r[3] and r[3] not in all_ids for r in masked_rows)
    assert all(r[12] is None or "****" in r[12] for r in masked_rows)
    assert {r[3] for r in full_rows} <= all_ids
    assert entries == [("readonly-user", "registration.export"), ("supervisor-user", "registration.export_unmasked")]
