"""Trades (工种/竞赛项目) under a contest: settings, sessions (场次), validation, guarded edits and live
counts. Every write is audited in the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, object_session

from haihe_desk.db.models import (
    CheckIn,
    Contest,
    LotDraw,
    Organisation,
    Registration,
    ScoreEntry,
    ScoreLock,
    TheoryScore,
    Trade,
    TradeSession,
)
from haihe_desk.domain import contest_rules as rules
from haihe_desk.domain import labels, roles
from haihe_desk.domain.decimals import to_decimal
from haihe_desk.errors import RejectedData
from haihe_desk.i18n import QT_TRANSLATE_NOOP, translate
from haihe_desk.services import audit, concurrency, organisations
from haihe_desk.services.context import Actor

# Editable settings, in the order forms and the CLI show them.
FIELDS = (
    "code", "name", "group", "level", "is_team", "team_size", "host_unit_id", "venue", "venue_address",
    "start_date", "end_date", "registration_deadline", "min_age", "max_age", "required_grade",
    "grade_exception_allowed", "theory_weight", "practical_weight", "pass_line", "award_rule", "tie_break",
    "min_entries", "status", "notes",
)
TRADE_STATUS = {
    "open": QT_TRANSLATE_NOOP("Trades", "正常"),
    "closed": QT_TRANSLATE_NOOP("Trades", "已结束"),
    "cancelled": QT_TRANSLATE_NOOP("Trades", "已取消"),
}
SESSION_KINDS = {
    "theory": QT_TRANSLATE_NOOP("Trades", "理论"),
    "practical": QT_TRANSLATE_NOOP("Trades", "实操"),
}
LOCK_KINDS = {
    "practical": QT_TRANSLATE_NOOP("Trades", "实操"),
    "theory": QT_TRANSLATE_NOOP("Trades", "理论"),
    "results": QT_TRANSLATE_NOOP("Trades", "成绩"),
}



def defaults(contest: Contest | None = None) -> dict[str, Any]:
    """The settings a new trade starts with."""
    return {
        "code": "", "name": "", "group": "worker", "level": "city1", "is_team": False, "team_size": 1,
        "host_unit_id": None, "venue": "", "venue_address": "",
        "start_date": None, "end_date": None, "registration_deadline": None,
        "min_age": rules.DEFAULT_MIN_AGE, "max_age": rules.DEFAULT_MAX_AGE,
        "required_grade": None, "grade_exception_allowed": True,
        "theory_weight": rules.DEFAULT_THEORY_WEIGHT, "practical_weight": rules.DEFAULT_PRACTICAL_WEIGHT,
        "pass_line": rules.DEFAULT_PASS_LINE, "award_rule": dict(rules.DEFAULT_AWARD_RULE),
        "tie_break": list(rules.DEFAULT_TIE_BREAK), "min_entries": rules.DEFAULT_MIN_ENTRIES,
        "status": "open", "notes": "",
    }


@dataclass
class SessionSpec:
    """One 场次 as a form or the CLI gives it; ``id`` set for an existing row."""

    starts_on: date | None
    start_time: time | None = None
    end_time: time | None = None
    venue: str = ""
    capacity: int | None = None
    name: str = ""
    kind: str = "practical"
    id: int | None = None


# --------------------------------------------------------------------------- validation


def check_values(values: Mapping[str, Any]) -> dict[str, str]:
    """Every problem with a full set of settings, keyed by the form field that shows it:
    code, name, group, level, team_size, dates, ages, weights, pass_line, award_rule, tie_break,
    min_entries, grade. Empty when all is well."""
    errs: dict[str, str] = {}
    code = str(values.get("code") or "").strip()
    if not code:
        errs["code"] = translate("Trades", "请填写工种代码（例如 W-CNC）。")
    elif len(code) > 20:
        errs["code"] = translate("Trades", "工种代码“{c}”太长，最多 20 个字符。").format(c=code)
    name = str(values.get("name") or "").strip()
    if not name:
        errs["name"] = translate("Trades", "请填写工种名称。")
    elif len(name) > 60:
        errs["name"] = translate("Trades", "工种名称太长，最多 60 个字。")
    if values.get("group") not in labels.GROUPS:
        errs["group"] = translate("Trades", "组别“{g}”无效，应为职工组或学生组。").format(g=values.get("group"))
    if values.get("level") not in labels.LEVELS:
        errs["level"] = translate("Trades", "级别“{v}”无效，应为市级一类、市级二类或区级。").format(v=values.get("level"))
    msg = rules.check_team(bool(values.get("is_team")), int(values.get("team_size") or 0))
    if msg:
        errs["team_size"] = msg
    msg = rules.check_dates(values.get("start_date"), values.get("end_date"), translate("Trades", "比赛"))
    if msg:
        errs["dates"] = msg
    msg = rules.check_age_range(int(values.get("min_age") or 0), int(values.get("max_age") or 0))
    if msg:
        errs["ages"] = msg
    grade = values.get("required_grade")
    if grade is not None and grade not in labels.GRADES:
        errs["grade"] = translate("Trades", "技能等级“{g}”无效。").format(g=grade)
    try:
        wt, wp = to_decimal(values.get("theory_weight")), to_decimal(values.get("practical_weight"))
    except ValueError as exc:
        errs["weights"] = str(exc)
    else:
        msg = rules.check_weights(wt, wp)
        if msg:
            errs["weights"] = msg
    try:
        msg = rules.check_pass_line(to_decimal(values.get("pass_line")))
    except ValueError as exc:
        msg = str(exc)
    if msg:
        errs["pass_line"] = msg
    try:
        rules.normalise_award_rule(values.get("award_rule") or {})
    except ValueError as exc:
        errs["award_rule"] = str(exc)
    try:
        rules.normalise_tie_break(values.get("tie_break") or [])
    except ValueError as exc:
        errs["tie_break"] = str(exc)
    msg = rules.check_min_entries(int(values.get("min_entries") or 0))
    if msg:
        errs["min_entries"] = msg
    if values.get("status", "open") not in TRADE_STATUS:
        errs["status"] = translate("Trades", "状态“{s}”无效。").format(s=values.get("status"))
    return errs


def check_sessions(specs: Iterable[SessionSpec]) -> str | None:
    for i, s in enumerate(specs, start=1):
        if s.starts_on is None:
            return translate("Trades", "第 {i} 个场次没有日期，请填写。").format(i=i)
        if s.start_time and s.end_time and s.end_time <= s.start_time:
            return translate("Trades", "第 {i} 个场次的结束时间 {e:%H:%M} 不晚于开始时间 {s:%H:%M}，请改正。").format(
                i=i, s=s.start_time, e=s.end_time
            )
        if s.capacity is not None and s.capacity < 1:
            return translate("Trades", "第 {i} 个场次的容量必须至少为 1 人。").format(i=i)
        if s.kind not in SESSION_KINDS:
            return translate("Trades", "第 {i} 个场次的类型“{k}”无效，应为理论或实操。").format(i=i, k=s.kind)
    return None


def _normalise(values: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(values)
    for k in ("code", "name", "venue", "venue_address", "notes"):
        if k in out and out[k] is not None:
            out[k] = str(out[k]).strip()
    for k in ("theory_weight", "practical_weight", "pass_line"):
        if k in out:
            out[k] = to_decimal(out[k])
    if "award_rule" in out:
        out["award_rule"] = rules.normalise_award_rule(out["award_rule"])
    if "tie_break" in out:
        out["tie_break"] = rules.normalise_tie_break(out["tie_break"])
    if "is_team" in out:
        out["is_team"] = bool(out["is_team"])
    return out


def _code_taken(session: Session, contest_id: int, code: str, trade_id: int | None) -> bool:
    q = select(Trade.id).where(Trade.contest_id == contest_id, Trade.code == code)
    if trade_id is not None:
        q = q.where(Trade.id != trade_id)
    return session.scalar(q.limit(1)) is not None


def check_trade(session: Session, contest_id: int, values: Mapping[str, Any], trade_id: int | None = None) -> dict[str, str]:
    """``check_values`` plus what needs the database: the code unique within the contest, the
    host unit exists."""
    errs = check_values(values)
    code = str(values.get("code") or "").strip()
    if "code" not in errs and _code_taken(session, contest_id, code, trade_id):
        errs["code"] = translate("Trades", "本赛事已有代码为“{c}”的工种，请换一个代码。").format(c=code)
    hid = values.get("host_unit_id")
    if hid is not None and session.get(Organisation, hid) is None:
        errs["host_unit"] = translate("Trades", "承办单位（编号 {i}）不存在。").format(i=hid)
    return errs


def _first_error(errs: Mapping[str, str]) -> RejectedData:
    return RejectedData(next(iter(errs.values())))


def _open_contest(session: Session, contest_id: int) -> Contest:
    contest = session.get(Contest, contest_id)
    if contest is None:
        raise RejectedData(translate("Trades", "赛事（编号 {i}）不存在。").format(i=contest_id))
    if contest.status == "archived":
        raise RejectedData(translate("Trades", "赛事“{n}”已归档，不能再修改其工种；如需修改，请先取消归档。").format(n=contest.short_name or contest.name))
    return contest


# --------------------------------------------------------------------------- state and settings


def _active_locks(session: Session, trade_id: int) -> tuple[str, ...]:
    latest = (
        select(func.max(ScoreLock.id)).where(ScoreLock.trade_id == trade_id).group_by(ScoreLock.kind).scalar_subquery()
    )
    rows = session.scalars(
        select(ScoreLock.kind).where(ScoreLock.id.in_(latest), ScoreLock.locked.is_(True)).order_by(ScoreLock.kind)
    )
    return tuple(rows)


def trade_state(session: Session, trade_id: int) -> rules.TradeState:
    regs = session.scalar(select(func.count()).select_from(Registration).where(Registration.trade_id == trade_id)) or 0
    scores = (session.scalar(select(func.count()).select_from(ScoreEntry).where(ScoreEntry.trade_id == trade_id)) or 0) + (
        session.scalar(select(func.count()).select_from(TheoryScore).where(TheoryScore.trade_id == trade_id)) or 0
    )
    return rules.TradeState(registrations=regs, scores=scores, locked_kinds=_active_locks(session, trade_id))


def _plain(value: Any) -> Any:
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def values_of(trade: Trade) -> dict[str, Any]:
    return {f: getattr(trade, f) for f in FIELDS}


def session_specs(trade: Trade) -> list[SessionSpec]:
    return [
        SessionSpec(starts_on=s.starts_on, start_time=s.start_time, end_time=s.end_time, venue=s.venue,
                    capacity=s.capacity, name=s.name, kind=s.kind, id=s.id)
        for s in trade.sessions
    ]


def _session_dict(s: SessionSpec | TradeSession) -> dict[str, Any]:
    return {
        "id": s.id, "name": s.name, "kind": s.kind, "date": _plain(s.starts_on), "start": _plain(s.start_time),
        "end": _plain(s.end_time), "venue": s.venue, "capacity": s.capacity,
    }


def settings_dict(trade: Trade) -> dict[str, Any]:
    """A trade's settings, JSON-ready (decimals as strings, dates ISO)."""
    d = {f: _plain(getattr(trade, f)) for f in FIELDS}
    d["id"] = trade.id
    d["contest_id"] = trade.contest_id
    d["host_unit"] = trade.host_unit.name if trade.host_unit else ""
    d["effective_registration_deadline"] = _plain(effective_deadline(trade))
    d["sessions"] = [_session_dict(s) for s in trade.sessions]
    d["version"] = trade.version
    return d


def effective_deadline(trade: Trade) -> date | None:
    return trade.registration_deadline or (trade.contest.registration_deadline if trade.contest else None)


# --------------------------------------------------------------------------- writes


def _sync_sessions(session: Session, trade: Trade, specs: list[SessionSpec]) -> bool:
    """Make the trade's sessions match ``specs``; a session with check-ins or draws cannot go.
    Returns whether anything changed."""
    msg = check_sessions(specs)
    if msg:
        raise RejectedData(msg)
    before = [_session_dict(s) for s in trade.sessions]
    keep = {s.id for s in specs if s.id is not None}
    for row in list(trade.sessions):
        if row.id not in keep:
            used = session.scalar(select(func.count()).select_from(CheckIn).where(CheckIn.session_id == row.id)) or 0
            used += session.scalar(select(func.count()).select_from(LotDraw).where(LotDraw.session_id == row.id)) or 0
            if used:
                raise RejectedData(
                    translate("Trades", "场次 {d} 已有检录或抽签记录，不能删除；请保留该场次。").format(d=row.starts_on)
                )
            trade.sessions.remove(row)
    by_id = {row.id: row for row in trade.sessions}
    for spec in specs:
        row = by_id.get(spec.id) if spec.id is not None else None
        if row is None:
            row = TradeSession()
            trade.sessions.append(row)
        row.name, row.kind, row.starts_on = spec.name, spec.kind, spec.starts_on
        row.start_time, row.end_time, row.venue, row.capacity = spec.start_time, spec.end_time, spec.venue, spec.capacity
    session.flush()
    after = [_session_dict(s) for s in sorted(trade.sessions, key=lambda s: (s.starts_on or date.min, s.id or 0))]
    return [{k: v for k, v in d.items() if k != "id"} for d in before] != [
        {k: v for k, v in d.items() if k != "id"} for d in after
    ]


def create_trade(
    session: Session, actor: Actor, contest_id: int, values: Mapping[str, Any],
    sessions: list[SessionSpec] | None = None,
) -> Trade:
    actor.require(roles.CONTESTS_EDIT)
    _open_contest(session, contest_id)
    full = defaults()
    full.update(values)
    errs = check_trade(session, contest_id, full)
    if errs:
        raise _first_error(errs)
    full = _normalise(full)
    trade = Trade(contest_id=contest_id, **{f: full[f] for f in FIELDS})
    session.add(trade)
    session.flush()
    if sessions:
        _sync_sessions(session, trade, sessions)
    session.refresh(trade)
    audit.record(session, actor, "trade.create", entity="trade", entity_id=trade.id, new=settings_dict(trade))
    return trade


@dataclass
class UpdateCheck:
    """What an edit would change and whether it may go ahead."""

    changed: dict[str, tuple[Any, Any]]
    guard: rules.EditGuard
    sessions_changed: bool = False


def preview_update(session: Session, trade: Trade, values: Mapping[str, Any]) -> UpdateCheck:
    full = values_of(trade)
    full.update(values)
    errs = check_trade(session, trade.contest_id, full, trade.id)
    if errs:
        raise _first_error(errs)
    norm = _normalise(full)
    changed = {f: (getattr(trade, f), norm[f]) for f in FIELDS if _plain(getattr(trade, f)) != _plain(norm[f])}
    # Decimal "0.3" and "0.30" are the same weight.
    for f in ("theory_weight", "practical_weight", "pass_line"):
        if f in changed and Decimal(str(changed[f][0])) == Decimal(str(changed[f][1])):
            del changed[f]
    guard = rules.edit_guard(changed, trade_state(session, trade.id))
    return UpdateCheck(changed, guard)


def conflict_values(trade: Trade) -> dict[str, Any]:
    """What the trade editor shows, for the conflict table (both values per field)."""
    d = {f: _plain(getattr(trade, f)) for f in FIELDS if f != "host_unit_id"}
    host = object_session(trade).get(Organisation, trade.host_unit_id) if trade.host_unit_id else None  # type: ignore[union-attr]
    d["host_unit"] = host.name if host is not None else ""
    d["sessions"] = [
        f"{_plain(s.starts_on) or ''} {_plain(s.start_time) or ''}-{_plain(s.end_time) or ''} {s.venue}".strip()
        for s in sorted(trade.sessions, key=lambda s: (s.starts_on or date.min, s.start_time or time.min))
    ]
    return d


def update_trade(
    session: Session, actor: Actor, trade_id: int, values: Mapping[str, Any], *,
    sessions: list[SessionSpec] | None = None, reason: str = "", expected_version: int | None = None,
) -> UpdateCheck:
    """Change a trade's settings. Refused changes raise RejectedData; changes that need a reason
    raise RejectedData unless ``reason`` is given. Audited with old and new values and the reason."""
    actor.require(roles.CONTESTS_EDIT)
    trade = session.get(Trade, trade_id)
    if trade is None:
        raise RejectedData(translate("Trades", "工种（编号 {i}）不存在。").format(i=trade_id))
    _open_contest(session, trade.contest_id)
    with concurrency.guarded_edit(
        session, trade, expected_version, entity="trade", snapshot=conflict_values,
        subject=translate("Trades", "工种“{n}”").format(n=trade.name),
    ):
        check = preview_update(session, trade, values)
        if check.guard.refused:
            raise RejectedData(check.guard.message())
        reason = reason.strip()
        if check.guard.needs_reason and not reason:
            raise RejectedData(check.guard.message())
        old = {f: _plain(o) for f, (o, _n) in check.changed.items()}
        new = {f: _plain(n) for f, (_o, n) in check.changed.items()}
        for f, (_o, n) in check.changed.items():
            setattr(trade, f, n)
        if sessions is not None:
            before = [_session_dict(s) for s in trade.sessions]
            if _sync_sessions(session, trade, sessions):
                check.sessions_changed = True
                old["sessions"] = before
                new["sessions"] = [_session_dict(s) for s in trade.sessions]
    if not old and not check.sessions_changed:
        return check
    action = "trade.update_guarded" if check.guard.needs_reason else "trade.update"
    audit.record(session, actor, action, entity="trade", entity_id=trade.id, old=old, new=new, reason=reason)
    return check


# --------------------------------------------------------------------------- live counts

REG_COUNTED = ("submitted", "union_approved", "confirmed", "returned")


def counts_subqueries() -> dict[str, Any]:
    """Per-trade count subqueries, each with a ``trade_id`` column (used by the tab's list and by
    ``counts``)."""
    regs = (
        select(
            Registration.trade_id.label("trade_id"),
            func.sum(case((Registration.status.not_in(("rejected", "withdrawn")), 1), else_=0)).label("registered"),
            *[
                func.sum(case((Registration.status == st, 1), else_=0)).label(st)
                for st in ("submitted", "union_approved", "confirmed", "returned", "rejected", "withdrawn")
            ],
        )
        .group_by(Registration.trade_id)
        .subquery()
    )
    checkins = (
        select(Registration.trade_id.label("trade_id"), func.count(func.distinct(CheckIn.registration_id)).label("n"))
        .join(CheckIn, CheckIn.registration_id == Registration.id)
        .group_by(Registration.trade_id)
        .subquery()
    )
    scored = (
        select(ScoreEntry.trade_id.label("trade_id"), func.count(func.distinct(ScoreEntry.blind_code)).label("n"))
        .group_by(ScoreEntry.trade_id)
        .subquery()
    )
    theory = (
        select(TheoryScore.trade_id.label("trade_id"), func.count(func.distinct(TheoryScore.exam_number)).label("n"))
        .group_by(TheoryScore.trade_id)
        .subquery()
    )
    latest = select(func.max(ScoreLock.id)).group_by(ScoreLock.trade_id, ScoreLock.kind).scalar_subquery()
    locks = (
        select(
            ScoreLock.trade_id.label("trade_id"),
            *[func.sum(case((ScoreLock.kind == k, 1), else_=0)).label(k) for k in LOCK_KINDS],
        )
        .where(and_(ScoreLock.id.in_(latest), ScoreLock.locked.is_(True)))
        .group_by(ScoreLock.trade_id)
        .subquery()
    )
    return {"regs": regs, "checkins": checkins, "scored": scored, "theory": theory, "locks": locks}


def locks_text(practical: int, theory: int, results: int) -> str:
    parts = [translate("Trades", LOCK_KINDS[k]) for k, v in (("practical", practical), ("theory", theory), ("results", results)) if v]
    return "、".join(parts)


def counts(session: Session, trade_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    ids = list(trade_ids)
    if not ids:
        return {}
    sq = counts_subqueries()
    regs, chk, sc, th, lk = sq["regs"], sq["checkins"], sq["scored"], sq["theory"], sq["locks"]
    q = (
        select(
            Trade.id,
            func.coalesce(regs.c.registered, 0), func.coalesce(regs.c.submitted, 0),
            func.coalesce(regs.c.union_approved, 0), func.coalesce(regs.c.confirmed, 0),
            func.coalesce(regs.c.returned, 0), func.coalesce(regs.c.rejected, 0), func.coalesce(regs.c.withdrawn, 0),
            func.coalesce(chk.c.n, 0), func.coalesce(sc.c.n, 0), func.coalesce(th.c.n, 0),
            func.coalesce(lk.c.practical, 0), func.coalesce(lk.c.theory, 0), func.coalesce(lk.c.results, 0),
            Trade.min_entries,
        )
        .outerjoin(regs, regs.c.trade_id == Trade.id)
        .outerjoin(chk, chk.c.trade_id == Trade.id)
        .outerjoin(sc, sc.c.trade_id == Trade.id)
        .outerjoin(th, th.c.trade_id == Trade.id)
        .outerjoin(lk, lk.c.trade_id == Trade.id)
        .where(Trade.id.in_(ids))
    )
    out: dict[int, dict[str, Any]] = {}
    for r in session.execute(q):
        (tid, registered, submitted, approved, confirmed, returned, rejected, withdrawn, checked, scored, theory,
         lp, lt, lr, minimum) = r
        out[tid] = {
            "registered": int(registered),
            "by_status": {"submitted": int(submitted), "union_approved": int(approved), "confirmed": int(confirmed),
                          "returned": int(returned), "rejected": int(rejected), "withdrawn": int(withdrawn)},
            "checked_in": int(checked), "scored": int(scored), "theory_scored": int(theory),
            "locked": [k for k, v in (("practical", lp), ("theory", lt), ("results", lr)) if v],
            "at_risk": rules.at_risk(int(registered), int(minimum)),
        }
    return out


def list_trades(session: Session, contest_id: int) -> list[Trade]:
    return list(session.scalars(
        select(Trade).where(Trade.contest_id == contest_id).order_by(Trade.group.desc(), Trade.code)
    ))


def trades_json(session: Session, contest_id: int) -> list[dict[str, Any]]:
    """Each trade's settings and live counts (``trades list --json``)."""
    trades = list_trades(session, contest_id)
    c = counts(session, [t.id for t in trades])
    return [{**settings_dict(t), "counts": c.get(t.id, {})} for t in trades]


def find_trade(session: Session, contest_id: int, code_or_id: str) -> Trade:
    t = session.scalar(select(Trade).where(Trade.contest_id == contest_id, Trade.code == code_or_id))
    if t is None and str(code_or_id).isdigit():
        t = session.get(Trade, int(code_or_id))
        if t is not None and t.contest_id != contest_id:
            t = None
    if t is None:
        raise RejectedData(translate("Trades", "本赛事没有代码为“{c}”的工种；运行 “haihe-desk trades list” 查看代码。").format(c=code_or_id))
    return t


# --------------------------------------------------------------------------- host units


def host_unit_choices(session: Session) -> list[tuple[int, str]]:
    """Organisations of kind host_unit (承办单位), not retired, by name."""
    return list(session.execute(
        select(Organisation.id, Organisation.name)
        .where(Organisation.kind == "host_unit", Organisation.retired.is_(False))
        .order_by(Organisation.name)
    ))


def find_host_unit(session: Session, name: str) -> Organisation | None:
    name = name.strip()
    return session.scalar(
        select(Organisation).where(Organisation.kind == "host_unit", Organisation.name == name).limit(1)
    ) or session.scalar(
        select(Organisation).where(Organisation.kind == "host_unit", Organisation.short_name == name).limit(1)
    )


def ensure_host_unit(session: Session, actor: Actor, name: str) -> Organisation:
    """The host unit of that name; created (kind host_unit) and audited if new."""
    actor.require(roles.CONTESTS_EDIT)
    org = find_host_unit(session, name)
    if org is None:
        org = organisations.create(session, actor, kind="host_unit", name=name)
    return org


# --------------------------------------------------------------------------- trade-list import

YES = ("是", "允许", "y", "yes", "true", "1", "√")
NO = ("否", "不允许", "n", "no", "false", "0", "×", "")


def import_fields() -> list[Any]:
    """The columns of the trade list (the annex listing trades, groups and host units)."""
    from haihe_desk.io.sheet import FieldSpec

    return [
        FieldSpec("code", translate("Trades", "工种代码"), (translate("Trades", "代码"), translate("Trades", "项目代码"), translate("Trades", "编号")), True, example="W-CNC", text=True),
        FieldSpec("name", translate("Trades", "工种名称"), (translate("Trades", "工种"), translate("Trades", "竞赛项目"), translate("Trades", "项目名称"), translate("Trades", "比赛项目")), True, example="数控车工"),
        FieldSpec("group", translate("Trades", "组别"), (), True, tuple(translate("Labels", v) for v in labels.GROUPS.values()), "职工组"),
        FieldSpec("level", translate("Trades", "级别"), (translate("Trades", "赛事级别"), translate("Trades", "类别")), False,
                  tuple(translate("Labels", v) for v in labels.LEVELS.values()), "市级一类"),
        FieldSpec("team", translate("Trades", "单人/团体"), (translate("Trades", "参赛形式"), translate("Trades", "个人/团体")), False, (translate("Trades", "单人"), translate("Trades", "团体")), "单人"),
        FieldSpec("team_size", translate("Trades", "每队人数"), (translate("Trades", "团队人数"),), example=1),
        FieldSpec("host", translate("Trades", "承办单位"), (translate("Trades", "承办"),), example="天津示例技师学院"),
        FieldSpec("venue", translate("Trades", "比赛场地"), (translate("Trades", "场地"), translate("Trades", "比赛地点")), example="实训楼一层"),
        FieldSpec("venue_address", translate("Trades", "场地地址"), (translate("Trades", "地址"),), example="天津市河西区示例路1号"),
        FieldSpec("start_date", translate("Trades", "开始日期"), (translate("Trades", "比赛日期"), translate("Trades", "比赛开始日期")), example="2021-10-20"),
        FieldSpec("end_date", translate("Trades", "结束日期"), (translate("Trades", "比赛结束日期"),), example="2021-10-22"),
        FieldSpec("registration_deadline", translate("Trades", "报名截止"), (translate("Trades", "报名截止日期"),)),
        FieldSpec("min_age", translate("Trades", "最小年龄"), (), example=16),
        FieldSpec("max_age", translate("Trades", "最大年龄"), (), example=60),
        FieldSpec("required_grade", translate("Trades", "技能等级要求"), (translate("Trades", "等级要求"), translate("Trades", "技能等级")),
                  choices=tuple(translate("Labels", v) for v in labels.GRADES.values()), example="高级工（三级）"),
        FieldSpec("grade_exception_allowed", translate("Trades", "允许破格"), (translate("Trades", "破格"),), choices=(translate("Trades", "是"), translate("Trades", "否")), example="是"),
        FieldSpec("theory_weight", translate("Trades", "理论权重%"), (translate("Trades", "理论权重"), translate("Trades", "理论占比"), translate("Trades", "理论")), example=30),
        FieldSpec("practical_weight", translate("Trades", "实操权重%"), (translate("Trades", "实操权重"), translate("Trades", "实操占比"), translate("Trades", "实操")), example=70),
        FieldSpec("pass_line", translate("Trades", "合格线"), (translate("Trades", "及格线"),), example=60),
        FieldSpec("award_mode", translate("Trades", "获奖方式"), (), choices=tuple(translate("ContestRules", v) for v in rules.AWARD_MODES.values()),
                  example="按参赛人数比例"),
        FieldSpec("award_levels", translate("Trades", "获奖名额"), (translate("Trades", "获奖比例"), translate("Trades", "奖项设置")), example="10/20/30", text=True),
        FieldSpec("rounding", translate("Trades", "取整方式"), (translate("Trades", "取整"),),
                  choices=tuple(translate("ContestRules", v) for v in rules.ROUNDINGS.values()), example="向下取整"),
        FieldSpec("min_entries", translate("Trades", "最少参赛人数"), (translate("Trades", "最低人数"),), example=30),
        FieldSpec("notes", translate("Trades", "备注"), ()),
    ]


TEMPLATE_INSTRUCTIONS = (
    QT_TRANSLATE_NOOP("Trades", "每行一个工种（竞赛项目）的一个组别；同一工种分职工组和学生组时写两行，代码不同（例如 W-CNC 与 S-CNC）。"),
    QT_TRANSLATE_NOOP("Trades", "必填列：工种代码、工种名称、组别。其余列留空时使用默认值：市级一类、单人、年龄 16–60 岁、理论 30% / 实操 70%、合格线 60、一等 10% 二等 20% 三等 30% 向下取整、最少 30 人。"),
    QT_TRANSLATE_NOOP("Trades", "理论权重与实操权重按百分数填写（30 表示 30%），两者之和必须为 100。"),
    QT_TRANSLATE_NOOP("Trades", "获奖名额按 一等/二等/三等[/优秀奖] 顺序用“/”分隔：按比例时填百分数（10/20/30），固定名额时填人数（1/3/6）。"),
    QT_TRANSLATE_NOOP("Trades", "承办单位写全称；单位库中没有的承办单位会在导入时新建。"),
    QT_TRANSLATE_NOOP("Trades", "代码与本赛事已有工种相同的行会更新该工种；已有报名或评分的工种，影响报名或成绩含义的设置请在“编辑工种”窗口中填写原因后修改。"),
    QT_TRANSLATE_NOOP("Trades", "文件有任何错误时不会导入任何一行；程序会生成一份标出错误的报告，改正后重新导入即可。"),
)


def write_template(path: str | Path) -> None:
    from haihe_desk.io.sheet import write_template as _write

    _write(path, import_fields(), [translate("Trades", t) for t in TEMPLATE_INSTRUCTIONS], translate("Trades", "工种列表"))


def _choice(table: Mapping[Any, str], raw: object, ctx: str = "Labels") -> Any:
    text = str(raw).strip()
    for code, lab in table.items():
        if text in (str(code), lab, translate(ctx, lab)):
            return code
    return None


def _row_values(session: Session, row: Any, fields: Mapping[str, str], base: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, object, str]], str | None]:
    """Turn one sheet row into trade settings; returns (values, problems [(field key, value, message)], host name)."""
    from haihe_desk.domain.dates import parse_date
    from haihe_desk.io.sheet import as_text

    v = row.values
    out = dict(base)
    problems: list[tuple[str, object, str]] = []

    def text(key: str) -> str:
        return as_text(v.get(key))

    for key in ("code", "name", "venue", "venue_address", "notes"):
        if v.get(key) is not None:
            out[key] = text(key)
    for key in ("code", "name"):
        if not text(key):
            problems.append((key, None, translate("Trades", "必填，不能为空。")))
    if v.get("group") is not None:
        g = _choice(labels.GROUPS, text("group"))
        if g is None:
            problems.append(("group", v["group"], translate("Trades", "应为“职工组”或“学生组”。")))
        else:
            out["group"] = g
    elif "group" not in base or not base.get("code"):
        problems.append(("group", None, translate("Trades", "必填，不能为空。")))
    if v.get("level") is not None:
        lv = _choice(labels.LEVELS, text("level"))
        if lv is None:
            problems.append(("level", v["level"], translate("Trades", "应为“市级一类”“市级二类”或“区级”。")))
        else:
            out["level"] = lv
    if v.get("team") is not None:
        t = text("team")
        if t in (translate("Trades", "团体"), "团体", "team"):
            out["is_team"] = True
        elif t in (translate("Trades", "单人"), "单人", "个人", "single"):
            out["is_team"], out["team_size"] = False, 1
        else:
            problems.append(("team", v["team"], translate("Trades", "应为“单人”或“团体”。")))
    for key in ("team_size", "min_age", "max_age", "min_entries"):
        if v.get(key) is not None:
            raw = v[key]
            if isinstance(raw, int) and not isinstance(raw, bool):
                out[key] = raw
            elif str(raw).strip().isdigit():
                out[key] = int(str(raw).strip())
            else:
                problems.append((key, raw, translate("Trades", "应为整数。")))
    for key in ("start_date", "end_date", "registration_deadline"):
        if v.get(key) is not None:
            try:
                out[key] = parse_date(v[key])
            except ValueError:
                problems.append((key, v[key], translate("Trades", "不是有效的日期，请写成 2021-10-20 的形式。")))
    if v.get("required_grade") is not None:
        g = _choice(labels.GRADES, text("required_grade"))
        if g is None:
            t = text("required_grade")
            g = next((c for c, lab in labels.GRADES.items() if t and t in translate("Labels", lab)), None)
        if g is None:
            problems.append(("required_grade", v["required_grade"], translate("Trades", "不是有效的技能等级，例如“高级工（三级）”。")))
        else:
            out["required_grade"] = g
    if v.get("grade_exception_allowed") is not None:
        t = text("grade_exception_allowed").lower()
        if t in YES or t == translate("Trades", "是"):
            out["grade_exception_allowed"] = True
        elif t in NO or t == translate("Trades", "否"):
            out["grade_exception_allowed"] = False
        else:
            problems.append(("grade_exception_allowed", v["grade_exception_allowed"], translate("Trades", "应为“是”或“否”。")))
    for key in ("theory_weight", "practical_weight"):
        if v.get(key) is not None:
            try:
                out[key] = rules.parse_percent(v[key], small_is_fraction=isinstance(v[key], float))
            except ValueError as exc:
                problems.append((key, v[key], str(exc)))
    if v.get("pass_line") is not None:
        try:
            out["pass_line"] = to_decimal(v["pass_line"])
        except ValueError as exc:
            problems.append(("pass_line", v["pass_line"], str(exc)))
    award = dict(out.get("award_rule") or rules.DEFAULT_AWARD_RULE)
    if v.get("award_mode") is not None:
        m = _choice(rules.AWARD_MODES, text("award_mode"), "ContestRules")
        if m is None:
            problems.append(("award_mode", v["award_mode"], translate("Trades", "应为“按参赛人数比例”或“固定名额”。")))
        else:
            award["mode"] = m
    if v.get("rounding") is not None:
        rd = _choice(rules.ROUNDINGS, text("rounding"), "ContestRules")
        if rd is None:
            problems.append(("rounding", v["rounding"], translate("Trades", "应为向下取整、四舍五入或向上取整。")))
        else:
            award["rounding"] = rd
    if v.get("award_levels") is not None:
        try:
            levels = rules.parse_award_levels(text("award_levels"), award.get("mode", "shares"))
        except ValueError as exc:
            problems.append(("award_levels", v["award_levels"], str(exc)))
        else:
            award = {k: val for k, val in award.items() if k not in rules.AWARD_LEVELS} | levels
    elif v.get("award_mode") is not None and award.get("mode") != (base.get("award_rule") or {}).get("mode"):
        problems.append(("award_levels", None, translate("Trades", "改了获奖方式就要同时填写获奖名额。")))
    out["award_rule"] = award
    host = text("host") or None
    return out, problems, host


# Which sheet column shows a problem found by check_values (its key → field key).
_ERR_COLUMN = {"code": "code", "name": "name", "group": "group", "level": "level", "team_size": "team_size",
               "dates": "start_date", "ages": "min_age", "weights": "theory_weight", "pass_line": "pass_line",
               "award_rule": "award_levels", "tie_break": "code", "min_entries": "min_entries", "grade": "required_grade",
               "status": "code", "host_unit": "host"}


def import_trades(
    session: Session, actor: Actor, contest_id: int, data: Any, *,
    progress: Any = None, dry_run: bool = False,
) -> Any:
    """Import a read trade list (``io.sheet.SheetData``) into a contest, all or nothing.

    Rows are checked first; if any row has a problem nothing is written and the result carries
    the issues (the caller writes the report). Otherwise new codes become trades, existing codes
    update their trade (a change that would alter registrations' or scores' meaning is an issue:
    it needs the edit form and a reason), and unknown host units are created."""
    actor.require(roles.CONTESTS_EDIT)
    from haihe_desk.io.sheet import ImportIssue, ImportResult

    _open_contest(session, contest_id)
    fields = import_fields()
    titles = {f.key: data.header_for(f.key, fields) for f in fields}
    result = ImportResult(used=dict(data.used), ignored=list(data.ignored))
    existing = {t.code: t for t in list_trades(session, contest_id)}
    seen: dict[str, int] = {}
    planned: list[tuple[Any, dict[str, Any], str | None, Trade | None]] = []
    total = len(data.rows)
    for i, row in enumerate(data.rows):
        if progress is not None and i % 50 == 0:
            progress(i, total * 2)
        code = str(row.values.get("code") or "").strip()
        trade = existing.get(code)
        base = values_of(trade) if trade is not None else defaults()
        values, problems, host = _row_values(session, row, titles, base)
        if code and code in seen:
            problems.append(("code", code, translate("Trades", "与第 {r} 行的工种代码重复。").format(r=seen[code])))
        elif code:
            seen[code] = row.row
        if not problems:
            for key, msg in check_values(values).items():
                col = _ERR_COLUMN.get(key, "code")
                problems.append((col, row.values.get(col), msg))
        if not problems and trade is not None:
            norm = _normalise(values)
            changed = [f for f in FIELDS if _plain(getattr(trade, f)) != _plain(norm[f])
                       and not (f in ("theory_weight", "practical_weight", "pass_line")
                                and Decimal(str(getattr(trade, f))) == Decimal(str(norm[f])))]
            guard = rules.edit_guard(changed, trade_state(session, trade.id))
            if not guard.ok:
                problems.append(("code", code, guard.message()))
        if problems:
            result.error_rows += 1
            for key, value, msg in problems:
                result.issues.append(ImportIssue(row.row, titles.get(key, key), value, msg))
        else:
            result.ok_rows += 1
            planned.append((row, values, host, trade))
    if result.issues or dry_run:
        return result
    for i, (row, values, host, trade) in enumerate(planned):
        if progress is not None and i % 50 == 0:
            progress(total + i, total * 2)
        if host:
            org = find_host_unit(session, host)
            if org is None:
                org = ensure_host_unit(session, actor, host)
                result.changes.append(translate("Trades", "新建承办单位“{n}”").format(n=host))
            values["host_unit_id"] = org.id
        if trade is None:
            create_trade(session, actor, contest_id, values)
            result.written += 1
            result.changes.append(translate("Trades", "新增工种 {c} {n}").format(c=values["code"], n=values["name"]))
        else:
            check = update_trade(session, actor, trade.id, values)
            if check.changed:
                result.written += 1
                result.changes.append(translate("Trades", "更新工种 {c}：{f}").format(
                    c=trade.code, f="、".join(rules.field_label(f) for f in check.changed)))
            else:
                result.unchanged += 1
    if progress is not None:
        progress(total * 2, total * 2)
    return result


def import_file(session: Session, actor: Actor, contest_id: int, path: str | Path, *,
                report: str | Path | None = None, progress: Any = None, dry_run: bool = False) -> Any:
    """Read and import a trade-list xlsx. When it has problems, write the report (to ``report``, or
    beside the file as NAME.报告.xlsx) and raise RejectedData naming the report; nothing is written."""
    actor.require(roles.CONTESTS_EDIT)
    from haihe_desk.io.sheet import read_sheet, write_report

    data = read_sheet(path, import_fields())
    result = import_trades(session, actor, contest_id, data, progress=progress, dry_run=dry_run)
    if result.issues:
        p = Path(path)
        out = Path(report) if report else p.with_name(p.stem + translate("Trades", ".报告") + ".xlsx")
        write_report(out, data, result.issues)
        first = result.issues[0]
        raise ImportRejected(
            translate("Trades", "工种列表有 {n} 行有问题，没有导入任何一行；第一处：第 {row} 行“{col}”：{msg}。请按报告 {report} 改正后重新导入。").format(
                n=result.error_rows, row=first.row, col=first.column, msg=first.message.rstrip("。"), report=out),
            result, out,
        )
    return result


class ImportRejected(RejectedData):
    """A trade list with problems: nothing imported; ``report`` is where the marked-up copy is."""

    def __init__(self, message: str, result: Any, report: Path):
        super().__init__(message)
        self.result = result
        self.report = report
