"""Live counts and state of trades: registrations by status, check-ins, scores and score locks,
as SQL subqueries (the 赛事 tab's list joins them) and as plain dicts (CLI, detail panel)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from haihe_desk.db.models import CheckIn, Registration, ScoreEntry, ScoreLock, TheoryScore, Trade
from haihe_desk.domain import contest_rules as rules
from haihe_desk.domain.trade_rules import LOCK_KINDS
from haihe_desk.i18n import translate

REG_COUNTED = ("submitted", "union_approved", "confirmed", "returned")


def _active_locks(session: Session, trade_id: int) -> tuple[str, ...]:
    latest = (
        select(func.max(ScoreLock.id)).where(ScoreLock.trade_id == trade_id).group_by(ScoreLock.kind).scalar_subquery()
    )
    rows = session.scalars(
        select(ScoreLock.kind).where(ScoreLock.id.in_(latest), ScoreLock.locked.is_(True)).order_by(ScoreLock.kind)
    )
    return tuple(rows)


def trade_state(session: Session, trade_id: int) -> rules.TradeState:
    """What already hangs off a trade (for ``contest_rules.edit_guard``)."""
    regs = session.scalar(select(func.count()).select_from(Registration).where(Registration.trade_id == trade_id)) or 0
    scores = (
        session.scalar(select(func.count()).select_from(ScoreEntry).where(ScoreEntry.trade_id == trade_id)) or 0
    ) + (session.scalar(select(func.count()).select_from(TheoryScore).where(TheoryScore.trade_id == trade_id)) or 0)
    return rules.TradeState(registrations=regs, scores=scores, locked_kinds=_active_locks(session, trade_id))


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
    parts = [
        translate("Trades", LOCK_KINDS[k])
        for k, v in (("practical", practical), ("theory", theory), ("results", results))
        if v
    ]
    return "、".join(parts)


def counts(session: Session, trade_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Each trade's live counts: registered, by_status, checked_in, scored, theory_scored, locked
    (kinds in force), at_risk (fewer registered than its minimum)."""
    ids = list(trade_ids)
    if not ids:
        return {}
    sq = counts_subqueries()
    regs, chk, sc, th, lk = sq["regs"], sq["checkins"], sq["scored"], sq["theory"], sq["locks"]
    q = (
        select(
            Trade.id,
            func.coalesce(regs.c.registered, 0),
            func.coalesce(regs.c.submitted, 0),
            func.coalesce(regs.c.union_approved, 0),
            func.coalesce(regs.c.confirmed, 0),
            func.coalesce(regs.c.returned, 0),
            func.coalesce(regs.c.rejected, 0),
            func.coalesce(regs.c.withdrawn, 0),
            func.coalesce(chk.c.n, 0),
            func.coalesce(sc.c.n, 0),
            func.coalesce(th.c.n, 0),
            func.coalesce(lk.c.practical, 0),
            func.coalesce(lk.c.theory, 0),
            func.coalesce(lk.c.results, 0),
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
        (
            tid,
            registered,
            submitted,
            approved,
            confirmed,
            returned,
            rejected,
            withdrawn,
            checked,
            scored,
            theory,
            lp,
            lt,
            lr,
            minimum,
        ) = r
        out[tid] = {
            "registered": int(registered),
            "by_status": {
                "submitted": int(submitted),
                "union_approved": int(approved),
                "confirmed": int(confirmed),
                "returned": int(returned),
                "rejected": int(rejected),
                "withdrawn": int(withdrawn),
            },
            "checked_in": int(checked),
            "scored": int(scored),
            "theory_scored": int(theory),
            "locked": [k for k, v in (("practical", lp), ("theory", lt), ("results", lr)) if v],
            "at_risk": rules.at_risk(int(registered), int(minimum)),
        }
    return out
