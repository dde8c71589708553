"""Host units (承办单位): organisations of kind ``host_unit`` that a trade names; found by name or
short name, created (audited, through ``services.organisations``) when a trade list or the CLI
names a new one."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from haihe_desk.db.models import Organisation
from haihe_desk.domain import roles
from haihe_desk.services import organisations
from haihe_desk.services.context import Actor


def host_unit_choices(session: Session) -> list[tuple[int, str]]:
    """Organisations of kind host_unit (承办单位), not retired, by name."""
    return [
        (i, n)
        for i, n in session.execute(
            select(Organisation.id, Organisation.name)
            .where(Organisation.kind == "host_unit", Organisation.retired.is_(False))
            .order_by(Organisation.name)
        )
    ]


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
