"""Trade (工种) settings: which values are valid, how they are normalised and what an edit changes.

Pure Python (no Qt, no Session). The services (``services/trades``), the forms and the trade-list
import all check a trade's settings here, so they say the same sentences. What needs the database
(a code unique within the contest, the host unit exists, what already hangs off the trade) stays in
the services; the rule for edits after the fact is ``contest_rules.edit_guard``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from typing import Any

from haihe_desk.domain import contest_rules as rules
from haihe_desk.domain import labels
from haihe_desk.domain.dates import parse_date
from haihe_desk.domain.decimals import to_decimal
from haihe_desk.domain.labels import LOCK_KINDS, SESSION_KINDS, TRADE_STATUS  # noqa: F401 - the label tables live in labels
from haihe_desk.i18n import translate

# Editable settings, in the order forms and the CLI show them.
FIELDS = (
    "code",
    "name",
    "group",
    "level",
    "is_team",
    "team_size",
    "host_unit_id",
    "venue",
    "venue_address",
    "start_date",
    "end_date",
    "registration_deadline",
    "min_age",
    "max_age",
    "required_grade",
    "grade_exception_allowed",
    "theory_weight",
    "practical_weight",
    "pass_line",
    "award_rule",
    "tie_break",
    "min_entries",
    "status",
    "notes",
)
DECIMAL_FIELDS = ("theory_weight", "practical_weight", "pass_line")
TEXT_FIELDS = ("code", "name", "venue", "venue_address", "notes")


def defaults() -> dict[str, Any]:
    """The settings a new trade starts with."""
    return {
        "code": "",
        "name": "",
        "group": "worker",
        "level": "city1",
        "is_team": False,
        "team_size": 1,
        "host_unit_id": None,
        "venue": "",
        "venue_address": "",
        "start_date": None,
        "end_date": None,
        "registration_deadline": None,
        "min_age": rules.DEFAULT_MIN_AGE,
        "max_age": rules.DEFAULT_MAX_AGE,
        "required_grade": None,
        "grade_exception_allowed": True,
        "theory_weight": rules.DEFAULT_THEORY_WEIGHT,
        "practical_weight": rules.DEFAULT_PRACTICAL_WEIGHT,
        "pass_line": rules.DEFAULT_PASS_LINE,
        "award_rule": dict(rules.DEFAULT_AWARD_RULE),
        "tie_break": list(rules.DEFAULT_TIE_BREAK),
        "min_entries": rules.DEFAULT_MIN_ENTRIES,
        "status": "open",
        "notes": "",
    }


@dataclass
class SessionSpec:
    """One 场次 as a form or the CLI gives it; ``id`` set for an existing row."""

    starts_on: date | None
    start_time: time | None = None
    end_time: time | None = None
    venue: str = ""
    capacity: int | None = None
    name: str = ""
    kind: str = "practical"
    id: int | None = None


# --------------------------------------------------------------------------- validation


def check_values(values: Mapping[str, Any]) -> dict[str, str]:
    """Every problem with a full set of settings, keyed by the form field that shows it:
    code, name, group, level, team_size, dates, ages, weights, pass_line, award_rule, tie_break,
    min_entries, grade, status. Empty when all is well."""
    errs: dict[str, str] = {}
    code = str(values.get("code") or "").strip()
    if not code:
        errs["code"] = translate("Trades", "请填写工种代码（例如 W-CNC）。")
    elif len(code) > 20:
        errs["code"] = translate("Trades", "工种代码“{c}”太长，最多 20 个字符。").format(c=code)
    name = str(values.get("name") or "").strip()
    if not name:
        errs["name"] = translate("Trades", "请填写工种名称。")
    elif len(name) > 60:
        errs["name"] = translate("Trades", "工种名称太长，最多 60 个字。")
    if values.get("group") not in labels.GROUPS:
        errs["group"] = translate("Trades", "组别“{g}”无效，应为职工组或学生组。").format(g=values.get("group"))
    if values.get("level") not in labels.LEVELS:
        errs["level"] = translate("Trades", "级别“{v}”无效，应为市级一类、市级二类或区级。").format(
            v=values.get("level")
        )
    msg = rules.check_team(bool(values.get("is_team")), int(values.get("team_size") or 0))
    if msg:
        errs["team_size"] = msg
    msg = rules.check_dates(values.get("start_date"), values.get("end_date"), translate("Trades", "比赛"))
    if msg:
        errs["dates"] = msg
    msg = rules.check_age_range(int(values.get("min_age") or 0), int(values.get("max_age") or 0))
    if msg:
        errs["ages"] = msg
    grade = values.get("required_grade")
    if grade is not None and grade not in labels.GRADES:
        errs["grade"] = translate("Trades", "技能等级“{g}”无效。").format(g=grade)
    try:
        wt, wp = to_decimal(values.get("theory_weight")), to_decimal(values.get("practical_weight"))
    except ValueError as exc:
        errs["weights"] = str(exc)
    else:
        msg = rules.check_weights(wt, wp)
        if msg:
            errs["weights"] = msg
    try:
        msg = rules.check_pass_line(to_decimal(values.get("pass_line")))
    except ValueError as exc:
        msg = str(exc)
    if msg:
        errs["pass_line"] = msg
    try:
        rules.normalise_award_rule(values.get("award_rule") or {})
    except ValueError as exc:
        errs["award_rule"] = str(exc)
    try:
        rules.normalise_tie_break(values.get("tie_break") or [])
    except ValueError as exc:
        errs["tie_break"] = str(exc)
    msg = rules.check_min_entries(int(values.get("min_entries") or 0))
    if msg:
        errs["min_entries"] = msg
    if values.get("status", "open") not in TRADE_STATUS:
        errs["status"] = translate("Trades", "状态“{s}”无效。").format(s=values.get("status"))
    return errs


def check_sessions(specs: Iterable[SessionSpec]) -> str | None:
    """The first problem with a trade's sessions (numbered from 1 as the form shows them), or None."""
    for i, s in enumerate(specs, start=1):
        if s.starts_on is None:
            return translate("Trades", "第 {i} 个场次没有日期，请填写。").format(i=i)
        if s.start_time and s.end_time and s.end_time <= s.start_time:
            return translate("Trades", "第 {i} 个场次的结束时间 {e:%H:%M} 不晚于开始时间 {s:%H:%M}，请改正。").format(
                i=i, s=s.start_time, e=s.end_time
            )
        if s.capacity is not None and s.capacity < 1:
            return translate("Trades", "第 {i} 个场次的容量必须至少为 1 人。").format(i=i)
        if s.kind not in SESSION_KINDS:
            return translate("Trades", "第 {i} 个场次的类型“{k}”无效，应为理论或实操。").format(i=i, k=s.kind)
    return None


# --------------------------------------------------------------------------- normalising and comparing


def normalise(values: Mapping[str, Any]) -> dict[str, Any]:
    """Settings as they are stored: text stripped, weights and pass line as Decimal, the award
    rule and tie-break chain normalised, ``is_team`` a bool. Raises ValueError on a value
    ``check_values`` would have named."""
    out = dict(values)
    for k in TEXT_FIELDS:
        if k in out and out[k] is not None:
            out[k] = str(out[k]).strip()
    for k in DECIMAL_FIELDS:
        if k in out:
            out[k] = to_decimal(out[k])
    if "award_rule" in out:
        out["award_rule"] = rules.normalise_award_rule(out["award_rule"])
    if "tie_break" in out:
        out["tie_break"] = rules.normalise_tie_break(out["tie_break"])
    if "is_team" in out:
        out["is_team"] = bool(out["is_team"])
    return out


def plain(value: Any) -> Any:
    """A value JSON-ready: times "08:30", dates ISO, decimals as strings, containers recursively."""
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def changed_fields(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """The settings that differ between ``old`` and the normalised ``new`` (field → (old, new)).
    A weight written "0.3" or "0.30" is the same weight."""
    changed = {f: (old.get(f), new.get(f)) for f in FIELDS if plain(old.get(f)) != plain(new.get(f))}
    for f in DECIMAL_FIELDS:
        if f in changed and None not in changed[f] and Decimal(str(changed[f][0])) == Decimal(str(changed[f][1])):
            del changed[f]
    return changed


# --------------------------------------------------------------------------- a row of a trade list

YES = ("是", "允许", "y", "yes", "true", "1", "√")
NO = ("否", "不允许", "n", "no", "false", "0", "×", "")


def _cell_text(value: object) -> str:
    """A cleaned cell as text: '' for empty, dates as YYYY-MM-DD, whole floats without '.0'."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _choice(table: Mapping[Any, str], raw: object, ctx: str = "Labels") -> Any:
    text = str(raw).strip()
    for code, lab in table.items():
        if text in (str(code), lab, translate(ctx, lab)):
            return code
    return None


def values_from_row(
    v: Mapping[str, object],
    base: Mapping[str, Any],
) -> tuple[dict[str, Any], list[tuple[str, object, str]], str | None]:
    """One row of a trade list (cleaned cells by column key: code, name, group, level, team, team_size,
    host, venue, venue_address, start_date, end_date, registration_deadline, min_age, max_age,
    required_grade, grade_exception_allowed, theory_weight, practical_weight, pass_line, award_mode,
    award_levels, rounding, min_entries, notes) over ``base`` (the trade's settings now, or
    ``defaults()``). Returns (settings, problems as (column key, value, message), host unit name).
    Empty cells keep the base value."""
    out = dict(base)
    problems: list[tuple[str, object, str]] = []

    def text(key: str) -> str:
        return _cell_text(v.get(key))

    for key in ("code", "name", "venue", "venue_address", "notes"):
        if v.get(key) is not None:
            out[key] = text(key)
    for key in ("code", "name"):
        if not text(key):
            problems.append((key, None, translate("Trades", "必填，不能为空。")))
    if v.get("group") is not None:
        g = _choice(labels.GROUPS, text("group"))
        if g is None:
            problems.append(("group", v["group"], translate("Trades", "应为“职工组”或“学生组”。")))
        else:
            out["group"] = g
    elif "group" not in base or not base.get("code"):
        problems.append(("group", None, translate("Trades", "必填，不能为空。")))
    if v.get("level") is not None:
        lv = _choice(labels.LEVELS, text("level"))
        if lv is None:
            problems.append(("level", v["level"], translate("Trades", "应为“市级一类”“市级二类”或“区级”。")))
        else:
            out["level"] = lv
    if v.get("team") is not None:
        t = text("team")
        if t in (translate("Trades", "团体"), "团体", "team"):
            out["is_team"] = True
        elif t in (translate("Trades", "单人"), "单人", "个人", "single"):
            out["is_team"], out["team_size"] = False, 1
        else:
            problems.append(("team", v["team"], translate("Trades", "应为“单人”或“团体”。")))
    for key in ("team_size", "min_age", "max_age", "min_entries"):
        if v.get(key) is not None:
            raw = v[key]
            if isinstance(raw, int) and not isinstance(raw, bool):
                out[key] = raw
            elif str(raw).strip().isdigit():
                out[key] = int(str(raw).strip())
            else:
                problems.append((key, raw, translate("Trades", "应为整数。")))
    for key in ("start_date", "end_date", "registration_deadline"):
        if v.get(key) is not None:
            try:
                out[key] = parse_date(v[key])
            except ValueError:
                problems.append((key, v[key], translate("Trades", "不是有效的日期，请写成 2021-10-20 的形式。")))
    if v.get("required_grade") is not None:
        g = _choice(labels.GRADES, text("required_grade"))
        if g is None:
            t = text("required_grade")
            g = next((c for c, lab in labels.GRADES.items() if t and t in translate("Labels", lab)), None)
        if g is None:
            problems.append(
                (
                    "required_grade",
                    v["required_grade"],
                    translate("Trades", "不是有效的技能等级，例如“高级工（三级）”。"),
                )
            )
        else:
            out["required_grade"] = g
    if v.get("grade_exception_allowed") is not None:
        t = text("grade_exception_allowed").lower()
        if t in YES or t == translate("Trades", "是"):
            out["grade_exception_allowed"] = True
        elif t in NO or t == translate("Trades", "否"):
            out["grade_exception_allowed"] = False
        else:
            problems.append(
                ("grade_exception_allowed", v["grade_exception_allowed"], translate("Trades", "应为“是”或“否”。"))
            )
    for key in ("theory_weight", "practical_weight"):
        if v.get(key) is not None:
            try:
                out[key] = rules.parse_percent(v[key], small_is_fraction=isinstance(v[key], float))
            except ValueError as exc:
                problems.append((key, v[key], str(exc)))
    if v.get("pass_line") is not None:
        try:
            out["pass_line"] = to_decimal(v["pass_line"])
        except ValueError as exc:
            problems.append(("pass_line", v["pass_line"], str(exc)))
    award = dict(out.get("award_rule") or rules.DEFAULT_AWARD_RULE)
    if v.get("award_mode") is not None:
        m = _choice(rules.AWARD_MODES, text("award_mode"), "ContestRules")
        if m is None:
            problems.append(("award_mode", v["award_mode"], translate("Trades", "应为“按参赛人数比例”或“固定名额”。")))
        else:
            award["mode"] = m
    if v.get("rounding") is not None:
        rd = _choice(rules.ROUNDINGS, text("rounding"), "ContestRules")
        if rd is None:
            problems.append(("rounding", v["rounding"], translate("Trades", "应为向下取整、四舍五入或向上取整。")))
        else:
            award["rounding"] = rd
    if v.get("award_levels") is not None:
        try:
            levels = rules.parse_award_levels(text("award_levels"), award.get("mode", "shares"))
        except ValueError as exc:
            problems.append(("award_levels", v["award_levels"], str(exc)))
        else:
            award = {k: val for k, val in award.items() if k not in rules.AWARD_LEVELS} | levels
    elif v.get("award_mode") is not None and award.get("mode") != (base.get("award_rule") or {}).get("mode"):
        problems.append(("award_levels", None, translate("Trades", "改了获奖方式就要同时填写获奖名额。")))
    out["award_rule"] = award
    host = text("host") or None
    return out, problems, host
