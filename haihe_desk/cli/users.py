"""User commands: users list|add|passwd|set|unlock|auto-login.

Passwords are never taken on the command line (it ends up in shell history and process lists):
they come from HAIHE_DESK_NEW_PASSWORD, an interactive prompt, or one line on standard input."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from haihe_desk.cli.base import say
from haihe_desk.db.database import Database
from haihe_desk.domain import labels, roles
from haihe_desk.errors import RejectedData, UsageError
from haihe_desk.i18n import translate
from haihe_desk.services import users
from haihe_desk.services.context import Actor

NEW_PASSWORD_ENV = "HAIHE_DESK_NEW_PASSWORD"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("users", help=translate("Cli", "用户与角色：列出、添加、改密码、改角色、解锁、自动登录"))
    usub = p.add_subparsers(dest="users_cmd", required=True, metavar="list|add|passwd|set|unlock|auto-login")
    roles_help = "、".join(f"{c}（{translate('Labels', t)}）" for c, t in labels.USER_ROLES.items())

    q = usub.add_parser("list", help=translate("Cli", "列出全部用户"))
    q.set_defaults(func=cmd_list)

    q = usub.add_parser("add", help=translate("Cli", "添加用户（第一个用户必须是管理员）；密码见说明"))
    q.add_argument("username")
    q.add_argument("--role", required=True, help=translate("Cli", "角色：{roles}").format(roles=roles_help))
    q.add_argument("--name", default="", help=translate("Cli", "显示姓名"))
    q.add_argument("--union", default=None, help=translate("Cli", "工会审核员所属工会：工会代码或单位名称"))
    q.set_defaults(func=cmd_add)

    q = usub.add_parser("passwd", help=translate("Cli", "设置用户密码（管理员可设置任何人的密码）"))
    q.add_argument("username")
    q.set_defaults(func=cmd_passwd)

    q = usub.add_parser("set", help=translate("Cli", "修改用户的角色、姓名、所属工会或停用/启用"))
    q.add_argument("username")
    q.add_argument("--role", help=translate("Cli", "角色：{roles}").format(roles=roles_help))
    q.add_argument("--name", help=translate("Cli", "显示姓名"))
    q.add_argument("--union", help=translate("Cli", "工会审核员所属工会：工会代码或单位名称"))
    state = q.add_mutually_exclusive_group()
    state.add_argument("--disable", action="store_true", help=translate("Cli", "停用账号"))
    state.add_argument("--enable", action="store_true", help=translate("Cli", "启用账号"))
    q.set_defaults(func=cmd_set)

    q = usub.add_parser("unlock", help=translate("Cli", "解除因输错密码造成的锁定"))
    q.add_argument("username")
    q.set_defaults(func=cmd_unlock)

    q = usub.add_parser("auto-login", help=translate("Cli", "单机使用时让一个账号免密码启动（--off 关闭）"))
    q.add_argument("username", nargs="?")
    q.add_argument("--off", action="store_true", help=translate("Cli", "关闭自动登录"))
    q.set_defaults(func=cmd_auto_login)


def read_new_password() -> str:
    """The new password from HAIHE_DESK_NEW_PASSWORD, an interactive prompt (twice), or stdin."""
    env = os.environ.get(NEW_PASSWORD_ENV)
    if env:
        return env
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(translate("Cli", "新密码："))
        if getpass.getpass(translate("Cli", "再输入一次：")) != first:
            raise RejectedData(translate("Cli", "两次输入的密码不一致；密码未设置。"))
        return first
    line = sys.stdin.readline().rstrip("\r\n") if sys.stdin is not None else ""
    if not line:
        raise UsageError(
            translate("Cli", "没有收到新密码：请在提示时输入，或通过环境变量 {env} 或标准输入的一行提供。").format(
                env=NEW_PASSWORD_ENV
            )
        )
    return line


def cmd_list(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.read() as s:
        rows = users.list_users(s)
        auto = users.auto_login_user(s)
    if not rows:
        say(
            translate(
                "Cli",
                "还没有用户：所有操作以本机账号的管理员身份进行。用“haihe-desk "
                "users add 用户名 --role admin”创建管理员。",
            )
        )
        return 0
    for u in rows:
        flags = []
        if not u.active:
            flags.append(translate("Cli", "已停用"))
        if u.locked:
            flags.append(translate("Cli", "已锁定"))
        if u.username == auto:
            flags.append(translate("Cli", "自动登录"))
        scope = translate("Cli", "，所属工会：{u}").format(u=u.union_scope) if u.union_scope else ""
        state = "（" + "、".join(flags) + "）" if flags else ""
        say(f"{u.username}\t{u.display_name}\t{u.role_label}{scope}{state}")
    return 0


def cmd_add(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    password = read_new_password()
    with db.write() as s:
        first = not users.has_users(s)
        users.create_user(
            s, None if first else actor, args.username, password, args.role, display_name=args.name, union=args.union
        )
    say(
        translate("Cli", "已添加用户“{u}”（{role}）。").format(
            u=args.username, role=labels.label(labels.USER_ROLES, args.role)
        )
    )
    if first:
        say(
            translate(
                "Cli",
                "这是第一个用户：从现在起，命令行须用 --user 登录"
                "（密码从环境变量 HAIHE_DESK_PASSWORD 读取或在提示时输入）。",
            )
        )
    return 0


def cmd_passwd(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    old = ""
    if args.username.strip() == actor.username and not actor.can(roles.USERS_MANAGE):
        # Changing one's own password needs the old one: the one this command signed in with.
        old = os.environ.get("HAIHE_DESK_PASSWORD", "")
        if not old and sys.stdin is not None and sys.stdin.isatty():
            old = getpass.getpass(translate("Cli", "原密码："))
    password = read_new_password()
    with db.write() as s:
        users.set_password(s, actor, args.username, password, old_password=old)
    say(translate("Cli", "已设置用户“{u}”的密码。").format(u=args.username))
    return 0


def cmd_set(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    active = True if args.enable else (False if args.disable else None)
    if args.role is None and args.name is None and args.union is None and active is None:
        raise UsageError(translate("Cli", "没有要修改的内容：请给出 --role、--name、--union、--disable 或 --enable。"))
    with db.write() as s:
        user = users.update_user(
            s, actor, args.username, role=args.role, display_name=args.name, union=args.union, active=active
        )
        role = labels.label(labels.USER_ROLES, user.role)
        state = translate("Cli", "启用") if user.active else translate("Cli", "停用")
    say(translate("Cli", "已更新用户“{u}”：{role}，{state}。").format(u=args.username, role=role, state=state))
    return 0


def cmd_unlock(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    with db.write() as s:
        users.unlock(s, actor, args.username)
    say(translate("Cli", "已解锁用户“{u}”。").format(u=args.username))
    return 0


def cmd_auto_login(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    if bool(args.off) == bool(args.username):
        raise UsageError(translate("Cli", "请给出一个用户名，或用 --off 关闭自动登录。"))
    with db.write() as s:
        users.set_auto_login(s, actor, None if args.off else args.username, is_sqlite=db.target.is_sqlite)
    if args.off:
        say(translate("Cli", "已关闭自动登录：启动时须输入用户名和密码。"))
    else:
        say(
            translate(
                "Cli", "已设置自动登录：本机启动时以“{u}”身份进入，无需密码。只在一人使用的电脑上这样设置。"
            ).format(u=args.username)
        )
    return 0
