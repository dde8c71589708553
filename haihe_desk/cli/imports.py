"""The CLI side of every import: the same arguments, the same summary, the same exit codes.

    i = sub.add_parser("import", help=...)
    add_import_arguments(i, TradesImporter)      # FILE --sheet --dry-run --report --accept-valid + options
    i.set_defaults(func=lambda args, db, actor: run_cli_import(db, actor, TradesImporter(...), args))

``run_cli_import`` runs ``services.imports.run_import`` and prints what the file held, its issues
(row, column, value, problem) and what was done. Exit 0 when imported (or a clean dry run), 1 when
rows were rejected (the sentence on stderr, as for every rejected data), 2 for an unreadable file.
"""

from __future__ import annotations

import argparse
from typing import Any

from haihe_desk.cli.base import say, warn
from haihe_desk.i18n import translate
from haihe_desk.io.sheet import as_text

MAX_ISSUES_SHOWN = 200


def add_import_arguments(p: argparse.ArgumentParser, importer_cls: Any) -> None:
    """FILE, --sheet, --dry-run, --report, --accept-valid (unless the import is all-or-nothing) and
    a flag for each of the importer's options (``--students``, ``--late-reason TEXT``)."""
    p.add_argument("file", metavar="FILE", help=translate("Cli", "要导入的 .xlsx 文件"))
    p.add_argument("--sheet", metavar="S", help=translate("Cli", "工作表名称（默认第一个）"))
    p.add_argument("--dry-run", action="store_true", help=translate("Cli", "只检查并预览，不写入数据库"))
    p.add_argument(
        "--report", metavar="OUT.xlsx", help=translate("Cli", "写出检查报告：原始行加“错误说明”列，问题单元格标红")
    )
    if not importer_cls.all_or_nothing:
        p.add_argument("--accept-valid", action="store_true", help=translate("Cli", "只导入无误的行，跳过有错误的行"))
    for opt in importer_cls.options():
        flag = "--" + opt.key.replace("_", "-")
        if opt.kind == "bool":
            p.add_argument(flag, dest=f"opt_{opt.key}", action="store_true", help=opt.label)
        else:
            p.add_argument(flag, dest=f"opt_{opt.key}", metavar="TEXT", default="", help=opt.label)


def option_values(args: argparse.Namespace, importer_cls: Any) -> dict[str, Any]:
    """The importer options given on the command line (a bool flag not given is left out)."""
    out: dict[str, Any] = {}
    for opt in importer_cls.options():
        value = getattr(args, f"opt_{opt.key}", None)
        if opt.kind == "bool":
            if value:
                out[opt.key] = True
        elif value:
            out[opt.key] = value
    return out


def print_plan(plan: Any) -> None:
    data = plan.data
    say(
        translate("Cli", "文件：{file}，工作表：{sheet}，表头在第 {row} 行，数据 {n} 行。").format(
            file=data.path.name, sheet=data.sheet_name, row=data.header_row, n=len(data.rows)
        )
    )
    say(translate("Cli", "使用的列：{cols}").format(cols="、".join(f"{h}" for h in data.used.values())))
    if data.ignored:
        say(translate("Cli", "忽略的列：{cols}").format(cols="、".join(data.ignored)))
    for note in plan.notes:
        say(note)
    say(
        translate("Cli", "无误 {ok} 行，有错误 {bad} 行；新增 {new} 条，更新 {upd} 条，已存在不变 {same} 条。").format(
            ok=plan.ok_rows, bad=len(plan.error_rows), new=plan.new, upd=plan.updated, same=plan.unchanged
        )
    )
    for issue in plan.issues[:MAX_ISSUES_SHOWN]:
        warn(
            translate("Cli", "第 {row} 行，{col}，“{value}”：{msg}").format(
                row=issue.row, col=issue.column, value=as_text(issue.value), msg=issue.message
            )
        )
    if len(plan.issues) > MAX_ISSUES_SHOWN:
        warn(
            translate("Cli", "……另有 {n} 个问题，请用 --report 写出检查报告查看。").format(
                n=len(plan.issues) - MAX_ISSUES_SHOWN
            )
        )
    if plan.changes:
        say(translate("Cli", "变化："))
        for line in plan.changes[:MAX_ISSUES_SHOWN]:
            say("  " + line)


def run_cli_import(db: Any, actor: Any, importer: Any, args: argparse.Namespace) -> int:
    from haihe_desk.services.imports import ImportRejected, run_import

    accept_valid = bool(getattr(args, "accept_valid", False))
    try:
        outcome = run_import(
            db,
            actor,
            importer,
            args.file,
            sheet=args.sheet,
            dry_run=args.dry_run,
            accept_valid=accept_valid,
            report=args.report,
        )
    except ImportRejected as exc:
        print_plan(exc.outcome.plan)
        raise
    print_plan(outcome.plan)
    if outcome.report is not None:
        say(translate("Cli", "检查报告已写入：{path}").format(path=outcome.report))
    if outcome.dry_run:
        say(translate("Cli", "预览完毕（--dry-run），数据库未做修改。"))
        return 1 if outcome.plan.error_rows and not accept_valid else 0
    say(
        translate("Cli", "导入完成（{what}）：写入 {n} 条，未变 {u} 条。").format(
            what=importer.title(), n=outcome.result.written, u=outcome.result.unchanged
        )
    )
    return 0
