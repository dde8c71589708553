"""The checks on a trade's settings that need the database: the pure checks of
``domain.trade_rules`` plus the code unique within its contest, the host unit exists, and the
contest still open for changes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from haihe_desk.db.models import Contest, Organisation, Trade
from haihe_desk.domain.trade_rules import check_values
from haihe_desk.errors import RejectedData
from haihe_desk.i18n import translate


def code_taken(session: Session, contest_id: int, code: str, trade_id: int | None = None) -> bool:
    q = select(Trade.id).where(Trade.contest_id == contest_id, Trade.code == code)
    if trade_id is not None:
        q = q.where(Trade.id != trade_id)
    return session.scalar(q.limit(1)) is not None


def check_trade(
    session: Session, contest_id: int, values: Mapping[str, Any], trade_id: int | None = None
) -> dict[str, str]:
    """``trade_rules.check_values`` plus what needs the database: the code unique within the
    contest, the host unit exists."""
    errs = check_values(values)
    code = str(values.get("code") or "").strip()
    if "code" not in errs and code_taken(session, contest_id, code, trade_id):
        errs["code"] = translate("Trades", "本赛事已有代码为“{c}”的工种，请换一个代码。").format(c=code)
    hid = values.get("host_unit_id")
    if hid is not None and session.get(Organisation, hid) is None:
        errs["host_unit"] = translate("Trades", "承办单位（编号 {i}）不存在。").format(i=hid)
    return errs


def first_error(errs: Mapping[str, str]) -> RejectedData:
    return RejectedData(next(iter(errs.values())))


def open_contest(session: Session, contest_id: int) -> Contest:
    """The contest, refused when it does not exist or is archived (its trades are read-only)."""
    contest = session.get(Contest, contest_id)
    if contest is None:
        raise RejectedData(translate("Trades", "赛事（编号 {i}）不存在。").format(i=contest_id))
    if contest.status == "archived":
        raise RejectedData(
            translate("Trades", "赛事“{n}”已归档，不能再修改其工种；如需修改，请先取消归档。").format(
                n=contest.short_name or contest.name
            )
        )
    return contest
