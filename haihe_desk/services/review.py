"""The three-stage review: submitted → union approved → confirmed; returned/rejected with a reason
from either review stage; withdrawn. The transition table lives in domain.registration_rules."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from haihe_desk.db.models import Person, Registration, RegistrationEvent
from haihe_desk.domain import labels, roles
from haihe_desk.domain import registration_rules as rules
from haihe_desk.errors import PermissionDenied, RejectedData, UsageError
from haihe_desk.i18n import translate
from haihe_desk.services import audit
from haihe_desk.services.context import Actor

ACTIONS = tuple(rules.TRANSITIONS)


@dataclass(frozen=True)
class ReviewOutcome:
    changed: int
    to_status: str


def allowed_actions(statuses: Sequence[str], role: str = "admin") -> set[str]:
    """Actions legal for every one of the given states (what the GUI enables for a selection)."""
    out = set()
    for action in ACTIONS:
        try:
            for s in statuses:
                rules.transition(action, s, "x", role)
        except rules.RuleError:
            continue
        if statuses:
            out.add(action)
    return out


def statuses(session: Session, actor: Actor, ids: Sequence[int]) -> list[str]:
    """The review states of the given registrations that lie in the actor's scope (what decides
    which review buttons a selection enables); rows outside a union reviewer's union are not read."""
    actor.require(roles.REGISTRATIONS_VIEW)
    ids = list(dict.fromkeys(int(i) for i in ids))
    if not ids:
        return []
    from haihe_desk.services.organisations import scope_condition

    cond = scope_condition(actor, Registration.unit_id)
    out: list[str] = []
    for start in range(0, len(ids), 500):
        q = select(Registration.status).where(Registration.id.in_(ids[start : start + 500]))
        out.extend(session.scalars(q if cond is None else q.where(cond)))
    return out


def apply(session: Session, actor: Actor, action: str, ids: Sequence[int], reason: str = "") -> ReviewOutcome:
    """Move every registration in ``ids`` by ``action``: all of them or none (the first illegal one
    is named). Each move writes a history row and an audit entry in the caller's transaction."""
    if action not in rules.TRANSITIONS:
        raise UsageError(
            translate("Review", "未知的审核操作“{a}”；可用：{all}。").format(a=action, all="、".join(ACTIONS))
        )
    # The role first, as PermissionDenied like every other service (not as a rule of the state).
    actor.require(roles.REGISTRATIONS_EDIT)
    if actor.role not in rules.ACTION_ROLES[action]:
        raise PermissionDenied(
            translate(
                "Review", "账号“{user}”（{role}）无权执行“{a}”；请用有此权限的账号登录，或交由大赛办公室办理。"
            ).format(user=actor.username, role=labels.label(labels.USER_ROLES, actor.role), a=action_label(action))
        )
    ids = list(dict.fromkeys(int(i) for i in ids))
    if not ids:
        raise UsageError(translate("Review", "没有选中任何报名；请指定要审核的报名编号。"))
    regs: dict[int, Registration] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        for reg in session.scalars(select(Registration).where(Registration.id.in_(chunk))):
            regs[reg.id] = reg
    missing = [i for i in ids if i not in regs]
    if missing:
        raise RejectedData(
            translate("Review", "报名编号 {ids} 不存在；请核对编号。").format(ids="、".join(map(str, missing[:10])))
        )
    if actor.scoped:
        from haihe_desk.services.organisations import require_in_scope

        for rid in ids:
            require_in_scope(session, actor, [regs[rid].unit_id], translate("Review", "报名 {id}").format(id=rid))
    target = ""
    for rid in ids:
        reg = regs[rid]
        try:
            target = rules.transition(action, reg.status, reason, actor.role)
        except rules.RuleError as err:
            name = session.scalar(select(Person.name).where(Person.id == reg.person_id)) or ""
            raise RejectedData(
                translate("Review", "报名 {id}（{name}）：{msg}本批次未做任何修改。").format(id=rid, name=name, msg=err)
            ) from None
    for rid in ids:
        reg = regs[rid]
        old = reg.status
        reg.status = target
        if action in ("return", "reject"):
            reg.status_reason = reason.strip()
        elif action != "withdraw":
            reg.status_reason = ""
        session.add(
            RegistrationEvent(
                registration_id=rid, from_status=old, to_status=target, reason=reason.strip(), actor=actor.username
            )
        )
        audit.record(
            session,
            actor,
            f"registration.review.{action}",
            entity="registration",
            entity_id=rid,
            old={"status": old},
            new={"status": target},
            reason=reason.strip(),
        )
    session.flush()
    return ReviewOutcome(changed=len(ids), to_status=target)


def action_label(action: str) -> str:
    return translate("RegistrationRules", rules.ACTION_LABELS[action])


def status_label(code: str) -> str:
    return labels.label(labels.REG_STATUS, code)
