"""`haihe-desk contests list|show|add|edit|copy|archive`."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from haihe_desk.cli.base import say
from haihe_desk.db.database import Database
from haihe_desk.domain import labels
from haihe_desk.domain.dates import parse_date
from haihe_desk.errors import UsageError
from haihe_desk.i18n import translate
from haihe_desk.services import contests, settings
from haihe_desk.services.context import Actor

# --------------------------------------------------------------------------- helpers shared by trades/filings


def table(rows: Sequence[Sequence[Any]], head: Sequence[str]) -> str:
    """Rows as aligned plain text (CJK characters count double)."""

    def width(s: str) -> int:
        return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)

    cells = [[str(h) for h in head]] + [["" if v is None else str(v) for v in r] for r in rows]
    widths = [max(width(r[i]) for r in cells) for i in range(len(head))]
    return "\n".join("  ".join(c + " " * (widths[i] - width(c)) for i, c in enumerate(r)).rstrip() for r in cells)


def date_arg(value: str | None, option: str) -> date | None:
    if value is None or value.strip() in ("", "-", "none"):
        return None
    try:
        return parse_date(value)
    except ValueError:
        raise UsageError(
            translate("Cli", "{opt} 的日期“{v}”无法识别，请写成 2021-08-31 的形式。").format(opt=option, v=value)
        ) from None


def contest_id_arg(s: Any, value: int | None) -> int:
    """The --contest value, else the current contest."""
    if value is not None:
        contests.get_contest(s, value)
        return value
    cid = settings.current_contest_id(s)
    if cid is None:
        raise UsageError(
            translate("Cli", "数据库中还没有赛事；请先运行 “haihe-desk contests add” 或 “haihe-desk init --demo”。")
        )
    return cid


def add_contest_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--contest", type=int, metavar="ID", help=translate("Cli", "赛事编号（默认：当前赛事）"))


# --------------------------------------------------------------------------- parser


def _spec_options(p: argparse.ArgumentParser, required: bool) -> None:
    p.add_argument("--name", required=required, help=translate("Cli", "赛事全称"))
    p.add_argument("--short-name", help=translate("Cli", "简称"))
    p.add_argument("--year", type=int, required=required, help=translate("Cli", "年度"))
    p.add_argument("--doc-number", help=translate("Cli", "文号，例如 津工通〔2020〕31号"))
    p.add_argument("--organiser", help=translate("Cli", "主办单位"))
    p.add_argument("--office", help=translate("Cli", "大赛办公室及其所在部门"))
    p.add_argument("--start", help=translate("Cli", "开始日期"))
    p.add_argument("--end", help=translate("Cli", "结束日期"))
    p.add_argument("--deadline", help=translate("Cli", "报名截止日期"))
    p.add_argument("--status", choices=list(contests.CONTEST_STATUS), help=translate("Cli", "状态"))
    p.add_argument("--notes", help=translate("Cli", "备注"))
    p.add_argument(
        "--member",
        action="append",
        metavar=translate("Cli", "职务:姓名[:职务说明]"),
        help=translate(
            "Cli", "组委会成员，可重复；职务为 主任/副主任/成员 或 director/deputy/member；给出时替换原名单"
        ),
    )


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("contests", help=translate("Cli", "赛事：列出、查看、新建、修改、复制、归档"))
    csub = p.add_subparsers(dest="contests_cmd", required=True, metavar="list|show|add|edit|copy|archive")

    q = csub.add_parser("list", help=translate("Cli", "列出所有赛事"))
    q.add_argument("--json", action="store_true", help=translate("Cli", "以 JSON 输出"))
    q.set_defaults(func=cmd_list)

    q = csub.add_parser("show", help=translate("Cli", "显示一个赛事的设置和组委会"))
    q.add_argument("id", type=int, nargs="?", help=translate("Cli", "赛事编号（默认：当前赛事）"))
    q.add_argument("--json", action="store_true", help=translate("Cli", "以 JSON 输出"))
    q.set_defaults(func=cmd_show)

    q = csub.add_parser("add", help=translate("Cli", "新建赛事"))
    _spec_options(q, True)
    q.set_defaults(func=cmd_add)

    q = csub.add_parser("edit", help=translate("Cli", "修改赛事"))
    q.add_argument("id", type=int, help=translate("Cli", "赛事编号"))
    _spec_options(q, False)
    q.set_defaults(func=cmd_edit)

    q = csub.add_parser(
        "copy", help=translate("Cli", "以往年赛事为底新建赛事：复制工种、规则、承办单位和场次，不复制任何人员")
    )
    q.add_argument("id", type=int, help=translate("Cli", "被复制的赛事编号"))
    q.add_argument("--year", type=int, help=translate("Cli", "新赛事年度（默认：原年度加一）"))
    q.add_argument("--name", help=translate("Cli", "新赛事全称（默认：把原名称中的年份换成新年度）"))
    q.add_argument("--short-name", help=translate("Cli", "新赛事简称"))
    q.add_argument("--make-current", action="store_true", help=translate("Cli", "复制后设为当前赛事"))
    q.set_defaults(func=cmd_copy)

    q = csub.add_parser("archive", help=translate("Cli", "归档赛事（归档后只读）"))
    q.add_argument("id", type=int, help=translate("Cli", "赛事编号"))
    q.add_argument("--undo", action="store_true", help=translate("Cli", "取消归档"))
    q.set_defaults(func=cmd_archive)


# --------------------------------------------------------------------------- commands


def cmd_list(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.read() as s:
        current = settings.current_contest_id(s)
        items = [contests.contest_detail(s, c.id) for c in contests.list_contests(s)]
    if args.json:
        say(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    if not items:
        say(translate("Cli", "还没有赛事。"))
        return 0
    rows = [
        (
            ("*" if d["id"] == current else "") + str(d["id"]),
            d["year"],
            d["short_name"] or d["name"],
            d["doc_number"],
            translate("Contests", contests.CONTEST_STATUS.get(str(d["status"]), str(d["status"]))),
            d["trades"],
        )
        for d in items
    ]
    say(
        table(
            rows,
            [
                translate("Cli", "编号"),
                translate("Cli", "年度"),
                translate("Cli", "赛事"),
                translate("Cli", "文号"),
                translate("Cli", "状态"),
                translate("Cli", "工种数"),
            ],
        )
    )
    return 0


def cmd_show(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.read() as s:
        cid = contest_id_arg(s, args.id)
        d = contests.contest_detail(s, cid)
    if args.json:
        say(json.dumps(d, ensure_ascii=False, indent=2))
        return 0
    say(str(d["name"]))
    for label, key in (
        (translate("Cli", "简称"), "short_name"),
        (translate("Cli", "年度"), "year"),
        (translate("Cli", "文号"), "doc_number"),
        (translate("Cli", "主办"), "organiser"),
        (translate("Cli", "大赛办公室"), "office_name"),
        (translate("Cli", "开始日期"), "start_date"),
        (translate("Cli", "结束日期"), "end_date"),
        (translate("Cli", "报名截止"), "registration_deadline"),
        (translate("Cli", "工种数"), "trades"),
    ):
        say(f"  {label}：{d[key] if d[key] not in (None, '') else '—'}")
    status = translate("Contests", contests.CONTEST_STATUS.get(str(d["status"]), str(d["status"])))
    say("  " + translate("Cli", "状态") + f"：{status}")
    committee = d["committee"]
    assert isinstance(committee, list)
    if committee:
        say(translate("Cli", "组织委员会："))
        for m in committee:
            say(f"  {labels.label(labels.COMMITTEE_ROLES, m['role'])}  {m['name']}  {m['post']}")
    return 0


def _members(values: list[str] | None) -> list[contests.MemberSpec] | None:
    if values is None:
        return None
    out = []
    for v in values:
        parts = v.replace("：", ":").split(":", 2)
        if len(parts) < 2:
            raise UsageError(
                translate(
                    "Cli", "--member “{v}” 格式不对，应为 职务:姓名[:职务说明]，例如 主任:林引:市总工会党组书记。"
                ).format(v=v)
            )
        role = labels.code_for(labels.COMMITTEE_ROLES, parts[0])
        if role is None:
            raise UsageError(translate("Cli", "--member “{v}” 的职务应为 主任、副主任 或 成员。").format(v=v))
        out.append(contests.MemberSpec(str(role), parts[1].strip(), parts[2].strip() if len(parts) > 2 else ""))
    return out


def _apply_args(spec: contests.ContestSpec, args: argparse.Namespace) -> contests.ContestSpec:
    for opt, attr in (
        ("name", "name"),
        ("short_name", "short_name"),
        ("doc_number", "doc_number"),
        ("organiser", "organiser"),
        ("office", "office_name"),
        ("status", "status"),
        ("notes", "notes"),
    ):
        v = getattr(args, opt)
        if v is not None:
            setattr(spec, attr, v)
    if args.year is not None:
        spec.year = args.year
    for opt, attr in (("start", "start_date"), ("end", "end_date"), ("deadline", "registration_deadline")):
        v = getattr(args, opt)
        if v is not None:
            setattr(spec, attr, date_arg(v, "--" + opt))
    members = _members(args.member)
    if members is not None:
        spec.committee = members
    return spec


def cmd_add(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    spec = _apply_args(contests.ContestSpec(name=args.name, year=args.year), args)
    with db.write() as s:
        c = contests.create_contest(s, actor, spec)
        cid, name = c.id, c.name
        if settings.current_contest_id(s) == cid or not settings.get(s, "current_contest_id"):
            settings.put(s, "current_contest_id", str(cid))
    say(translate("Cli", "已新建赛事 {id}：{name}").format(id=cid, name=name))
    return 0


def cmd_edit(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.write() as s:
        c = contests.get_contest(s, args.id)
        spec = _apply_args(contests.ContestSpec.of(c), args)
        c = contests.update_contest(s, actor, args.id, spec)
        name = c.name
    say(translate("Cli", "已保存赛事 {id}：{name}").format(id=args.id, name=name))
    return 0


def cmd_copy(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.write() as s:
        c = contests.copy_contest(s, actor, args.id, year=args.year, name=args.name, short_name=args.short_name)
        cid, name, n = c.id, c.name, len(c.trades)
        if args.make_current:
            settings.put(s, "current_contest_id", str(cid))
    say(
        translate("Cli", "已复制为新赛事 {id}：{name}（{n} 个工种；未复制报名、裁判、成绩和组委会人员）").format(
            id=cid, name=name, n=n
        )
    )
    return 0


def cmd_archive(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.write() as s:
        c = contests.archive_contest(s, actor, args.id, archived=not args.undo)
        name = c.short_name or c.name
    say((translate("Cli", "已取消归档：{name}") if args.undo else translate("Cli", "已归档：{name}")).format(name=name))
    return 0
