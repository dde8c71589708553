"""`haihe-desk contacts search|import|export|template|vcard|pdf`: the 通讯录 from the command line."""

from __future__ import annotations

import argparse
from typing import Any

from haihe_desk.cli.base import say
from haihe_desk.cli.imports import add_import_arguments, run_cli_import
from haihe_desk.db.database import Database
from haihe_desk.domain import labels
from haihe_desk.errors import UsageError
from haihe_desk.i18n import translate
from haihe_desk.services import contacts, settings
from haihe_desk.services.contacts import ContactsImporter
from haihe_desk.services.context import Actor


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("contacts", help=translate("Cli", "通讯录：查找、导入导出、vCard、打印"))
    csub = p.add_subparsers(dest="contacts_cmd", required=True, metavar="search|import|export|template|vcard|pdf")

    def filters(q: argparse.ArgumentParser, *, text: bool = True) -> None:
        q.add_argument("--role", help=translate("Cli", "只要这个职责（如：学生组报名）"))
        q.add_argument("--trade", help=translate("Cli", "只要这个工种"))
        if text:
            q.add_argument(
                "--text", default="", help=translate("Cli", "只要匹配这段文字的联系人（姓名、拼音首字母、电话、单位）")
            )

    q = csub.add_parser("search", help=translate("Cli", "按姓名、拼音首字母、电话数字或单位查找"))
    q.add_argument("query", metavar="TEXT")
    filters(q, text=False)
    q.set_defaults(func=cmd_search)

    q = csub.add_parser("import", help=translate("Cli", "从 xlsx 导入联系人（默认全部无误才写入）"))
    add_import_arguments(q, ContactsImporter)
    q.set_defaults(func=cmd_import)

    q = csub.add_parser("export", help=translate("Cli", "导出为 xlsx（可再导入）"))
    q.add_argument("file")
    filters(q)
    q.set_defaults(func=cmd_export)

    q = csub.add_parser("template", help=translate("Cli", "写出联系人导入模板"))
    q.add_argument("file")
    q.set_defaults(func=cmd_template)

    q = csub.add_parser("vcard", help=translate("Cli", "导出 vCard 3.0（.vcf），供手机导入"))
    q.add_argument("file")
    filters(q)
    q.set_defaults(func=cmd_vcard)

    q = csub.add_parser("pdf", help=translate("Cli", "打印通讯录 PDF"))
    q.add_argument("file")
    filters(q)
    q.set_defaults(func=cmd_pdf)


def _filters(args: argparse.Namespace, contest_id: int | None, text: str = "") -> dict[str, Any]:
    f: dict[str, Any] = {"contest_id": contest_id, "text": text or getattr(args, "text", "")}
    if getattr(args, "role", None):
        role = labels.code_for(labels.CONTACT_ROLES, args.role)
        if role is None:
            raise UsageError(
                translate("Cli", "职责“{r}”无效；可选：{c}。").format(
                    r=args.role, c="、".join(labels.label(labels.CONTACT_ROLES, k) for k in labels.CONTACT_ROLES)
                )
            )
        f["role"] = role
    if getattr(args, "trade", None):
        f["trade"] = args.trade
    return f


def cmd_search(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.read() as s:
        recs = contacts.records(s, _filters(args, settings.current_contest_id(s), args.query), actor)
    for c in recs:
        phones = "、".join(n for _k, n in c.phones)
        parts = [c.name, c.role_label + (f"（{c.trade}）" if c.trade else ""), c.organisation, phones, c.email]
        say("  ".join(p for p in parts if p))
    say(translate("Cli", "找到 {n} 位联系人。").format(n=len(recs)))
    return 0 if recs else 1


def cmd_import(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.read() as s:
        contest_id = settings.current_contest_id(s)
    return run_cli_import(db, actor, ContactsImporter(contest_id), args)


def cmd_export(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.read() as s:
        n = contacts.export_file(s, args.file, _filters(args, settings.current_contest_id(s)), actor)
    say(translate("Cli", "已导出 {n} 位联系人到 {file}").format(n=n, file=args.file))
    return 0


def cmd_template(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    contacts.write_template_file(args.file)
    say(translate("Cli", "已写出导入模板：{file}").format(file=args.file))
    return 0


def cmd_vcard(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from haihe_desk.io.vcard import write_vcf

    with db.read() as s:
        recs = contacts.records(s, _filters(args, settings.current_contest_id(s)), actor)
    n = write_vcf(args.file, recs, category=translate("Cli", "海河工匠杯"))
    say(translate("Cli", "已导出 {n} 张 vCard 名片到 {file}").format(n=n, file=args.file))
    return 0


def cmd_pdf(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from haihe_desk.io.contact_sheet import write_contact_sheet

    with db.read() as s:
        contest_id = settings.current_contest_id(s)
        recs = contacts.records(s, _filters(args, contest_id), actor)
        heading = contacts.sheet_heading(s, contest_id)
    result = write_contact_sheet(args.file, recs, heading=heading)
    say(translate("Cli", "已打印 {n} 位联系人，共 {p} 页：{file}").format(n=len(recs), p=result.pages, file=args.file))
    return 0
