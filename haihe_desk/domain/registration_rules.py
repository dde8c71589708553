"""Entry rules for registrations, each in one function, plus the review transition table.

Pure Python: the service gathers the facts (trades, union codes, schools, today) into an
``EntryContext`` and hands raw values in; every rule answers with a translated sentence or None.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from haihe_desk.domain import idcard, labels, phones
from haihe_desk.domain.dates import parse_date
from haihe_desk.domain.labels import ACTION_LABELS  # noqa: F401 - the label tables live in labels
from haihe_desk.i18n import current_language, translate


class RuleError(ValueError):
    """A rule refused a value; ``str(err)`` is the translated sentence."""


# --------------------------------------------------------------------------- facts


@dataclass(frozen=True)
class TradeFacts:
    id: int
    code: str
    name: str
    group: str  # worker/student
    min_age: int = 16
    max_age: int = 60
    required_grade: int | None = None
    grade_exception_allowed: bool = True
    deadline: date | None = None  # the trade's, else the contest's
    contest_day: date | None = None  # the day ages are taken on


@dataclass
class EntryContext:
    trades: list[TradeFacts]
    union_codes: dict[str, tuple[int, str]]  # code -> (organisation id, name)
    schools: dict[str, int] = field(default_factory=dict)  # school name -> organisation id
    today: date = field(default_factory=date.today)
    late_reason: str = ""
    _trade_memo: dict[tuple[str, str | None], TradeFacts] = field(default_factory=dict, repr=False, compare=False)

    def trade_by_id(self, trade_id: int) -> TradeFacts | None:
        return next((t for t in self.trades if t.id == trade_id), None)


@dataclass
class CleanEntry:
    name: str
    id_number: str
    gender: str
    birth_date: date
    mobile: str
    phone: str
    trade_id: int
    group: str
    unit_name: str
    unit_id: int | None
    union_code: str
    skill_grade: int | None
    grade_exception: bool
    grade_exception_reason: str
    late_override_reason: str
    status: str
    notes: str


# --------------------------------------------------------------------------- value parsing


def text_of(value: object) -> str:
    """A cell or field value as stripped text ('' for None; whole floats without '.0')."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_gender(value: object) -> str:
    t = text_of(value).upper()
    if t in ("男", "M", "MALE", "男性"):
        return "男"
    if t in ("女", "F", "FEMALE", "女性"):
        return "女"
    raise RuleError(translate("RegistrationRules", "性别应填“男”或“女”。"))


_GRADE_WORDS = (
    ("高级技师", 1),
    ("一级", 1),
    ("技师", 2),
    ("二级", 2),
    ("高级工", 3),
    ("三级", 3),
    ("中级工", 4),
    ("中级", 4),
    ("四级", 4),
    ("初级工", 5),
    ("初级", 5),
    ("五级", 5),
)


def parse_grade(value: object) -> int | None:
    """技能等级 from a label (高级工（三级）), a word (技师, 三级) or a number 1..5; None when empty."""
    return _grade_of(text_of(value).replace(" ", ""), current_language())


@lru_cache(maxsize=256)
def _grade_of(t: str, _lang: str) -> int | None:
    if t in ("", "无", "-", "—"):
        return None
    code = labels.code_for(labels.GRADES, t)
    if isinstance(code, int):
        return code
    if t.isascii() and t.isdigit() and 1 <= int(t) <= 5:
        return int(t)
    for word, grade in _GRADE_WORDS:
        if t.startswith(word):
            return grade
    raise RuleError(
        translate("RegistrationRules", "技能等级“{v}”无法识别；请填写如“高级工（三级）”“技师（二级）”。").format(v=t)
    )


def parse_group(value: object) -> str | None:
    return _group_of(text_of(value).replace(" ", ""), current_language())


@lru_cache(maxsize=64)
def _group_of(t: str, _lang: str) -> str | None:
    if not t:
        return None
    code = labels.code_for(labels.GROUPS, t)
    if code is not None:
        return str(code)
    if t in ("职工", "职工组别", "在职职工"):
        return "worker"
    if t in ("学生", "学生组别", "在校学生"):
        return "student"
    raise RuleError(translate("RegistrationRules", "组别应为“职工组”或“学生组”。"))


def parse_status(value: object) -> str | None:
    """A review state as a platform export writes it (label or code); None when empty."""
    return _status_of(text_of(value), current_language())


@lru_cache(maxsize=64)
def _status_of(t: str, _lang: str) -> str | None:
    if not t:
        return None
    code = labels.code_for(labels.REG_STATUS, t)
    if code is None:
        aliases = {"已通过": "confirmed", "审核通过": "union_approved", "待审": "submitted", "未审核": "submitted"}
        code = aliases.get(t)
    if code is None:
        raise RuleError(
            translate("RegistrationRules", "审核状态“{v}”无法识别；可填：{choices}。").format(
                v=t, choices="、".join(labels.label(labels.REG_STATUS, k) for k in labels.REG_STATUS)
            )
        )
    return str(code)


# --------------------------------------------------------------------------- the rules


def check_id_number(raw: object) -> idcard.IdInfo:
    """GB 11643: length, birth date, check digit (x or X); an ID Excel turned into a number is refused."""
    if raw is None or text_of(raw) == "":
        raise RuleError(translate("RegistrationRules", "身份证号不能为空。"))
    try:
        return idcard.parse(raw)
    except idcard.IdCardError as err:
        raise RuleError(str(err)) from None


def gender_problem(entered: object, info: idcard.IdInfo) -> str | None:
    if entered is None or text_of(entered) == "":
        return None
    try:
        g = parse_gender(entered)
    except RuleError as err:
        return str(err)
    if g != info.gender:
        return translate("RegistrationRules", "性别“{g}”与身份证号不符（身份证号显示为“{id}”）；请核对。").format(
            g=g, id=info.gender
        )
    return None


def birth_date_problem(entered: object, info: idcard.IdInfo) -> str | None:
    if entered is None or text_of(entered) == "":
        return None
    try:
        d = parse_date(entered)
    except ValueError:
        return translate("RegistrationRules", "出生日期“{v}”无法识别；请写成 1990-01-02 或 1990年1月2日。").format(
            v=text_of(entered)
        )
    if d != info.birth_date:
        return translate("RegistrationRules", "出生日期 {d} 与身份证号中的 {id} 不符；请核对。").format(
            d=d.isoformat(), id=info.birth_date.isoformat()
        )
    return None


def age_problem(born: date, on: date, min_age: int, max_age: int) -> str | None:
    """Age on the contest day within the trade's range (both ends included)."""
    age = idcard.age_on(born, on)
    if age < min_age or age > max_age:
        return translate(
            "RegistrationRules", "比赛日（{day}）年龄为 {age} 岁，不在本工种要求的 {lo}–{hi} 岁之间。"
        ).format(day=on.isoformat(), age=age, lo=min_age, hi=max_age)
    return None


# Phones: the one definition lives in domain/phones (the address book uses it too).
MOBILE_RE = phones.MOBILE_RE
LANDLINE_RE = phones.LANDLINE_RE
normalise_phone = phones.normalise
phone_problem = phones.contestant_phone_problem
is_mobile = phones.is_mobile


def union_code_problem(code: str, known: Mapping[str, object]) -> str | None:
    if not code:
        return translate("RegistrationRules", "职工组须填写工会代码（由所属区、局、集团工会提供）。")
    if code not in known:
        return translate(
            "RegistrationRules", "工会代码“{v}”不在单位表中；请向所属工会核实，或先在“单位”中登记该代码。"
        ).format(v=code)
    return None


def group_problem(group: str, trade: TradeFacts) -> str | None:
    if group != trade.group:
        return translate("RegistrationRules", "组别“{g}”与工种“{t}”的组别“{tg}”不符。").format(
            g=labels.label(labels.GROUPS, group),
            t=f"{trade.code} {trade.name}",
            tg=labels.label(labels.GROUPS, trade.group),
        )
    return None


def grade_problem(grade: int | None, trade: TradeFacts, exception_reason: str) -> tuple[str | None, bool]:
    """(problem, is_exception). Grades run 1 (best) … 5; an entrant below the trade's requirement
    needs a 破格 reason, and only where the trade allows exceptions."""
    req = trade.required_grade
    if req is None or (grade is not None and grade <= req):
        return None, False
    need = labels.label(labels.GRADES, req)
    if not trade.grade_exception_allowed:
        return translate("RegistrationRules", "本工种要求{need}及以上，且不允许破格参赛。").format(need=need), False
    if not exception_reason.strip():
        return translate("RegistrationRules", "技能等级低于本工种要求的{need}；如破格参赛，请填写破格原因。").format(
            need=need
        ), False
    return None, True


def duplicate_problem(name: str, trade: TradeFacts, where: str = "") -> str:
    """The same person twice in one trade is refused (``where``: e.g. "本文件第 5 行")."""
    if where:
        return translate("RegistrationRules", "{name} 已在{where}报名工种“{t}”，同一人不能重复报名同一工种。").format(
            name=name, where=where, t=trade.name
        )
    return translate("RegistrationRules", "{name} 已报名工种“{t}”，同一人不能重复报名同一工种。").format(
        name=name, t=trade.name
    )


def deadline_problem(today: date, deadline: date | None, override_reason: str) -> str | None:
    """After the registration deadline an entry needs an override reason (which is audited)."""
    if deadline is None or today <= deadline or override_reason.strip():
        return None
    return translate("RegistrationRules", "报名已于 {d} 截止；逾期补报须填写补报原因。").format(d=deadline.isoformat())


# --------------------------------------------------------------------------- one entry


ENTRY_KEYS = (
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
    "school",
    "status",
    "notes",
    "late_reason",
)


def resolve_trade(raw: object, group: str | None, trades: list[TradeFacts]) -> TradeFacts:
    """A trade by code or name; the group picks between same-named worker/student trades."""
    t = text_of(raw)
    if not t:
        raise RuleError(translate("RegistrationRules", "工种不能为空。"))
    key = t.replace(" ", "").upper()
    cands = [x for x in trades if x.code.upper() == key] or [x for x in trades if x.name.replace(" ", "") == key]
    if not cands:
        names = "、".join(sorted({x.name for x in trades})[:12])
        raise RuleError(
            translate("RegistrationRules", "工种“{v}”不在本赛事中；可选：{names}。").format(v=t, names=names)
        )
    if len(cands) == 1:
        return cands[0]
    fit = [x for x in cands if x.group == (group or "worker")]
    if len(fit) == 1:
        return fit[0]
    raise RuleError(
        translate("RegistrationRules", "工种“{v}”有多个同名项目；请改填工种代码（如 {codes}）。").format(
            v=t, codes="、".join(x.code for x in cands)
        )
    )


def validate_entry(
    raw: Mapping[str, object], ctx: EntryContext, *, students: bool = False, check_deadline: bool = True
) -> tuple[CleanEntry | None, list[tuple[str, str]]]:
    """Check one entry against every rule. Returns the clean entry (None when any rule failed) and
    a list of (field key, sentence) problems. Duplicates are the caller's (it knows the others), and
    so is the deadline when ``check_deadline`` is False (an import re-reading existing entries)."""
    problems: list[tuple[str, str]] = []
    name = text_of(raw.get("name"))
    if not name:
        problems.append(("name", translate("RegistrationRules", "姓名不能为空。")))
    elif len(name) > 60:
        problems.append(("name", translate("RegistrationRules", "姓名过长（超过 60 个字）。")))

    info = None
    try:
        info = check_id_number(raw.get("id_number"))
    except RuleError as err:
        problems.append(("id_number", str(err)))
    if info is not None:
        for key, check in (("gender", gender_problem), ("birth_date", birth_date_problem)):
            p = check(raw.get(key), info)
            if p:
                problems.append((key, p))

    school = text_of(raw.get("school"))
    group: str | None = None
    try:
        group = parse_group(raw.get("group"))
    except RuleError as err:
        problems.append(("group", str(err)))
    if group is None and (students or school):
        group = "student"

    trade = None
    memo_key = (text_of(raw.get("trade")), group)
    trade = ctx._trade_memo.get(memo_key)
    if trade is None:
        try:
            trade = ctx._trade_memo[memo_key] = resolve_trade(raw.get("trade"), group, ctx.trades)
        except RuleError as err:
            problems.append(("trade", str(err)))
    if trade is not None:
        if group is None:
            group = trade.group
        p = group_problem(group, trade)
        if p:
            problems.append(("group", p))

    phone_raw = raw.get("mobile")
    phone = normalise_phone(phone_raw)
    mobile = bool(MOBILE_RE.match(phone))  # phone is normalised already
    p = phone_problem(phone)  # normalising is idempotent
    if p:
        problems.append(("mobile", p))

    union_code = text_of(raw.get("union_code")).replace(" ", "")
    unit = text_of(raw.get("unit"))
    unit_id: int | None = None
    if group == "student":
        unit = school or unit
        if not unit:
            problems.append(("school", translate("RegistrationRules", "学生组须填写学校名称。")))
        unit_id = ctx.schools.get(unit)
        if union_code and union_code not in ctx.union_codes:
            problems.append(("union_code", union_code_problem(union_code, ctx.union_codes) or ""))
    else:
        p = union_code_problem(union_code, ctx.union_codes)
        if p:
            problems.append(("union_code", p))
        elif union_code:
            unit_id, union_name = ctx.union_codes[union_code]
            unit = unit or union_name

    grade = None
    try:
        grade = parse_grade(raw.get("grade"))
    except RuleError as err:
        problems.append(("grade", str(err)))
    exception_reason = text_of(raw.get("exception_reason"))
    exception = False
    if trade is not None and not any(k == "grade" for k, _ in problems):
        p, exception = grade_problem(grade, trade, exception_reason)
        if p:
            problems.append(("grade", p))

    if trade is not None and info is not None:
        day = trade.contest_day or ctx.today
        p = age_problem(info.birth_date, day, trade.min_age, trade.max_age)
        if p:
            problems.append(("id_number", p))

    late_reason = text_of(raw.get("late_reason")) or ctx.late_reason
    if trade is not None and check_deadline:
        p = deadline_problem(ctx.today, trade.deadline, late_reason)
        if p:
            problems.append(("trade", p))

    status = "submitted"
    try:
        status = parse_status(raw.get("status")) or "submitted"
    except RuleError as err:
        problems.append(("status", str(err)))

    if problems or info is None or trade is None or group is None:
        return None, problems
    late = late_reason if (trade.deadline is not None and ctx.today > trade.deadline) else ""
    return (
        CleanEntry(
            name=name,
            id_number=info.number,
            gender=info.gender,
            birth_date=info.birth_date,
            mobile=phone if mobile else "",
            phone="" if mobile else phone,
            trade_id=trade.id,
            group=group,
            unit_name=unit,
            unit_id=unit_id,
            union_code=union_code,
            skill_grade=grade,
            grade_exception=exception,
            grade_exception_reason=exception_reason if exception else "",
            late_override_reason=late,
            status=status,
            notes=text_of(raw.get("notes")),
        ),
        [],
    )


# --------------------------------------------------------------------------- review transitions

# action -> (states it may start from, state it leads to, reason required)
TRANSITIONS: dict[str, tuple[frozenset[str], str, bool]] = {
    "approve": (frozenset({"submitted"}), "union_approved", False),
    "confirm": (frozenset({"union_approved"}), "confirmed", False),
    "return": (frozenset({"submitted", "union_approved"}), "returned", True),
    "reject": (frozenset({"submitted", "union_approved"}), "rejected", True),
    "withdraw": (frozenset({"submitted", "union_approved", "confirmed", "returned"}), "withdrawn", False),
    "resubmit": (frozenset({"returned"}), "submitted", False),
}
# Who may take each action (domain.labels.USER_ROLES codes).
ACTION_ROLES = {
    "approve": frozenset({"admin", "office", "union_reviewer"}),
    "confirm": frozenset({"admin", "office"}),
    "return": frozenset({"admin", "office", "union_reviewer"}),
    "reject": frozenset({"admin", "office", "union_reviewer"}),
    "withdraw": frozenset({"admin", "office"}),
    "resubmit": frozenset({"admin", "office"}),
}


def transition(action: str, current: str, reason: str = "", role: str = "admin") -> str:
    """The state ``action`` leads to from ``current``; RuleError when the move is not allowed."""
    if action not in TRANSITIONS:
        raise RuleError(translate("RegistrationRules", "未知的审核操作“{a}”。").format(a=action))
    sources, target, needs_reason = TRANSITIONS[action]
    act = translate("RegistrationRules", ACTION_LABELS[action])
    if role not in ACTION_ROLES[action]:
        raise RuleError(
            translate("RegistrationRules", "当前账号（{role}）无权执行“{a}”。").format(
                role=labels.label(labels.USER_ROLES, role), a=act
            )
        )
    if current not in sources:
        raise RuleError(
            translate("RegistrationRules", "状态为“{s}”的报名不能执行“{a}”（只能从{src}执行）。").format(
                s=labels.label(labels.REG_STATUS, current),
                a=act,
                src="、".join(f"“{labels.label(labels.REG_STATUS, s)}”" for s in labels.REG_STATUS if s in sources),
            )
        )
    if needs_reason and not reason.strip():
        raise RuleError(translate("RegistrationRules", "“{a}”必须填写原因。").format(a=act))
    return target
