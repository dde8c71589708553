"""Contacts (通讯录): listing and search (name, pinyin, phone digits, organisation), and editing
with several phones per person. Writes take an Actor and are audited."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import Session, selectinload

from haihe_desk.db.models import Contact, ContactPhone, Trade
from haihe_desk.domain import labels, roles
from haihe_desk.domain.pinyin import search_key
from haihe_desk.errors import RejectedData
from haihe_desk.i18n import QT_TRANSLATE_NOOP, translate
from haihe_desk.services import audit, concurrency, organisations
from haihe_desk.services.context import Actor, current_actor
from haihe_desk.services.lengths import fit, too_long
from haihe_desk.services.listing import Column, ListSource, Row, like_any

PHONE_KINDS = {
    "office": QT_TRANSLATE_NOOP("Labels", "办公电话"),
    "mobile": QT_TRANSLATE_NOOP("Labels", "手机"),
    "other": QT_TRANSLATE_NOOP("Labels", "其他电话"),
}
PHONE_RE = re.compile(r"^\+?[0-9][0-9\- ()]{2,30}([,，转#*][0-9]{1,6})?$")
EMAIL_RE = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")

COLUMNS = [
    Column("name", QT_TRANSLATE_NOOP("Columns", "姓名"), 130),
    Column("role", QT_TRANSLATE_NOOP("Columns", "职责"), 110),
    Column("trade", QT_TRANSLATE_NOOP("Columns", "工种"), 90),
    Column("organisation", QT_TRANSLATE_NOOP("Columns", "单位"), 160),
    Column("phones", QT_TRANSLATE_NOOP("Columns", "电话"), 220),
    Column("email", QT_TRANSLATE_NOOP("Columns", "电子邮箱"), 160),
    Column("notes", QT_TRANSLATE_NOOP("Columns", "备注"), 160),
]


def _phones_subq() -> Any:
    # group_concat on SQLite, string_agg on PostgreSQL: aggregate_strings is portable.
    return (
        select(func.aggregate_strings(ContactPhone.number, " / "))
        .where(ContactPhone.contact_id == Contact.id)
        .correlate(Contact)
        .scalar_subquery()
    )


def _base() -> Select[Any]:
    return select(
        Contact.id, Contact.name, Contact.role, Contact.trade_name, Contact.organisation_name, _phones_subq(),
        Contact.email, Contact.notes,
    )


def _filters(q: Select[Any], f: dict[str, Any]) -> Select[Any]:
    if f.get("contest_id"):
        q = q.where((Contact.contest_id == f["contest_id"]) | (Contact.contest_id.is_(None)))
    if f.get("role"):
        q = q.where(Contact.role == f["role"])
    if f.get("trade"):
        q = q.where(Contact.trade_name == f["trade"])
    if f.get("organisation_id"):
        q = q.where(organisations.in_subtree(Contact.organisation_id, f["organisation_id"]))
    text = (f.get("text") or "").strip()
    if text:
        digits = "".join(ch for ch in text if ch.isdigit())
        conds = [like_any(text, Contact.name, Contact.name_pinyin, Contact.organisation_name, Contact.email,
                          Contact.trade_name, Contact.notes)]
        if digits and len(digits) >= 3:
            conds.append(exists().where(ContactPhone.contact_id == Contact.id, like_any(digits, _digits(ContactPhone.number))))
        q = q.where(or_(*conds))
    return q


def _digits(col: Any) -> Any:
    """The number without the separators people type (portable: replace() exists on SQLite and
    PostgreSQL), so "84236612" finds "022-8423 6612"."""
    for ch in ("-", " ", "(", ")", "+"):
        col = func.replace(col, ch, "")
    return col


def _format(r: Row) -> Row:
    cid, name, role, trade, org, phones, email, notes = r
    return (cid, name, labels.label(labels.CONTACT_ROLES, role), trade, org, phones or "", email, notes)


SOURCE = ListSource(
    columns=COLUMNS, base=_base, apply_filters=_filters, order_by=lambda: [Contact.sort, Contact.id],
    format_row=_format, permission=roles.CONTACTS_VIEW,
)


def get(session: Session, contact_id: int) -> Contact | None:
    return session.get(Contact, contact_id)


# --------------------------------------------------------------------------- records for files


@dataclass(frozen=True)
class ContactRecord:
    """A contact as plain data for export (xlsx, vCard, PDF) and the CLI."""

    id: int
    name: str
    role: str
    organisation: str
    trade: str
    phones: tuple[tuple[str, str], ...]  # (kind, number)
    email: str
    notes: str

    @property
    def role_label(self) -> str:
        return labels.label(labels.CONTACT_ROLES, self.role)

    def numbers(self, kind: str | None = None) -> list[str]:
        return [n for k, n in self.phones if kind is None or k == kind]


def records(session: Session, filters: dict[str, Any] | None = None, actor: Actor | None = None) -> list[ContactRecord]:
    """Every contact matching the same filters as the tab (in the tab's order). ``actor`` defaults
    to the signed-in user of the process, who must be allowed to read contacts."""
    (actor or current_actor()).require(roles.CONTACTS_VIEW)
    ids = [r[0] for r in session.execute(_filters(select(Contact.id, Contact.sort), filters or {})
                                          .order_by(Contact.sort, Contact.id))]
    if not ids:
        return []
    by_id = {
        c.id: c
        for c in session.scalars(select(Contact).where(Contact.id.in_(ids)).options(selectinload(Contact.phones)))
    }
    return [_record(by_id[i]) for i in ids]


def record(session: Session, contact_id: int, actor: Actor | None = None) -> ContactRecord | None:
    (actor or current_actor()).require(roles.CONTACTS_VIEW)
    c = session.get(Contact, contact_id)
    return _record(c) if c is not None else None


def _record(c: Contact) -> ContactRecord:
    return ContactRecord(
        c.id, c.name, c.role, c.organisation_name, c.trade_name,
        tuple((p.kind, p.number) for p in c.phones), c.email, c.notes,
    )


def trade_choices(session: Session, contest_id: int | None) -> list[str]:
    """Trade names for the filter: the contest's trades plus any typed on a contact."""
    names: dict[str, None] = {}
    if contest_id:
        for (n,) in session.execute(select(Trade.name).where(Trade.contest_id == contest_id).order_by(Trade.code)):
            names[n] = None
    for (n,) in session.execute(select(Contact.trade_name).where(Contact.trade_name != "").distinct()
                                .order_by(Contact.trade_name)):
        names[n] = None
    return list(names)


# --------------------------------------------------------------------------- editing


@dataclass
class ContactInput:
    """What a form, an import row or the CLI gives to create or change a contact."""

    name: str
    role: str = "other"
    organisation_id: int | None = None
    organisation_name: str = ""
    trade_name: str = ""
    phones: Sequence[tuple[str, str]] = field(default_factory=list)  # (kind, number)
    email: str = ""
    notes: str = ""
    contest_id: int | None = None


def phone_kind_for(number: str) -> str:
    """A mainland mobile number (11 digits starting with 1) is a mobile; anything else an office line."""
    digits = re.sub(r"\D", "", number)
    return "mobile" if len(digits) == 11 and digits.startswith("1") else "office"


def split_phones(text: str) -> list[str]:
    """Numbers written in one cell: separated by 、 ， ; / or new lines."""
    return [p.strip() for p in re.split(r"[、;；/\n\r]+|,\s+|，\s*", text or "") if p.strip()]


def phone_problem(number: str) -> str | None:
    if not PHONE_RE.match(number.strip()):
        return translate("Contacts", "电话号码“{n}”格式不对，只能含数字、空格、横线、括号，分机可写成“转123”").format(n=number)
    return None


def email_problem(email: str) -> str | None:
    if email and not EMAIL_RE.match(email):
        return translate("Contacts", "电子邮箱“{e}”格式不对，应类似 name@example.com").format(e=email)
    return None


def check_input(data: ContactInput) -> list[str]:
    """Every problem with the input, each one sentence (empty: fine)."""
    problems = []
    if not data.name.strip():
        problems.append(translate("Contacts", "姓名不能为空"))
    if data.role not in labels.CONTACT_ROLES:
        problems.append(translate("Contacts", "职责“{r}”无效").format(r=data.role))
    for kind, number in data.phones:
        if kind not in PHONE_KINDS:
            problems.append(translate("Contacts", "电话类型“{k}”无效").format(k=kind))
        p = phone_problem(number)
        if p:
            problems.append(p)
    p = email_problem(data.email.strip())
    if p:
        problems.append(p)
    problems.extend(p for p in _length_problems(
        data.name.strip(), data.organisation_name.strip() if data.organisation_id is None else "",
        data.trade_name.strip(), data.email.strip(),
    ).values() if p)
    return problems


def _length_problems(name: str, organisation: str, trade: str, email: str) -> dict[str, str | None]:
    """Free text that would not fit its column, by sheet field key."""
    return {
        "name": too_long(Contact.name, name, translate("ContactSheet", "姓名")),
        "organisation": too_long(Contact.organisation_name, organisation, translate("ContactSheet", "单位")),
        "trade": too_long(Contact.trade_name, trade, translate("ContactSheet", "工种")),
        "email": too_long(Contact.email, email, translate("ContactSheet", "电子邮箱")),
    }


def _apply(session: Session, c: Contact, data: ContactInput) -> None:
    problems = check_input(data)
    if problems:
        raise RejectedData("；".join(problems) + translate("Contacts", "。请改正后再保存。"))
    org_name = data.organisation_name.strip()
    if data.organisation_id is not None:
        org = organisations.get(session, data.organisation_id)
        org_name = org.name
    c.name = data.name.strip()
    c.name_pinyin = fit(Contact.name_pinyin, search_key(c.name))
    c.role = data.role
    c.organisation_id = data.organisation_id
    c.organisation_name = org_name
    c.trade_name = data.trade_name.strip()
    c.email = data.email.strip()
    c.notes = data.notes.strip()
    c.contest_id = data.contest_id
    wanted = [(k, n.strip()) for k, n in data.phones if n.strip()]
    if [(p.kind, p.number) for p in c.phones] != wanted:
        c.phones.clear()
        session.flush()
        for i, (kind, number) in enumerate(wanted):
            c.phones.append(ContactPhone(kind=kind, number=number, sort=i))


def snapshot(c: Contact) -> dict[str, Any]:
    return {
        "name": c.name, "role": c.role, "organisation_id": c.organisation_id,
        "organisation_name": c.organisation_name, "trade_name": c.trade_name,
        "phones": [f"{p.kind}:{p.number}" for p in c.phones], "email": c.email, "notes": c.notes,
    }


def conflict_values(c: Contact) -> dict[str, Any]:
    """What the contact editor shows, for the conflict table (both values per field)."""
    return {
        "name": c.name, "role": labels.label(labels.CONTACT_ROLES, c.role),
        "organisation": c.organisation_name,
        "trade_name": c.trade_name,
        "phones": [f"{labels.label(PHONE_KINDS, p.kind)} {p.number}" for p in c.phones],
        "email": c.email, "notes": c.notes,
    }


def _get(session: Session, contact_id: int) -> Contact:
    c = session.get(Contact, contact_id)
    if c is None:
        raise RejectedData(translate("Contacts", "找不到这位联系人；可能已被删除，请刷新后再试。"))
    return c


def create(session: Session, actor: Actor, data: ContactInput) -> Contact:
    actor.require(roles.CONTACTS_EDIT)
    problems = check_input(data)
    if problems:
        raise RejectedData("；".join(problems) + translate("Contacts", "。请改正后再保存。"))
    c = Contact(name="", sort=(session.scalar(select(func.max(Contact.sort))) or 0) + 1)
    session.add(c)
    _apply(session, c, data)
    session.flush()
    audit.record(session, actor, "contact.create", entity="contact", entity_id=c.id, new=snapshot(c))
    return c


def update(session: Session, actor: Actor, contact_id: int, data: ContactInput, *, version: int | None = None) -> Contact:
    actor.require(roles.CONTACTS_EDIT)
    c = _get(session, contact_id)
    old = snapshot(c)
    with concurrency.guarded_edit(
        session, c, version, entity="contact", snapshot=conflict_values,
        subject=translate("Contacts", "联系人“{name}”").format(name=c.name),
    ):
        _apply(session, c, data)
    new = snapshot(c)
    if new != old:
        audit.record(session, actor, "contact.update", entity="contact", entity_id=c.id, old=old, new=new)
    return c


def delete(session: Session, actor: Actor, contact_ids: Iterable[int]) -> int:
    actor.require(roles.CONTACTS_EDIT)
    n = 0
    for cid in contact_ids:
        c = _get(session, cid)
        old = snapshot(c)
        session.delete(c)
        session.flush()
        audit.record(session, actor, "contact.delete", entity="contact", entity_id=cid, old=old)
        n += 1
    return n


def input_for(session: Session, contact_id: int) -> tuple[ContactInput, int]:
    """The contact as editable input plus its version (for the edit dialog)."""
    c = _get(session, contact_id)
    return (
        ContactInput(
            name=c.name, role=c.role, organisation_id=c.organisation_id, organisation_name=c.organisation_name,
            trade_name=c.trade_name, phones=[(p.kind, p.number) for p in c.phones], email=c.email, notes=c.notes,
            contest_id=c.contest_id,
        ),
        c.version,
    )


def organisation_id_for(session: Session, name: str) -> int | None:
    """The unit a typed organisation name refers to, if exactly one in-use unit has that name."""
    org = organisations.find_by_name(session, name)
    return org.id if org is not None else None


# --------------------------------------------------------------------------- xlsx import / export


def sheet_fields() -> list[Any]:
    from haihe_desk.io.sheet import FieldSpec

    return [
        FieldSpec("name", translate("ContactSheet", "姓名"), (translate("ContactSheet", "联系人"),), required=True, example="王亚梅"),
        FieldSpec("role", translate("ContactSheet", "职责"), (translate("ContactSheet", "角色"), translate("ContactSheet", "类别")),
                  choices=tuple(translate("Labels", v) for v in labels.CONTACT_ROLES.values()),
                  example=translate("Labels", "大赛办公室")),
        FieldSpec("organisation", translate("ContactSheet", "单位"), (translate("ContactSheet", "工作单位"), translate("ContactSheet", "所在单位")),
                  example="技能大赛办公室"),
        FieldSpec("trade", translate("ContactSheet", "工种"), (translate("ContactSheet", "项目"), translate("ContactSheet", "竞赛项目"))),
        FieldSpec("office", translate("ContactSheet", "办公电话"), (translate("ContactSheet", "电话"), translate("ContactSheet", "座机"),
                                                          translate("ContactSheet", "联系电话")), example="84236612", text=True),
        FieldSpec("mobile", translate("ContactSheet", "手机"), (translate("ContactSheet", "手机号"), translate("ContactSheet", "移动电话")),
                  text=True),
        FieldSpec("other", translate("ContactSheet", "其他电话"), (), text=True),
        FieldSpec("email", translate("ContactSheet", "电子邮箱"), (translate("ContactSheet", "邮箱"), "E-mail", "Email")),
        FieldSpec("notes", translate("ContactSheet", "备注"), ()),
    ]


def template_instructions() -> list[str]:
    return [
        translate("ContactSheet", "每行一位联系人。第 2 行是示例，导入前请删除或改写。“姓名”必填。"),
        translate("ContactSheet", "“职责”从下拉列表中选择；留空视为“其他”。"),
        translate("ContactSheet", "一个格子里可以写几个电话，用顿号、分号或换行隔开；请把电话列设为文本格式。"),
        translate("ContactSheet", "姓名和单位都相同的联系人会被更新，其余新建。任何一行有问题时整个文件都不导入，问题写入导入报告。"),
    ]


def export_rows(recs: Sequence[ContactRecord]) -> list[dict[str, Any]]:
    return [
        {
            "name": c.name, "role": c.role_label, "organisation": c.organisation, "trade": c.trade,
            "office": "、".join(c.numbers("office")), "mobile": "、".join(c.numbers("mobile")),
            "other": "、".join(c.numbers("other")), "email": c.email, "notes": c.notes,
        }
        for c in recs
    ]


def export_file(session: Session, path: Any, filters: dict[str, Any] | None = None, actor: Actor | None = None) -> int:
    return organisations.write_xlsx(path, sheet_fields(), export_rows(records(session, filters, actor)),
                                    translate("ContactSheet", "通讯录"))


def write_template_file(path: Any) -> None:
    from haihe_desk.io.sheet import write_template

    write_template(path, sheet_fields(), template_instructions(), translate("ContactSheet", "通讯录"))


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
            for number in split_phones(as_text(r.values.get(kind))):
                problem = phone_problem(number)
                if problem:
                    issues.append(ImportIssue(r.row, col[kind], number, problem))
                phones.append((kind, number))
        problem = email_problem(v["email"])
        if problem:
            issues.append(ImportIssue(r.row, col["email"], v["email"], problem))
        for k, problem in _length_problems(v["name"], v["organisation"], v["trade"], v["email"]).items():
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
            item.contest_id = _get(session, cid).contest_id  # an import without a contest keeps the row's
        if cid is None:
            c = create(session, actor, item)
            result.written += 1
            result.changes.append(translate("ContactSheet", "第 {row} 行：新建“{name}”").format(row=row, name=c.name))
        else:
            c = _get(session, cid)
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


def sheet_heading(session: Session) -> str:
    """The contact sheet's title: "<contest short name> 通讯录"."""
    from haihe_desk.db.models import Contest
    from haihe_desk.services import settings

    cid = settings.current_contest_id(session)
    contest = session.get(Contest, cid) if cid else None
    name = (contest.short_name or contest.name) if contest else ""
    return (name + " " if name else "") + translate("ContactSheet", "通讯录")
