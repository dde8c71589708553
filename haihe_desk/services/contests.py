"""Contests: the 赛事 tab's trade list with live per-trade counts, and creating, editing, copying
(from last year's: trades, rules, host units and sessions, no people) and archiving contests."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from haihe_desk.db.models import (
    CommitteeMember,
    Contest,
    Organisation,
    Trade,
    TradeSession,
)
from haihe_desk.domain import contest_rules as rules
from haihe_desk.domain import labels, roles
from haihe_desk.domain.contest_rules import (  # the pure part, re-exported: callers use contests.X
    COMMITTEE_BODIES as COMMITTEE_BODIES,
)
from haihe_desk.domain.contest_rules import CONTEST_FIELDS, CONTEST_STATUS, ContestSpec, check_contest
from haihe_desk.domain.contest_rules import MemberSpec as MemberSpec
from haihe_desk.errors import RejectedData
from haihe_desk.i18n import QT_TRANSLATE_NOOP, translate
from haihe_desk.services import audit, concurrency, trades
from haihe_desk.services.context import Actor
from haihe_desk.services.listing import Column, ListSource, Row, like_any

COLUMNS = [
    Column("code", QT_TRANSLATE_NOOP("Columns", "代码"), 70),
    Column("name", QT_TRANSLATE_NOOP("Columns", "工种"), 100),
    Column("group", QT_TRANSLATE_NOOP("Columns", "组别"), 60),
    Column("level", QT_TRANSLATE_NOOP("Columns", "级别"), 70),
    Column("host", QT_TRANSLATE_NOOP("Columns", "承办单位"), 180),
    Column("dates", QT_TRANSLATE_NOOP("Columns", "比赛日期"), 160),
    Column("weights", QT_TRANSLATE_NOOP("Columns", "理论/实操"), 80),
    Column("registered", QT_TRANSLATE_NOOP("Columns", "报名"), 50),
    Column("confirmed", QT_TRANSLATE_NOOP("Columns", "已确认"), 60),
    Column("pending", QT_TRANSLATE_NOOP("Columns", "待审"), 50),
    Column("checked_in", QT_TRANSLATE_NOOP("Columns", "已检录"), 60),
    Column("risk", QT_TRANSLATE_NOOP("Columns", "提示"), 150),
    Column("returned", QT_TRANSLATE_NOOP("Columns", "退回"), 50),
    Column("scored", QT_TRANSLATE_NOOP("Columns", "已评分"), 60),
    Column("locked", QT_TRANSLATE_NOOP("Columns", "已锁定"), 90),
]


def _base() -> Select[Any]:
    sq = trades.counts_subqueries()
    regs, chk, sc, lk = sq["regs"], sq["checkins"], sq["scored"], sq["locks"]
    return (
        select(
            Trade.id,
            Trade.code,
            Trade.name,
            Trade.group,
            Trade.level,
            Organisation.name,
            Trade.start_date,
            Trade.end_date,
            Trade.theory_weight,
            Trade.practical_weight,
            func.coalesce(regs.c.registered, 0),
            func.coalesce(regs.c.confirmed, 0),
            func.coalesce(regs.c.submitted, 0) + func.coalesce(regs.c.union_approved, 0),
            func.coalesce(chk.c.n, 0),
            Trade.min_entries,
            Trade.status,
            func.coalesce(regs.c.returned, 0),
            func.coalesce(sc.c.n, 0),
            func.coalesce(lk.c.practical, 0),
            func.coalesce(lk.c.theory, 0),
            func.coalesce(lk.c.results, 0),
        )
        .outerjoin(Organisation, Trade.host_unit_id == Organisation.id)
        .outerjoin(regs, regs.c.trade_id == Trade.id)
        .outerjoin(chk, chk.c.trade_id == Trade.id)
        .outerjoin(sc, sc.c.trade_id == Trade.id)
        .outerjoin(lk, lk.c.trade_id == Trade.id)
    )


def _filters(q: Select[Any], f: dict[str, Any]) -> Select[Any]:
    if f.get("contest_id"):
        q = q.where(Trade.contest_id == f["contest_id"])
    if f.get("group"):
        q = q.where(Trade.group == f["group"])
    text = (f.get("text") or "").strip()
    if text:
        q = q.where(like_any(text, Trade.code, Trade.name, Organisation.name, Trade.venue))
    return q


def _format(r: Row) -> Row:
    (
        tid,
        code,
        name,
        group,
        level,
        host,
        start,
        end,
        wt,
        wp,
        registered,
        confirmed,
        pending,
        checked,
        minimum,
        status,
        returned,
        scored,
        lp,
        lt,
        lr,
    ) = r
    dates = ""
    if start:
        dates = f"{start:%Y-%m-%d}" + (
            translate("Contests", " 至 {end}").format(end=f"{end:%Y-%m-%d}") if end and end != start else ""
        )
    risk = ""
    if status == "cancelled":
        risk = translate("Contests", "已取消")
    elif rules.at_risk(int(registered), int(minimum)):
        risk = translate("Contests", "不足 {n} 人，可能取消").format(n=minimum)
    return (
        tid,
        code,
        name,
        labels.label(labels.GROUPS, group),
        labels.label(labels.LEVELS, level),
        host or "",
        dates,
        f"{rules.percent_text(wt)}/{rules.percent_text(wp)}",
        int(registered),
        int(confirmed),
        int(pending),
        int(checked),
        risk,
        int(returned),
        int(scored),
        trades.locks_text(lp, lt, lr),
    )


SOURCE = ListSource(
    columns=COLUMNS,
    base=_base,
    apply_filters=_filters,
    order_by=lambda: [Trade.group.desc(), Trade.code],
    format_row=_format,
    count_base=lambda: select(Trade.id).outerjoin(Organisation, Trade.host_unit_id == Organisation.id),
)


def list_contests(session: Session, *, include_archived: bool = True) -> list[Contest]:
    q = select(Contest).order_by(Contest.year.desc(), Contest.id.desc())
    if not include_archived:
        q = q.where(Contest.status != "archived")
    return list(session.scalars(q))


def _contest_dict(c: Contest) -> dict[str, object]:
    d: dict[str, object] = {
        f: (getattr(c, f).isoformat() if isinstance(getattr(c, f), date) else getattr(c, f)) for f in CONTEST_FIELDS
    }
    d["committee"] = [{"body": m.body, "role": m.role, "name": m.name, "post": m.post} for m in c.committee]
    return d


def _apply(c: Contest, spec: ContestSpec) -> None:
    for f in CONTEST_FIELDS:
        v = getattr(spec, f)
        setattr(c, f, v.strip() if isinstance(v, str) else v)
    c.committee.clear()
    for i, m in enumerate(spec.committee):
        c.committee.append(CommitteeMember(body=m.body, role=m.role, name=m.name.strip(), post=m.post.strip(), sort=i))


def get_contest(session: Session, contest_id: int) -> Contest:
    c = session.get(Contest, contest_id)
    if c is None:
        raise RejectedData(
            translate("Contests", "赛事（编号 {i}）不存在；运行 “haihe-desk contests list” 查看编号。").format(
                i=contest_id
            )
        )
    return c


def create_contest(session: Session, actor: Actor, spec: ContestSpec) -> Contest:
    actor.require(roles.CONTESTS_EDIT)
    errs = check_contest(spec)
    if errs:
        raise RejectedData(next(iter(errs.values())))
    c = Contest(name="", year=spec.year)
    session.add(c)
    _apply(c, spec)
    session.flush()
    audit.record(session, actor, "contest.create", entity="contest", entity_id=c.id, new=_contest_dict(c))
    return c


def conflict_values(c: Contest) -> dict[str, object]:
    """What the contest editor shows, for the conflict table (both values per field)."""
    d: dict[str, object] = {f: getattr(c, f) for f in CONTEST_FIELDS}
    d["status"] = translate("Contests", CONTEST_STATUS.get(c.status, c.status))
    d["committee"] = [
        f"{labels.label(labels.COMMITTEE_ROLES, m.role)} {m.name}" + (f"（{m.post}）" if m.post else "")
        for m in c.committee
    ]
    return d


def update_contest(
    session: Session, actor: Actor, contest_id: int, spec: ContestSpec, *, expected_version: int | None = None
) -> Contest:
    actor.require(roles.CONTESTS_EDIT)
    c = get_contest(session, contest_id)
    if c.status == "archived" and spec.status == "archived":
        raise RejectedData(
            translate("Contests", "赛事“{n}”已归档，不能修改；如需修改，请先取消归档。").format(
                n=c.short_name or c.name
            )
        )
    errs = check_contest(spec)
    if errs:
        raise RejectedData(next(iter(errs.values())))
    old = _contest_dict(c)
    with concurrency.guarded_edit(
        session,
        c,
        expected_version,
        entity="contest",
        snapshot=conflict_values,
        subject=translate("Contests", "赛事“{n}”").format(n=c.short_name or c.name),
    ):
        _apply(c, spec)
    new = _contest_dict(c)
    changed = [k for k in new if new[k] != old[k]]
    if not changed:
        return c
    audit.record(
        session,
        actor,
        "contest.update",
        entity="contest",
        entity_id=c.id,
        old={k: old[k] for k in changed},
        new={k: new[k] for k in changed},
    )
    return c


def copy_contest(
    session: Session,
    actor: Actor,
    source_id: int,
    *,
    year: int | None = None,
    name: str | None = None,
    short_name: str | None = None,
) -> Contest:
    """A new contest from ``source_id``: its settings, trades with every rule, host units and
    sessions, dates shifted by the year difference. No people: no committee members,
    registrations, teams, judges, scores, contacts or filings."""
    actor.require(roles.CONTESTS_EDIT)
    src = get_contest(session, source_id)
    new_year = year if year is not None else src.year + 1
    shift = new_year - src.year
    spec = ContestSpec(
        name=name or rules.renamed_for_year(src.name, src.year, new_year),
        short_name=short_name if short_name is not None else rules.renamed_for_year(src.short_name, src.year, new_year),
        year=new_year,
        doc_number="",
        organiser=src.organiser,
        office_name=src.office_name,
        start_date=rules.shift_year(src.start_date, shift),
        end_date=rules.shift_year(src.end_date, shift),
        registration_deadline=rules.shift_year(src.registration_deadline, shift),
        status="draft",
        notes=translate("Contests", "复制自 {y} 年赛事“{n}”。").format(y=src.year, n=src.short_name or src.name),
    )
    errs = check_contest(spec)
    if errs:
        raise RejectedData(next(iter(errs.values())))
    c = Contest(name="", year=new_year, copied_from_id=src.id)
    session.add(c)
    _apply(c, spec)
    for t in sorted(src.trades, key=lambda t: t.code):
        values = {f: getattr(t, f) for f in trades.FIELDS}
        values.update(
            start_date=rules.shift_year(t.start_date, shift),
            end_date=rules.shift_year(t.end_date, shift),
            registration_deadline=rules.shift_year(t.registration_deadline, shift),
            status="open",
            award_rule=dict(t.award_rule or {}),
            tie_break=list(t.tie_break or []),
        )
        nt = Trade(**values)
        for s in t.sessions:
            nt.sessions.append(
                TradeSession(
                    name=s.name,
                    kind=s.kind,
                    starts_on=rules.shift_year(s.starts_on, shift),
                    start_time=s.start_time,
                    end_time=s.end_time,
                    venue=s.venue,
                    capacity=s.capacity,
                )
            )
        c.trades.append(nt)
    session.flush()
    audit.record(
        session,
        actor,
        "contest.copy",
        entity="contest",
        entity_id=c.id,
        old={"source_id": src.id, "source": src.name},
        new={**_contest_dict(c), "trades": [t.code for t in c.trades]},
    )
    return c


def archive_contest(session: Session, actor: Actor, contest_id: int, *, archived: bool = True) -> Contest:
    """Archive (read-only from then on) or bring back a contest."""
    actor.require(roles.CONTESTS_EDIT)
    c = get_contest(session, contest_id)
    old = c.status
    new = "archived" if archived else "active"
    if old == new:
        raise RejectedData(
            (
                translate("Contests", "赛事“{n}”已经归档。")
                if archived
                else translate("Contests", "赛事“{n}”没有归档。")
            ).format(n=c.short_name or c.name)
        )
    c.status = new
    session.flush()
    audit.record(
        session,
        actor,
        "contest.archive" if archived else "contest.unarchive",
        entity="contest",
        entity_id=c.id,
        old={"status": old},
        new={"status": new},
    )
    return c


def contest_detail(session: Session, contest_id: int) -> dict[str, object]:
    """A contest's settings, committee and trade count, JSON-ready (``contests show``)."""
    c = get_contest(session, contest_id)
    d = _contest_dict(c)
    d["id"] = c.id
    d["copied_from_id"] = c.copied_from_id
    d["trades"] = session.scalar(select(func.count()).select_from(Trade).where(Trade.contest_id == c.id)) or 0
    d["version"] = c.version
    return d


def committee_text(c: Contest) -> str:
    """ "主任：林引（市总工会党组书记、副主席）；副主任：…" for the tab's summary."""
    parts = []
    for role, lab in labels.COMMITTEE_ROLES.items():
        names = [
            m.name + (f"（{m.post}）" if m.post else "")
            for m in c.committee
            if m.role == role and m.body == "organising"
        ]
        if names:
            parts.append(translate("Labels", lab) + "：" + "、".join(names))
    return "；".join(parts)
