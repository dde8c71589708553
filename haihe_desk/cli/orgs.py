"""`haihe-desk orgs list|import|export|template|move|merge|retire|restore|delete`: the unit tree and
the union-code list."""

from __future__ import annotations

import argparse

from sqlalchemy.orm import Session

from haihe_desk.cli.base import say, warn
from haihe_desk.cli.imports import add_import_arguments, run_cli_import
from haihe_desk.db.database import Database
from haihe_desk.db.models import Organisation
from haihe_desk.domain import orgs as rules
from haihe_desk.errors import RejectedData
from haihe_desk.i18n import translate
from haihe_desk.services import organisations
from haihe_desk.services.context import Actor
from haihe_desk.services.organisations import OrganisationsImporter


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("orgs", help=translate("Cli", "单位与工会代码：列表、导入导出、移动、合并、停用"))
    osub = p.add_subparsers(dest="orgs_cmd", required=True, metavar="list|import|export|template|move|merge|retire")
    unit_help = translate("Cli", "单位：工会代码、全称或简称，或 #编号")

    q = osub.add_parser("list", help=translate("Cli", "按树形列出单位"))
    q.add_argument("--under", metavar="UNIT", help=translate("Cli", "只列出这个单位及其下级"))
    q.add_argument("--all", action="store_true", help=translate("Cli", "包括已停用和已合并的单位"))
    q.set_defaults(func=cmd_list)

    q = osub.add_parser("import", help=translate("Cli", "从 xlsx 导入工会代码表（全部无误才写入）"))
    add_import_arguments(q, OrganisationsImporter)
    q.set_defaults(func=cmd_import)

    q = osub.add_parser("export", help=translate("Cli", "把工会代码表导出为 xlsx（可再导入）"))
    q.add_argument("file")
    q.add_argument("--all", action="store_true", help=translate("Cli", "包括已停用的单位"))
    q.set_defaults(func=cmd_export)

    q = osub.add_parser("template", help=translate("Cli", "写出工会代码表的导入模板"))
    q.add_argument("file")
    q.set_defaults(func=cmd_template)

    q = osub.add_parser("move", help=translate("Cli", "把单位（连同其下级）移到另一个上级之下"))
    q.add_argument("unit", help=unit_help)
    g = q.add_mutually_exclusive_group(required=True)
    g.add_argument("--to", metavar="PARENT", help=translate("Cli", "新的上级单位"))
    g.add_argument("--top", action="store_true", help=translate("Cli", "移到最上层（没有上级）"))
    q.add_argument("--reason", default="", help=translate("Cli", "原因（记入审计日志）"))
    q.set_defaults(func=cmd_move)

    q = osub.add_parser("merge", help=translate("Cli", "把重复的单位合并到保留单位（报名、联系人随之转移）"))
    q.add_argument("duplicate", help=unit_help)
    q.add_argument("--into", required=True, metavar="SURVIVOR", help=translate("Cli", "保留的单位"))
    q.add_argument("--reason", default="", help=translate("Cli", "原因（记入审计日志）"))
    q.set_defaults(func=cmd_merge)

    q = osub.add_parser("retire", help=translate("Cli", "停用单位（有报名的单位不能删除，只能停用）"))
    q.add_argument("unit", help=unit_help)
    q.add_argument("--reason", default="", help=translate("Cli", "原因（记入审计日志）"))
    q.set_defaults(func=cmd_retire)

    q = osub.add_parser("restore", help=translate("Cli", "恢复已停用的单位"))
    q.add_argument("unit", help=unit_help)
    q.set_defaults(func=cmd_restore)

    q = osub.add_parser(
        "code-format",
        help=translate("Cli", "工会代码的检查方式：默认接受任何 4–32 位数字和字母；--strict 要求 6 位 + 每级 3 位"),
    )
    g = q.add_mutually_exclusive_group()
    g.add_argument("--strict", action="store_true", help=translate("Cli", "只接受 6 位 + 每级 3 位的数字代码"))
    g.add_argument("--free", action="store_true", help=translate("Cli", "接受各工会提供的任何代码（默认）"))
    q.set_defaults(func=cmd_code_format)

    q = osub.add_parser("delete", help=translate("Cli", "删除没有任何报名和下级的单位"))
    q.add_argument("unit", help=unit_help)
    q.set_defaults(func=cmd_delete)


def find_unit(session: Session, text: str) -> Organisation:
    """A unit named on the command line: #id, a union code, or a full/short name."""
    text = text.strip()
    if text.startswith("#") and text[1:].isdigit():
        return organisations.get(session, int(text[1:]))
    code = rules.normalize_union_code(text)
    if code:
        org = organisations.by_code(session, code)
        if org is not None:
            return org
    org = organisations.find_by_name(session, text)
    if org is not None:
        return org
    raise RejectedData(
        translate("Cli", "找不到单位“{u}”（或有多个同名单位）；请改用工会代码或 #编号（见 orgs list）。").format(u=text)
    )


def cmd_list(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.read() as s:
        nodes = organisations.tree(s, include_retired=args.all)
        root_ids = None
        if args.under:
            root = find_unit(s, args.under)
            root_ids = {root.id}
            keep = set(organisations.subtree_ids(s, root.id))
            nodes = [n for n in nodes if n.id in keep]
    ids = {n.id for n in nodes}
    children: dict[int | None, list[organisations.OrgNode]] = {}
    for n in nodes:
        top = n.parent_id not in ids or (root_ids is not None and n.id in root_ids)
        children.setdefault(None if top else n.parent_id, []).append(n)

    def show(parent: int | None, depth: int) -> None:
        for n in children.get(parent, []):
            flags = []
            if n.retired:
                flags.append(translate("Cli", "已合并") if n.merged_into_id else translate("Cli", "已停用"))
            if n.registrations:
                flags.append(translate("Cli", "报名 {n}").format(n=n.registrations))
            extra = f"  ({'，'.join(flags)})" if flags else ""
            say(f"{'  ' * depth}{n.union_code or '-':<10} {n.name}  [{n.kind_label}]  #{n.id}{extra}")
            show(n.id, depth + 1)

    show(None, 0)
    say(translate("Cli", "共 {n} 个单位。").format(n=len(nodes)))
    return 0


def cmd_import(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    return run_cli_import(db, actor, OrganisationsImporter(), args)


def cmd_export(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.read() as s:
        n = organisations.export_file(s, args.file, include_retired=args.all)
    say(translate("Cli", "已导出 {n} 个单位到 {file}").format(n=n, file=args.file))
    return 0


def cmd_template(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    organisations.write_template_file(args.file)
    say(translate("Cli", "已写出导入模板：{file}").format(file=args.file))
    return 0


def cmd_move(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.write() as s:
        org = find_unit(s, args.unit)
        parent = None if args.top else find_unit(s, args.to)
        organisations.move(s, actor, org.id, parent.id if parent else None, reason=args.reason)
        name, pname = org.name, (parent.name if parent else translate("Cli", "最上层"))
        warning = organisations.parent_warning(s, org.union_code, org.parent_id)
    say(translate("Cli", "已把“{u}”移到“{p}”之下。").format(u=name, p=pname))
    if warning:
        warn(warning)
    return 0


def cmd_merge(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.write() as s:
        dup = find_unit(s, args.duplicate)
        keep = find_unit(s, args.into)
        r = organisations.merge(s, actor, dup.id, keep.id, reason=args.reason)
        dname, kname = dup.name, keep.name
    say(
        translate("Cli", "已把“{d}”合并到“{k}”：转移报名 {r} 条、联系人 {c} 位、下级单位 {ch} 个。").format(
            d=dname, k=kname, r=r.registrations, c=r.contacts, ch=r.children
        )
    )
    return 0


def cmd_retire(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.write() as s:
        org = organisations.retire(s, actor, find_unit(s, args.unit).id, reason=args.reason)
        name = org.name
    say(translate("Cli", "已停用“{u}”。").format(u=name))
    return 0


def cmd_restore(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.write() as s:
        org = find_unit(s, args.unit)
        if not org.retired:
            raise RejectedData(translate("Cli", "单位“{u}”没有停用，无需恢复。").format(u=org.name))
        organisations.restore(s, actor, org.id)
        name = org.name
    say(translate("Cli", "已恢复“{u}”。").format(u=name))
    return 0


def cmd_code_format(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    if args.strict or args.free:
        with db.write() as s:
            strict = organisations.set_strict_codes(s, actor, bool(args.strict))
    else:
        with db.read() as s:
            strict = organisations.strict_codes(s)
    say(
        translate("Cli", "工会代码检查：严格（6 位 + 每级 3 位的数字）。")
        if strict
        else translate("Cli", "工会代码检查：接受各工会提供的任何代码（4–32 位数字和字母）。")
    )
    return 0


def cmd_delete(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.write() as s:
        org = find_unit(s, args.unit)
        name = org.name
        organisations.delete(s, actor, org.id)
    say(translate("Cli", "已删除“{u}”。").format(u=name))
    return 0
