"""The first-run demo contest (seed notice 津工通〔2020〕31号) and the list sources the tabs page
through: counts and pages computed in SQL with the same filters."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, selectinload

from haihe_desk.db.database import Database
from haihe_desk.db.models import (
    AuditEntry,
    Contact,
    Contest,
    Person,
    Registration,
    Trade,
)
from haihe_desk.domain import idcard
from haihe_desk.errors import RejectedData
from haihe_desk.services import audit, contacts, contests, judging, registrations, settings
from haihe_desk.services.context import SYSTEM
from haihe_desk.services.demo import build_demo, is_empty
from haihe_desk.services.listing import ListSource

TRADE_CODES = {"W-CNC", "W-WELD", "W-FIT", "W-AUTO", "S-CNC", "S-WELD", "S-FIT", "S-AUTO"}

# Section 十 of the notice, typed from the notice itself (not copied from the product code):
# name -> (role, trade, phones in the notice's order).
NOTICE_SECTION_10 = {
    "王亚梅": ("office", "", ("84236612",)),
    "解雯": ("office", "", ("84236612",)),
    "刘巍": ("worker_reg", "", ("84236693",)),
    "高亚君": ("worker_reg", "", ("84236693",)),
    "姜赢": ("worker_reg", "", ("84236693",)),
    "贾启展": ("student_reg", "数控车工", ("13370330370",)),
    "武丽娜": ("student_reg", "焊工", ("63862123", "15822089096")),
    "张桥": ("student_reg", "装配钳工", ("28776857", "13672007656")),
    "李超": ("student_reg", "汽车维修工", ("84893845", "18920525097")),
    "李洁萍": ("platform", "", ("85194572",)),
}
NOTICE_EMAIL = "tjzgjnds@163.com"


@contextmanager
def captured_sql(session: Session) -> Iterator[list[tuple[str, object]]]:
    """The statements and parameters a session sends to the database while the block runs."""
    statements: list[tuple[str, object]] = []
    engine = session.get_bind()

    def listen(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", listen)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", listen)


def contest_id(db: Database) -> int:
    with db.read() as s:
        cid = settings.current_contest_id(s)
    assert cid is not None
    return cid


def all_rows(source: ListSource, s: Session, filters: dict) -> list[tuple]:
    return source.page(s, filters, 0, 100_000)


# --------------------------------------------------------------------------- demo content


def test_demo_contest_carries_the_notice(demo_db: Database) -> None:
    with demo_db.read() as s:
        contests_ = list(s.scalars(select(Contest).options(selectinload(Contest.committee))))
        assert len(contests_) == 1
        contest = contests_[0]
        assert contest.doc_number == "津工通〔2020〕31号"
        assert "海河工匠杯" in contest.name
        assert contest.year == 2020
        assert contest.registration_deadline is not None
        assert contest.registration_deadline.isoformat() == "2020-08-31"
        assert settings.current_contest_id(s) == contest.id
        committee = {(m.role, m.name) for m in contest.committee}
        assert ("director", "林引") in committee
        assert not is_empty(s)


def test_demo_has_the_eight_trades(demo_db: Database) -> None:
    with demo_db.read() as s:
        trades = list(s.scalars(select(Trade)))
    assert {t.code for t in trades} == TRADE_CODES
    assert len(trades) == 8
    for t in trades:
        assert t.group == ("worker" if t.code.startswith("W-") else "student")
        assert t.theory_weight + t.practical_weight == 1


def test_demo_contacts_are_exactly_section_10(demo_db: Database) -> None:
    with demo_db.read() as s:
        rows = list(s.scalars(select(Contact).options(selectinload(Contact.phones)).order_by(Contact.sort)))
    people = {c.name: (c.role, c.trade_name, tuple(p.number for p in c.phones)) for c in rows if c.role != "email"}
    assert people == NOTICE_SECTION_10
    assert len([c for c in rows if c.role != "email"]) == len(NOTICE_SECTION_10)  # nobody twice
    emails = {c.email for c in rows if c.email}
    assert emails == {NOTICE_EMAIL}
    # Sorted as in the notice: the office first, the platform last.
    ordered = [c.name for c in rows if c.role != "email"]
    assert ordered[:2] == ["王亚梅", "解雯"]
    assert ordered[-1] == "李洁萍"
    # Mobile numbers are typed as mobiles, land lines as office phones.
    for c in rows:
        for p in c.phones:
            assert p.kind == ("mobile" if p.number.startswith("1") and len(p.number) == 11 else "office")


def test_demo_registrations_have_valid_id_numbers(demo_db: Database) -> None:
    with demo_db.read() as s:
        people = list(s.scalars(select(Person)))
        n_reg = s.scalar(select(func.count()).select_from(Registration))
        exam_numbers = list(s.scalars(select(Registration.exam_number)))
        statuses = Counter(s.scalars(select(Registration.status)))
    assert 180 <= n_reg <= 220
    assert len(people) == n_reg
    numbers = [p.id_number for p in people]
    assert all(n and idcard.is_valid(n) for n in numbers)
    assert len(set(numbers)) == len(numbers)
    for p in people:
        info = idcard.parse(p.id_number)
        assert p.birth_date == info.birth_date
        assert p.gender == info.gender
    assert len(set(exam_numbers)) == len(exam_numbers)
    # All stages of the three-stage review occur, so every tab has something to show.
    assert {"submitted", "union_approved", "confirmed"} <= set(statuses)


def test_demo_writes_one_audit_entry(demo_db: Database) -> None:
    with demo_db.read() as s:
        entries = list(s.scalars(select(AuditEntry)))
        result = audit.verify(s)
    assert [e.action for e in entries] == ["demo.create"]
    assert entries[0].actor == SYSTEM.username
    assert result.intact


def test_second_demo_in_the_same_database_is_refused(demo_db: Database) -> None:
    with demo_db.read() as s:
        before = (
            s.scalar(select(func.count()).select_from(Contest)),
            s.scalar(select(func.count()).select_from(Registration)),
            s.scalar(select(func.count()).select_from(AuditEntry)),
        )
    with pytest.raises(RejectedData) as exc:
        with demo_db.write() as s:
            build_demo(s, SYSTEM)
    assert "新的数据库" in str(exc.value)
    with demo_db.read() as s:
        after = (
            s.scalar(select(func.count()).select_from(Contest)),
            s.scalar(select(func.count()).select_from(Registration)),
            s.scalar(select(func.count()).select_from(AuditEntry)),
        )
    assert after == before


def test_demo_size_is_a_parameter(db: Database) -> None:
    with db.write() as s:
        build_demo(s, SYSTEM, registrations=16)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Registration)) == 16


# --------------------------------------------------------------------------- registrations list


def test_registration_source_counts_and_pages(demo_db: Database) -> None:
    cid = contest_id(demo_db)
    src = registrations.SOURCE
    with demo_db.read() as s:
        total = src.count(s, {"contest_id": cid})
        assert total == s.scalar(select(func.count()).select_from(Registration))
        first = src.page(s, {"contest_id": cid}, 0, 50)
        second = src.page(s, {"contest_id": cid}, 50, 50)
        both = src.page(s, {"contest_id": cid}, 0, 100)
        tail = src.page(s, {"contest_id": cid}, total - 3, 50)
        assert src.count(s, {"contest_id": cid + 999}) == 0
    assert len(first) == 50
    assert [r[0] for r in first + second] == [r[0] for r in both]
    assert len({r[0] for r in both}) == 100
    assert len(tail) == 3
    assert all(len(r) == len(src.columns) + 1 for r in both)


def test_registration_text_filter_runs_in_sql(demo_db: Database) -> None:
    src = registrations.SOURCE
    with demo_db.read() as s:
        total = src.count(s, {})
        names = Counter(s.scalars(select(Person.name)))
        name = next(n for n, k in names.most_common() if len(n) >= 2)
        with captured_sql(s) as statements:
            n = src.count(s, {"text": name})
            rows = all_rows(src, s, {"text": name})
    assert 0 < n < total
    assert len(rows) == n
    assert n == sum(k for other, k in names.items() if name in other)
    assert all(name in r[1] for r in rows)
    # The filter is in the SQL text (LIKE with the name as a parameter), not applied in Python.
    sql = [(st, params) for st, params in statements if "LIKE" in st.upper()]
    assert len(sql) == 2  # the count and the page
    # (SQLite's driver takes a tuple of parameters, psycopg a dict of named ones.)
    assert all(
        f"%{name}%" in [str(p) for p in (params.values() if isinstance(params, dict) else params)]
        for _st, params in sql
    )


def test_registration_search_by_full_id_number(demo_db: Database) -> None:
    src = registrations.SOURCE
    with demo_db.read() as s:
        person = s.scalars(select(Person).order_by(Person.id).limit(1)).one()
        rows = all_rows(src, s, {"text": person.id_number})
    assert len(rows) == 1
    assert rows[0][1] == person.name


def test_registration_list_masks_id_numbers_and_mobiles(demo_db: Database) -> None:
    src = registrations.SOURCE
    with demo_db.read() as s:
        numbers = set(s.scalars(select(Person.id_number)))
        mobiles = set(s.scalars(select(Person.mobile)))
        rows = all_rows(src, s, {})
    cells = {str(c) for r in rows for c in r}
    assert not numbers & cells
    assert not (mobiles - {""}) & cells
    assert all(len(r[3]) == 18 and r[3][6:14] == "********" for r in rows)
    assert all("****" in r[10] for r in rows)


@pytest.mark.parametrize("status", ["confirmed", "submitted", "union_approved"])
def test_registration_status_filter(demo_db: Database, status: str) -> None:
    src = registrations.SOURCE
    with demo_db.read() as s:
        expected = s.scalar(select(func.count()).select_from(Registration).where(Registration.status == status))
        rows = all_rows(src, s, {"status": status})
        assert src.count(s, {"status": status}) == expected
        assert registrations.status_counts(s)[status] == expected
    assert len(rows) == expected > 0
    assert len({r[9] for r in rows}) == 1  # one translated status label


def test_registration_trade_and_group_filters(demo_db: Database) -> None:
    src = registrations.SOURCE
    with demo_db.read() as s:
        weld = s.scalars(select(Trade).where(Trade.code == "S-WELD")).one()
        by_trade = all_rows(src, s, {"trade_id": weld.id})
        students = src.count(s, {"group": "student"})
        workers = src.count(s, {"group": "worker"})
        total = src.count(s, {})
    assert by_trade and all(r[4] == "焊工" and r[5] == "学生组" for r in by_trade)
    assert students + workers == total
    assert 0 < students < total


# --------------------------------------------------------------------------- contests list


def test_contest_source_lists_trades_with_counts(demo_db: Database) -> None:
    cid = contest_id(demo_db)
    src = contests.SOURCE
    with demo_db.read() as s:
        rows = all_rows(src, s, {"contest_id": cid})
        live = dict(
            s.execute(
                select(Trade.code, func.count(Registration.id))
                .join(Registration, Registration.trade_id == Trade.id)
                .where(Registration.status.not_in(("rejected", "withdrawn")))
                .group_by(Trade.code)
            ).all()
        )
        assert src.count(s, {"contest_id": cid}) == 8
    assert {r[1] for r in rows} == TRADE_CODES
    assert all(len(r) == len(src.columns) + 1 for r in rows)
    for r in rows:
        assert r[8] == live.get(r[1], 0)  # 报名 column: live count from SQL
        assert r[7] == "30/70"
        assert "30" in r[12]  # fewer than 30 entries: the cancellation warning is shown


def test_contest_source_filters(demo_db: Database) -> None:
    src = contests.SOURCE
    with demo_db.read() as s:
        weld = all_rows(src, s, {"text": "焊工"})
        students = all_rows(src, s, {"group": "student"})
        by_code = all_rows(src, s, {"text": "w-cnc"})  # case-insensitive
        assert src.count(s, {"text": "焊工"}) == 2
        assert src.count(s, {"text": "没有这个工种"}) == 0
    assert {r[1] for r in weld} == {"W-WELD", "S-WELD"}
    assert {r[1] for r in students} == {c for c in TRADE_CODES if c.startswith("S-")}
    assert [r[1] for r in by_code] == ["W-CNC"]


# --------------------------------------------------------------------------- contacts list


def test_contact_source_lists_everyone_with_phones(demo_db: Database) -> None:
    src = contacts.SOURCE
    with demo_db.read() as s:
        rows = all_rows(src, s, {"contest_id": contest_id(demo_db)})
        assert src.count(s, {}) == len(NOTICE_SECTION_10) + 1
    by_name = {r[1]: r for r in rows}
    assert by_name["武丽娜"][5] == "63862123 / 15822089096"
    assert by_name["王亚梅"][5] == "84236612"
    assert by_name["贾启展"][3] == "数控车工"
    assert [r[6] for r in rows if r[6]] == [NOTICE_EMAIL]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("wym", {"王亚梅"}),
        ("xw", {"解雯"}),
        ("jw", {"解雯"}),
        ("王亚梅", {"王亚梅"}),
        ("84236612", {"王亚梅", "解雯"}),
        ("842366", {"王亚梅", "解雯", "刘巍", "高亚君", "姜赢"}),  # phone digits, partial
        ("1582208", {"武丽娜"}),
        ("装配钳工", {"张桥"}),
        ("tjzgjnds", {"大赛办公室电子邮箱"}),
    ],
)
def test_contact_search(demo_db: Database, text: str, names: set[str]) -> None:
    src = contacts.SOURCE
    with demo_db.read() as s:
        rows = all_rows(src, s, {"text": text})
        assert src.count(s, {"text": text}) == len(rows)
    assert {r[1] for r in rows} == names


def test_contact_role_filter(demo_db: Database) -> None:
    with demo_db.read() as s:
        rows = all_rows(contacts.SOURCE, s, {"role": "student_reg"})
    assert {r[1] for r in rows} == {"贾启展", "武丽娜", "张桥", "李超"}


# --------------------------------------------------------------------------- judging overview


def test_judging_source_shows_counts_but_no_people(demo_db: Database) -> None:
    src = judging.SOURCE
    with demo_db.read() as s:
        rows = all_rows(src, s, {"contest_id": contest_id(demo_db)})
        names = set(s.scalars(select(Person.name)))
        numbers = set(s.scalars(select(Person.id_number)))
        mobiles = set(s.scalars(select(Person.mobile)))
        confirmed = dict(
            s.execute(
                select(Trade.code, func.count(Registration.id))
                .join(Registration, Registration.trade_id == Trade.id)
                .where(Registration.status == "confirmed")
                .group_by(Trade.code)
            ).all()
        )
        assert src.count(s, {"text": "焊工"}) == 2
    assert {r[1] for r in rows} == TRADE_CODES
    assert all(len(r) == len(src.columns) + 1 for r in rows)
    cells = [str(c) for r in rows for c in r]
    for cell in cells:
        assert cell not in numbers and cell not in mobiles
        assert not any(name in cell for name in names), cell
        assert not any(number[:14] in cell for number in numbers if number)
    for r in rows:
        assert r[4] == confirmed.get(r[1], 0)
        assert r[10] == ("待检录" if r[4] else "无确认选手")


def test_first_page_skips_the_count_only_when_the_page_is_short(demo_db):
    """Totals from first_page() equal count() both ways; the count query runs only for a full page."""
    from sqlalchemy import event

    from haihe_desk.services import registrations as regs

    counts = []

    def spy(conn, cursor, statement, params, context, executemany):  # noqa: ANN001
        if "count(" in statement.lower():
            counts.append(statement)

    event.listen(demo_db.engine, "before_cursor_execute", spy)
    try:
        with demo_db.read() as s:
            total, rows = regs.SOURCE.first_page(s, {}, 50)  # 200 rows: page full -> count runs
            assert (total, len(rows)) == (regs.SOURCE.count(s, {}), 50)
            n_full = len(counts)
            name = rows[0][1]
            counts.clear()
            total, rows = regs.SOURCE.first_page(s, {"text": name}, 50)  # a few rows: no count
            assert total == len(rows) == regs.SOURCE.count(s, {"text": name}) - 0
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", spy)
    assert n_full >= 2  # the one inside first_page and the explicit one
    assert len(counts) == 1  # only the explicit count() in the assertion above
