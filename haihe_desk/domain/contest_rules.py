"""Contest and trade settings: the rules that say which settings are valid and which may change.

Pure Python (no Qt, no Session). Each function returns translated sentences (or raises
``ValueError`` with one) so the services, the CLI and the forms all say the same thing.

- Weights are fractions (0.30 + 0.70) and must sum to exactly 1 (100%).
- An award rule is a dict: ``{"mode": "shares"|"counts", "first": …, "second": …, "third": …,
  "excellence": …, "rounding": "down"|"half_up"|"up"}``; shares are fractions of the entrants as
  decimal strings, counts are whole numbers (as strings too, so the JSON column stays uniform).
- A tie-break chain is an ordered list of keys from ``TIE_BREAK_KEYS`` with no repeats.
- Edits after the fact: ``edit_guard`` says which changed fields are refused and which need a
  reason once registrations, scores or score locks exist.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import Any

from haihe_desk.domain import labels
from haihe_desk.domain.decimals import HUNDRED, to_decimal, weights_ok

# The label tables live in domain/labels; re-exported here for the rule code that names them.
from haihe_desk.domain.labels import AWARD_LEVELS as AWARD_LEVELS
from haihe_desk.domain.labels import AWARD_MODES as AWARD_MODES
from haihe_desk.domain.labels import COMMITTEE_BODIES as COMMITTEE_BODIES
from haihe_desk.domain.labels import CONTEST_STATUS as CONTEST_STATUS
from haihe_desk.domain.labels import FILING_KINDS as FILING_KINDS
from haihe_desk.domain.labels import FILING_STATES as FILING_STATES
from haihe_desk.domain.labels import ROUNDINGS as ROUNDINGS
from haihe_desk.domain.labels import TIE_BREAK_KEYS as TIE_BREAK_KEYS
from haihe_desk.i18n import QT_TRANSLATE_NOOP, translate

DEFAULT_MIN_AGE = 16
DEFAULT_MAX_AGE = 60
DEFAULT_MIN_ENTRIES = 30
DEFAULT_THEORY_WEIGHT = Decimal("0.30")
DEFAULT_PRACTICAL_WEIGHT = Decimal("0.70")
DEFAULT_PASS_LINE = Decimal("60")

DEFAULT_TIE_BREAK = ["total", "time", "practical", "theory"]

_ROUNDING_MODES = {"down": ROUND_FLOOR, "half_up": ROUND_HALF_UP, "up": ROUND_CEILING}

DEFAULT_AWARD_RULE: dict[str, str] = {
    "mode": "shares",
    "first": "0.10",
    "second": "0.20",
    "third": "0.30",
    "rounding": "down",
}


# --------------------------------------------------------------------------- weights and numbers


def parse_percent(value: object, *, small_is_fraction: bool = False) -> Decimal:
    """A percentage as the office types it ("30" or "30%") → the fraction 0.30.

    With ``small_is_fraction`` (spreadsheet cells formatted as percent hold 0.3), a number of at
    most 1 without a "%" sign is taken as the fraction itself."""
    text = str(value).strip()
    if not text:
        raise ValueError(translate("ContestRules", "请填写百分比。"))
    bad = translate("ContestRules", "“{v}”不是有效的百分比，请填写 0 到 100 之间的数。").format(v=value)
    try:
        d = to_decimal(text)  # "30%" is already divided by 100
    except ValueError:
        raise ValueError(bad) from None
    if not text.endswith(("%", "％")) and not (small_is_fraction and d <= 1):
        d = d / HUNDRED
    if d < 0 or d > 1:
        raise ValueError(bad)
    return d


def percent_text(fraction: Decimal | None) -> str:
    """0.30 → "30"; 0.125 → "12.5" (no trailing zeros)."""
    if fraction is None:
        return ""
    value = (fraction * HUNDRED).normalize()
    text = format(value, "f")
    return text


def check_weights(theory: Decimal, practical: Decimal) -> str | None:
    """None when valid, else the sentence to show beside the weight fields."""
    if theory < 0 or practical < 0:
        return translate("ContestRules", "理论和实操权重不能为负数。")
    if not weights_ok(theory, practical):
        return translate("ContestRules", "理论权重 {t}% 与实操权重 {p}% 之和为 {s}%，必须正好等于 100%。").format(
            t=percent_text(theory), p=percent_text(practical), s=percent_text(theory + practical)
        )
    return None


def check_pass_line(value: Decimal) -> str | None:
    if value < 0 or value > 100:
        return translate("ContestRules", "合格线 {v} 超出范围，请填写 0 到 100 之间的分数。").format(v=value)
    return None


def check_age_range(min_age: int, max_age: int) -> str | None:
    if min_age < 14 or max_age > 70:
        return translate("ContestRules", "年龄范围 {a}–{b} 岁不合理，请填写 14 到 70 岁之间。").format(
            a=min_age, b=max_age
        )
    if min_age > max_age:
        return translate("ContestRules", "最小年龄 {a} 岁大于最大年龄 {b} 岁，请对调或改正。").format(
            a=min_age, b=max_age
        )
    return None


def check_team(is_team: bool, team_size: int) -> str | None:
    if is_team and team_size < 2:
        return translate("ContestRules", "团体项目每队至少 2 人，请改正每队人数。")
    if not is_team and team_size != 1:
        return translate("ContestRules", "单人项目每队人数应为 1。")
    return None


def check_min_entries(value: int) -> str | None:
    if value < 1:
        return translate("ContestRules", "最少参赛人数必须至少为 1。")
    return None


def check_dates(start: date | None, end: date | None, what: str) -> str | None:
    if start and end and end < start:
        return translate("ContestRules", "{what}的结束日期 {e} 早于开始日期 {s}，请改正。").format(
            what=what, s=start, e=end
        )
    return None


def at_risk(registered: int, min_entries: int) -> bool:
    """A trade below its minimum entries is usually cancelled: show it as at risk."""
    return registered < min_entries


# --------------------------------------------------------------------------- award rule


def parse_award_levels(text: str, mode: str) -> dict[str, str]:
    """ "10/20/30" or "10%/20%/30%/10%" (shares) or "1/3/6" (counts) → level → value string."""
    parts = [p.strip() for p in text.replace("／", "/").replace("，", "/").replace(",", "/").split("/") if p.strip()]
    if not parts or len(parts) > len(AWARD_LEVELS):
        raise ValueError(
            translate(
                "ContestRules",
                "获奖名额“{v}”格式不对：请按 一等/二等/三等[/优秀奖] 的顺序用“/”分隔，例如 10/20/30 或 1/3/6。",
            ).format(v=text)
        )
    out: dict[str, str] = {}
    for key, part in zip(AWARD_LEVELS, parts, strict=False):
        if mode == "shares":
            out[key] = str(parse_percent(part))
        else:
            if not part.isdigit():
                raise ValueError(translate("ContestRules", "固定名额“{v}”必须是不小于 0 的整数。").format(v=part))
            out[key] = str(int(part))
    return out


def award_levels_text(rule: Mapping[str, Any]) -> str:
    """The inverse of ``parse_award_levels``: "10/20/30" or "1/3/6"."""
    mode = rule.get("mode", "shares")
    parts = []
    for key in AWARD_LEVELS:
        if key not in rule:
            continue
        v = rule[key]
        parts.append(percent_text(Decimal(str(v))) if mode == "shares" else str(v))
    return "/".join(parts)


def normalise_award_rule(rule: Mapping[str, Any]) -> dict[str, str]:
    """Check an award rule's shape and return it normalised; raises ValueError with a sentence."""
    mode = rule.get("mode", "shares")
    if mode not in AWARD_MODES:
        raise ValueError(
            translate("ContestRules", "获奖规则方式“{m}”无效，应为“按参赛人数比例”或“固定名额”。").format(m=mode)
        )
    rounding = rule.get("rounding", "down")
    if rounding not in ROUNDINGS:
        raise ValueError(
            translate("ContestRules", "取整方式“{r}”无效，应为向下取整、四舍五入或向上取整。").format(r=rounding)
        )
    out: dict[str, str] = {"mode": mode, "rounding": rounding}
    levels = [k for k in AWARD_LEVELS if k in rule and str(rule[k]).strip() != ""]
    if not levels:
        raise ValueError(translate("ContestRules", "获奖规则至少要有一等奖的名额或比例。"))
    total = Decimal(0)
    for key in levels:
        raw = str(rule[key]).strip()
        if mode == "shares":
            try:
                v = to_decimal(raw)
            except ValueError:
                raise ValueError(
                    translate("ContestRules", "{lvl}比例“{v}”不是有效的数。").format(
                        lvl=translate("ContestRules", AWARD_LEVELS[key]), v=raw
                    )
                ) from None
            if v < 0 or v > 1:
                raise ValueError(
                    translate("ContestRules", "{lvl}比例“{v}”应在 0% 到 100% 之间。").format(
                        lvl=translate("ContestRules", AWARD_LEVELS[key]), v=raw
                    )
                )
            total += v
            out[key] = str(v)
        else:
            if not raw.isdigit():
                raise ValueError(
                    translate("ContestRules", "{lvl}名额“{v}”必须是不小于 0 的整数。").format(
                        lvl=translate("ContestRules", AWARD_LEVELS[key]), v=raw
                    )
                )
            out[key] = str(int(raw))
    if mode == "shares" and total > 1:
        raise ValueError(
            translate("ContestRules", "各奖项比例之和为 {s}%，超过了 100%。").format(s=percent_text(total))
        )
    return out


def award_counts(rule: Mapping[str, Any], entrants: int) -> dict[str, int]:
    """How many places each award level has for ``entrants`` (before the pass line is applied)."""
    r = normalise_award_rule(rule)
    rounding = _ROUNDING_MODES[r["rounding"]]
    out: dict[str, int] = {}
    for key in AWARD_LEVELS:
        if key not in r:
            continue
        if r["mode"] == "shares":
            out[key] = int((Decimal(r[key]) * entrants).quantize(Decimal(1), rounding=rounding))
        else:
            out[key] = int(r[key])
    return out


def describe_award_rule(rule: Mapping[str, Any]) -> str:
    """ "按参赛人数比例 一等奖 10%、二等奖 20%、三等奖 30%（向下取整）"."""
    if not rule:
        return ""
    mode = rule.get("mode", "shares")
    parts = []
    for key, lab in AWARD_LEVELS.items():
        if key in rule:
            v = rule[key]
            parts.append(
                translate("ContestRules", lab)
                + " "
                + (f"{percent_text(Decimal(str(v)))}%" if mode == "shares" else str(v))
            )
    text = translate("ContestRules", AWARD_MODES.get(mode, mode)) + " " + "、".join(parts)
    if mode == "shares":
        text += translate("ContestRules", "（{r}）").format(
            r=translate("ContestRules", ROUNDINGS.get(rule.get("rounding", "down"), ""))
        )
    return text


# --------------------------------------------------------------------------- tie-break chain


def normalise_tie_break(keys: Iterable[str]) -> list[str]:
    out: list[str] = []
    for k in keys:
        k = str(k).strip()
        if not k:
            continue
        if k not in TIE_BREAK_KEYS:
            raise ValueError(
                translate("ContestRules", "并列名次规则中的“{k}”无效，可用：{keys}。").format(
                    k=k, keys="、".join(TIE_BREAK_KEYS)
                )
            )
        if k in out:
            raise ValueError(translate("ContestRules", "并列名次规则中的“{k}”重复出现。").format(k=k))
        out.append(k)
    if not out:
        raise ValueError(translate("ContestRules", "并列名次规则不能为空，至少要有“总成绩”。"))
    if out[0] != "total":
        raise ValueError(translate("ContestRules", "并列名次规则必须以总成绩（total）开头。"))
    return out


def describe_tie_break(keys: Iterable[str]) -> str:
    return " → ".join(translate("ContestRules", TIE_BREAK_KEYS.get(k, k)) for k in keys)


# --------------------------------------------------------------------------- edits after the fact

# Fields whose meaning registrations depend on.
REG_REFUSED = frozenset({"group"})
REG_NEEDS_REASON = frozenset(
    {"is_team", "team_size", "min_age", "max_age", "required_grade", "grade_exception_allowed", "registration_deadline"}
)
# Fields whose meaning scores depend on.
SCORE_NEEDS_REASON = frozenset({"theory_weight", "practical_weight", "pass_line", "award_rule", "tie_break"})
LOCK_REFUSED = frozenset(
    {"theory_weight", "practical_weight", "pass_line", "award_rule", "tie_break", "group", "is_team", "team_size"}
)

FIELD_LABELS = {
    "code": QT_TRANSLATE_NOOP("ContestRules", "代码"),
    "name": QT_TRANSLATE_NOOP("ContestRules", "名称"),
    "group": QT_TRANSLATE_NOOP("ContestRules", "组别"),
    "level": QT_TRANSLATE_NOOP("ContestRules", "级别"),
    "is_team": QT_TRANSLATE_NOOP("ContestRules", "单人/团体"),
    "team_size": QT_TRANSLATE_NOOP("ContestRules", "每队人数"),
    "host_unit_id": QT_TRANSLATE_NOOP("ContestRules", "承办单位"),
    "venue": QT_TRANSLATE_NOOP("ContestRules", "比赛场地"),
    "venue_address": QT_TRANSLATE_NOOP("ContestRules", "场地地址"),
    "start_date": QT_TRANSLATE_NOOP("ContestRules", "开始日期"),
    "end_date": QT_TRANSLATE_NOOP("ContestRules", "结束日期"),
    "registration_deadline": QT_TRANSLATE_NOOP("ContestRules", "报名截止"),
    "min_age": QT_TRANSLATE_NOOP("ContestRules", "最小年龄"),
    "max_age": QT_TRANSLATE_NOOP("ContestRules", "最大年龄"),
    "required_grade": QT_TRANSLATE_NOOP("ContestRules", "技能等级要求"),
    "grade_exception_allowed": QT_TRANSLATE_NOOP("ContestRules", "允许破格"),
    "theory_weight": QT_TRANSLATE_NOOP("ContestRules", "理论权重"),
    "practical_weight": QT_TRANSLATE_NOOP("ContestRules", "实操权重"),
    "pass_line": QT_TRANSLATE_NOOP("ContestRules", "合格线"),
    "award_rule": QT_TRANSLATE_NOOP("ContestRules", "获奖规则"),
    "tie_break": QT_TRANSLATE_NOOP("ContestRules", "并列名次规则"),
    "min_entries": QT_TRANSLATE_NOOP("ContestRules", "最少参赛人数"),
    "status": QT_TRANSLATE_NOOP("ContestRules", "状态"),
    "notes": QT_TRANSLATE_NOOP("ContestRules", "备注"),
    "sessions": QT_TRANSLATE_NOOP("ContestRules", "场次"),
}


def field_label(key: str) -> str:
    return translate("ContestRules", FIELD_LABELS.get(key, key))


@dataclass(frozen=True)
class TradeState:
    """What already hangs off a trade."""

    registrations: int = 0
    scores: int = 0  # score entries + theory scores
    locked_kinds: tuple[str, ...] = ()  # score locks currently in force


@dataclass
class EditGuard:
    refused: dict[str, str] = field(default_factory=dict)  # field → why
    needs_reason: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.refused and not self.needs_reason

    def message(self) -> str:
        if self.refused:
            return "；".join(self.refused.values())
        return "；".join(self.needs_reason.values())


def edit_guard(changed: Iterable[str], state: TradeState) -> EditGuard:
    """Which of the changed trade fields may not change now, and which need a written reason.

    - After score locks: weights, pass line, award rule, tie-break, group and team shape are refused
      (the chief judge must lift the lock first).
    - After registrations: the group is refused (registrations carry their group — move them
      instead); team shape, age range, grade requirement and deadline need a reason.
    - After scores: weights, pass line, award rule and tie-break need a reason.
    Every such change is audited by the service with the reason.
    """
    g = EditGuard()
    for f in changed:
        lab = field_label(f)
        if state.locked_kinds and f in LOCK_REFUSED:
            g.refused[f] = translate("ContestRules", "“{f}”在成绩锁定后不能修改；请先由裁判长解除锁定。").format(f=lab)
        elif state.registrations and f in REG_REFUSED:
            g.refused[f] = translate("ContestRules", "已有 {n} 人报名，不能再修改“{f}”；请改为调整这些报名。").format(
                n=state.registrations, f=lab
            )
        elif state.scores and f in SCORE_NEEDS_REASON:
            g.needs_reason[f] = translate(
                "ContestRules", "已有评分记录，修改“{f}”会改变成绩含义，必须填写修改原因。"
            ).format(f=lab)
        elif state.registrations and f in REG_NEEDS_REASON:
            g.needs_reason[f] = translate("ContestRules", "已有 {n} 人报名，修改“{f}”必须填写修改原因。").format(
                n=state.registrations, f=lab
            )
    return g


# --------------------------------------------------------------------------- grassroots filings


def filing_state(due_on: date | None, received_on: date | None, today: date) -> str:
    """received / received_late / late / pending (see FILING_STATES)."""
    if received_on is not None:
        return "received_late" if due_on is not None and received_on > due_on else "received"
    if due_on is not None and today > due_on:
        return "late"
    return "pending"


# --------------------------------------------------------------------------- contest copy


def shift_year(d: date | None, years: int) -> date | None:
    """The same day ``years`` later; 29 February becomes 28 February in a common year."""
    if d is None:
        return None
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def renamed_for_year(name: str, old_year: int, new_year: int) -> str:
    """ "2020年…" → "2021年…": the old year replaced wherever it appears."""
    return name.replace(str(old_year), str(new_year))


# --------------------------------------------------------------------------- contests

CONTEST_FIELDS = (
    "name",
    "short_name",
    "year",
    "doc_number",
    "organiser",
    "office_name",
    "start_date",
    "end_date",
    "registration_deadline",
    "status",
    "notes",
)


@dataclass
class MemberSpec:
    role: str  # director/deputy/member
    name: str
    post: str = ""
    body: str = "organising"


@dataclass
class ContestSpec:
    name: str
    year: int
    short_name: str = ""
    doc_number: str = ""
    organiser: str = ""
    office_name: str = ""
    start_date: date | None = None
    end_date: date | None = None
    registration_deadline: date | None = None
    status: str = "active"
    notes: str = ""
    committee: list[MemberSpec] = field(default_factory=list)

    @classmethod
    def of(cls, c: Any) -> ContestSpec:
        return cls(
            **{f: getattr(c, f) for f in CONTEST_FIELDS},
            committee=[MemberSpec(m.role, m.name, m.post, m.body) for m in c.committee],
        )


def check_contest(spec: ContestSpec) -> dict[str, str]:
    """Problems keyed by form field: name, year, dates, deadline, committee, status."""
    errs: dict[str, str] = {}
    if not spec.name.strip():
        errs["name"] = translate("Contests", "请填写赛事名称。")
    elif len(spec.name) > 200:
        errs["name"] = translate("Contests", "赛事名称太长，最多 200 个字。")
    if not 2000 <= spec.year <= 2100:
        errs["year"] = translate("Contests", "年度 {y} 不合理，请填写四位年份。").format(y=spec.year)
    msg = check_dates(spec.start_date, spec.end_date, translate("Contests", "赛事"))
    if msg:
        errs["dates"] = msg
    if spec.registration_deadline and spec.end_date and spec.registration_deadline > spec.end_date:
        errs["deadline"] = translate("Contests", "报名截止日期 {d} 晚于赛事结束日期 {e}，请改正。").format(
            d=spec.registration_deadline, e=spec.end_date
        )
    for i, m in enumerate(spec.committee, start=1):
        if not m.name.strip():
            errs["committee"] = translate("Contests", "组委会第 {i} 行没有姓名，请填写或删除该行。").format(i=i)
            break
        if m.role not in labels.COMMITTEE_ROLES:
            errs["committee"] = translate(
                "Contests", "组委会第 {i} 行的职务“{r}”无效，应为主任、副主任或成员。"
            ).format(i=i, r=m.role)
            break
        if m.body not in COMMITTEE_BODIES:
            errs["committee"] = translate("Contests", "组委会第 {i} 行的机构“{b}”无效。").format(i=i, b=m.body)
            break
    if spec.status not in CONTEST_STATUS:
        errs["status"] = translate("Contests", "赛事状态“{s}”无效。").format(s=spec.status)
    return errs


# --------------------------------------------------------------------------- filing checks


@dataclass
class FilingSpec:
    unit_id: int
    kind: str  # record/summary
    title: str = ""
    trade_name: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    participants: int | None = None
    due_on: date | None = None
    received_on: date | None = None
    notes: str = ""


SPEC_FIELDS = (
    "unit_id",
    "kind",
    "title",
    "trade_name",
    "starts_on",
    "ends_on",
    "participants",
    "due_on",
    "received_on",
    "notes",
)


def check_filing(spec: FilingSpec) -> dict[str, str]:
    """Problems keyed by form field: kind, dates, participants, title."""
    errs: dict[str, str] = {}
    if spec.kind not in FILING_KINDS:
        errs["kind"] = translate("Filings", "类别“{k}”无效，应为备案（record）或总结（summary）。").format(k=spec.kind)
    msg = check_dates(spec.starts_on, spec.ends_on, translate("Filings", "基层比赛"))
    if msg:
        errs["dates"] = msg
    if spec.participants is not None and spec.participants < 0:
        errs["participants"] = translate("Filings", "参赛人数不能为负数。")
    if len(spec.title) > 200:
        errs["title"] = translate("Filings", "赛事名称太长，最多 200 个字。")
    return errs
