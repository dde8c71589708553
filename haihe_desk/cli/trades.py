"""`haihe-desk trades list|show|add|edit|import|template`."""

from __future__ import annotations

import argparse
import json
from datetime import time
from pathlib import Path
from typing import Any

from haihe_desk.cli.base import say
from haihe_desk.cli.contests import add_contest_option, contest_id_arg, date_arg, table
from haihe_desk.cli.imports import add_import_arguments, run_cli_import
from haihe_desk.db.database import Database
from haihe_desk.domain import contest_rules as rules
from haihe_desk.domain import labels
from haihe_desk.domain.decimals import to_decimal
from haihe_desk.errors import UsageError
from haihe_desk.i18n import translate
from haihe_desk.services import trades
from haihe_desk.services.context import Actor


def _settings_options(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("--code", required=adding, help=translate("Cli", "工种代码，例如 W-CNC"))
    p.add_argument("--name", required=adding, help=translate("Cli", "工种名称"))
    p.add_argument("--group", help=translate("Cli", "组别：worker/职工组 或 student/学生组"))
    p.add_argument("--level", help=translate("Cli", "级别：city1/市级一类、city2/市级二类、district/区级"))
    p.add_argument("--team-size", type=int, help=translate("Cli", "每队人数；1 为单人项目，2 及以上为团体项目"))
    p.add_argument("--host", help=translate("Cli", "承办单位全称（单位库中没有时新建）"))
    p.add_argument("--venue", help=translate("Cli", "比赛场地"))
    p.add_argument("--address", help=translate("Cli", "场地地址"))
    p.add_argument("--start", help=translate("Cli", "比赛开始日期"))
    p.add_argument("--end", help=translate("Cli", "比赛结束日期"))
    p.add_argument("--deadline", help=translate("Cli", "报名截止日期（写 none 表示沿用赛事的截止日期）"))
    p.add_argument("--min-age", type=int, help=translate("Cli", "最小年龄（默认 16）"))
    p.add_argument("--max-age", type=int, help=translate("Cli", "最大年龄（默认 60）"))
    p.add_argument("--grade", help=translate("Cli", "技能等级要求：1–5 或 “高级工”等；none 表示不限"))
    p.add_argument("--exceptions", choices=["yes", "no"], help=translate("Cli", "是否允许破格"))
    p.add_argument("--theory", help=translate("Cli", "理论权重（百分数，例如 30）"))
    p.add_argument("--practical", help=translate("Cli", "实操权重（百分数，例如 70）"))
    p.add_argument("--pass-line", help=translate("Cli", "合格线（默认 60）"))
    p.add_argument(
        "--award-mode",
        choices=list(rules.AWARD_MODES),
        help=translate("Cli", "获奖方式：shares 按比例，counts 固定名额"),
    )
    p.add_argument("--awards", help=translate("Cli", "获奖名额：按比例如 10/20/30，固定名额如 1/3/6"))
    p.add_argument("--rounding", choices=list(rules.ROUNDINGS), help=translate("Cli", "按比例时的取整方式"))
    p.add_argument("--tie-break", help=translate("Cli", "并列名次规则，用逗号分隔：total,time,practical,theory"))
    p.add_argument("--min-entries", type=int, help=translate("Cli", "最少参赛人数（默认 30）"))
    p.add_argument("--status", choices=list(trades.TRADE_STATUS), help=translate("Cli", "状态"))
    p.add_argument("--notes", help=translate("Cli", "备注"))
    p.add_argument(
        "--session",
        action="append",
        metavar=translate("Cli", "日期,开始,结束,场地,容量[,theory|practical]"),
        help=translate("Cli", "场次，可重复，例如 2021-10-20,08:30,11:30,实训楼,40；给出时替换原有场次"),
    )
    p.add_argument("--no-sessions", action="store_true", help=translate("Cli", "删除全部场次"))


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("trades", help=translate("Cli", "工种（竞赛项目）：列出、新增、修改、导入、下载模板"))
    tsub = p.add_subparsers(dest="trades_cmd", required=True, metavar="list|show|add|edit|import|template")

    q = tsub.add_parser("list", help=translate("Cli", "列出工种及实时人数"))
    add_contest_option(q)
    q.add_argument("--json", action="store_true", help=translate("Cli", "以 JSON 输出每个工种的全部设置和人数"))
    q.set_defaults(func=cmd_list)

    q = tsub.add_parser("show", help=translate("Cli", "显示一个工种的全部设置"))
    add_contest_option(q)
    q.add_argument("code", help=translate("Cli", "工种代码"))
    q.set_defaults(func=cmd_show)

    q = tsub.add_parser("add", help=translate("Cli", "新增工种"))
    add_contest_option(q)
    _settings_options(q, adding=True)
    q.set_defaults(func=cmd_add)

    q = tsub.add_parser("edit", help=translate("Cli", "修改工种；已有报名或成绩时，影响其含义的修改需要 --reason"))
    add_contest_option(q)
    q.add_argument("trade", metavar="CODE", help=translate("Cli", "要修改的工种代码"))
    _settings_options(q, adding=False)
    q.add_argument("--new-code", help=translate("Cli", "新的工种代码"))
    q.add_argument("--reason", default="", help=translate("Cli", "修改原因（写入审计日志）"))
    q.set_defaults(func=cmd_edit)

    q = tsub.add_parser("import", help=translate("Cli", "从 xlsx 工种列表导入；有错误时不导入任何一行并生成报告"))
    add_contest_option(q)
    add_import_arguments(q, trades.TradesImporter)
    q.set_defaults(func=cmd_import)

    q = tsub.add_parser("template", help=translate("Cli", "保存工种列表导入模板"))
    q.add_argument("file", help=translate("Cli", "模板保存位置（.xlsx）"))
    q.set_defaults(func=cmd_template)


# --------------------------------------------------------------------------- option parsing


def _time(text: str, what: str) -> time | None:
    text = text.strip().replace("：", ":")
    if not text:
        return None
    try:
        h, m = text.split(":")
        return time(int(h), int(m))
    except ValueError:
        raise UsageError(
            translate("Cli", "场次的{what}“{v}”无法识别，请写成 08:30 的形式。").format(what=what, v=text)
        ) from None


def _session(text: str) -> trades.SessionSpec:
    parts = [p.strip() for p in text.replace("，", ",").split(",")]
    parts += [""] * (6 - len(parts))
    cap = None
    if parts[4]:
        if not parts[4].isdigit():
            raise UsageError(translate("Cli", "场次“{v}”的容量应为整数。").format(v=text))
        cap = int(parts[4])
    kind = parts[5] or "practical"
    if kind not in trades.SESSION_KINDS:
        kind = {"理论": "theory", "实操": "practical"}.get(kind, kind)
    return trades.SessionSpec(
        starts_on=date_arg(parts[0], "--session"),
        start_time=_time(parts[1], translate("Cli", "开始时间")),
        end_time=_time(parts[2], translate("Cli", "结束时间")),
        venue=parts[3],
        capacity=cap,
        kind=kind,
    )


def _code(table_: dict[Any, str], value: str, option: str) -> Any:
    code = labels.code_for(table_, value)
    if code is None:
        code = next((c for c, lab in table_.items() if value and value in translate("Labels", lab)), None)
    if code is None:
        raise UsageError(
            translate("Cli", "{opt} 的值“{v}”无效；可用：{choices}。").format(
                opt=option, v=value, choices="、".join(f"{c}/{translate('Labels', lab)}" for c, lab in table_.items())
            )
        )
    return code


def _values(s: Any, actor: Actor, args: argparse.Namespace, current: dict[str, Any]) -> dict[str, Any]:
    v: dict[str, Any] = {}
    for opt, key in (
        ("code", "code"),
        ("name", "name"),
        ("venue", "venue"),
        ("address", "venue_address"),
        ("min_age", "min_age"),
        ("max_age", "max_age"),
        ("min_entries", "min_entries"),
        ("status", "status"),
        ("notes", "notes"),
    ):
        val = getattr(args, opt, None)
        if val is not None:
            v[key] = val
    if getattr(args, "new_code", None):
        v["code"] = args.new_code
    if args.group is not None:
        v["group"] = _code(labels.GROUPS, args.group, "--group")
    if args.level is not None:
        v["level"] = _code(labels.LEVELS, args.level, "--level")
    if args.team_size is not None:
        v["team_size"] = args.team_size
        v["is_team"] = args.team_size > 1
    if args.host is not None:
        v["host_unit_id"] = trades.ensure_host_unit(s, actor, args.host).id if args.host.strip() else None
    for opt, key in (("start", "start_date"), ("end", "end_date"), ("deadline", "registration_deadline")):
        val = getattr(args, opt)
        if val is not None:
            v[key] = date_arg(val, "--" + opt.replace("_", "-"))
    if args.grade is not None:
        v["required_grade"] = (
            None
            if args.grade.strip().lower() in ("", "none", "不限")
            else (int(args.grade) if args.grade.isdigit() else _code(labels.GRADES, args.grade, "--grade"))
        )
    if args.exceptions is not None:
        v["grade_exception_allowed"] = args.exceptions == "yes"
    for opt, key in (("theory", "theory_weight"), ("practical", "practical_weight")):
        val = getattr(args, opt)
        if val is not None:
            try:
                v[key] = rules.parse_percent(val)
            except ValueError as exc:
                raise UsageError(f"--{opt}：{exc}") from None
    if args.theory is not None and args.practical is None:
        v["practical_weight"] = 1 - v["theory_weight"]
    elif args.practical is not None and args.theory is None:
        v["theory_weight"] = 1 - v["practical_weight"]
    if args.pass_line is not None:
        v["pass_line"] = args.pass_line
    if args.award_mode or args.awards or args.rounding:
        award = dict(current.get("award_rule") or rules.DEFAULT_AWARD_RULE)
        if args.award_mode:
            award["mode"] = args.award_mode
        if args.rounding:
            award["rounding"] = args.rounding
        if args.awards:
            try:
                levels = rules.parse_award_levels(args.awards, award["mode"])
            except ValueError as exc:
                raise UsageError(f"--awards：{exc}") from None
            award = {k: x for k, x in award.items() if k not in rules.AWARD_LEVELS} | levels
        elif args.award_mode and args.award_mode != (current.get("award_rule") or {}).get("mode"):
            raise UsageError(translate("Cli", "改获奖方式时请同时用 --awards 给出名额。"))
        v["award_rule"] = award
    if args.tie_break is not None:
        v["tie_break"] = [k.strip() for k in args.tie_break.replace("，", ",").split(",")]
    return v


def _sessions(args: argparse.Namespace) -> list[trades.SessionSpec] | None:
    if args.no_sessions:
        return []
    if args.session:
        return [_session(x) for x in args.session]
    return None


# --------------------------------------------------------------------------- commands


def cmd_list(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.read() as s:
        cid = contest_id_arg(s, args.contest)
        items = trades.trades_json(s, cid)
    if args.json:
        say(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    if not items:
        say(translate("Cli", "本赛事还没有工种。"))
        return 0
    rows = []
    for d in items:
        c = d["counts"]
        rows.append(
            (
                d["code"],
                d["name"],
                labels.label(labels.GROUPS, d["group"]),
                labels.label(labels.LEVELS, d["level"]),
                d["host_unit"],
                f"{rules.percent_text(to_decimal(d['theory_weight']))}/"
                f"{rules.percent_text(to_decimal(d['practical_weight']))}",
                c["registered"],
                c["by_status"]["confirmed"],
                c["by_status"]["submitted"] + c["by_status"]["union_approved"],
                c["checked_in"],
                c["scored"],
                trades.locks_text(*(int(k in c["locked"]) for k in trades.LOCK_KINDS)),
                translate("Cli", "人数不足") if c["at_risk"] else "",
            )
        )
    say(
        table(
            rows,
            [
                translate("Cli", "代码"),
                translate("Cli", "工种"),
                translate("Cli", "组别"),
                translate("Cli", "级别"),
                translate("Cli", "承办单位"),
                translate("Cli", "理论/实操"),
                translate("Cli", "报名"),
                translate("Cli", "已确认"),
                translate("Cli", "待审"),
                translate("Cli", "已检录"),
                translate("Cli", "已评分"),
                translate("Cli", "已锁定"),
                translate("Cli", "提示"),
            ],
        )
    )
    return 0


def cmd_show(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.read() as s:
        cid = contest_id_arg(s, args.contest)
        tr_ = trades.find_trade(s, cid, args.code)
        d = trades.settings_dict(tr_)
        c = trades.counts(s, [tr_.id])[tr_.id]
    say(f"{d['code']}  {d['name']}")
    lines = [
        (rules.field_label("group"), labels.label(labels.GROUPS, d["group"])),
        (rules.field_label("level"), labels.label(labels.LEVELS, d["level"])),
        (rules.field_label("team_size"), d["team_size"]),
        (rules.field_label("host_unit_id"), d["host_unit"]),
        (rules.field_label("venue"), d["venue"]),
        (rules.field_label("venue_address"), d["venue_address"]),
        (rules.field_label("start_date"), d["start_date"]),
        (rules.field_label("end_date"), d["end_date"]),
        (rules.field_label("registration_deadline"), d["effective_registration_deadline"]),
        (translate("Cli", "年龄"), f"{d['min_age']}–{d['max_age']}"),
        (
            rules.field_label("required_grade"),
            labels.label(labels.GRADES, d["required_grade"]) or translate("Cli", "不限"),
        ),
        (
            rules.field_label("grade_exception_allowed"),
            translate("Cli", "是") if d["grade_exception_allowed"] else translate("Cli", "否"),
        ),
        (
            translate("Cli", "理论/实操"),
            f"{rules.percent_text(to_decimal(d['theory_weight']))}% / "
            f"{rules.percent_text(to_decimal(d['practical_weight']))}%",
        ),
        (rules.field_label("pass_line"), d["pass_line"]),
        (rules.field_label("award_rule"), rules.describe_award_rule(d["award_rule"])),
        (rules.field_label("tie_break"), rules.describe_tie_break(d["tie_break"])),
        (rules.field_label("min_entries"), d["min_entries"]),
        (translate("Cli", "报名"), c["registered"]),
        (translate("Cli", "已检录"), c["checked_in"]),
        (translate("Cli", "已评分"), c["scored"]),
    ]
    for k, v in lines:
        say(f"  {k}：{'' if v is None else v}")
    for sess in d["sessions"]:
        say(
            "  "
            + translate("Cli", "场次")
            + f"：{sess['date']} {sess['start'] or ''}–{sess['end'] or ''} {sess['venue']} "
            + translate("Cli", "容量")
            + f" {sess['capacity'] or '—'}"
        )
    return 0


def cmd_add(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.write() as s:
        cid = contest_id_arg(s, args.contest)
        values = _values(s, actor, args, trades.defaults())
        tr_ = trades.create_trade(s, actor, cid, values, _sessions(args))
        code, name = tr_.code, tr_.name
    say(translate("Cli", "已新增工种 {code} {name}").format(code=code, name=name))
    return 0


def cmd_edit(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.write() as s:
        cid = contest_id_arg(s, args.contest)
        tr_ = trades.find_trade(s, cid, args.trade)
        values = _values(s, actor, args, trades.values_of(tr_))
        check = trades.update_trade(s, actor, tr_.id, values, sessions=_sessions(args), reason=args.reason)
        code = tr_.code
    if not check.changed and not check.sessions_changed:
        say(translate("Cli", "工种 {code} 没有变化。").format(code=code))
    else:
        fields = [rules.field_label(f) for f in check.changed] + (
            [rules.field_label("sessions")] if check.sessions_changed else []
        )
        say(translate("Cli", "已修改工种 {code}：{fields}").format(code=code, fields="、".join(fields)))
    return 0


def cmd_import(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.read() as s:
        cid = contest_id_arg(s, args.contest)
    return run_cli_import(db, actor, trades.TradesImporter(cid), args)


def cmd_template(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    trades.write_template(Path(args.file))
    say(translate("Cli", "已保存工种列表模板：{file}").format(file=args.file))
    return 0
