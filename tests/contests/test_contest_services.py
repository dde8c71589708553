"""Contest, trade and filing services on a real SQLite file."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from haihe_desk.db.database import Database
from haihe_desk.db.models import (
    AuditEntry,
    CommitteeMember,
    Contact,
    Contest,
    Filing,
    Judge,
    JudgeAssignment,
    Registration,
    ScoreEntry,
    ScoreLock,
    Trade,
    TradeSession,
)
from haihe_desk.errors import Conflict, RejectedData
from haihe_desk.services import audit, contests, filings, trades
from haihe_desk.services.context import SYSTEM

from .helpers import audit_count, count, current, last_audit, trade_id

# --------------------------------------------------------------------------- weights


def test_trade_with_weights_not_summing_to_100_is_refused_and_nothing_written(demo_db: Database) -> None:
    cid = current(demo_db)
    before_trades, before_audit = count(demo_db, Trade), audit_count(demo_db)
    with pytest.raises(RejectedData, match="90%"), demo_db.write() as s:
        trades.create_trade(
            s,
            SYSTEM,
            cid,
            {
                "code": "W-ELEC",
                "name": "电工",
                "group": "worker",
                "theory_weight": Decimal("0.30"),
                "practical_weight": Decimal("0.60"),
            },
        )
    assert count(demo_db, Trade) == before_trades
    assert audit_count(demo_db) == before_audit


def test_edit_weights_to_wrong_sum_refused(demo_db: Database) -> None:
    tid = trade_id(demo_db, "W-CNC")
    with pytest.raises(RejectedData, match="100%"), demo_db.write() as s:
        trades.update_trade(s, SYSTEM, tid, {"theory_weight": Decimal("0.4")})
    with demo_db.read() as s:
        t = s.get(Trade, tid)
        assert (t.theory_weight, t.practical_weight) == (Decimal("0.30"), Decimal("0.70"))


def test_create_trade_with_all_settings_round_trips(demo_db: Database) -> None:
    cid = current(demo_db)
    with demo_db.write() as s:
        host = trades.ensure_host_unit(s, SYSTEM, "天津示例电力技师学院")
        t = trades.create_trade(
            s,
            SYSTEM,
            cid,
            {
                "code": "W-ELEC",
                "name": "电工",
                "group": "worker",
                "level": "city2",
                "is_team": True,
                "team_size": 3,
                "host_unit_id": host.id,
                "venue": "实训楼",
                "venue_address": "示例路1号",
                "start_date": date(2020, 10, 21),
                "end_date": date(2020, 10, 22),
                "registration_deadline": date(2020, 9, 10),
                "min_age": 18,
                "max_age": 55,
                "required_grade": 2,
                "grade_exception_allowed": False,
                "theory_weight": "0.20",
                "practical_weight": "0.80",
                "pass_line": "65",
                "award_rule": {"mode": "counts", "first": "1", "second": "3", "third": "6"},
                "tie_break": ["total", "practical"],
                "min_entries": 15,
            },
            [
                trades.SessionSpec(
                    starts_on=date(2020, 10, 21),
                    start_time=time(8, 30),
                    end_time=time(11, 30),
                    venue="一号车间",
                    capacity=40,
                )
            ],
        )
        tid = t.id
    with demo_db.read() as s:
        d = next(x for x in trades.trades_json(s, cid) if x["id"] == tid)
    assert d["host_unit"] == "天津示例电力技师学院"
    assert (d["theory_weight"], d["practical_weight"], d["pass_line"]) == ("0.20", "0.80", "65")
    assert d["award_rule"] == {"mode": "counts", "first": "1", "second": "3", "third": "6", "rounding": "down"}
    assert d["tie_break"] == ["total", "practical"]
    assert d["sessions"][0] | {"id": None} == {
        "id": None,
        "name": "",
        "kind": "practical",
        "date": "2020-10-21",
        "start": "08:30",
        "end": "11:30",
        "venue": "一号车间",
        "capacity": 40,
    }
    assert d["counts"]["registered"] == 0 and d["counts"]["at_risk"] is True
    assert last_audit(demo_db).action == "trade.create"


def test_duplicate_code_in_contest_refused(demo_db: Database) -> None:
    with pytest.raises(RejectedData, match="W-CNC"), demo_db.write() as s:
        trades.create_trade(s, SYSTEM, current(demo_db), {"code": "W-CNC", "name": "数控车工"})


def test_trade_default_settings(demo_db: Database) -> None:
    with demo_db.write() as s:
        t = trades.create_trade(s, SYSTEM, current(demo_db), {"code": "X1", "name": "电工"})
        assert (t.min_age, t.max_age, t.min_entries) == (16, 60, 30)
        assert trades.effective_deadline(t) == date(2020, 8, 31)  # the contest's


# --------------------------------------------------------------------------- guarded edits


def test_group_change_after_registrations_refused(demo_db: Database) -> None:
    tid = trade_id(demo_db, "W-CNC")
    before = audit_count(demo_db)
    with pytest.raises(RejectedData, match="人报名"), demo_db.write() as s:
        trades.update_trade(s, SYSTEM, tid, {"group": "student"}, reason="写了原因也不行")
    with demo_db.read() as s:
        assert s.get(Trade, tid).group == "worker"
    assert audit_count(demo_db) == before


def _score(db: Database, tid: int) -> None:
    with db.write() as s:
        s.add(ScoreEntry(trade_id=tid, blind_code="A01", value=Decimal("88.5")))


def test_weights_after_scores_need_a_reason_and_are_audited_with_it(demo_db: Database) -> None:
    tid = trade_id(demo_db, "W-CNC")
    _score(demo_db, tid)
    with pytest.raises(RejectedData, match="修改原因"), demo_db.write() as s:
        trades.update_trade(s, SYSTEM, tid, {"theory_weight": "0.2", "practical_weight": "0.8"})
    with demo_db.write() as s:
        trades.update_trade(
            s, SYSTEM, tid, {"theory_weight": "0.2", "practical_weight": "0.8"}, reason="组委会第3次会议决定改为 20/80"
        )
    e = last_audit(demo_db)
    assert e.action == "trade.update_guarded" and e.entity_id == str(tid)
    assert e.reason == "组委会第3次会议决定改为 20/80"
    assert '"theory_weight":"0.30"' in e.old.replace(" ", "") and '"theory_weight":"0.2"' in e.new.replace(" ", "")
    with demo_db.read() as s:
        assert audit.verify(s).intact


def test_weights_after_score_lock_refused_even_with_reason(demo_db: Database) -> None:
    tid = trade_id(demo_db, "W-CNC")
    _score(demo_db, tid)
    with demo_db.write() as s:
        s.add(ScoreLock(trade_id=tid, kind="practical", locked=True, actor="chief"))
    before = audit_count(demo_db)
    with pytest.raises(RejectedData, match="解除锁定"), demo_db.write() as s:
        trades.update_trade(s, SYSTEM, tid, {"theory_weight": "0.2", "practical_weight": "0.8"}, reason="想改")
    assert audit_count(demo_db) == before
    # A harmless field still changes, and the lock is shown in the counts.
    with demo_db.write() as s:
        trades.update_trade(s, SYSTEM, tid, {"venue": "新场地"})
    with demo_db.read() as s:
        c = trades.counts(s, [tid])[tid]
        assert c["locked"] == ["practical"] and c["scored"] == 1
    # Once the lock is lifted (a newer row with locked=False) the change needs only a reason.
    with demo_db.write() as s:
        s.add(ScoreLock(trade_id=tid, kind="practical", locked=False, actor="chief"))
    with demo_db.write() as s:
        trades.update_trade(s, SYSTEM, tid, {"theory_weight": "0.2", "practical_weight": "0.8"}, reason="解锁后改")
    with demo_db.read() as s:
        assert s.get(Trade, tid).theory_weight == Decimal("0.2")


def test_stale_version_is_a_conflict(demo_db: Database) -> None:
    tid = trade_id(demo_db, "W-CNC")
    with pytest.raises(Conflict), demo_db.write() as s:
        trades.update_trade(s, SYSTEM, tid, {"venue": "x"}, expected_version=99)


def test_session_with_checkin_cannot_be_removed(demo_db: Database) -> None:
    from haihe_desk.db.models import CheckIn

    tid = trade_id(demo_db, "W-CNC")
    with demo_db.write() as s:
        trades.update_trade(s, SYSTEM, tid, {}, sessions=[trades.SessionSpec(starts_on=date(2020, 10, 20))])
        sess = s.get(Trade, tid).sessions[0]
        reg = s.scalars(select(Registration).where(Registration.trade_id == tid).limit(1)).one()
        s.add(CheckIn(registration_id=reg.id, session_id=sess.id))
    with pytest.raises(RejectedData, match="检录"), demo_db.write() as s:
        trades.update_trade(s, SYSTEM, tid, {}, sessions=[])


# --------------------------------------------------------------------------- contests


def test_copy_contest_copies_rules_and_no_people(demo_db: Database) -> None:
    src = current(demo_db)
    tid = trade_id(demo_db, "W-CNC")
    with demo_db.write() as s:
        trades.update_trade(
            s,
            SYSTEM,
            tid,
            {
                "award_rule": {"mode": "counts", "first": "1", "second": "3", "third": "6"},
                "tie_break": ["total", "practical", "time"],
                "pass_line": "70",
            },
            sessions=[
                trades.SessionSpec(
                    starts_on=date(2020, 10, 20), start_time=time(9, 0), end_time=time(12, 0), venue="车间", capacity=30
                )
            ],
            reason="test",
        )
        judge = Judge(name="示例裁判")
        s.add(judge)
        s.flush()
        s.add(JudgeAssignment(trade_id=tid, judge_id=judge.id, role="chief"))
    _score(demo_db, tid)
    with demo_db.write() as s:
        new = contests.copy_contest(s, SYSTEM, src)
        new_id = new.id
    with demo_db.read() as s:
        c = s.get(Contest, new_id)
        old = s.get(Contest, src)
        assert c.year == 2021 and "2021年" in c.name and c.copied_from_id == src and c.status == "draft"
        assert c.registration_deadline == date(2021, 8, 31)
        assert {t.code for t in c.trades} == {t.code for t in old.trades}
        for t in c.trades:
            o = next(x for x in old.trades if x.code == t.code)
            for f in (
                "group",
                "level",
                "host_unit_id",
                "theory_weight",
                "practical_weight",
                "pass_line",
                "award_rule",
                "tie_break",
                "min_entries",
                "min_age",
                "max_age",
                "required_grade",
                "venue",
            ):
                assert getattr(t, f) == getattr(o, f), f
            assert t.start_date == date(2021, 10, 20)
        cnc = next(t for t in c.trades if t.code == "W-CNC")
        assert cnc.award_rule["mode"] == "counts" and cnc.tie_break == ["total", "practical", "time"]
        assert [(x.starts_on, x.start_time, x.venue, x.capacity) for x in cnc.sessions] == [
            (date(2021, 10, 20), time(9, 0), "车间", 30)
        ]
        new_trades = [t.id for t in c.trades]
        # No people.
        assert (
            s.scalar(select(func.count()).select_from(CommitteeMember).where(CommitteeMember.contest_id == new_id)) == 0
        )
        assert (
            s.scalar(select(func.count()).select_from(Registration).where(Registration.trade_id.in_(new_trades))) == 0
        )
        assert (
            s.scalar(select(func.count()).select_from(JudgeAssignment).where(JudgeAssignment.trade_id.in_(new_trades)))
            == 0
        )
        assert s.scalar(select(func.count()).select_from(ScoreEntry).where(ScoreEntry.trade_id.in_(new_trades))) == 0
        assert s.scalar(select(func.count()).select_from(Contact).where(Contact.contest_id == new_id)) == 0
        assert s.scalar(select(func.count()).select_from(Filing).where(Filing.contest_id == new_id)) == 0
        # The source is untouched.
        assert len(old.committee) == 8
    assert last_audit(demo_db).action == "contest.copy"


def test_create_edit_archive_contest(db: Database) -> None:
    spec = contests.ContestSpec(
        name="2021年天津市职工职业技能大赛",
        year=2021,
        doc_number="津工通〔2021〕1号",
        registration_deadline=date(2021, 8, 31),
        committee=[contests.MemberSpec("director", "张三", "主任职务")],
    )
    with db.write() as s:
        cid = contests.create_contest(s, SYSTEM, spec).id
    spec.committee.append(contests.MemberSpec("deputy", "李四", ""))
    spec.organiser = "天津市总工会"
    with db.write() as s:
        contests.update_contest(s, SYSTEM, cid, spec)
    e = last_audit(db)
    assert e.action == "contest.update" and "李四" in e.new and "organiser" in e.new
    with db.write() as s:
        contests.archive_contest(s, SYSTEM, cid)
    with pytest.raises(RejectedData, match="归档"), db.write() as s:
        trades.create_trade(s, SYSTEM, cid, {"code": "A", "name": "电工"})
    with db.write() as s:
        contests.archive_contest(s, SYSTEM, cid, archived=False)
        trades.create_trade(s, SYSTEM, cid, {"code": "A", "name": "电工"})
    with db.read() as s:
        d = contests.contest_detail(s, cid)
    assert d["trades"] == 1 and [m["name"] for m in d["committee"]] == ["张三", "李四"]


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"name": " "}, "name"),
        ({"year": 1990}, "year"),
        ({"start_date": date(2021, 9, 1), "end_date": date(2021, 8, 1)}, "dates"),
    ],
)
def test_contest_validation(change: dict[str, object], key: str) -> None:
    spec = contests.ContestSpec(name="x", year=2021)
    for k, v in change.items():
        setattr(spec, k, v)
    assert key in contests.check_contest(spec)


# --------------------------------------------------------------------------- live counts


def test_live_counts_match_sql(demo_db: Database) -> None:
    cid = current(demo_db)
    with demo_db.read() as s:
        items = {d["code"]: d for d in trades.trades_json(s, cid)}
        for code, d in items.items():
            regs = s.scalars(select(Registration.status).join(Trade).where(Trade.code == code)).all()
            assert d["counts"]["registered"] == sum(1 for r in regs if r not in ("rejected", "withdrawn"))
            assert d["counts"]["by_status"]["confirmed"] == regs.count("confirmed")
            assert d["counts"]["by_status"]["returned"] == regs.count("returned")
        rows = contests.SOURCE.page(s, {"contest_id": cid}, 0, 100)
    by_code = {r[1]: r for r in rows}
    for code, d in items.items():
        assert by_code[code][8] == d["counts"]["registered"]
        assert by_code[code][13] == d["counts"]["by_status"]["returned"]


# --------------------------------------------------------------------------- filings


def test_filings_register_late_attach_and_export(demo_db: Database, tmp_path: Path) -> None:
    cid = current(demo_db)
    with demo_db.write() as s:
        n = filings.request_filings(s, SYSTEM, cid, "record", date(2020, 9, 30))
        again = filings.request_filings(s, SYSTEM, cid, "record", date(2020, 9, 30))
        hexi = filings.find_unit(s, "河西区总工会")
        f = filings.add_filing(
            s,
            SYSTEM,
            cid,
            filings.FilingSpec(
                unit_id=hexi.id,
                kind="summary",
                title="河西区职工焊工技能竞赛",
                trade_name="焊工",
                starts_on=date(2020, 9, 1),
                ends_on=date(2020, 9, 2),
                participants=56,
                due_on=date(2020, 11, 30),
            ),
        )
        fid = f.id
    assert n == 7 and again == 0
    doc = tmp_path / "总结.pdf"
    doc.write_bytes(b"%PDF-1.4 summary")
    with demo_db.write() as s:
        filings.attach_file(s, SYSTEM, fid, doc, received_on=date(2020, 12, 3))
    with demo_db.read() as s:
        assert filings.file_content(s, fid) == ("总结.pdf", b"%PDF-1.4 summary")
        counts = filings.summary(s, cid, today=date(2020, 12, 10))
        late = filings.SOURCE.count(s, {"contest_id": cid, "state": "late", "today": date(2020, 12, 10)})
        overview = {u.unit: u for u in filings.unit_overview(s, cid, today=date(2020, 12, 10))}
        out = tmp_path / "register.xlsx"
        assert filings.export_xlsx(s, cid, out, today=date(2020, 12, 10)) == 8
    assert counts == {"received": 0, "received_late": 1, "late": 7, "pending": 0}
    assert late == 7
    assert overview["河西区总工会"].record == "late" and overview["河西区总工会"].summary == "received_late"
    assert overview["和平区总工会"].summary == "none"
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][1] == "单位" and rows[0][10] == "状态"
    summary_row = next(r for r in rows if r[2] == "总结")
    assert summary_row[1] == "河西区总工会" and summary_row[7] == 56 and summary_row[10] == "逾期收到"
    assert summary_row[11] == "总结.pdf"
    assert sum(1 for r in rows[1:] if r[10] == "逾期未交") == 7
    units = {r[0]: r for r in wb.worksheets[1].iter_rows(min_row=2, values_only=True)}
    assert units["河西区总工会"][2:] == ("逾期未交", "逾期收到")
    with demo_db.read() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity.in_(("filing", "contest")))).all()
    assert {"filing.request", "filing.create", "filing.attach"} <= set(actions)


def test_filing_bad_dates_refused(demo_db: Database) -> None:
    with demo_db.write() as s:
        unit = filings.find_unit(s, "120101").id
    with pytest.raises(RejectedData, match="早于"), demo_db.write() as s:
        filings.add_filing(
            s,
            SYSTEM,
            current(demo_db),
            filings.FilingSpec(unit_id=unit, kind="record", starts_on=date(2020, 9, 2), ends_on=date(2020, 9, 1)),
        )


# --------------------------------------------------------------------------- delete


def test_delete_trade_only_when_nothing_hangs_off_it(demo_db: Database) -> None:
    cid = current(demo_db)
    with demo_db.write() as s:
        tid = trades.create_trade(
            s, SYSTEM, cid, {"code": "W-OOPS", "name": "误建"}, [trades.SessionSpec(starts_on=date(2020, 10, 20))]
        ).id
    with demo_db.write() as s:
        trades.delete_trade(s, SYSTEM, tid)
    with demo_db.read() as s:
        assert s.get(Trade, tid) is None
        assert s.scalar(select(func.count()).select_from(TradeSession).where(TradeSession.trade_id == tid)) == 0
    e = last_audit(demo_db)
    assert e.action == "trade.delete" and "W-OOPS" in e.old
    busy = trade_id(demo_db, "W-CNC")
    before = audit_count(demo_db)
    with pytest.raises(RejectedData, match="人报名.*不能删除"), demo_db.write() as s:
        trades.delete_trade(s, SYSTEM, busy)
    assert audit_count(demo_db) == before and count(demo_db, Trade) == 8


def test_delete_trade_refused_in_an_archived_contest_and_for_a_viewer(demo_db: Database) -> None:
    from haihe_desk.errors import PermissionDenied
    from haihe_desk.services.context import Actor

    cid = current(demo_db)
    with demo_db.write() as s:
        tid = trades.create_trade(s, SYSTEM, cid, {"code": "W-OOPS", "name": "误建"}).id
    with pytest.raises(PermissionDenied), demo_db.write() as s:
        trades.delete_trade(s, Actor("viewer", role="union_reviewer"), tid)
    with demo_db.write() as s:
        contests.archive_contest(s, SYSTEM, cid)
    with pytest.raises(RejectedData, match="已归档"), demo_db.write() as s:
        trades.delete_trade(s, SYSTEM, tid)
    assert count(demo_db, Trade) == 9
