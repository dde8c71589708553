"""`haihe-desk registrations import|template|export|add|edit` and `haihe-desk review ACTION --id ...`."""

from __future__ import annotations

import argparse

from haihe_desk.cli.base import say
from haihe_desk.cli.imports import add_import_arguments, option_values, run_cli_import
from haihe_desk.db.database import Database
from haihe_desk.domain import labels
from haihe_desk.errors import UsageError
from haihe_desk.i18n import translate
from haihe_desk.services import registration_edit, registrations, review, settings
from haihe_desk.services.context import Actor
from haihe_desk.services.imports.registrations import RegistrationImporter, write_registration_template


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("registrations", help=translate("Cli", "报名：导入、模板、导出花名册、录入"))
    rsub = p.add_subparsers(dest="reg_cmd", required=True, metavar="import|template|export|add|edit")

    i = rsub.add_parser("import", help=translate("Cli", "从 xlsx 导入报名（先全部检查，默认全部无误才写入）"))
    add_import_arguments(i, RegistrationImporter)
    i.set_defaults(func=cmd_import)

    t = rsub.add_parser("template", help=translate("Cli", "生成报名导入模板"))
    t.add_argument("out", metavar="OUT.xlsx")
    t.add_argument("--students", action="store_true", help=translate("Cli", "学生组模板"))
    t.set_defaults(func=cmd_template)

    e = rsub.add_parser("export", help=translate("Cli", "导出花名册（身份证号默认打码）"))
    e.add_argument("out", metavar="OUT.xlsx")
    e.add_argument("--trade", metavar="CODE", help=translate("Cli", "工种代码或名称"))
    e.add_argument("--unit", metavar="NAME", help=translate("Cli", "单位名称（包含即可）"))
    e.add_argument("--status", metavar="S", help=translate("Cli", "审核状态（如 confirmed 或 组委会已确认）"))
    e.add_argument(
        "--union", metavar="CODE", help=translate("Cli", "只导出该工会及其下级单位的报名（工会代码、名称或 #编号）")
    )
    e.add_argument("--unmasked", action="store_true", help=translate("Cli", "导出完整身份证号（记入审计日志）"))
    e.set_defaults(func=cmd_export)

    a = rsub.add_parser("add", help=translate("Cli", "录入一条报名"))
    a.add_argument("--name", required=True, help=translate("Cli", "姓名"))
    a.add_argument("--id-number", required=True, help=translate("Cli", "身份证号"))
    a.add_argument("--trade", required=True, help=translate("Cli", "工种代码或名称"))
    a.add_argument("--mobile", default="", help=translate("Cli", "手机或带区号的固定电话"))
    a.add_argument("--group", default="", help=translate("Cli", "组别：职工组或学生组"))
    a.add_argument("--unit", default="", help=translate("Cli", "工作单位"))
    a.add_argument("--union-code", default="", help=translate("Cli", "工会代码"))
    a.add_argument("--school", default="", help=translate("Cli", "学校（学生组）"))
    a.add_argument("--grade", default="", help=translate("Cli", "技能等级"))
    a.add_argument("--exception-reason", default="", help=translate("Cli", "破格原因"))
    a.add_argument("--late-reason", default="", help=translate("Cli", "报名截止后补报的原因"))
    a.add_argument("--gender", default="", help=translate("Cli", "性别（可不填，按身份证号）"))
    a.add_argument("--birth-date", default="", help=translate("Cli", "出生日期（可不填，按身份证号）"))
    a.add_argument("--notes", default="", help=translate("Cli", "备注"))
    a.set_defaults(func=cmd_add)

    ed = rsub.add_parser("edit", help=translate("Cli", "修改一条报名（按录入规则重新检查；组委会已确认的须填写原因）"))
    ed.add_argument("--id", dest="reg_id", type=int, required=True, metavar="N", help=translate("Cli", "报名编号"))
    ed.add_argument("--name", help=translate("Cli", "姓名"))
    ed.add_argument("--id-number", help=translate("Cli", "身份证号（性别、出生日期随之重新推算）"))
    ed.add_argument("--mobile", help=translate("Cli", "手机或带区号的固定电话"))
    ed.add_argument("--union-code", help=translate("Cli", "工会代码"))
    ed.add_argument("--unit", help=translate("Cli", "工作单位（学生组为学校）"))
    ed.add_argument("--grade", help=translate("Cli", "技能等级（“无”表示清空）"))
    ed.add_argument("--exception-reason", help=translate("Cli", "破格原因"))
    ed.add_argument("--notes", help=translate("Cli", "备注"))
    ed.add_argument("--reason", default="", help=translate("Cli", "修改原因（记入审计日志；组委会已确认的报名必填）"))
    ed.add_argument(
        "--expected-version",
        type=int,
        metavar="N",
        help=translate(
            "Cli", "只在报名仍是第 N 版时修改（每次修改后会显示新版本号）；已被别人改过则不修改，并列出双方的值"
        ),
    )
    ed.set_defaults(func=cmd_edit)

    r = sub.add_parser("review", help=translate("Cli", "报名审核：approve|confirm|return|reject|withdraw|resubmit"))
    r.add_argument("action", choices=review.ACTIONS, help=translate("Cli", "审核操作"))
    r.add_argument(
        "--id",
        dest="ids",
        type=int,
        nargs="+",
        required=True,
        metavar="ID",
        help=translate("Cli", "报名编号（可多个）"),
    )
    r.add_argument("--reason", default="", help=translate("Cli", "原因（退回、不予通过时必填）"))
    r.set_defaults(func=cmd_review)


def cmd_import(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.read() as s:
        contest_id = settings.current_contest_id(s)
    importer = RegistrationImporter(contest_id, **option_values(args, RegistrationImporter))
    return run_cli_import(db, actor, importer, args)


def cmd_template(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.read() as s:
        write_registration_template(s, args.out, settings.current_contest_id(s), students=args.students)
    say(translate("Cli", "导入模板已写入：{path}").format(path=args.out))
    return 0


def cmd_export(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.write() as s:
        filters = registrations.roster_filters(
            s, settings.current_contest_id(s), trade=args.trade, unit=args.unit, status=args.status
        )
        if args.union:
            from haihe_desk.cli.orgs import find_unit

            filters["unit_tree_id"] = find_unit(s, args.union).id
        n = registrations.export_roster(s, actor, args.out, filters, unmasked=args.unmasked)
    say(translate("Cli", "花名册已导出：{path}，共 {n} 人。").format(path=args.out, n=n))
    if args.unmasked:
        say(translate("Cli", "注意：本次导出含完整身份证号，已记入审计日志；请妥善保管文件。"))
    return 0


def cmd_add(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    raw = {
        "name": args.name,
        "id_number": args.id_number,
        "trade": args.trade,
        "mobile": args.mobile,
        "group": args.group or None,
        "unit": args.unit,
        "union_code": args.union_code,
        "school": args.school,
        "grade": args.grade,
        "exception_reason": args.exception_reason,
        "late_reason": args.late_reason,
        "gender": args.gender,
        "birth_date": args.birth_date,
        "notes": args.notes,
    }
    with db.write() as s:
        rid = registrations.add_registration(s, actor, raw, contest_id=settings.current_contest_id(s))
    say(translate("Cli", "已录入报名，编号 {id}。").format(id=rid))
    return 0


def cmd_edit(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    options = {
        "name": args.name,
        "id_number": args.id_number,
        "mobile": args.mobile,
        "union_code": args.union_code,
        "unit": args.unit,
        "grade": args.grade,
        "exception_reason": args.exception_reason,
        "notes": args.notes,
    }
    changes = {k: v for k, v in options.items() if v is not None}
    if not changes:
        raise UsageError(translate("Cli", "没有要修改的内容；请至少给出 --name、--id-number、--mobile 等一项。"))
    with db.write() as s:
        version = args.expected_version
        if version is None:
            version = registration_edit.edit_values(s, args.reg_id).version
        changed = registration_edit.update_registration(
            s, actor, args.reg_id, changes, expected_version=version, reason=args.reason
        )
        now = registration_edit.edit_values(s, args.reg_id).version
    if not changed:
        say(translate("Cli", "报名 {id} 没有改动。").format(id=args.reg_id))
        return 0
    say(
        translate("Cli", "已修改报名 {id}：{fields}。").format(
            id=args.reg_id, fields="、".join(registration_edit.changed_titles(changed))
        )
    )
    say(translate("Cli", "报名 {id} 现在是第 {v} 版。").format(id=args.reg_id, v=now))
    return 0


def cmd_review(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.write() as s:
        outcome = review.apply(s, actor, args.action, args.ids, args.reason)
    say(
        translate("Cli", "已将 {n} 条报名设为“{status}”。").format(
            n=outcome.changed, status=labels.label(labels.REG_STATUS, outcome.to_status)
        )
    )
    return 0
