"""The registration importer (报名表): the worked example of ``services/imports``.

``plan`` checks every row (``domain.registration_rules.validate_entry`` over the contest's
``EntryContext``) and against the database without writing; ``apply`` stores the new rows with bulk
INSERTs in the runner's transaction. Re-importing a file adds nothing: rows are matched by ID number
+ trade; differences are listed, not applied. The contest is always passed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from haihe_desk.db.bulk import insert_rows
from haihe_desk.db.models import Person, Registration, RegistrationEvent, Trade, utcnow
from haihe_desk.domain import idcard, labels, roles
from haihe_desk.domain import registration_rules as rules
from haihe_desk.errors import RejectedData
from haihe_desk.i18n import QT_TRANSLATE_NOOP, translate
from haihe_desk.io.sheet import FieldSpec, ImportResult, SheetData, as_text, write_template
from haihe_desk.services import audit, registrations
from haihe_desk.services.context import Actor
from haihe_desk.services.imports.base import Importer, ImportOption, ImportPlan, Progress

CHUNK = 500


def fields(trade_names: Sequence[str] = (), students: bool = False) -> list[FieldSpec]:
    """The columns a registration sheet may carry, with their accepted header names."""
    grades = tuple(labels.label(labels.GRADES, k) for k in labels.GRADES)
    specs = [
        FieldSpec(
            "name",
            translate("RegistrationImport", "姓名"),
            (
                translate("RegistrationImport", "选手姓名"),
                translate("RegistrationImport", "参赛选手"),
                translate("RegistrationImport", "名字"),
            ),
            required=True,
            example="张三",
        ),
        FieldSpec(
            "gender",
            translate("RegistrationImport", "性别"),
            choices=(translate("RegistrationImport", "男"), translate("RegistrationImport", "女")),
            example=translate("RegistrationImport", "男"),
        ),
        FieldSpec(
            "id_number",
            translate("RegistrationImport", "身份证号"),
            (
                translate("RegistrationImport", "身份证号码"),
                translate("RegistrationImport", "证件号码"),
                translate("RegistrationImport", "公民身份号码"),
                translate("RegistrationImport", "身份证"),
                translate("RegistrationImport", "证件号"),
            ),
            required=True,
            example="120101199003070013",
            text=True,
        ),
        FieldSpec(
            "birth_date",
            translate("RegistrationImport", "出生日期"),
            (translate("RegistrationImport", "出生年月日"), translate("RegistrationImport", "生日")),
            example="1990-03-07",
        ),
        FieldSpec(
            "mobile",
            translate("RegistrationImport", "手机"),
            (
                translate("RegistrationImport", "手机号"),
                translate("RegistrationImport", "手机号码"),
                translate("RegistrationImport", "联系电话"),
                translate("RegistrationImport", "电话"),
                translate("RegistrationImport", "联系方式"),
            ),
            example="13900001234",
            text=True,
        ),
    ]
    if students:
        specs.append(
            FieldSpec(
                "school",
                translate("RegistrationImport", "学校"),
                (
                    translate("RegistrationImport", "学校名称"),
                    translate("RegistrationImport", "所在学校"),
                    translate("RegistrationImport", "院校"),
                ),
                required=True,
                example=translate("RegistrationImport", "天津市第一职业技术学校（示例）"),
            )
        )
    else:
        specs += [
            FieldSpec(
                "unit",
                translate("RegistrationImport", "工作单位"),
                (
                    translate("RegistrationImport", "单位"),
                    translate("RegistrationImport", "单位名称"),
                    translate("RegistrationImport", "所在单位"),
                    translate("RegistrationImport", "工作单位名称"),
                ),
                example=translate("RegistrationImport", "天津市某某机械有限公司（示例）"),
            ),
            FieldSpec(
                "union_code",
                translate("RegistrationImport", "工会代码"),
                (translate("RegistrationImport", "工会编码"), translate("RegistrationImport", "所属工会代码")),
                example="120101001",
                text=True,
            ),
        ]
    specs += [
        FieldSpec(
            "trade",
            translate("RegistrationImport", "工种"),
            (
                translate("RegistrationImport", "参赛工种"),
                translate("RegistrationImport", "竞赛项目"),
                translate("RegistrationImport", "参赛项目"),
                translate("RegistrationImport", "工种名称"),
                translate("RegistrationImport", "项目"),
                translate("RegistrationImport", "比赛项目"),
            ),
            required=True,
            choices=tuple(trade_names),
            example=trade_names[0] if trade_names else "",
        ),
        FieldSpec(
            "group",
            translate("RegistrationImport", "组别"),
            (translate("RegistrationImport", "参赛组别"),),
            choices=tuple(labels.label(labels.GROUPS, k) for k in labels.GROUPS),
            example=labels.label(labels.GROUPS, "student" if students else "worker"),
        ),
    ]
    if not students:
        specs += [
            FieldSpec(
                "grade",
                translate("RegistrationImport", "技能等级"),
                (
                    translate("RegistrationImport", "职业资格等级"),
                    translate("RegistrationImport", "职业技能等级"),
                    translate("RegistrationImport", "等级"),
                    translate("RegistrationImport", "技术等级"),
                ),
                choices=grades,
                example=labels.label(labels.GRADES, 3),
            ),
            FieldSpec(
                "exception_reason",
                translate("RegistrationImport", "破格原因"),
                (translate("RegistrationImport", "破格说明"), translate("RegistrationImport", "破格参赛原因")),
            ),
        ]
    else:
        # A student file may still carry the worker columns (and vice versa); read them if present.
        specs.append(
            FieldSpec(
                "unit",
                translate("RegistrationImport", "工作单位"),
                (translate("RegistrationImport", "单位"), translate("RegistrationImport", "单位名称")),
            )
        )
    if students:
        specs.append(
            FieldSpec(
                "grade",
                translate("RegistrationImport", "技能等级"),
                (translate("RegistrationImport", "职业资格等级"), translate("RegistrationImport", "职业技能等级")),
            )
        )
    else:
        specs.append(
            FieldSpec(
                "school",
                translate("RegistrationImport", "学校"),
                (
                    translate("RegistrationImport", "学校名称"),
                    translate("RegistrationImport", "所在学校"),
                    translate("RegistrationImport", "院校"),
                ),
            )
        )
    specs += [
        FieldSpec(
            "status",
            translate("RegistrationImport", "审核状态"),
            (translate("RegistrationImport", "状态"), translate("RegistrationImport", "审核结果")),
        ),
        FieldSpec("notes", translate("RegistrationImport", "备注"), (translate("RegistrationImport", "说明"),)),
    ]
    return specs


INSTRUCTIONS = [
    QT_TRANSLATE_NOOP("RegistrationImport", "1. 第一行为表头，请勿修改列名；第二行为示例，导入前请删除或覆盖。"),
    QT_TRANSLATE_NOOP(
        "RegistrationImport", "2. 必填列：姓名、身份证号、工种；职工组还须填写工会代码（由所属区、局、集团工会提供）。"
    ),
    QT_TRANSLATE_NOOP(
        "RegistrationImport", "3. 身份证号列已设置为“文本”格式，请勿改为数字格式，否则 Excel 会把后几位变成 0。"
    ),
    QT_TRANSLATE_NOOP("RegistrationImport", "4. 性别、出生日期可不填，系统按身份证号计算；如填写，须与身份证号一致。"),
    QT_TRANSLATE_NOOP("RegistrationImport", "5. 手机填 11 位手机号，或带区号的固定电话（如 022-23456789）。"),
    QT_TRANSLATE_NOOP("RegistrationImport", "6. 技能等级低于本工种要求时，须在“破格原因”中说明理由。"),
    QT_TRANSLATE_NOOP("RegistrationImport", "7. 同一人不能重复报名同一工种；报名截止后补报，须在导入时填写补报原因。"),
]
STUDENT_INSTRUCTIONS = [
    QT_TRANSLATE_NOOP("RegistrationImport", "1. 第一行为表头，请勿修改列名；第二行为示例，导入前请删除或覆盖。"),
    QT_TRANSLATE_NOOP("RegistrationImport", "2. 必填列：姓名、身份证号、学校、工种；学生组报名以学校为单位。"),
    QT_TRANSLATE_NOOP(
        "RegistrationImport", "3. 身份证号列已设置为“文本”格式，请勿改为数字格式，否则 Excel 会把后几位变成 0。"
    ),
    QT_TRANSLATE_NOOP("RegistrationImport", "4. 性别、出生日期可不填，系统按身份证号计算；如填写，须与身份证号一致。"),
    QT_TRANSLATE_NOOP("RegistrationImport", "5. 手机填 11 位手机号，或带区号的固定电话（如 022-23456789）。"),
    QT_TRANSLATE_NOOP("RegistrationImport", "6. 同一人不能重复报名同一工种。"),
]


TEMPLATE_KEYS = {
    "worker": (
        "name",
        "gender",
        "id_number",
        "birth_date",
        "mobile",
        "unit",
        "union_code",
        "trade",
        "group",
        "grade",
        "exception_reason",
        "notes",
    ),
    "student": ("name", "gender", "id_number", "birth_date", "mobile", "school", "trade", "group", "notes"),
}


def write_registration_template(
    session: Session, path: str | Path, contest_id: int | None, *, students: bool = False
) -> None:
    """The fill-in template, its 工种 drop-down listing the contest's trades of the group."""
    q = select(Trade.name).order_by(Trade.code)
    if contest_id is not None:
        q = q.where(Trade.contest_id == contest_id, Trade.group == ("student" if students else "worker"))
    names = list(dict.fromkeys(session.scalars(q)))
    keys = TEMPLATE_KEYS["student" if students else "worker"]
    by_key = {f.key: f for f in fields(names, students)}
    specs = [by_key[k] for k in keys]
    lines = [translate("RegistrationImport", x) for x in (STUDENT_INSTRUCTIONS if students else INSTRUCTIONS)]
    write_template(
        path,
        specs,
        lines,
        translate("RegistrationImport", "学生组报名") if students else translate("RegistrationImport", "职工组报名"),
    )


# --------------------------------------------------------------------------- planning


@dataclass
class PlannedRow:
    row: int
    entry: rules.CleanEntry
    person_id: int | None = None  # an existing person with this ID number


@dataclass
class RegistrationPayload:
    students: bool
    new: list[PlannedRow] = field(default_factory=list)
    existing: list[tuple[int, int]] = field(default_factory=list)  # (row, registration id)
    written_ids: list[int] = field(default_factory=list)


def _existing_registrations(session: Session, id_numbers: Sequence[str], trade_ids: set[int]) -> dict:
    out: dict[tuple[str, int], tuple] = {}
    persons: dict[str, tuple[int, str]] = {}
    numbers = list(dict.fromkeys(id_numbers))
    for i in range(0, len(numbers), CHUNK):
        chunk = numbers[i : i + CHUNK]
        for pid, number, name in session.execute(
            select(Person.id, Person.id_number, Person.name).where(Person.id_number.in_(chunk))
        ):
            persons[number] = (pid, name)
        if not trade_ids:
            continue
        q = (
            select(
                Registration.id,
                Person.id_number,
                Registration.trade_id,
                Person.name,
                Person.mobile,
                Person.phone,
                Registration.unit_name,
                Registration.union_code,
                Registration.skill_grade,
                Registration.status,
            )
            .join(Person, Registration.person_id == Person.id)
            .where(Person.id_number.in_(chunk), Registration.trade_id.in_(trade_ids))
        )
        for row in session.execute(q):
            out[(row[1], row[2])] = row
    return {"regs": out, "persons": persons}


def _diff(entry: rules.CleanEntry, old: tuple, had_status: bool) -> list[str]:
    _rid, _num, _tid, name, mobile, phone, unit_name, code, grade, status = old
    out = []

    def add(title: str, a: object, b: object) -> None:
        out.append(
            translate("RegistrationImport", "{field}“{old}”→“{new}”").format(field=title, old=a or "", new=b or "")
        )

    if entry.name != name:
        add(translate("RegistrationImport", "姓名"), name, entry.name)
    if entry.mobile and entry.mobile != mobile:
        add(translate("RegistrationImport", "手机"), mobile, entry.mobile)
    if entry.phone and entry.phone != phone:
        add(translate("RegistrationImport", "电话"), phone, entry.phone)
    if entry.unit_name != unit_name:
        add(translate("RegistrationImport", "单位"), unit_name, entry.unit_name)
    if entry.union_code != code:
        add(translate("RegistrationImport", "工会代码"), code, entry.union_code)
    if entry.skill_grade is not None and entry.skill_grade != grade:
        add(
            translate("RegistrationImport", "技能等级"),
            labels.label(labels.GRADES, grade) if grade else "",
            labels.label(labels.GRADES, entry.skill_grade),
        )
    if had_status and entry.status != status:
        add(
            translate("RegistrationImport", "审核状态"),
            labels.label(labels.REG_STATUS, status),
            labels.label(labels.REG_STATUS, entry.status),
        )
    return out


class RegistrationImporter(Importer):
    """报名表 into one contest. Options: ``students`` (True: the 学生组 layout; None: detected from the
    columns — a 学校 column and no 工会代码), ``late_reason`` (accepts rows after a trade's deadline)."""

    kind = "registration"
    permission = roles.REGISTRATIONS_EDIT
    changes = ("registrations",)

    def __init__(
        self, contest_id: int | None, *, students: bool | None = None, late_reason: str = "", today: date | None = None
    ):
        self.contest_id = contest_id
        self.students = students
        self.late_reason = late_reason.strip()
        self.today = today

    def title(self) -> str:
        return translate("RegistrationImport", "报名表")

    @classmethod
    def options(cls) -> list[ImportOption]:
        return [
            ImportOption(
                "students", translate("RegistrationImport", "学生组（以学校为单位）"), "bool", "studentsCheck"
            ),
            ImportOption(
                "late_reason",
                translate("RegistrationImport", "补报原因"),
                "text",
                "lateReasonEdit",
                translate("RegistrationImport", "报名截止后补报时填写"),
            ),
        ]

    def fields(self, session: Session) -> Sequence[FieldSpec]:
        return fields()

    def preview_headers(self) -> list[str]:
        return [
            translate("RegistrationImport", "行号"),
            translate("RegistrationImport", "姓名"),
            translate("RegistrationImport", "身份证号"),
            translate("RegistrationImport", "工种"),
            translate("RegistrationImport", "单位/学校"),
            translate("RegistrationImport", "审核状态"),
            translate("RegistrationImport", "处理"),
        ]

    # ---- plan
    def plan(self, session: Session, data: SheetData, progress: Progress | None) -> ImportPlan:
        cid = self.contest_id
        if cid is None:
            raise RejectedData(translate("RegistrationImport", "数据库中还没有赛事；请先创建赛事和工种，再导入报名。"))
        detected = "school" in data.used and "union_code" not in data.used
        is_students = bool(self.students) or (self.students is None and detected)
        ctx = registrations.entry_context(session, cid, today=self.today, late_reason=self.late_reason)
        trades = {t.id: t for t in ctx.trades}
        payload = RegistrationPayload(students=is_students)
        plan = ImportPlan(data=data, payload=payload)
        if is_students:
            plan.notes.append(translate("RegistrationImport", "按学生组导入（以学校为单位）。"))
        total = len(data.rows)
        specs = fields()
        header = {k: data.header_for(k, specs) for k in rules.ENTRY_KEYS}

        def issue(row: int, key: str, value: object, message: str) -> None:
            plan.issue(row, header.get(key, key), value, message)

        valid: list[tuple[int, rules.CleanEntry]] = []
        for n, r in enumerate(data.rows, start=1):
            clean, problems = rules.validate_entry(r.values, ctx, students=is_students, check_deadline=False)
            for key, message in problems:
                issue(r.row, key, r.values.get(key), message)
            if clean is not None:
                valid.append((r.row, clean))
            if progress is not None and n % CHUNK == 0:
                progress(n, total * 2)

        found = _existing_registrations(session, [c.id_number for _r, c in valid], {c.trade_id for _r, c in valid})
        had_status = "status" in data.used
        seen: dict[tuple[str, int], int] = {}
        names_in_file: dict[str, tuple[int, str]] = {}
        for row, clean in valid:
            key = (clean.id_number, clean.trade_id)
            trade = trades[clean.trade_id]
            if key in seen:
                issue(
                    row,
                    "id_number",
                    clean.id_number,
                    rules.duplicate_problem(
                        clean.name, trade, translate("RegistrationImport", "本文件第 {n} 行").format(n=seen[key])
                    ),
                )
                continue
            seen[key] = row
            first = names_in_file.setdefault(clean.id_number, (row, clean.name))
            if first[1] != clean.name:
                issue(
                    row,
                    "name",
                    clean.name,
                    translate(
                        "RegistrationImport", "身份证号 {id} 在本文件第 {n} 行的姓名为“{other}”，与此处不一致；请核对。"
                    ).format(id=idcard.mask(clean.id_number), n=first[0], other=first[1]),
                )
                continue
            person = found["persons"].get(clean.id_number)
            old = found["regs"].get(key)
            if old is not None:
                payload.existing.append((row, old[0]))
                diff = _diff(clean, old, had_status)
                if diff:
                    plan.changes.append(
                        translate("RegistrationImport", "第 {row} 行 {name}（{trade}）：{diff}").format(
                            row=row, name=clean.name, trade=trade.name, diff="；".join(diff)
                        )
                    )
                continue
            if person is not None and person[1] != clean.name:
                issue(
                    row,
                    "name",
                    clean.name,
                    translate(
                        "RegistrationImport", "身份证号 {id} 已登记为“{other}”，与姓名“{name}”不符；请核对。"
                    ).format(id=idcard.mask(clean.id_number), other=person[1], name=clean.name),
                )
                continue
            late = rules.deadline_problem(ctx.today, trade.deadline, self.late_reason)
            if late:
                issue(row, "trade", trade.name, late)
                continue
            if trade.deadline is not None and ctx.today > trade.deadline:
                clean.late_override_reason = self.late_reason
            payload.new.append(PlannedRow(row, clean, person[0] if person else None))
        # Counts and preview over the rows without errors.
        payload.new = [p for p in payload.new if p.row not in plan.error_rows]
        plan.new = len(payload.new)
        plan.unchanged = len(payload.existing)  # existing rows are left as they are ...
        if plan.changes:  # ... and their differences listed, never applied
            plan.notes.append(
                translate(
                    "RegistrationImport", "已存在的报名中有 {n} 条与文件内容不同，不会修改；请在“变化”中核对。"
                ).format(n=len(plan.changes))
            )
        names = {t.id: f"{t.code} {t.name}" for t in ctx.trades}
        preview: list[tuple[object, ...]] = [
            (
                p.row,
                p.entry.name,
                idcard.mask(p.entry.id_number),
                names.get(p.entry.trade_id, ""),
                p.entry.unit_name,
                labels.label(labels.REG_STATUS, p.entry.status),
                translate("RegistrationImport", "新增"),
            )
            for p in payload.new
        ]
        by_row = {r.row: r for r in data.rows}
        for row, _rid in payload.existing:
            v = by_row[row].values
            preview.append(
                (
                    row,
                    as_text(v.get("name")),
                    "",
                    as_text(v.get("trade")),
                    "",
                    "",
                    translate("RegistrationImport", "已存在，跳过"),
                )
            )
        preview.sort(key=lambda r: r[0])  # type: ignore[arg-type, return-value]
        plan.preview = preview
        if progress is not None:
            progress(total, total)
        return plan

    # ---- apply
    def apply(
        self, session: Session, actor: Actor, plan: ImportPlan, *, accept_valid: bool, progress: Progress | None
    ) -> ImportResult:
        actor.require(roles.REGISTRATIONS_EDIT)
        payload: RegistrationPayload = plan.payload
        rows = [p for p in payload.new if p.row not in plan.error_rows]
        if actor.scoped:
            from haihe_desk.services.organisations import require_in_scope

            for p in rows:
                require_in_scope(
                    session,
                    actor,
                    [p.entry.unit_id],
                    translate("RegistrationImport", "第 {row} 行的单位“{u}”").format(row=p.row, u=p.entry.unit_name),
                )
        source = "school" if payload.students else ("platform" if "status" in plan.data.used else "import")
        file_name = plan.data.path.name[:260]
        now = utcnow()

        new_people: dict[str, dict] = {}
        for p in rows:
            if p.person_id is None and p.entry.id_number not in new_people:
                e = p.entry
                new_people[e.id_number] = {
                    "name": e.name,
                    "id_number": e.id_number,
                    "gender": e.gender,
                    "birth_date": e.birth_date,
                    "mobile": e.mobile,
                    "phone": e.phone,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
        person_ids: dict[str, int] = {}
        if new_people:
            # executemany without RETURNING (RETURNING with ordered rows makes SQLite insert one by one);
            # the new ids are read back by ID number, which is unique.
            insert_rows(session, Person.__table__, list(new_people.values()))
            numbers = list(new_people)
            for i in range(0, len(numbers), CHUNK):
                person_ids.update(
                    (num, pid)
                    for pid, num in session.execute(
                        select(Person.id, Person.id_number).where(Person.id_number.in_(numbers[i : i + CHUNK]))
                    )
                )
        if progress is not None:
            progress(1, 3)

        reg_values = []
        for p in rows:
            e = p.entry
            reg_values.append(
                {
                    "trade_id": e.trade_id,
                    "person_id": p.person_id or person_ids[e.id_number],
                    "unit_id": e.unit_id,
                    "unit_name": e.unit_name[:200],
                    "union_code": e.union_code,
                    "group": e.group,
                    "skill_grade": e.skill_grade,
                    "grade_exception": e.grade_exception,
                    "grade_exception_reason": e.grade_exception_reason,
                    "late_override_reason": e.late_override_reason,
                    "status": e.status,
                    "status_reason": "",
                    "source": source,
                    "source_file": file_name,
                    "source_row": p.row,
                    "notes": e.notes,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        reg_ids: list[int] = []
        if reg_values:
            insert_rows(session, Registration.__table__, reg_values)
            pids = list({v["person_id"] for v in reg_values})
            found: dict[tuple[int, int], int] = {}
            for i in range(0, len(pids), CHUNK):
                found.update(
                    ((pid, tid), rid)
                    for rid, pid, tid in session.execute(
                        select(Registration.id, Registration.person_id, Registration.trade_id).where(
                            Registration.person_id.in_(pids[i : i + CHUNK])
                        )
                    )
                )
            reg_ids = [found[(v["person_id"], v["trade_id"])] for v in reg_values]
        if progress is not None:
            progress(2, 3)
        reason = translate("RegistrationImport", "导入：{file} 第 {row} 行")
        events = [
            {
                "registration_id": rid,
                "from_status": "",
                "to_status": v["status"],
                "actor": actor.username,
                "at": now,
                "reason": reason.format(file=file_name, row=v["source_row"]),
            }
            for rid, v in zip(reg_ids, reg_values, strict=True)
        ]
        if events:
            insert_rows(session, RegistrationEvent.__table__, events)
        payload.written_ids = reg_ids
        late = sum(1 for v in reg_values if v["late_override_reason"])
        if late:
            audit.record(
                session,
                actor,
                "registration.late_override",
                entity="registration",
                new={"file": file_name, "rows": late},
                reason=self.late_reason,
            )
        if progress is not None:
            progress(3, 3)
        return plan.result(written=len(reg_ids))

    def audit_details(self, plan: ImportPlan, result: ImportResult) -> dict[str, object]:
        payload: RegistrationPayload = plan.payload
        ids = payload.written_ids
        return {
            "contest_id": self.contest_id,
            "students": payload.students,
            "would_change": len(plan.changes),
            "first_id": ids[0] if ids else None,
            "last_id": ids[-1] if ids else None,
        }
