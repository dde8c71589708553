"""Correcting an existing registration (a 退回修改 entry before it is resubmitted, or any other).

The edited values go through the very rules hand entry uses (``registrations.check_entry``); the
trade and the group stay as they are. One audit entry records the old and new values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from haihe_desk.db.models import Person, Registration
from haihe_desk.domain import idcard, labels, roles
from haihe_desk.errors import RejectedData, UsageError
from haihe_desk.i18n import translate
from haihe_desk.services import audit, concurrency, registrations
from haihe_desk.services.context import Actor, current_actor
from haihe_desk.services.organisations import require_in_scope

# The entry keys (domain.registration_rules.ENTRY_KEYS) an edit may change. Gender and birth date
# are derived from the ID number again; when given they are only cross-checked against it.
EDITABLE = (
    "name",
    "id_number",
    "gender",
    "birth_date",
    "mobile",
    "unit",
    "school",
    "union_code",
    "grade",
    "exception_reason",
    "notes",
)


@dataclass(frozen=True)
class EditValues:
    """A registration as the entry rules read it, with what an editor needs to save it back."""

    id: int
    version: int
    status: str
    group: str
    trade_code: str
    raw: dict[str, object]
    contest_id: int  # the registration's own contest: its rules, its trades


def edit_values(session: Session, registration_id: int, actor: Actor | None = None) -> EditValues:
    """What the editor shows (full ID number and phone: only for roles that may edit, in scope)."""
    actor = actor or current_actor()
    actor.require(roles.REGISTRATIONS_EDIT)
    reg = session.get(Registration, registration_id)
    if reg is None:
        raise RejectedData(
            translate("RegistrationEdit", "报名编号 {id} 不存在；请核对编号。").format(id=registration_id)
        )
    require_in_scope(session, actor, [reg.unit_id], translate("RegistrationEdit", "报名 {id}").format(id=reg.id))
    person = reg.person
    raw: dict[str, object] = {
        "name": person.name,
        "id_number": person.id_number or "",
        "mobile": person.mobile or person.phone,
        "trade": reg.trade.code,
        "group": reg.group,
        "union_code": reg.union_code,
        "grade": reg.skill_grade,
        "exception_reason": reg.grade_exception_reason,
        "notes": reg.notes,
    }
    raw["school" if reg.group == "student" else "unit"] = reg.unit_name
    return EditValues(reg.id, reg.version, reg.status, reg.group, reg.trade.code, raw, reg.trade.contest_id)


def _snapshot(reg: Registration) -> dict[str, Any]:
    p = reg.person
    return {
        "name": p.name,
        "id_number": idcard.mask(p.id_number or ""),
        "gender": p.gender,
        "birth_date": p.birth_date.isoformat() if p.birth_date else None,
        "mobile": p.mobile,
        "phone": p.phone,
        "unit": reg.unit_name,
        "unit_id": reg.unit_id,
        "union_code": reg.union_code,
        "grade": reg.skill_grade,
        "grade_exception": reg.grade_exception,
        "exception_reason": reg.grade_exception_reason,
        "notes": reg.notes,
    }


def update_registration(
    session: Session,
    actor: Actor,
    registration_id: int,
    changes: Mapping[str, object],
    *,
    expected_version: int,
    reason: str = "",
) -> dict[str, tuple[Any, Any]]:
    """Apply ``changes`` (entry keys → new values) to one registration after checking the result with
    every entry rule. ``expected_version`` is the Registration.version the editor read; a newer one
    is a Conflict. A confirmed registration changes only with a reason. Returns {field: (old, new)}
    of what changed (empty: nothing to save, nothing audited)."""
    actor.require(roles.REGISTRATIONS_EDIT)
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise UsageError(
            translate("RegistrationEdit", "不能修改“{keys}”；可修改：{all}。").format(
                keys="、".join(unknown), all="、".join(EDITABLE)
            )
        )
    current = edit_values(session, registration_id, actor)
    reg = session.get(Registration, registration_id)
    assert reg is not None
    old = _snapshot(reg)
    with concurrency.guarded_edit(
        session,
        reg,
        expected_version,
        entity="registration",
        snapshot=conflict_values,
        subject=translate("RegistrationEdit", "报名 {id}（{name}）").format(id=reg.id, name=old["name"]),
    ):
        _apply(session, actor, reg, current, changes)
    new = _snapshot(reg)
    changed = {k: (old[k], new[k]) for k in new if new[k] != old[k]}
    if not changed:
        return {}
    reason = reason.strip()
    if reg.status == "confirmed" and not reason:
        raise RejectedData(
            translate(
                "RegistrationEdit", "报名 {id}（{name}）已由组委会确认；修改须填写原因（记入审计日志），未做任何修改。"
            ).format(id=reg.id, name=old["name"])
        )
    audit.record(
        session,
        actor,
        "registration.edit",
        entity="registration",
        entity_id=reg.id,
        old={k: o for k, (o, _n) in changed.items()},
        new={k: n for k, (_o, n) in changed.items()},
        reason=reason,
    )
    return changed


def _apply(
    session: Session, actor: Actor, reg: Registration, current: EditValues, changes: Mapping[str, object]
) -> None:
    """Check the edited entry with every entry rule and put it on the rows (not flushed)."""
    raw = dict(current.raw)
    for key, value in changes.items():
        if key in ("unit", "school"):  # one field: the unit of a worker, the school of a student
            key = "school" if current.group == "student" else "unit"
        raw[key] = value
    # The rules of the registration's own contest, whichever contest the office is working on now.
    ctx = registrations.entry_context(session, current.contest_id)
    clean, problems = registrations.check_entry(session, raw, ctx=ctx, exclude_id=reg.id, check_deadline=False)
    if clean is None:
        key, message = problems[0]
        title = registrations.FIELD_TITLES.get(key, key)
        raise RejectedData(
            translate("RegistrationEdit", "报名 {id}，“{field}”：{msg}未做任何修改。").format(
                id=reg.id, field=translate("Columns", title), msg=message
            )
        )
    require_in_scope(
        session, actor, [clean.unit_id], translate("RegistrationEdit", "单位“{u}”").format(u=clean.unit_name)
    )
    person = reg.person
    if clean.id_number != person.id_number:
        holder = session.scalar(select(Person.id).where(Person.id_number == clean.id_number, Person.id != person.id))
        if holder is not None:
            raise RejectedData(
                translate("RegistrationEdit", "身份证号 {id} 已属于另一条人员记录；请核对号码，未做任何修改。").format(
                    id=idcard.mask(clean.id_number)
                )
            )

    person.name, person.id_number = clean.name, clean.id_number
    person.gender, person.birth_date = clean.gender, clean.birth_date
    if clean.mobile:
        person.mobile = clean.mobile
    elif clean.phone:
        person.mobile, person.phone = "", clean.phone
    reg.unit_name, reg.unit_id, reg.union_code = clean.unit_name, clean.unit_id, clean.union_code
    reg.skill_grade, reg.grade_exception = clean.skill_grade, clean.grade_exception
    reg.grade_exception_reason, reg.notes = clean.grade_exception_reason, clean.notes


def conflict_values(reg: Registration) -> dict[str, Any]:
    """What an editor of a registration sees, for the conflict table (both values per field)."""
    p = reg.person
    return {
        "name": p.name,
        "id_number": p.id_number or "",
        "gender": p.gender,
        "birth_date": p.birth_date,
        "mobile": p.mobile or p.phone,
        "unit": reg.unit_name,
        "union_code": reg.union_code,
        "grade": labels.label(labels.GRADES, reg.skill_grade) if reg.skill_grade else "",
        "exception_reason": reg.grade_exception_reason,
        "notes": reg.notes,
    }


_TITLE_OF = {"phone": "mobile", "unit_id": "unit", "grade_exception": "exception_reason"}


def changed_titles(changed: Mapping[str, object]) -> list[str]:
    """The translated column titles of the changed fields, each once (for a summary line)."""
    keys = dict.fromkeys(_TITLE_OF.get(k, k) for k in changed)
    return [translate("Columns", registrations.FIELD_TITLES[k]) for k in keys if k in registrations.FIELD_TITLES]
