"""The contest is passed to the registration services, never read from the "current contest"
setting inside them: a hand entry goes into the contest it is given, an edit is checked against
its registration's own contest, a roster covers the contest its filters name; the CLI passes the
current contest. Also: the review buttons' states are read within a union reviewer's scope, and
the roster workbook is written from plain rows by io/roster.py."""

from __future__ import annotations

import inspect
from datetime import date

import openpyxl
import pytest
from sqlalchemy import select, update

from haihe_desk.db.models import Contest, Registration, Trade
from haihe_desk.errors import RejectedData
from haihe_desk.io.roster import WIDTHS, write_roster
from haihe_desk.services import contests, registration_edit, registrations, review, settings
from haihe_desk.services.context import SYSTEM, Actor
from tests.registrations.helpers import ident, open_registration
from tests.users.helpers import org_id_by_code, subtree

RAW = {
    "name": "两届",
    "trade": "W-CNC",
    "mobile": "13900000077",
    "unit": "示例机械有限公司",
    "union_code": "120101001",
    "grade": "高级工",
}


@pytest.fixture
def two_years(demo_db):  # type: ignore[no-untyped-def]
    """The demo contest (2020) and a copy for 2031 made current; registration open in both."""
    with demo_db.write() as s:
        old = settings.current_contest_id(s)
        s.execute(update(Contest).values(registration_deadline=None))
        new = contests.copy_contest(s, SYSTEM, old, year=2031).id
        settings.put(s, "current_contest_id", str(new))
        open_registration(s)
    return demo_db, old, new


def contest_of(db, rid: int) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.scalar(select(Trade.contest_id).join(Registration).where(Registration.id == rid))


def test_services_never_read_the_current_contest() -> None:
    for module in (registrations, registration_edit, review):
        assert "current_contest_id" not in inspect.getsource(module), module.__name__


def test_hand_entry_goes_into_the_contest_it_is_given(two_years) -> None:  # type: ignore[no-untyped-def]
    db, old, new = two_years
    with db.write() as s:
        in_old = registrations.add_registration(s, SYSTEM, {**RAW, "id_number": ident(77)}, contest_id=old)
        in_new = registrations.add_registration(s, SYSTEM, {**RAW, "id_number": ident(77)}, contest_id=new)
    assert (contest_of(db, in_old), contest_of(db, in_new)) == (old, new)
    with pytest.raises(RejectedData, match="还没有赛事"), db.write() as s:
        registrations.add_registration(s, SYSTEM, {**RAW, "id_number": ident(78)}, contest_id=None)


def test_edit_is_checked_against_the_registrations_own_contest(two_years) -> None:  # type: ignore[no-untyped-def]
    db, old, new = two_years
    with db.read() as s:
        rid = s.scalar(
            select(Registration.id)
            .join(Trade)
            .where(Trade.contest_id == old, Registration.group == "worker", Registration.skill_grade <= 3)
            .order_by(Registration.id)
        )
        values = registration_edit.edit_values(s, rid)
    assert values.contest_id == old
    with db.write() as s:  # the trade has another code in the new year: the old one is unknown there
        s.execute(update(Trade).where(Trade.contest_id == new, Trade.code == values.trade_code).values(code="X-NEW"))
    with db.write() as s:  # the 2031 contest is current; the 2020 entry is still correctable
        changed = registration_edit.update_registration(
            s, SYSTEM, rid, {"notes": "补录"}, expected_version=values.version
        )
    assert changed == {"notes": (values.raw["notes"], "补录")} and contest_of(db, rid) == old


def test_roster_covers_the_contest_its_filters_name(two_years, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db, old, new = two_years
    with db.write() as s:
        n_old = registrations.export_roster(s, SYSTEM, tmp_path / "old.xlsx", registrations.roster_filters(s, old))
        n_new = registrations.export_roster(s, SYSTEM, tmp_path / "new.xlsx", registrations.roster_filters(s, new))
    assert (n_old, n_new) == (200, 0)


def test_cli_add_and_export_use_the_current_contest(two_years, run_cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db, old, new = two_years
    url = db.target.url
    code, out, err = run_cli(
        "--db",
        url,
        "registrations",
        "add",
        "--name",
        "新年度",
        "--id-number",
        ident(79),
        "--trade",
        "W-CNC",
        "--mobile",
        "13900000079",
        "--union-code",
        "120101001",
        "--grade",
        "高级工",
    )
    assert code == 0, err
    with db.read() as s:
        rid = s.scalar(select(Registration.id).order_by(Registration.id.desc()).limit(1))
    assert contest_of(db, rid) == new
    code, out, err = run_cli("--db", url, "registrations", "export", str(tmp_path / "r.xlsx"))
    assert code == 0 and "共 1 人" in out, err


def test_review_statuses_stay_in_the_reviewers_scope(demo_db) -> None:  # type: ignore[no-untyped-def]
    scope = org_id_by_code(demo_db, "120101")
    units = subtree(demo_db, scope)
    with demo_db.read() as s:
        rows = s.execute(select(Registration.id, Registration.unit_id, Registration.status)).all()
    inside = [(rid, st) for rid, unit, st in rows if unit in units]
    outside = [rid for rid, unit, _st in rows if unit not in units]
    assert inside and outside
    reviewer = Actor("heping", "union_reviewer", scope)
    with demo_db.read() as s:
        seen = review.statuses(s, reviewer, [rid for rid, _ in inside] + outside)
        assert sorted(seen) == sorted(st for _rid, st in inside)
        assert len(review.statuses(s, SYSTEM, outside)) == len(outside)


def test_roster_workbook_from_plain_rows(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.xlsx"
    titles = [f"列{i}" for i in range(len(WIDTHS))]
    rows = ([n, f"人{n}", date(1990, 3, n)] + [""] * (len(WIDTHS) - 3) for n in range(1, 4))
    assert write_roster(path, titles, rows, sheet_title="花名册") == 3
    ws = openpyxl.load_workbook(path)["花名册"]
    assert [c.value for c in ws[1]] == titles and ws["A1"].font.bold
    assert ws["C2"].number_format == "yyyy-mm-dd" and ws["C4"].value.date() == date(1990, 3, 3)
    assert [ws.column_dimensions[c].width for c in "ABD"] == [WIDTHS[0], WIDTHS[1], WIDTHS[3]]
