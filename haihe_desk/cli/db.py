"""`haihe-desk backup [OUT]`, `haihe-desk restore FILE`, `haihe-desk db copy --from URL --to URL`."""

from __future__ import annotations

import argparse
from pathlib import Path

from haihe_desk.cli.base import say
from haihe_desk.db.database import Database
from haihe_desk.i18n import translate
from haihe_desk.services import backups
from haihe_desk.services.context import Actor


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "backup",
        help=translate("Cli", "备份数据库到一个 SQLite 文件（PostgreSQL 数据库写出可移植的备份）"),
    )
    p.add_argument(
        "out", nargs="?", metavar="OUT", help=translate("Cli", "备份文件或文件夹（默认：备份文件夹中带时间的新文件）")
    )
    p.add_argument("--list", action="store_true", help=translate("Cli", "列出已有的备份，不做新备份"))
    p.add_argument("--keep", type=int, metavar="N", help=translate("Cli", "设置保留的自动备份份数（不做新备份）"))
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help=translate("Cli", "用备份文件替换当前数据库的全部数据（先备份当前数据）"))
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("db", help=translate("Cli", "整库操作"))
    dsub = p.add_subparsers(dest="db_cmd", required=True, metavar="copy")
    c = dsub.add_parser("copy", help=translate("Cli", "把整个数据库复制到另一个数据库（SQLite 与 PostgreSQL 互转）"))
    c.add_argument("--from", dest="src", required=True, metavar="URL", help=translate("Cli", "源数据库文件或地址"))
    c.add_argument(
        "--to", dest="dst", required=True, metavar="URL", help=translate("Cli", "目标数据库文件或地址（须为空）")
    )
    c.add_argument(
        "--replace", action="store_true", help=translate("Cli", "目标已有数据时整体替换（替换前先备份目标）")
    )
    c.set_defaults(func=cmd_copy, own_databases=True)


def cmd_backup(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    if args.keep is not None:
        with db.write() as s:
            backups.set_keep_count(s, actor, args.keep)
        say(translate("Cli", "自动备份保留最近 {n} 份。").format(n=args.keep))
        return 0
    if args.list:
        found = backups.listing(db)
        for b in found:
            say(f"{b.when:%Y-%m-%d %H:%M:%S}  {b.reason:<8} {b.path}")
        say(translate("Cli", "共 {n} 份备份，在 {folder}").format(n=len(found), folder=backups.folder(db)))
        return 0
    path = backups.backup(db, "manual", Path(args.out) if args.out else None, actor=actor)
    say(translate("Cli", "已备份到 {path}").format(path=path))
    return 0


def cmd_restore(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    result = backups.restore(db, Path(args.file), actor)
    say(
        translate("Cli", "已从 {file} 恢复 {n} 行数据，审计日志 {a} 条完整。原来的数据已保存在 {kept}").format(
            file=args.file, n=result.copied.rows, a=result.copied.audit_entries, kept=result.kept
        )
    )
    return 0


def cmd_copy(args: argparse.Namespace, db: None, actor: Actor) -> int:
    """Copying reads every row: the backup right on the source (the OS account while it has no
    users). Replacing a target that holds data needs the restore right of an account signed in on
    THE TARGET (services.backups.replace_all); the same --user signs in on both."""
    from haihe_desk.cli.main import PASSWORD_ENV, USER_ENV, cli_actor
    from haihe_desk.errors import PermissionDenied, UsageError

    def on_target(target: Database) -> Actor:
        try:
            return cli_actor(target, args.user)
        except UsageError as err:  # nobody signed in: the target's data stays
            raise PermissionDenied(
                translate(
                    "Cli",
                    "目标数据库 {db} 已设置用户，整体替换它须由该数据库中有“恢复或覆盖数据库”权限的账号登录："
                    "请用 --user 用户名（或环境变量 {u}）登录，密码从环境变量 {p} 读取。目标数据库未做修改。",
                ).format(db=target.target.display(), u=USER_ENV, p=PASSWORD_ENV)
            ) from err

    result = backups.copy_database(
        args.src,
        args.dst,
        replace=args.replace,
        source_actor=lambda src: cli_actor(src, args.user),
        target_actor=on_target,
    )
    say(
        translate("Cli", "已复制 {n} 行数据（{t} 个表），各表行数一致，审计日志 {a} 条完整。").format(
            n=result.rows, t=len(result.counts), a=result.audit_entries
        )
    )
    return 0
