"""Importing contacts from xlsx through the one import pipeline (``services/imports``):
``ContactsImporter.plan`` checks every row (``plan_import``, writes nothing), ``apply`` writes the
rows without problems in the runner's transaction, each through the editing service."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from haihe_desk.db.models import Contact
from haihe_desk.domain import labels, roles
from haihe_desk.domain import phones as phone_rules
from haihe_desk.i18n import translate
from haihe_desk.io.sheet import FieldSpec, ImportResult, SheetData
from haihe_desk.services import organisations
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
from haihe_desk.services.imports.base import Importer, ImportPlan, Progress


def plan_import(
    session: Session, data: Any, contest_id: int | None
) -> tuple[list[tuple[int, int | None, ContactInput]], list[Any]]:
    """Check every row; returns [(row, existing contact id or None, input)] and the issues."""
    from haihe_desk.io.sheet import ImportIssue, as_text

    fields = sheet_fields()
    col = {f.key: data.header_for(f.key, fields) for f in fields}
    existing = {(n, o): i for i, n, o in session.execute(select(Contact.id, Contact.name, Contact.organisation_name))}
    issues: list[ImportIssue] = []
    plans: list[tuple[int, int | None, ContactInput]] = []
    seen: dict[tuple[str, str], int] = {}
    for r in data.rows:
        v = {k: as_text(r.values.get(k)) for k in ("name", "role", "organisation", "trade", "email", "notes")}
        before = len(issues)
        if not v["name"]:
            issues.append(
                ImportIssue(r.row, col["name"], None, translate("ContactSheet", "姓名为空；请填写联系人姓名"))
            )
        role = "other"
        if v["role"]:
            found = labels.code_for(labels.CONTACT_ROLES, v["role"])
            if found is None:
                issues.append(
                    ImportIssue(
                        r.row, col["role"], v["role"], translate("ContactSheet", "职责无效；请从下拉列表中选择")
                    )
                )
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
            issues.append(
                ImportIssue(
                    r.row,
                    col["name"],
                    v["name"],
                    translate(
                        "ContactSheet", "与第 {n} 行是同一单位的同名联系人；同一人请只写一行，电话可写在同一格"
                    ).format(n=seen[key]),
                )
            )
        seen.setdefault(key, r.row)
        if len(issues) == before:
            plans.append(
                (
                    r.row,
                    existing.get(key),
                    ContactInput(
                        name=v["name"],
                        role=role,
                        organisation_id=organisation_id_for(session, v["organisation"]),
                        organisation_name=v["organisation"],
                        trade_name=v["trade"],
                        phones=phones,
                        email=v["email"],
                        notes=v["notes"],
                        contest_id=contest_id,
                    ),
                )
            )
    return plans, issues


def _same(session: Session, c: Contact, item: ContactInput) -> bool:
    """Whether saving ``item`` over the contact ``c`` leaves it as it is (what ``edits`` would store)."""
    org_name = item.organisation_name.strip()
    if item.organisation_id is not None:
        org_name = organisations.get(session, item.organisation_id).name
    wanted = (
        item.name.strip(),
        item.role,
        item.organisation_id,
        org_name,
        item.trade_name.strip(),
        item.email.strip(),
        item.notes.strip(),
        item.contest_id if item.contest_id is not None else c.contest_id,
        [(k, n.strip()) for k, n in item.phones if n.strip()],
    )
    saved = (
        c.name,
        c.role,
        c.organisation_id,
        c.organisation_name,
        c.trade_name,
        c.email,
        c.notes,
        c.contest_id,
        [(p.kind, p.number) for p in c.phones],
    )
    return wanted == saved


class ContactsImporter(Importer):
    """The contact list (通讯录) into the contest ``contest_id`` (None: contacts of no contest). A
    contact with the same name and unit is updated, the others are created."""

    kind = "contact"
    permission = roles.CONTACTS_EDIT
    changes = ("contacts",)

    def __init__(self, contest_id: int | None):
        self.contest_id = contest_id

    def title(self) -> str:
        return translate("ContactSheet", "通讯录")

    def fields(self, session: Session) -> Sequence[FieldSpec]:
        return sheet_fields()

    def preview_headers(self) -> list[str]:
        return [
            translate("ContactSheet", "行号"),
            translate("ContactSheet", "姓名"),
            translate("ContactSheet", "职责"),
            translate("ContactSheet", "单位"),
            translate("ContactSheet", "电话"),
            translate("ContactSheet", "处理"),
        ]

    def plan(self, session: Session, data: SheetData, progress: Progress | None) -> ImportPlan:
        rows, issues = plan_import(session, data, self.contest_id)
        plan = ImportPlan(data=data, payload=rows)
        for i in issues:
            plan.issue(i.row, i.column, i.value, i.message)
        existing = {
            c.id: c
            for c in session.scalars(
                select(Contact)
                .where(Contact.id.in_([cid for _r, cid, _i in rows if cid is not None]))
                .options(selectinload(Contact.phones))
            )
        }
        for row, cid, item in rows:
            if cid is None:
                plan.new += 1
                what = translate("ContactSheet", "新建")
                plan.changes.append(
                    translate("ContactSheet", "第 {row} 行：新建“{name}”").format(row=row, name=item.name)
                )
            elif not _same(session, existing[cid], item):
                plan.updated += 1
                what = translate("ContactSheet", "更新")
                plan.changes.append(
                    translate("ContactSheet", "第 {row} 行：更新“{name}”").format(row=row, name=item.name)
                )
            else:
                plan.unchanged += 1
                what = translate("ContactSheet", "不变")
            plan.preview.append(
                (
                    row,
                    item.name,
                    labels.label(labels.CONTACT_ROLES, item.role),
                    item.organisation_name,
                    "、".join(n for _k, n in item.phones),
                    what,
                )
            )
        if progress is not None:
            progress(1, 1)
        return plan

    def apply(
        self, session: Session, actor: Actor, plan: ImportPlan, *, accept_valid: bool, progress: Progress | None
    ) -> ImportResult:
        """Each row through the editing service (audited as contact.create / contact.update)."""
        actor.require(roles.CONTACTS_EDIT)
        written = unchanged = 0
        for row, cid, item in plan.payload:
            if row in plan.error_rows:
                continue
            if cid is None:
                create(session, actor, item)
                written += 1
                continue
            c = get_existing(session, cid)
            if item.contest_id is None:
                item.contest_id = c.contest_id  # an import without a contest keeps the contact's
            old = snapshot(c)
            update(session, actor, cid, item)
            if snapshot(c) != old:
                written += 1
            else:
                unchanged += 1
        if progress is not None:
            progress(1, 1)
        result = plan.result(written)
        result.unchanged = unchanged
        return result
