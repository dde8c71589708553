"""Creating, changing and deleting trades. Every write is audited in the caller's transaction;
edits of an existing trade go through ``concurrency.guarded_edit`` and ``contest_rules.edit_guard``
(changes that alter registrations' or scores' meaning are refused or need a reason)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from haihe_desk.db.models import Base, Organisation, Trade, TradeSession
from haihe_desk.domain import contest_rules as rules
from haihe_desk.domain import roles
from haihe_desk.domain.trade_rules import (
    FIELDS,
    SessionSpec,
    changed_fields,
    check_sessions,
    defaults,
    normalise,
    plain,
)
from haihe_desk.errors import RejectedData
from haihe_desk.i18n import translate
from haihe_desk.services import audit, concurrency
from haihe_desk.services.context import Actor
from haihe_desk.services.trades.counts import trade_state
from haihe_desk.services.trades.reading import session_dict, settings_dict, values_of
from haihe_desk.services.trades.validation import check_trade, first_error, open_contest


def _references(session: Session, target: str, ids: list[int], skip: tuple[str, ...] = ()) -> dict[str, int]:
    """How many rows of each table point at rows ``ids`` of table ``target`` (by foreign key)."""
    out: dict[str, int] = {}
    if not ids:
        return out
    for table in Base.metadata.sorted_tables:
        if table.name in skip:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == target:
                n = session.scalar(select(func.count()).select_from(table).where(fk.parent.in_(ids))) or 0
                if n:
                    out[table.name] = out.get(table.name, 0) + int(n)
    return out


def _sync_sessions(session: Session, trade: Trade, specs: list[SessionSpec]) -> bool:
    """Make the trade's sessions match ``specs``; a session with check-ins or draws cannot go.
    Returns whether anything changed."""
    msg = check_sessions(specs)
    if msg:
        raise RejectedData(msg)
    before = [session_dict(s) for s in trade.sessions]
    keep = {s.id for s in specs if s.id is not None}
    for row in list(trade.sessions):
        if row.id not in keep:
            if _references(session, "trade_session", [row.id]):
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
        row.start_time, row.end_time, row.venue, row.capacity = (
            spec.start_time,
            spec.end_time,
            spec.venue,
            spec.capacity,
        )
    session.flush()
    after = [session_dict(s) for s in sorted(trade.sessions, key=lambda s: (s.starts_on or date.min, s.id or 0))]
    return [{k: v for k, v in d.items() if k != "id"} for d in before] != [
        {k: v for k, v in d.items() if k != "id"} for d in after
    ]


def create_trade(
    session: Session,
    actor: Actor,
    contest_id: int,
    values: Mapping[str, Any],
    sessions: list[SessionSpec] | None = None,
) -> Trade:
    actor.require(roles.CONTESTS_EDIT)
    open_contest(session, contest_id)
    full = defaults()
    full.update(values)
    errs = check_trade(session, contest_id, full)
    if errs:
        raise first_error(errs)
    full = normalise(full)
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
    """What saving ``values`` over ``trade`` would change, and the edit guard's verdict. Writes
    nothing; raises RejectedData on an invalid value."""
    full = values_of(trade)
    full.update(values)
    errs = check_trade(session, trade.contest_id, full, trade.id)
    if errs:
        raise first_error(errs)
    changed = changed_fields(values_of(trade), normalise(full))
    guard = rules.edit_guard(changed, trade_state(session, trade.id))
    return UpdateCheck(changed, guard)


def conflict_values(trade: Trade) -> dict[str, Any]:
    """What the trade editor shows, for the conflict table (both values per field)."""
    d = {f: plain(getattr(trade, f)) for f in FIELDS if f != "host_unit_id"}
    host = object_session(trade).get(Organisation, trade.host_unit_id) if trade.host_unit_id else None  # type: ignore[union-attr]
    d["host_unit"] = host.name if host is not None else ""
    d["sessions"] = [
        f"{plain(s.starts_on) or ''} {plain(s.start_time) or ''}-{plain(s.end_time) or ''} {s.venue}".strip()
        for s in sorted(trade.sessions, key=lambda s: (s.starts_on or date.min, s.start_time or time.min))
    ]
    return d


def get_trade(session: Session, trade_id: int) -> Trade:
    trade = session.get(Trade, trade_id)
    if trade is None:
        raise RejectedData(translate("Trades", "工种（编号 {i}）不存在。").format(i=trade_id))
    return trade


def update_trade(
    session: Session,
    actor: Actor,
    trade_id: int,
    values: Mapping[str, Any],
    *,
    sessions: list[SessionSpec] | None = None,
    reason: str = "",
    expected_version: int | None = None,
) -> UpdateCheck:
    """Change a trade's settings. Refused changes raise RejectedData; changes that need a reason
    raise RejectedData unless ``reason`` is given. Audited with old and new values and the reason."""
    actor.require(roles.CONTESTS_EDIT)
    trade = get_trade(session, trade_id)
    open_contest(session, trade.contest_id)
    with concurrency.guarded_edit(
        session,
        trade,
        expected_version,
        entity="trade",
        snapshot=conflict_values,
        subject=translate("Trades", "工种“{n}”").format(n=trade.name),
    ):
        check = preview_update(session, trade, values)
        if check.guard.refused:
            raise RejectedData(check.guard.message())
        reason = reason.strip()
        if check.guard.needs_reason and not reason:
            raise RejectedData(check.guard.message())
        old = {f: plain(o) for f, (o, _n) in check.changed.items()}
        new = {f: plain(n) for f, (_o, n) in check.changed.items()}
        for f, (_o, n) in check.changed.items():
            setattr(trade, f, n)
        if sessions is not None:
            before = [session_dict(s) for s in trade.sessions]
            if _sync_sessions(session, trade, sessions):
                check.sessions_changed = True
                old["sessions"] = before
                new["sessions"] = [session_dict(s) for s in trade.sessions]
    if not old and not check.sessions_changed:
        return check
    action = "trade.update_guarded" if check.guard.needs_reason else "trade.update"
    audit.record(session, actor, action, entity="trade", entity_id=trade.id, old=old, new=new, reason=reason)
    return check


def delete_trade(session: Session, actor: Actor, trade_id: int) -> None:
    """Delete a trade entered by mistake, with its sessions. Refused once anything hangs off it
    (registrations, teams, judges, check-ins, lots, codes, schemes, scores, locks, packages)."""
    actor.require(roles.CONTESTS_EDIT)
    trade = get_trade(session, trade_id)
    open_contest(session, trade.contest_id)
    used = _references(session, "trade", [trade.id], skip=("trade_session",))
    used_sessions = _references(session, "trade_session", [s.id for s in trade.sessions])
    if used or used_sessions:
        state = trade_state(session, trade.id)
        detail = (
            translate("Trades", "已有 {n} 人报名").format(n=state.registrations)
            if state.registrations
            else translate("Trades", "已有评分、裁判、检录或抽签等记录")
        )
        raise RejectedData(
            translate("Trades", "工种“{c} {n}”{detail}，不能删除；如不再举办，请把状态改为“已取消”。").format(
                c=trade.code, n=trade.name, detail=detail
            )
        )
    old = settings_dict(trade)
    session.delete(trade)
    session.flush()
    audit.record(session, actor, "trade.delete", entity="trade", entity_id=trade_id, old=old)
