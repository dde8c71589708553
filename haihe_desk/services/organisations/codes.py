"""Union codes against the database: uniqueness, the strict-format setting (off by default) and
the parent-prefix warning. The format rules themselves are pure (``domain.orgs``)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from haihe_desk.db.models import Organisation
from haihe_desk.domain import orgs as rules
from haihe_desk.domain import roles
from haihe_desk.errors import RejectedData
from haihe_desk.i18n import translate
from haihe_desk.services import audit, settings
from haihe_desk.services.context import Actor
from haihe_desk.services.organisations.tree import by_code


def strict_codes(session: Session) -> bool:
    """Whether union codes must follow the office's numbering (6 digits + 3 per level). Off unless
    an office turned it on: the codes come from the unions and their format is theirs."""
    return settings.get(session, rules.STRICT_SETTING, "0") == "1"


def set_strict_codes(session: Session, actor: Actor, on: bool) -> bool:
    """Turn the strict format on or off (audited); returns the new value."""
    actor.require(roles.SETTINGS_EDIT)
    old = strict_codes(session)
    if old != on:
        settings.put(session, rules.STRICT_SETTING, "1" if on else "0")
        session.flush()
        audit.record(
            session,
            actor,
            "setting.update",
            entity="setting",
            entity_id=rules.STRICT_SETTING,
            old={"value": old},
            new={"value": on},
        )
    return on


def check_code(session: Session, code: str | None, *, org_id: int | None) -> None:
    """Refuse a code that is malformed (under the current setting) or belongs to another unit."""
    if not code:
        return
    problem = rules.union_code_problem(code, strict=strict_codes(session))
    if problem:
        raise RejectedData(translate("Orgs", "工会代码“{code}”无效：{why}。").format(code=code, why=problem))
    other = by_code(session, code)
    if other is not None and other.id != org_id:
        raise RejectedData(
            translate("Orgs", "工会代码“{code}”已属于“{name}”；每个代码只能给一个单位，请核对后再填。").format(
                code=code, name=other.name
            )
        )


def parent_warning(session: Session, code: str | None, parent_id: int | None) -> str | None:
    """The parent-prefix warning for a unit with ``code`` under ``parent_id`` (None: fine)."""
    if not code or parent_id is None:
        return None
    parent = session.get(Organisation, parent_id)
    if parent is None:
        return None
    return rules.parent_code_warning(code, parent.name, parent.union_code)
