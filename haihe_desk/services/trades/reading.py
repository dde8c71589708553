"""Reading trades: a trade's settings as the forms edit them and as JSON, its effective deadline,
the trades of a contest and one found by code."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from haihe_desk.db.models import Trade, TradeSession
from haihe_desk.domain.trade_rules import FIELDS, SessionSpec, plain
from haihe_desk.errors import RejectedData
from haihe_desk.i18n import translate
from haihe_desk.services.trades.counts import counts


def values_of(trade: Trade) -> dict[str, Any]:
    return {f: getattr(trade, f) for f in FIELDS}


def session_specs(trade: Trade) -> list[SessionSpec]:
    return [
        SessionSpec(
            starts_on=s.starts_on,
            start_time=s.start_time,
            end_time=s.end_time,
            venue=s.venue,
            capacity=s.capacity,
            name=s.name,
            kind=s.kind,
            id=s.id,
        )
        for s in trade.sessions
    ]


def session_dict(s: SessionSpec | TradeSession) -> dict[str, Any]:
    return {
        "id": s.id,
        "name": s.name,
        "kind": s.kind,
        "date": plain(s.starts_on),
        "start": plain(s.start_time),
        "end": plain(s.end_time),
        "venue": s.venue,
        "capacity": s.capacity,
    }


def effective_deadline(trade: Trade) -> date | None:
    return trade.registration_deadline or (trade.contest.registration_deadline if trade.contest else None)


def settings_dict(trade: Trade) -> dict[str, Any]:
    """A trade's settings, JSON-ready (decimals as strings, dates ISO)."""
    d = {f: plain(getattr(trade, f)) for f in FIELDS}
    d["id"] = trade.id
    d["contest_id"] = trade.contest_id
    d["host_unit"] = trade.host_unit.name if trade.host_unit else ""
    d["effective_registration_deadline"] = plain(effective_deadline(trade))
    d["sessions"] = [session_dict(s) for s in trade.sessions]
    d["version"] = trade.version
    return d


def list_trades(session: Session, contest_id: int) -> list[Trade]:
    return list(
        session.scalars(select(Trade).where(Trade.contest_id == contest_id).order_by(Trade.group.desc(), Trade.code))
    )


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
        raise RejectedData(
            translate("Trades", "本赛事没有代码为“{c}”的工种；运行 “haihe-desk trades list” 查看代码。").format(
                c=code_or_id
            )
        )
    return t
