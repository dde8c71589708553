"""Core commands: init, info, audit verify."""

from __future__ import annotations

import argparse
import json

from haihe_desk.cli.base import say
from haihe_desk.db.database import Database
from haihe_desk.errors import CheckFailed
from haihe_desk.i18n import translate
from haihe_desk.services import audit, demo, info
from haihe_desk.services.context import Actor


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help=translate("Cli", "创建或升级数据库；--demo 写入演示赛事"))
    p.add_argument("--demo", action="store_true", help=translate("Cli", "在空数据库中创建演示赛事"))
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("info", help=translate("Cli", "显示数据库位置、结构版本和各表行数"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "以 JSON 输出"))
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("audit", help=translate("Cli", "审计日志"))
    asub = p.add_subparsers(dest="audit_cmd", required=True, metavar="verify")
    v = asub.add_parser("verify", help=translate("Cli", "逐条校验审计日志的哈希链"))
    v.set_defaults(func=cmd_audit_verify)


def cmd_init(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    if args.demo:
        with db.write() as s:
            contest = demo.build_demo(s, actor)
            name = contest.short_name
        say(translate("Cli", "已创建演示赛事：{name}").format(name=name))
    say(translate("Cli", "数据库已就绪：{db}").format(db=db.target.display()))
    return 0


def cmd_info(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    data = info.gather(db)
    if args.json:
        say(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    say(translate("Cli", "数据库：{db}（{engine}）").format(db=data["database"], engine=data["engine"]))
    say(translate("Cli", "结构版本：{v}").format(v=data["schema_version"]))
    names = {
        "contests": translate("Cli", "赛事"),
        "trades": translate("Cli", "工种"),
        "organisations": translate("Cli", "单位"),
        "people": translate("Cli", "人员"),
        "registrations": translate("Cli", "报名"),
        "judges": translate("Cli", "裁判"),
        "score_entries": translate("Cli", "评分记录"),
        "contacts": translate("Cli", "联系人"),
        "users": translate("Cli", "用户"),
        "audit_entries": translate("Cli", "审计记录"),
    }
    for key, n in data["counts"].items():
        say(f"  {names.get(key, key)}: {n}")
    return 0


def cmd_audit_verify(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.read() as s:
        result = audit.verify(s)
    if result.intact:
        say(translate("Cli", "审计日志完整：共 {n} 条，哈希链无断裂。").format(n=result.count))
        return 0
    reasons = {
        "hash": translate("Cli", "内容被改动"),
        "prev": translate("Cli", "与上一条的链接不符"),
        "missing": translate("Cli", "缺少记录"),
        "truncated": translate("Cli", "末尾记录被删除"),
    }
    raise CheckFailed(
        translate("Cli", "审计日志在第 {seq} 条处断裂（{why}）；请联系监审委员会，并保留当前数据库文件。").format(
            seq=result.broken_at, why=reasons.get(result.reason, result.reason)
        )
    )
