"""Small helpers for the contacts/organisations tests (real services, real files)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import func, select

from haihe_desk.db.database import Database
from haihe_desk.db.models import AuditEntry, Organisation, Registration
from haihe_desk.services import organisations


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def org_id(db: Database, code: str) -> int:
    with db.read() as s:
        org = organisations.by_code(s, code)
        assert org is not None, code
        return org.id


def regs_of(db: Database, unit_id: int) -> set[int]:
    with db.read() as s:
        return set(s.scalars(select(Registration.id).where(Registration.unit_id == unit_id)))


def counts(db: Database) -> tuple[int, int]:
    """(organisations, audit entries) — a database fingerprint for atomicity checks."""
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Organisation)) or 0,
            s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def import_orgs(db: Database, path: Path, **kw: Any) -> Any:
    """The union-code list through the import pipeline, as the CLI and the GUI run it."""
    from haihe_desk.services.context import SYSTEM
    from haihe_desk.services.imports import run_import

    return run_import(db, SYSTEM, organisations.OrganisationsImporter(), path, **kw).result


def import_contacts(db: Database, path: Path, contest_id: int | None = None, **kw: Any) -> Any:
    from haihe_desk.services import contacts
    from haihe_desk.services.context import SYSTEM
    from haihe_desk.services.imports import run_import

    return run_import(db, SYSTEM, contacts.ContactsImporter(contest_id), path, **kw).result
