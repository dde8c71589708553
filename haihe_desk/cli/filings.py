"""`haihe-desk filings list|units|add|request|attach|export` — grassroots 备案 and 总结."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from haihe_desk.cli.base import say
from haihe_desk.cli.contests import add_contest_option, contest_id_arg, date_arg, table
from haihe_desk.db.database import Database
from haihe_desk.domain import contest_rules as rules
from haihe_desk.domain import labels
from haihe_desk.errors import UsageError
from haihe_desk.i18n import translate
from haihe_desk.services import filings
from haihe_desk.services.context import Actor


def _kind(value: str) -> str:
    v = value.strip()
    for code, lab in rules.FILING_KINDS.items():
        if v in (code, lab, translate("ContestRules", lab)):
            return code
    raise UsageError(translate("Cli", "--kind 的值“{v}”无效，应为 record/备案 或 summary/总结。").format(v=value))


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("filings", help=translate("Cli", "基层职工职业技能大赛的备案和总结登记"))
    fsub = p.add_subparsers(dest="filings_cmd", required=True, metavar="list|units|add|request|attach|export")

    q = fsub.add_parser("list", help=translate("Cli", "列出备案和总结登记"))
    add_contest_option(q)
    q.add_argument("--kind", help=translate("Cli", "只列出 record/备案 或 summary/总结"))
    q.add_argument(
        "--state", choices=list(rules.FILING_STATES), help=translate("Cli", "只列出某种状态，例如 late（逾期未交）")
    )
    q.add_argument("--json", action="store_true", help=translate("Cli", "以 JSON 输出"))
    q.set_defaults(func=cmd_list)

    q = fsub.add_parser("units", help=translate("Cli", "各单位的备案、总结情况（哪些已交、哪些逾期）"))
    add_contest_option(q)
    q.set_defaults(func=cmd_units)

    q = fsub.add_parser("add", help=translate("Cli", "登记一份备案或总结"))
    add_contest_option(q)
    q.add_argument("--unit", required=True, help=translate("Cli", "单位全称、简称或工会代码"))
    q.add_argument("--kind", required=True, help=translate("Cli", "record/备案 或 summary/总结"))
    q.add_argument("--title", default="", help=translate("Cli", "基层比赛名称"))
    q.add_argument("--trade", default="", help=translate("Cli", "工种"))
    q.add_argument("--start", help=translate("Cli", "比赛开始日期"))
    q.add_argument("--end", help=translate("Cli", "比赛结束日期"))
    q.add_argument("--participants", type=int, help=translate("Cli", "参赛人数"))
    q.add_argument("--due", help=translate("Cli", "应交日期"))
    q.add_argument("--received", help=translate("Cli", "收到日期"))
    q.add_argument("--notes", default="", help=translate("Cli", "备注"))
    q.set_defaults(func=cmd_add)

    q = fsub.add_parser(
        "request", help=translate("Cli", "为所有区总工会、局工会和集团公司工会登记一项应交的备案或总结")
    )
    add_contest_option(q)
    q.add_argument("--kind", required=True, help=translate("Cli", "record/备案 或 summary/总结"))
    q.add_argument("--due", required=True, help=translate("Cli", "应交日期"))
    q.set_defaults(func=cmd_request)

    q = fsub.add_parser("attach", help=translate("Cli", "附上收到的文件并登记收到日期"))
    q.add_argument("id", type=int, help=translate("Cli", "登记编号（filings list 的第一列）"))
    q.add_argument("file", help=translate("Cli", "收到的文件"))
    q.add_argument("--received", help=translate("Cli", "收到日期（默认：今天，已登记过的不变）"))
    q.set_defaults(func=cmd_attach)

    q = fsub.add_parser("export", help=translate("Cli", "把登记表导出为 xlsx"))
    add_contest_option(q)
    q.add_argument("file", help=translate("Cli", "保存位置（.xlsx）"))
    q.set_defaults(func=cmd_export)


def cmd_list(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.read() as s:
        cid = contest_id_arg(s, args.contest)
        f = {"contest_id": cid, "kind": _kind(args.kind) if args.kind else None, "state": args.state}
        rows = filings.SOURCE.page(s, f, 0, 100000)
    keys = [c.key for c in filings.COLUMNS]
    if args.json:
        data = [{"id": r[0], **dict(zip(keys, r[1:], strict=True))} for r in rows]
        say(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        say(translate("Cli", "没有符合条件的登记。"))
        return 0
    say(table(rows, [translate("Cli", "编号")] + [c.label() for c in filings.COLUMNS]))
    return 0


def cmd_units(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.read() as s:
        cid = contest_id_arg(s, args.contest)
        items = filings.unit_overview(s, cid)
    rows = [
        (u.unit, labels.label(labels.ORG_KINDS, u.kind), filings.state_label(u.record), filings.state_label(u.summary))
        for u in items
    ]
    say(
        table(
            rows,
            [
                translate("Cli", "单位"),
                translate("Cli", "单位类型"),
                translate("Cli", "备案"),
                translate("Cli", "总结"),
            ],
        )
    )
    return 0


def cmd_add(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.write() as s:
        cid = contest_id_arg(s, args.contest)
        unit = filings.find_unit(s, args.unit)
        spec = filings.FilingSpec(
            unit_id=unit.id,
            kind=_kind(args.kind),
            title=args.title,
            trade_name=args.trade,
            starts_on=date_arg(args.start, "--start"),
            ends_on=date_arg(args.end, "--end"),
            participants=args.participants,
            due_on=date_arg(args.due, "--due"),
            received_on=date_arg(args.received, "--received"),
            notes=args.notes,
        )
        f = filings.add_filing(s, actor, cid, spec)
        fid, name = f.id, unit.name
    say(translate("Cli", "已登记 {id}：{unit}").format(id=fid, unit=name))
    return 0


def cmd_request(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    due = date_arg(args.due, "--due")
    assert due is not None
    with db.write() as s:
        cid = contest_id_arg(s, args.contest)
        n = filings.request_filings(s, actor, cid, _kind(args.kind), due)
    say(translate("Cli", "已为 {n} 个单位登记应交项目。").format(n=n))
    return 0


def cmd_attach(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.write() as s:
        f = filings.attach_file(s, actor, args.id, Path(args.file), received_on=date_arg(args.received, "--received"))
        name, received = f.file_name, f.received_on
    say(translate("Cli", "已附上 {file}，收到日期 {d}。").format(file=name, d=received))
    return 0


def cmd_export(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.read() as s:
        cid = contest_id_arg(s, args.contest)
        n = filings.export_xlsx(s, cid, Path(args.file))
    say(translate("Cli", "已导出 {n} 条登记：{file}").format(n=n, file=args.file))
    return 0
