"""Grassroots filings (基层职工职业技能大赛 备案 and 总结): the register of what district, bureau
and group-company unions must file and what they did file, who is late, the received files (kept
in the database, ``Filing.file_data``) and the register's export to xlsx."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Select, and_, case, func, literal, select
from sqlalchemy.orm import Session, object_session, undefer

from haihe_desk.db.models import Contest, Filing, Organisation
from haihe_desk.domain import contest_rules as rules
from haihe_desk.domain import labels, roles
from haihe_desk.domain.contest_rules import SPEC_FIELDS, FilingSpec, check_filing  # re-exported: filings.X
from haihe_desk.errors import RejectedData, UsageError
from haihe_desk.i18n import QT_TRANSLATE_NOOP, translate
from haihe_desk.services import audit, concurrency
from haihe_desk.services.context import Actor
from haihe_desk.services.listing import Column, ListSource, Row, like_any

MAX_FILE_BYTES = 20 * 1024 * 1024
# Units expected to file: the top-level unions that organise grassroots contests.
FILING_UNIT_KINDS = ("district_union", "bureau", "group_company")


COLUMNS = [
    Column("unit", QT_TRANSLATE_NOOP("Columns", "单位"), 150),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "类别"), 50),
    Column("title", QT_TRANSLATE_NOOP("Columns", "赛事名称"), 160),
    Column("trade", QT_TRANSLATE_NOOP("Columns", "工种"), 80),
    Column("dates", QT_TRANSLATE_NOOP("Columns", "比赛日期"), 150),
    Column("participants", QT_TRANSLATE_NOOP("Columns", "参赛人数"), 60),
    Column("due", QT_TRANSLATE_NOOP("Columns", "应交日期"), 85),
    Column("received", QT_TRANSLATE_NOOP("Columns", "收到日期"), 85),
    Column("state", QT_TRANSLATE_NOOP("Columns", "状态"), 70),
    Column("file", QT_TRANSLATE_NOOP("Columns", "附件"), 140),
]


def _state_expr(today: date) -> Any:
    """The filing state in SQL (same rule as ``contest_rules.filing_state``)."""
    return case(
        (
            and_(Filing.received_on.is_not(None), Filing.due_on.is_not(None), Filing.received_on > Filing.due_on),
            literal("received_late"),
        ),
        (Filing.received_on.is_not(None), literal("received")),
        (and_(Filing.due_on.is_not(None), Filing.due_on < today), literal("late")),
        else_=literal("pending"),
    )


def _today(f: dict[str, Any]) -> date:
    return f.get("today") or date.today()


def _base() -> Select[Any]:
    return select(
        Filing.id,
        Organisation.name,
        Filing.kind,
        Filing.title,
        Filing.trade_name,
        Filing.starts_on,
        Filing.ends_on,
        Filing.participants,
        Filing.due_on,
        Filing.received_on,
        Filing.file_name,
    ).join(Organisation, Filing.unit_id == Organisation.id)


def _filters(q: Select[Any], f: dict[str, Any]) -> Select[Any]:
    if f.get("contest_id"):
        q = q.where(Filing.contest_id == f["contest_id"])
    if f.get("kind"):
        q = q.where(Filing.kind == f["kind"])
    if f.get("unit_id"):
        q = q.where(Filing.unit_id == f["unit_id"])
    if f.get("state"):
        q = q.where(_state_expr(_today(f)) == f["state"])
    text = (f.get("text") or "").strip()
    if text:
        q = q.where(like_any(text, Organisation.name, Filing.title, Filing.trade_name, Filing.file_name))
    return q


def _period(start: date | None, end: date | None) -> str:
    if not start:
        return ""
    return f"{start:%Y-%m-%d}" + (f" 至 {end:%Y-%m-%d}" if end and end != start else "")


def _format(r: Row) -> Row:
    fid, unit, kind, title, trade, start, end, participants, due, received, file_name = r
    state = rules.filing_state(due, received, date.today())
    return (
        fid,
        unit,
        translate("ContestRules", rules.FILING_KINDS.get(kind, kind)),
        title,
        trade,
        _period(start, end),
        participants if participants is not None else "",
        f"{due:%Y-%m-%d}" if due else "",
        f"{received:%Y-%m-%d}" if received else "",
        translate("ContestRules", rules.FILING_STATES[state]),
        file_name,
    )


SOURCE = ListSource(
    columns=COLUMNS,
    base=_base,
    apply_filters=_filters,
    order_by=lambda: [Filing.due_on, Organisation.name, Filing.kind, Filing.id],
    format_row=_format,
)


# --------------------------------------------------------------------------- writes


def _dict(f: Filing) -> dict[str, object]:
    d: dict[str, object] = {}
    for k in SPEC_FIELDS:
        v = getattr(f, k)
        d[k] = v.isoformat() if isinstance(v, date) else v
    d["file_name"] = f.file_name
    return d


def _contest(session: Session, contest_id: int) -> Contest:
    c = session.get(Contest, contest_id)
    if c is None:
        raise RejectedData(translate("Filings", "赛事（编号 {i}）不存在。").format(i=contest_id))
    return c


def _unit(session: Session, unit_id: int) -> Organisation:
    org = session.get(Organisation, unit_id)
    if org is None:
        raise RejectedData(translate("Filings", "单位（编号 {i}）不存在。").format(i=unit_id))
    return org


def add_filing(session: Session, actor: Actor, contest_id: int, spec: FilingSpec) -> Filing:
    actor.require(roles.CONTESTS_EDIT)
    _contest(session, contest_id)
    _unit(session, spec.unit_id)
    errs = check_filing(spec)
    if errs:
        raise RejectedData(next(iter(errs.values())))
    f = Filing(contest_id=contest_id, **{k: getattr(spec, k) for k in SPEC_FIELDS})
    session.add(f)
    session.flush()
    audit.record(session, actor, "filing.create", entity="filing", entity_id=f.id, new=_dict(f))
    return f


def get_filing(session: Session, filing_id: int) -> Filing:
    f = session.get(Filing, filing_id)
    if f is None:
        raise RejectedData(
            translate("Filings", "备案记录（编号 {i}）不存在；运行 “haihe-desk filings list” 查看编号。").format(
                i=filing_id
            )
        )
    return f


def conflict_values(f: Filing) -> dict[str, object]:
    """What the filing editor shows, for the conflict table (both values per field)."""
    d: dict[str, object] = {k: getattr(f, k) for k in SPEC_FIELDS if k != "unit_id"}
    d["kind"] = translate("ContestRules", rules.FILING_KINDS.get(f.kind, f.kind))
    unit = object_session(f).get(Organisation, f.unit_id) if f.unit_id else None  # type: ignore[union-attr]
    d["unit"] = unit.name if unit is not None else ""
    return d


def update_filing(
    session: Session, actor: Actor, filing_id: int, spec: FilingSpec, *, expected_version: int | None = None
) -> Filing:
    actor.require(roles.CONTESTS_EDIT)
    f = get_filing(session, filing_id)
    _unit(session, spec.unit_id)
    errs = check_filing(spec)
    if errs:
        raise RejectedData(next(iter(errs.values())))
    old = _dict(f)
    with concurrency.guarded_edit(
        session,
        f,
        expected_version,
        entity="filing",
        snapshot=conflict_values,
        subject=translate("Filings", "备案记录“{t}”").format(t=f.title or f.id),
    ):
        for k in SPEC_FIELDS:
            setattr(f, k, getattr(spec, k))
    new = _dict(f)
    changed = [k for k in new if new[k] != old[k]]
    if not changed:
        return f
    audit.record(
        session,
        actor,
        "filing.update",
        entity="filing",
        entity_id=f.id,
        old={k: old[k] for k in changed},
        new={k: new[k] for k in changed},
    )
    return f


def attach_file(
    session: Session, actor: Actor, filing_id: int, path: str | Path, *, received_on: date | None = None
) -> Filing:
    """Store the received file in the register and mark it received (today unless given)."""
    actor.require(roles.CONTESTS_EDIT)
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise UsageError(translate("Filings", "找不到文件 {file}；请检查路径。").format(file=p)) from None
    except IsADirectoryError:
        raise UsageError(translate("Filings", "{file} 是一个文件夹，请选择收到的文件。").format(file=p)) from None
    except OSError as exc:
        raise UsageError(
            translate("Filings", "无法读取文件 {file}（{err}）。").format(file=p.name, err=exc.strerror or exc)
        ) from None
    if not data:
        raise RejectedData(translate("Filings", "文件 {file} 是空的（0 字节），请选择收到的文件。").format(file=p.name))
    if len(data) > MAX_FILE_BYTES:
        raise RejectedData(
            translate("Filings", "文件 {file} 超过 20 MB，请压缩或只附上正文后再登记。").format(file=p.name)
        )
    f = get_filing(session, filing_id)
    old = {"file_name": f.file_name, "received_on": f.received_on.isoformat() if f.received_on else None}
    f.file_name = p.name[:260]
    f.file_data = data
    if received_on is not None or f.received_on is None:
        f.received_on = received_on or date.today()
    session.flush()
    audit.record(
        session,
        actor,
        "filing.attach",
        entity="filing",
        entity_id=f.id,
        old=old,
        new={"file_name": f.file_name, "bytes": len(data), "received_on": f.received_on.isoformat()},
    )
    return f


def file_content(session: Session, filing_id: int) -> tuple[str, bytes]:
    f = session.scalar(select(Filing).options(undefer(Filing.file_data)).where(Filing.id == filing_id))
    if f is None or not f.file_data:
        raise RejectedData(translate("Filings", "这条备案记录还没有附件。"))
    return f.file_name, f.file_data


def request_filings(
    session: Session,
    actor: Actor,
    contest_id: int,
    kind: str,
    due_on: date,
    unit_kinds: Iterable[str] = FILING_UNIT_KINDS,
) -> int:
    """Put every top-level union that has no filing of this kind yet on the register with a due
    date, so the list shows who has not filed. Returns how many were added."""
    actor.require(roles.CONTESTS_EDIT)
    _contest(session, contest_id)
    if kind not in rules.FILING_KINDS:
        raise RejectedData(translate("Filings", "类别“{k}”无效，应为备案（record）或总结（summary）。").format(k=kind))
    have = set(session.scalars(select(Filing.unit_id).where(Filing.contest_id == contest_id, Filing.kind == kind)))
    units = list(
        session.scalars(
            select(Organisation)
            .where(Organisation.kind.in_(tuple(unit_kinds)), Organisation.retired.is_(False))
            .order_by(Organisation.name)
        )
    )
    added = [u for u in units if u.id not in have]
    for u in added:
        session.add(Filing(contest_id=contest_id, unit_id=u.id, kind=kind, due_on=due_on))
    session.flush()
    if added:
        audit.record(
            session,
            actor,
            "filing.request",
            entity="contest",
            entity_id=contest_id,
            new={"kind": kind, "due_on": due_on.isoformat(), "units": [u.name for u in added]},
        )
    return len(added)


# --------------------------------------------------------------------------- overview and export


def summary(session: Session, contest_id: int, today: date | None = None) -> dict[str, int]:
    """How many filings are in each state (received, received_late, late, pending)."""
    today = today or date.today()
    st = _state_expr(today)
    rows = session.execute(select(st, func.count()).where(Filing.contest_id == contest_id).group_by(st))
    out = {k: 0 for k in rules.FILING_STATES}
    out.update({k: int(n) for k, n in rows})
    return out


@dataclass
class UnitStatus:
    unit: str
    kind: str
    record: str  # a FILING_STATES key, or "none" when not on the register
    summary: str


def unit_overview(session: Session, contest_id: int, today: date | None = None) -> list[UnitStatus]:
    """For every top-level union and every unit on the register: its record and summary state."""
    today = today or date.today()
    filings = list(session.scalars(select(Filing).where(Filing.contest_id == contest_id)))
    ids = {f.unit_id for f in filings}
    units = list(
        session.scalars(
            select(Organisation)
            .where(
                (Organisation.kind.in_(FILING_UNIT_KINDS) & Organisation.retired.is_(False)) | Organisation.id.in_(ids)
            )
            .order_by(Organisation.name)
        )
    )
    order = {"late": 0, "pending": 1, "received_late": 2, "received": 3}
    out = []
    for u in units:
        states = {}
        for kind in rules.FILING_KINDS:
            mine = [
                rules.filing_state(f.due_on, f.received_on, today)
                for f in filings
                if f.unit_id == u.id and f.kind == kind
            ]
            states[kind] = min(mine, key=lambda s: order[s]) if mine else "none"
        out.append(UnitStatus(u.name, u.kind, states["record"], states["summary"]))
    return out


def state_label(state: str) -> str:
    if state == "none":
        return translate("Filings", "未登记")
    return translate("ContestRules", rules.FILING_STATES.get(state, state))


def export_xlsx(session: Session, contest_id: int, path: str | Path, today: date | None = None) -> int:
    """Write the register (one row per filing) and a per-unit overview sheet. Returns the row count."""
    from haihe_desk.io.tables import Table, write_tables

    contest = _contest(session, contest_id)
    today = today or date.today()
    rows = session.execute(
        select(Filing, Organisation.name)
        .join(Organisation, Filing.unit_id == Organisation.id)
        .where(Filing.contest_id == contest_id)
        .order_by(Filing.due_on, Organisation.name, Filing.kind, Filing.id)
    ).all()
    register = Table(
        translate("Filings", "备案登记"),
        [
            translate("Filings", "编号"),
            translate("Filings", "单位"),
            translate("Filings", "类别"),
            translate("Filings", "赛事名称"),
            translate("Filings", "工种"),
            translate("Filings", "开始日期"),
            translate("Filings", "结束日期"),
            translate("Filings", "参赛人数"),
            translate("Filings", "应交日期"),
            translate("Filings", "收到日期"),
            translate("Filings", "状态"),
            translate("Filings", "附件"),
            translate("Filings", "备注"),
        ],
        [],
        widths=(6, 28, 6, 30, 14, 12, 12, 9, 12, 12, 10, 26, 30),
    )
    for i, (f, unit) in enumerate(rows):
        state = rules.filing_state(f.due_on, f.received_on, today)
        register.rows.append(
            [
                f.id,
                unit,
                translate("ContestRules", rules.FILING_KINDS.get(f.kind, f.kind)),
                f.title,
                f.trade_name,
                f.starts_on,
                f.ends_on,
                f.participants,
                f.due_on,
                f.received_on,
                translate("ContestRules", rules.FILING_STATES[state]),
                f.file_name,
                f.notes,
            ]
        )
        if state == "late":
            register.marked.add((i, 10))
    overview = Table(
        translate("Filings", "单位情况"),
        [
            translate("Filings", "单位"),
            translate("Filings", "单位类型"),
            translate("Filings", "备案"),
            translate("Filings", "总结"),
        ],
        [],
        widths=(30, 14, 12, 12),
    )
    for i, u in enumerate(unit_overview(session, contest_id, today)):
        overview.rows.append(
            [u.unit, labels.label(labels.ORG_KINDS, u.kind), state_label(u.record), state_label(u.summary)]
        )
        overview.marked |= {(i, col) for col, st in ((2, u.record), (3, u.summary)) if st in ("late", "none")}
    write_tables(path, [register, overview], page_header=contest.short_name or contest.name)
    return len(rows)


def unit_choices(session: Session) -> list[tuple[int, str]]:
    """Units a filing can come from: top-level unions first, then grassroots unions."""
    kinds = (*FILING_UNIT_KINDS, "grassroots")
    order = case(*[(Organisation.kind == k, i) for i, k in enumerate(kinds)], else_=len(kinds))
    return [
        (i, n)
        for i, n in session.execute(
            select(Organisation.id, Organisation.name)
            .where(Organisation.kind.in_(kinds), Organisation.retired.is_(False))
            .order_by(order, Organisation.name)
        )
    ]


def find_unit(session: Session, text: str) -> Organisation:
    """A unit by id, union code, name or short name (for the CLI)."""
    text = text.strip()
    org = None
    if text.isdigit():
        org = session.scalar(select(Organisation).where(Organisation.union_code == text))
        if org is None and len(text) < 6:
            org = session.get(Organisation, int(text))
    if org is None:
        rows = list(
            session.scalars(
                select(Organisation).where((Organisation.name == text) | (Organisation.short_name == text)).limit(2)
            )
        )
        org = rows[0] if len(rows) == 1 else None
    if org is None:
        raise RejectedData(translate("Filings", "找不到单位“{u}”；请写单位全称、简称、工会代码或编号。").format(u=text))
    return org
