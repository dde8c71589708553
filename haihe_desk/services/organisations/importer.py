"""Importing the union-code list (工会代码表) through the one import pipeline (``services/imports``):
``OrganisationsImporter.plan`` checks every row against the file and the database without writing
(``plan_import``), ``apply`` writes the checked rows in the runner's transaction (``apply_import``).
All or nothing: rows name each other as parents."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from haihe_desk.db.models import Organisation
from haihe_desk.domain import labels, roles
from haihe_desk.domain import orgs as rules
from haihe_desk.i18n import translate
from haihe_desk.io.sheet import FieldSpec, ImportResult, SheetData
from haihe_desk.services import audit
from haihe_desk.services.context import Actor
from haihe_desk.services.imports.base import Importer, ImportPlan, Progress
from haihe_desk.services.organisations.codes import strict_codes
from haihe_desk.services.organisations.edits import length_problems, snapshot
from haihe_desk.services.organisations.sheet import KIND_CHOICES, sheet_fields
from haihe_desk.services.organisations.tree import get


@dataclass
class _Existing:
    id: int
    name: str
    short_name: str
    code: str
    parent_id: int | None
    retired: bool


@dataclass
class _Planned:
    row: int
    values: dict[str, Any]
    key: str  # "db:<id>" or "new:<row>"
    org_id: int | None
    parent_key: str | None | bool  # False: keep the current parent
    warning: str = ""  # the parent-prefix warning (never blocks the row)


def _text(value: Any) -> str:
    from haihe_desk.io.sheet import as_text

    return as_text(value)


def plan_import(session: Session, data: Any) -> tuple[list[_Planned], list[Any]]:
    """Check every row of a read sheet against the file itself and the database; nothing is
    written. Returns the plan and the issues (empty: safe to apply)."""
    from haihe_desk.io.sheet import ImportIssue

    fields = sheet_fields()
    col = {f.key: data.header_for(f.key, fields) for f in fields}
    existing = [
        _Existing(r[0], r[1], r[2] or "", r[3] or "", r[4], bool(r[5]))
        for r in session.execute(
            select(
                Organisation.id,
                Organisation.name,
                Organisation.short_name,
                Organisation.union_code,
                Organisation.parent_id,
                Organisation.retired,
            )
        )
    ]
    db_by_code = {e.code: e for e in existing if e.code}
    db_by_name: dict[str, list[_Existing]] = {}
    for e in existing:
        if not e.retired:
            for n in {e.name, e.short_name} - {""}:
                db_by_name.setdefault(n, []).append(e)
    strict = strict_codes(session)
    issues: list[ImportIssue] = []
    plans: list[_Planned] = []
    file_by_code: dict[str, _Planned] = {}
    file_by_name: dict[str, _Planned] = {}

    def issue(row: int, key: str, value: Any, message: str) -> None:
        issues.append(ImportIssue(row, col[key], value, message))

    for r in data.rows:
        v = {
            k: _text(r.values.get(k))
            for k in ("name", "parent", "kind", "short_name", "address", "contact_person", "phone", "notes")
        }
        raw_code = r.values.get("union_code")
        v["union_code"] = rules.normalize_union_code(raw_code) if raw_code is not None else ""
        bad = len(issues)
        if not v["name"]:
            issue(r.row, "name", None, translate("OrgSheet", "单位名称为空；请填写单位全称"))
        for key, problem in length_problems(v).items():
            issue(r.row, key, v[key], problem)
        code = v["union_code"]
        if code:
            problem = rules.union_code_problem(code, strict=strict)
            if problem:
                issue(r.row, "union_code", raw_code, problem)
            elif code in file_by_code:
                issue(
                    r.row,
                    "union_code",
                    raw_code,
                    translate("OrgSheet", "与第 {n} 行的工会代码重复；每个代码只能给一个单位").format(
                        n=file_by_code[code].row
                    ),
                )
        if v["kind"]:
            kind = labels.code_for(labels.ORG_KINDS, v["kind"])
            if kind is None:
                issue(
                    r.row,
                    "kind",
                    v["kind"],
                    translate("OrgSheet", "类型无效；请从下拉列表中选择（{c}）").format(
                        c="、".join(translate("Labels", c) for c in KIND_CHOICES)
                    ),
                )
            v["kind"] = kind
        if v["name"] and not code and v["name"] in file_by_name:
            issue(
                r.row,
                "name",
                v["name"],
                translate("OrgSheet", "与第 {n} 行的单位名称重复；同一单位只写一行").format(
                    n=file_by_name[v["name"]].row
                ),
            )
        match: _Existing | None = None
        if code and code in db_by_code:
            match = db_by_code[code]
            if match.retired:
                issue(
                    r.row,
                    "union_code",
                    raw_code,
                    translate(
                        "OrgSheet", "该代码属于已停用（或已合并）的单位“{name}”；请先恢复它或改用现在的单位代码"
                    ).format(name=match.name),
                )
        elif v["name"]:
            same = db_by_name.get(v["name"], [])
            if len(same) > 1:
                issue(
                    r.row,
                    "name",
                    v["name"],
                    translate("OrgSheet", "数据库中有 {n} 个同名单位；请填写工会代码以区分，或先合并重复的单位").format(
                        n=len(same)
                    ),
                )
            elif same:
                if code and same[0].code:
                    issue(
                        r.row,
                        "name",
                        v["name"],
                        translate(
                            "OrgSheet",
                            "数据库中已有同名单位（工会代码 {old}）；如是同一单位请使用代码 {old}，否则请改名以示区别",
                        ).format(old=same[0].code),
                    )
                else:
                    match = same[0]
        p = _Planned(r.row, v, f"db:{match.id}" if match else f"new:{r.row}", match.id if match else None, False)
        if len(issues) == bad:
            if code:
                file_by_code[code] = p
            if v["name"]:
                file_by_name.setdefault(v["name"], p)
                if v["short_name"]:
                    file_by_name.setdefault(v["short_name"], p)
        plans.append(p)

    # Parents: by code or name, in the file first, then the database.
    def find(text: str) -> tuple[str | None, str]:
        c = rules.normalize_union_code(text)
        if c in file_by_code:
            return file_by_code[c].key, ""
        if c in db_by_code:
            e = db_by_code[c]
            return (None, translate("OrgSheet", "上级单位已停用")) if e.retired else (f"db:{e.id}", "")
        if text in file_by_name:
            return file_by_name[text].key, ""
        same = db_by_name.get(text, [])
        if len(same) == 1:
            return f"db:{same[0].id}", ""
        if len(same) > 1:
            return None, translate("OrgSheet", "有 {n} 个单位叫这个名字；请改填上级的工会代码").format(n=len(same))
        if c.isdigit():
            return None, translate("OrgSheet", "找不到工会代码为 {c} 的上级单位").format(c=c)
        return None, translate("OrgSheet", "找不到这个上级单位；请填写数据库或本文件中已有单位的全称或工会代码")

    for p in plans:
        text = p.values["parent"]
        if text:
            key, why = find(text)
            if key is None:
                issue(p.row, "parent", text, why)
            p.parent_key = key
        else:
            prefix = rules.code_parent_prefix(p.values["union_code"]) if p.values["union_code"] else None
            if prefix and prefix in file_by_code:
                p.parent_key = file_by_code[prefix].key
            elif prefix and prefix in db_by_code and not db_by_code[prefix].retired:
                p.parent_key = f"db:{db_by_code[prefix].id}"
            else:
                p.parent_key = False if p.org_id else None
        if p.parent_key == p.key:
            issue(p.row, "parent", text, translate("OrgSheet", "上级单位不能是它自己"))

    # Cycles in the tree as it would be after the import.
    parent_of: dict[str, str | None] = {f"db:{e.id}": (f"db:{e.parent_id}" if e.parent_id else None) for e in existing}
    for p in plans:
        if p.parent_key is not False:
            parent_of[p.key] = p.parent_key if isinstance(p.parent_key, str) else None
        else:
            parent_of.setdefault(p.key, None)

    def loops_back(key: str) -> bool:
        """The row's own unit is met again walking up from it (a loop in other rows is theirs)."""
        seen: set[str] = set()
        current = parent_of.get(key)
        while current is not None and current not in seen:
            if current == key:
                return True
            seen.add(current)
            current = parent_of.get(current)
        return False

    for p in plans:
        if isinstance(p.parent_key, str) and p.parent_key != p.key:
            if loops_back(p.key):
                issue(
                    p.row,
                    "parent",
                    p.values["parent"],
                    translate("OrgSheet", "这样设置上级会形成循环（单位成了自己的下级）；请检查上级单位"),
                )

    # The parent-prefix check is only a warning: the unions number their units themselves.
    by_key = {p.key: p for p in plans}
    db_by_id = {e.id: e for e in existing}

    def name_and_code(key: str) -> tuple[str, str]:
        if key in by_key:
            planned = by_key[key]
            match = db_by_id.get(planned.org_id) if planned.org_id else None
            return planned.values["name"], planned.values["union_code"] or (match.code if match else "")
        e = db_by_id.get(int(key.split(":", 1)[1]))
        return (e.name, e.code) if e else ("", "")

    for p in plans:
        code = p.values["union_code"]
        parent_key = p.parent_key
        if parent_key is False and p.org_id is not None:
            current = db_by_id[p.org_id].parent_id
            parent_key = f"db:{current}" if current else None
        if code and isinstance(parent_key, str) and parent_key != p.key:
            pname, pcode = name_and_code(parent_key)
            p.warning = rules.parent_code_warning(code, pname, pcode) or ""
    return plans, issues


def kind_for(code: str) -> str:
    """The default type of an imported unit without one: a 6-digit code is a district union's, any
    other code a grassroots union's, no code an employer."""
    if not code:
        return "employer"
    if len(code) == rules.CODE_ROOT_LEN and code.isdigit():
        return "district_union"
    return "grassroots"


def apply_import(session: Session, actor: Actor, plans: list[_Planned], *, file_name: str) -> Any:
    """Write a checked plan (all rows, one transaction — the caller's)."""
    actor.require(roles.CONTACTS_EDIT)
    from haihe_desk.io.sheet import ImportResult

    result = ImportResult()
    ids: dict[str, int] = {}
    for p in plans:
        if p.org_id is not None:
            ids[p.key] = p.org_id
            continue
        v = p.values
        org = Organisation(
            name=v["name"],
            kind=v["kind"] or kind_for(v["union_code"]),
            union_code=v["union_code"] or None,
            short_name=v["short_name"],
            address=v["address"],
            contact_person=v["contact_person"],
            phone=v["phone"],
            notes=v["notes"],
        )
        session.add(org)
        session.flush()
        ids[p.key] = org.id
    for p in plans:
        v = p.values
        org = get(session, ids[p.key])
        old = snapshot(org) if p.org_id is not None else None
        if isinstance(p.parent_key, str):
            org.parent_id = ids.get(p.parent_key) or int(p.parent_key.split(":", 1)[1])
        elif p.parent_key is None:
            org.parent_id = None
        if p.org_id is not None:
            for key in ("name", "union_code", "short_name", "address", "contact_person", "phone", "notes"):
                if v[key]:
                    setattr(org, key, v[key])
            if v["kind"]:
                org.kind = v["kind"]
        session.flush()
        new = snapshot(org)
        if old is None:
            result.written += 1
            result.changes.append(translate("OrgSheet", "第 {row} 行：新建“{name}”").format(row=p.row, name=org.name))
            audit.record(
                session, actor, "org.import.create", entity="organisation", entity_id=org.id, new=new, reason=file_name
            )
        elif new != old:
            result.written += 1
            result.changes.append(translate("OrgSheet", "第 {row} 行：更新“{name}”").format(row=p.row, name=org.name))
            audit.record(
                session,
                actor,
                "org.import.update",
                entity="organisation",
                entity_id=org.id,
                old=old,
                new=new,
                reason=file_name,
            )
        else:
            result.unchanged += 1
    result.ok_rows = len(plans)
    return result


def warning_lines(plans: list[_Planned]) -> list[str]:
    """One readable line per row with a warning (the parent-prefix check), for the preview and CLI."""
    return [
        translate("OrgSheet", "第 {row} 行：提醒：{msg}").format(row=p.row, msg=p.warning) for p in plans if p.warning
    ]


_COMPARED = ("name", "union_code", "short_name", "address", "contact_person", "phone", "notes")


def _would_change(p: _Planned, org: Organisation) -> bool:
    """Whether writing the planned row changes the existing unit (empty cells keep what is there)."""
    v = p.values
    if any(v[k] and v[k] != (getattr(org, k) or "") for k in _COMPARED):
        return True
    if v["kind"] and v["kind"] != org.kind:
        return True
    if p.parent_key is None:
        return org.parent_id is not None
    if isinstance(p.parent_key, str):
        return p.parent_key != f"db:{org.parent_id}"
    return False


class OrganisationsImporter(Importer):
    """The union-code list the district, bureau and group unions hand out: units with their codes
    and parents, new ones created, existing ones (by code, else by name) updated."""

    kind = "org"
    permission = roles.CONTACTS_EDIT
    all_or_nothing = True
    changes = ("organisations", "contacts", "registrations", "trades", "filings")

    def title(self) -> str:
        return translate("OrgSheet", "工会代码表")

    def fields(self, session: Session) -> Sequence[FieldSpec]:
        return sheet_fields()

    def preview_headers(self) -> list[str]:
        return [
            translate("OrgSheet", "行号"),
            translate("OrgSheet", "单位名称"),
            translate("OrgSheet", "工会代码"),
            translate("OrgSheet", "上级单位"),
            translate("OrgSheet", "类型"),
            translate("OrgSheet", "处理"),
        ]

    def plan(self, session: Session, data: SheetData, progress: Progress | None) -> ImportPlan:
        plans, issues = plan_import(session, data)
        plan = ImportPlan(data=data, payload=plans)
        for i in issues:
            plan.issue(i.row, i.column, i.value, i.message)
        ok = [p for p in plans if p.row not in plan.error_rows]
        existing = {
            o.id: o
            for o in session.scalars(
                select(Organisation).where(Organisation.id.in_([p.org_id for p in ok if p.org_id is not None]))
            )
        }
        for p in ok:
            name = p.values["name"]
            if p.org_id is None:
                plan.new += 1
                what = translate("OrgSheet", "新建")
                plan.changes.append(translate("OrgSheet", "第 {row} 行：新建“{name}”").format(row=p.row, name=name))
            elif _would_change(p, existing[p.org_id]):
                plan.updated += 1
                what = translate("OrgSheet", "更新")
                plan.changes.append(translate("OrgSheet", "第 {row} 行：更新“{name}”").format(row=p.row, name=name))
            else:
                plan.unchanged += 1
                what = translate("OrgSheet", "不变")
            kind = p.values["kind"] or (kind_for(p.values["union_code"]) if p.org_id is None else "")
            plan.preview.append(
                (
                    p.row,
                    name,
                    p.values["union_code"],
                    p.values["parent"],
                    labels.label(labels.ORG_KINDS, kind) if kind else "",
                    what,
                )
            )
        plan.changes.extend(warning_lines(ok))
        if progress is not None:
            progress(1, 1)
        return plan

    def apply(
        self, session: Session, actor: Actor, plan: ImportPlan, *, accept_valid: bool, progress: Progress | None
    ) -> ImportResult:
        rows = [p for p in plan.payload if p.row not in plan.error_rows]
        written = apply_import(session, actor, rows, file_name=plan.data.path.name[:260])
        if progress is not None:
            progress(1, 1)
        result = plan.result(written.written)
        result.unchanged = written.unchanged
        return result
