"""Registrations: listing with filters in SQL (the 报名 tab). Entry, import and review build on this."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from haihe_desk.db.models import (
    Contest,
    Organisation,
    Person,
    Registration,
    RegistrationEvent,
    Trade,
)
from haihe_desk.domain import idcard, labels, masking, roles
from haihe_desk.domain import registration_rules as rules
from haihe_desk.errors import RejectedData, UsageError
from haihe_desk.i18n import QT_TRANSLATE_NOOP, translate
from haihe_desk.services import audit
from haihe_desk.services.context import Actor, current_actor
from haihe_desk.services.listing import Column, ListSource, Row, like_any

COLUMNS = [
    Column("name", QT_TRANSLATE_NOOP("Columns", "姓名"), 80),
    Column("gender", QT_TRANSLATE_NOOP("Columns", "性别"), 40),
    Column("id_number", QT_TRANSLATE_NOOP("Columns", "身份证号"), 150),
    Column("trade", QT_TRANSLATE_NOOP("Columns", "工种"), 90),
    Column("group", QT_TRANSLATE_NOOP("Columns", "组别"), 60),
    Column("unit", QT_TRANSLATE_NOOP("Columns", "工作单位/学校"), 220),
    Column("union_code", QT_TRANSLATE_NOOP("Columns", "工会代码"), 90),
    Column("grade", QT_TRANSLATE_NOOP("Columns", "技能等级"), 110),
    Column("status", QT_TRANSLATE_NOOP("Columns", "审核状态"), 100),
    Column("mobile", QT_TRANSLATE_NOOP("Columns", "手机"), 100),
]


def _base() -> Select[Any]:
    return (
        select(
            Registration.id,
            Person.name,
            Person.gender,
            Person.id_number,
            Trade.name,
            Registration.group,
            Registration.unit_name,
            Registration.union_code,
            Registration.skill_grade,
            Registration.status,
            Person.mobile,
        )
        .join(Person, Registration.person_id == Person.id)
        .join(Trade, Registration.trade_id == Trade.id)
    )


def _filters(q: Select[Any], f: dict[str, Any]) -> Select[Any]:
    if f.get("contest_id"):
        # "+ 0" keeps SQLite from choosing the trade_id index: walking the primary key in id order
        # lets LIMIT stop after one page (1 ms instead of sorting all 100k rows).
        # (A count has no LIMIT and is fastest through the trade_id index: no "+ 0" there.)
        trade_col = Registration.trade_id if f.get("_count") else Registration.trade_id + 0
        q = q.where(trade_col.in_(select(Trade.id).where(Trade.contest_id == f["contest_id"])))
    if f.get("trade_id"):
        q = q.where(Registration.trade_id == f["trade_id"])
    if f.get("trade_ids"):
        q = q.where(Registration.trade_id.in_(f["trade_ids"]))
    if f.get("group"):
        q = q.where(Registration.group == f["group"])
    if f.get("status"):
        q = q.where(Registration.status == f["status"])
    if f.get("unit_id"):
        q = q.where(Registration.unit_id == f["unit_id"])
    if f.get("unit_tree_id"):
        # "My union and everything under it": the unit and all its descendants, in SQL.
        from haihe_desk.services.organisations import in_subtree

        q = q.where(in_subtree(Registration.unit_id, f["unit_tree_id"]))
    if f.get("unit_text"):
        q = q.where(like_any(f["unit_text"], Registration.unit_name))
    if f.get("ids"):
        q = q.where(Registration.id.in_(f["ids"]))
    text = (f.get("text") or "").strip()
    if text:
        # People matched in a subquery, so counting needs no join to person (see count_base).
        people = select(Person.id).where(like_any(text, Person.name, Person.id_number, Person.mobile))
        q = q.where(
            Registration.person_id.in_(people) | like_any(text, Registration.union_code, Registration.unit_name)
        )
    return q


def _format(r: Row) -> Row:
    rid, name, gender, id_number, trade, group, unit, code, grade, status, mobile = r
    return (
        rid,
        name,
        gender,
        masking.id_number(id_number),
        trade,
        labels.label(labels.GROUPS, group),
        unit,
        code,
        labels.label(labels.GRADES, grade) if grade else "",
        labels.label(labels.REG_STATUS, status),
        masking.phone(mobile),
    )


def _format_unmasked(r: Row) -> Row:
    rid, name, gender, id_number, trade, group, unit, code, grade, status, mobile = r
    return (
        rid,
        name,
        gender,
        id_number or "",
        trade,
        labels.label(labels.GROUPS, group),
        unit,
        code,
        labels.label(labels.GRADES, grade) if grade else "",
        labels.label(labels.REG_STATUS, status),
        mobile or "",
    )


def _scope(q: Select[Any], actor: Actor) -> Select[Any]:
    from haihe_desk.services.organisations import scope_condition

    cond = scope_condition(actor, Registration.unit_id)
    return q if cond is None else q.where(cond)


SOURCE = ListSource(
    columns=COLUMNS,
    base=_base,
    apply_filters=_filters,
    order_by=lambda: [Registration.id],
    format_row=_format,
    count_base=lambda: select(Registration.id),
    permission=roles.REGISTRATIONS_VIEW,
    scope=_scope,
)

# The same list with full ID numbers and phones: only for roles with UNMASK, and only after
# begin_unmasked_view() has written the audit entry.
UNMASKED_SOURCE = replace(SOURCE, format_row=_format_unmasked, permission=roles.UNMASK)


def begin_unmasked_view(session: Session, actor: Actor, filters: dict[str, Any]) -> None:
    """Check the right to see full ID numbers and phones on screen, and audit that it was used."""
    actor.require(roles.UNMASK)
    audit.record(
        session,
        actor,
        "registration.unmask_view",
        entity="registration",
        new={"filters": {k: v for k, v in filters.items() if v and not k.startswith("_")}},
    )


def status_counts(
    session: Session, filters: dict[str, Any] | None = None, actor: Actor | None = None
) -> dict[str, int]:
    q = _scope(
        select(Registration.status, func.count()).join(Trade, Registration.trade_id == Trade.id),
        actor or current_actor(),
    )
    if filters and filters.get("contest_id"):
        q = q.where(Trade.contest_id == filters["contest_id"])
    return {s: n for s, n in session.execute(q.group_by(Registration.status))}


def union_choices(session: Session, actor: Actor | None = None) -> list[tuple[int, str]]:
    """Top of the union tree (district unions, bureaus, group-company unions) and schools: the
    units whose subtree the review filters by. Given a union reviewer, only those in their union."""
    kinds = ("district_union", "bureau", "group_company", "school")
    q = (
        select(Organisation.id, Organisation.name, Organisation.union_code)
        .where(Organisation.kind.in_(kinds), Organisation.retired.is_(False))
        .order_by(Organisation.kind, Organisation.union_code, Organisation.name)
    )
    if actor is not None:
        from haihe_desk.services.organisations import scope_condition

        cond = scope_condition(actor, Organisation.id)
        if cond is not None:
            q = q.where(cond)
    return [(oid, f"{code}　{name}" if code else name) for oid, name, code in session.execute(q)]


def trade_choices(session: Session, contest_id: int | None) -> list[tuple[int, str, str, str]]:
    """The trades of a contest as (id, code, name, group), by code: the filters and the entry form."""
    if contest_id is None:
        return []
    return [
        tuple(r)
        for r in session.execute(  # type: ignore[misc]
            select(Trade.id, Trade.code, Trade.name, Trade.group)
            .where(Trade.contest_id == contest_id)
            .order_by(Trade.code)
        )
    ]


def unit_choices(session: Session) -> list[tuple[int, str]]:
    return list(session.execute(select(Organisation.id, Organisation.name).order_by(Organisation.name)))


# --------------------------------------------------------------------------- entry (hand and import)


def trade_facts(session: Session, contest_id: int | None) -> list[rules.TradeFacts]:
    """The trades of a contest as plain facts for the entry rules."""
    if contest_id is None:
        return []
    contest = session.get(Contest, contest_id)
    out = []
    for t in session.scalars(select(Trade).where(Trade.contest_id == contest_id).order_by(Trade.code)):
        out.append(
            rules.TradeFacts(
                id=t.id,
                code=t.code,
                name=t.name,
                group=t.group,
                min_age=t.min_age,
                max_age=t.max_age,
                required_grade=t.required_grade,
                grade_exception_allowed=t.grade_exception_allowed,
                deadline=t.registration_deadline or (contest.registration_deadline if contest else None),
                contest_day=t.start_date or (contest.start_date if contest else None),
            )
        )
    return out


def entry_context(
    session: Session, contest_id: int | None, *, today: date | None = None, late_reason: str = ""
) -> rules.EntryContext:
    """What the entry rules need to know about one contest (its trades) and the unit table."""
    codes = {
        code: (oid, name)
        for oid, code, name in session.execute(
            select(Organisation.id, Organisation.union_code, Organisation.name).where(
                Organisation.union_code.is_not(None), Organisation.retired.is_(False)
            )
        )
        if code
    }
    schools = {
        name: oid
        for oid, name in session.execute(
            select(Organisation.id, Organisation.name).where(Organisation.kind == "school")
        )
    }
    return rules.EntryContext(
        trades=trade_facts(session, contest_id),
        union_codes=codes,
        schools=schools,
        today=today or date.today(),
        late_reason=late_reason,
    )


def _require_contest(session: Session, contest_id: int | None) -> int:
    if contest_id is None or session.get(Contest, contest_id) is None:
        raise RejectedData(translate("Registrations", "数据库中还没有赛事；请先创建赛事和工种，再录入报名。"))
    return contest_id


def check_entry(
    session: Session,
    raw: dict[str, object],
    *,
    ctx: rules.EntryContext,
    exclude_id: int | None = None,
    check_deadline: bool = True,
) -> tuple[rules.CleanEntry | None, list[tuple[str, str]]]:
    """All entry rules for one hand-entered registration, including 'already in this trade' and
    'this ID number belongs to someone else'. Used as-you-type by the entry dialog. ``ctx`` is the
    contest's ``entry_context``; ``exclude_id`` names the registration being edited (its own row
    and person are not 'someone else'); an edit passes ``check_deadline=False`` (correcting an
    entry is not a late entry)."""
    clean, problems = rules.validate_entry(raw, ctx, students=False, check_deadline=check_deadline)
    if clean is None:
        return None, problems
    trade = ctx.trade_by_id(clean.trade_id)
    assert trade is not None
    existing = session.execute(
        select(Registration.id, Person.name)
        .join(Person, Registration.person_id == Person.id)
        .where(Person.id_number == clean.id_number, Registration.trade_id == clean.trade_id)
    ).first()
    if existing is not None and existing[0] != exclude_id:
        return None, [("id_number", rules.duplicate_problem(existing[1], trade))]
    others = select(Person.name).where(Person.id_number == clean.id_number)
    if exclude_id is not None:
        others = others.where(
            Person.id != select(Registration.person_id).where(Registration.id == exclude_id).scalar_subquery()
        )
    other = session.scalar(others)
    if other is not None and other != clean.name:
        return None, [
            (
                "name",
                translate("Registrations", "身份证号 {id} 已登记为“{other}”，与姓名“{name}”不符；请核对。").format(
                    id=idcard.mask(clean.id_number), other=other, name=clean.name
                ),
            )
        ]
    return clean, []


def add_registration(
    session: Session, actor: Actor, raw: dict[str, object], *, contest_id: int | None, source: str = "hand"
) -> int:
    """Hand entry of one registration into contest ``contest_id``; every rule checked, the entry and
    any override audited."""
    actor.require(roles.REGISTRATIONS_EDIT)
    _require_contest(session, contest_id)
    clean, problems = check_entry(session, raw, ctx=entry_context(session, contest_id))
    if clean is None:
        key, message = problems[0]
        title = FIELD_TITLES.get(key, key)
        raise RejectedData(
            translate("Registrations", "“{field}”：{msg}").format(field=translate("Columns", title), msg=message)
        )
    if actor.scoped:
        from haihe_desk.services.organisations import require_in_scope

        require_in_scope(
            session, actor, [clean.unit_id], translate("Registrations", "单位“{u}”").format(u=clean.unit_name)
        )
    person = session.scalar(select(Person).where(Person.id_number == clean.id_number))
    if person is None:
        person = Person(name=clean.name, id_number=clean.id_number, gender=clean.gender, birth_date=clean.birth_date)
        session.add(person)
    if clean.mobile:
        person.mobile = clean.mobile
    if clean.phone:
        person.phone = clean.phone
    reg = Registration(
        trade_id=clean.trade_id,
        person=person,
        unit_id=clean.unit_id,
        unit_name=clean.unit_name,
        union_code=clean.union_code,
        group=clean.group,
        skill_grade=clean.skill_grade,
        grade_exception=clean.grade_exception,
        grade_exception_reason=clean.grade_exception_reason,
        late_override_reason=clean.late_override_reason,
        status="submitted",
        source=source,
        notes=clean.notes,
    )
    session.add(reg)
    session.flush()
    session.add(RegistrationEvent(registration_id=reg.id, from_status="", to_status="submitted", actor=actor.username))
    audit.record(
        session,
        actor,
        "registration.add",
        entity="registration",
        entity_id=reg.id,
        new={
            "name": clean.name,
            "id_number": idcard.mask(clean.id_number),
            "trade_id": clean.trade_id,
            "group": clean.group,
            "unit": clean.unit_name,
            "grade": clean.skill_grade,
            "grade_exception": clean.grade_exception,
        },
        reason=clean.grade_exception_reason,
    )
    if clean.late_override_reason:
        audit.record(
            session,
            actor,
            "registration.late_override",
            entity="registration",
            entity_id=reg.id,
            reason=clean.late_override_reason,
        )
    return reg.id


FIELD_TITLES = {
    "name": QT_TRANSLATE_NOOP("Columns", "姓名"),
    "gender": QT_TRANSLATE_NOOP("Columns", "性别"),
    "id_number": QT_TRANSLATE_NOOP("Columns", "身份证号"),
    "birth_date": QT_TRANSLATE_NOOP("Columns", "出生日期"),
    "mobile": QT_TRANSLATE_NOOP("Columns", "手机"),
    "unit": QT_TRANSLATE_NOOP("Columns", "工作单位"),
    "union_code": QT_TRANSLATE_NOOP("Columns", "工会代码"),
    "trade": QT_TRANSLATE_NOOP("Columns", "工种"),
    "group": QT_TRANSLATE_NOOP("Columns", "组别"),
    "grade": QT_TRANSLATE_NOOP("Columns", "技能等级"),
    "exception_reason": QT_TRANSLATE_NOOP("Columns", "破格原因"),
    "school": QT_TRANSLATE_NOOP("Columns", "学校"),
    "status": QT_TRANSLATE_NOOP("Columns", "审核状态"),
    "notes": QT_TRANSLATE_NOOP("Columns", "备注"),
    "late_reason": QT_TRANSLATE_NOOP("Columns", "补报原因"),
}


# --------------------------------------------------------------------------- history


@dataclass(frozen=True)
class HistoryRow:
    at: datetime
    actor: str
    from_status: str  # translated labels
    to_status: str
    reason: str


def history(session: Session, registration_id: int, actor: Actor | None = None) -> list[HistoryRow]:
    (actor or current_actor()).require(roles.REGISTRATIONS_VIEW)
    rows = session.execute(
        select(
            RegistrationEvent.at,
            RegistrationEvent.actor,
            RegistrationEvent.from_status,
            RegistrationEvent.to_status,
            RegistrationEvent.reason,
        )
        .where(RegistrationEvent.registration_id == registration_id)
        .order_by(RegistrationEvent.at, RegistrationEvent.id)
    )
    return [
        HistoryRow(
            at, actor, labels.label(labels.REG_STATUS, f) if f else "", labels.label(labels.REG_STATUS, t), reason
        )
        for at, actor, f, t, reason in rows
    ]


# --------------------------------------------------------------------------- roster export (花名册)

ROSTER_COLUMNS = (
    QT_TRANSLATE_NOOP("Roster", "序号"),
    QT_TRANSLATE_NOOP("Roster", "姓名"),
    QT_TRANSLATE_NOOP("Roster", "性别"),
    QT_TRANSLATE_NOOP("Roster", "身份证号"),
    QT_TRANSLATE_NOOP("Roster", "出生日期"),
    QT_TRANSLATE_NOOP("Roster", "工种代码"),
    QT_TRANSLATE_NOOP("Roster", "工种"),
    QT_TRANSLATE_NOOP("Roster", "组别"),
    QT_TRANSLATE_NOOP("Roster", "工作单位/学校"),
    QT_TRANSLATE_NOOP("Roster", "工会代码"),
    QT_TRANSLATE_NOOP("Roster", "技能等级"),
    QT_TRANSLATE_NOOP("Roster", "破格"),
    QT_TRANSLATE_NOOP("Roster", "手机"),
    QT_TRANSLATE_NOOP("Roster", "审核状态"),
    QT_TRANSLATE_NOOP("Roster", "准考证号"),
)


def roster_filters(
    session: Session,
    contest_id: int | None,
    *,
    trade: str | None = None,
    unit: str | None = None,
    status: str | None = None,
) -> dict[str, Any]:
    """CLI-style filters of one contest (trade code or name, unit name part, status label or code)
    → list filters."""
    f: dict[str, Any] = {"contest_id": contest_id}
    if trade:
        tids = list(
            session.scalars(
                select(Trade.id).where(
                    Trade.contest_id == f["contest_id"], (Trade.code == trade) | (Trade.name == trade)
                )
            )
        )
        if not tids:
            raise UsageError(translate("Registrations", "找不到工种“{t}”；请填写工种代码或名称。").format(t=trade))
        f["trade_ids"] = tids
    if unit:
        f["unit_text"] = unit
    if status:
        code = labels.code_for(labels.REG_STATUS, status)
        if code is None:
            raise UsageError(
                translate("Registrations", "审核状态“{s}”无效；可选：{choices}。").format(
                    s=status, choices="、".join(list(labels.REG_STATUS))
                )
            )
        f["status"] = code
    return f


def export_roster(
    session: Session, actor: Actor, path: str | Path, filters: dict[str, Any], *, unmasked: bool = False
) -> int:
    """Write the roster xlsx (``io/roster.py``) of the rows ``filters`` select (``contest_id`` among
    them), within the actor's scope; ID numbers and phones masked unless ``unmasked`` (which needs
    UNMASK). Audited either way. Returns the number of people written."""
    actor.require(roles.UNMASK if unmasked else roles.REGISTRATIONS_VIEW)
    from haihe_desk.io.roster import write_roster

    q = _filters(
        select(
            Person.name,
            Person.gender,
            Person.id_number,
            Person.birth_date,
            Trade.code,
            Trade.name,
            Registration.group,
            Registration.unit_name,
            Registration.union_code,
            Registration.skill_grade,
            Registration.grade_exception,
            Person.mobile,
            Registration.status,
            Registration.exam_number,
        )
        .join(Person, Registration.person_id == Person.id)
        .join(Trade, Registration.trade_id == Trade.id),
        filters,
    ).order_by(Trade.code, Registration.unit_name, Registration.id)
    q = _scope(q, actor)
    yes = translate("Roster", "是")

    def rows() -> Any:
        for n, row in enumerate(session.execute(q), start=1):
            (name, gender, idn, born, tcode, tname, group, unit_name, code, grade, exc, mobile, status, exam) = row
            yield (
                n,
                name,
                gender,
                (idn or "") if unmasked else idcard.mask(idn or ""),
                born,
                tcode,
                tname,
                labels.label(labels.GROUPS, group),
                unit_name,
                code,
                labels.label(labels.GRADES, grade) if grade else "",
                yes if exc else "",
                (mobile or "") if unmasked else masking.phone(mobile),
                labels.label(labels.REG_STATUS, status),
                exam or "",
            )

    n = write_roster(
        Path(path), [translate("Roster", t) for t in ROSTER_COLUMNS], rows(), sheet_title=translate("Roster", "花名册")
    )
    audit.record(
        session,
        actor,
        "registration.export_unmasked" if unmasked else "registration.export",
        entity="registration",
        new={
            "file": Path(path).name,
            "rows": n,
            "filters": {k: v for k, v in filters.items() if v},
            "unmasked": unmasked,
        },
    )
    return n
