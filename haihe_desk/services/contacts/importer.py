"""Importing contacts from xlsx: every row checked first (``plan_import``), then written in the
caller's transaction: all rows or none."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from haihe_desk.db.models import Contact
from haihe_desk.domain import labels, roles
from haihe_desk.domain import phones as phone_rules
from haihe_desk.i18n import translate
from haihe_desk.services import audit, organisations
from haihe_desk.services.contacts.edits import (
    ContactInput,
    create,
    email_problem,
    get_existing,
    length_problems,
    organisation_id_for,
    snapshot,
    update,
)
from haihe_desk.services.contacts.sheet import sheet_fields
from haihe_desk.services.context import Actor


def plan_import(session: Session, data: Any, contest_id: int | None) -> tuple[list[tuple[int, int | None, ContactInput]], list[Any]]:
    """Check every row; returns [(row, existing contact id or None, input)] and the issues."""
    from haihe_desk.io.sheet import ImportIssue, as_text

    fields = sheet_fields()
    col = {f.key: data.header_for(f.key, fields) for f in fields}
    existing = {
        (n, o): i for i, n, o in session.execute(select(Contact.id, Contact.name, Contact.organisation_name))
    }
    issues: list[ImportIssue] = []
    plans: list[tuple[int, int | None, ContactInput]] = []
    seen: dict[tuple[str, str], int] = {}
    for r in data.rows:
        v = {k: as_text(r.values.get(k)) for k in ("name", "role", "organisation", "trade", "email", "notes")}
        before = len(issues)
        if not v["name"]:
            issues.append(ImportIssue(r.row, col["name"], None, translate("ContactSheet", "姓名为空；请填写联系人姓名")))
        role = "other"
        if v["role"]:
            found = labels.code_for(labels.CONTACT_ROLES, v["role"])
            if found is None:
                issues.append(ImportIssue(r.row, col["role"], v["role"], translate(
                    "ContactSheet", "职责无效；请从下拉列表中选择")))
            else:
                role = str(found)
        phones: list[tuple[str, str]] = []
        for kind in ("office", "mobile", "other"):
            for number in phone_rules.split_numbers(as_text(r.values.get(kind))):
                problem = phone_rules.dialable_problem(number)
                if problem:
                    issues.append(ImportIssue(r.row, col[kind], number, problem))
                phones.append((kind, number))
        problem = email_problem(v["email"])
        if problem:
            issues.append(ImportIssue(r.row, col["email"], v["email"], problem))
        for k, problem in length_problems(v["name"], v["organisation"], v["trade"], v["email"]).items():
            if problem:
                issues.append(ImportIssue(r.row, col[k], v[k], problem))
        key = (v["name"], v["organisation"])
        if v["name"] and key in seen:
            issues.append(ImportIssue(r.row, col["name"], v["name"], translate(
                "ContactSheet", "与第 {n} 行是同一单位的同名联系人；同一人请只写一行，电话可写在同一格").format(n=seen[key])))
        seen.setdefault(key, r.row)
        if len(issues) == before:
            plans.append((r.row, existing.get(key), ContactInput(
                name=v["name"], role=role, organisation_id=organisation_id_for(session, v["organisation"]),
                organisation_name=v["organisation"], trade_name=v["trade"], phones=phones, email=v["email"],
                notes=v["notes"], contest_id=contest_id,
            )))
    return plans, issues


def import_file(session: Session, actor: Actor, path: Any, *, contest_id: int | None = None,
                sheet: str | None = None, report: Any = None, dry_run: bool = False) -> Any:
    """Import contacts from xlsx: all rows or none; broken rows go to an xlsx report."""
    actor.require(roles.CONTACTS_EDIT)
    from pathlib import Path

    from haihe_desk.io.sheet import ImportResult, read_sheet

    data = read_sheet(path, sheet_fields(), sheet)
    plans, issues = plan_import(session, data, contest_id)
    if issues:
        return organisations.reject_with_report(data, issues, report)
    result = ImportResult(ok_rows=len(plans), used=dict(data.used), ignored=list(data.ignored))
    if dry_run:
        return result
    for row, cid, item in plans:
        if cid is not None and item.contest_id is None:
            item.contest_id = get_existing(session, cid).contest_id  # an import without a contest keeps the row's
        if cid is None:
            c = create(session, actor, item)
            result.written += 1
            result.changes.append(translate("ContactSheet", "第 {row} 行：新建“{name}”").format(row=row, name=c.name))
        else:
            c = get_existing(session, cid)
            old = snapshot(c)
            update(session, actor, cid, item)
            if snapshot(c) != old:
                result.written += 1
                result.changes.append(translate("ContactSheet", "第 {row} 行：更新“{name}”").format(row=row, name=c.name))
            else:
                result.unchanged += 1
    audit.record(session, actor, "contact.import", entity="contact", new={"file": Path(path).name, "rows": len(plans),
                 "written": result.written})
    return result
