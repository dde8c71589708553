"""`haihe-desk [--db X] [--lang zh_CN|en] COMMAND`; no command opens the GUI."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from types import ModuleType

from haihe_desk import __version__, i18n
from haihe_desk.cli.base import Parser, warn
from haihe_desk.errors import Conflict, UsageError, UserError
from haihe_desk.i18n import translate
from haihe_desk.services import context
from haihe_desk.services.context import Actor, local_actor

USER_ENV = "HAIHE_DESK_USER"
PASSWORD_ENV = "HAIHE_DESK_PASSWORD"


#: command word → the module (haihe_desk.cli.NAME) that registers it
COMMAND_MODULES: dict[str, str] = {
    "init": "core",
    "info": "core",
    "audit": "core",
    "users": "users",
    "registrations": "registrations",
    "review": "registrations",
    "orgs": "orgs",
    "contacts": "contacts",
    "contests": "contests",
    "trades": "trades",
    "filings": "filings",
    "backup": "db",
    "restore": "db",
    "db": "db",
}


def command_modules(only: str | None = None) -> list[ModuleType]:
    """Each module adds its sub-commands through register(subparsers). With ``only`` (a command
    word), just the module of that command is imported: a command pays for its own imports only."""
    import importlib

    names = [COMMAND_MODULES[only]] if only in COMMAND_MODULES else list(dict.fromkeys(COMMAND_MODULES.values()))
    return [importlib.import_module(f"haihe_desk.cli.{name}") for name in names]


def _command_word(argv: Sequence[str]) -> str | None:
    """The first word of ``argv`` that is not a global option or its value."""
    rest = list(argv)
    while rest:
        a = rest.pop(0)
        if a in ("--db", "--lang", "--user"):
            if rest:
                rest.pop(0)
            continue
        if a.startswith("-"):
            return None  # --help, --version or a mistake: the whole parser answers
        return a
    return None


def _pre_language(argv: Sequence[str]) -> None:
    """Set the language before building the parser so help texts are translated."""
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv) and argv[i + 1] in i18n.LANGUAGES:
            i18n.set_language(argv[i + 1])
        elif a.startswith("--lang=") and a.split("=", 1)[1] in i18n.LANGUAGES:
            i18n.set_language(a.split("=", 1)[1])


def build_parser(only: str | None = None) -> Parser:
    parser = Parser(prog="haihe-desk", description=translate("Cli", "海河工匠杯 大赛办公室桌面系统"))
    parser.add_argument("--version", action="version", version=f"haihe-desk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=translate("Cli", "数据库文件路径或数据库地址（默认：用户数据目录中的 SQLite 文件）"),
    )
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=translate("Cli", "界面语言（默认中文）"))
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=translate(
            "Cli",
            "以此用户登录（也可用环境变量 HAIHE_DESK_USER）；密码从环境变量 HAIHE_DESK_PASSWORD 读取或在提示时输入",
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    gui = sub.add_parser("gui", help=translate("Cli", "打开图形界面（不带命令时的默认操作）"))
    gui.set_defaults(func=None)
    for module in command_modules(only):
        module.register(sub)
    return parser


def _gui_only(argv: Sequence[str]) -> dict[str, str] | None:
    """The global options when argv asks for nothing but the GUI, else None. The GUI path then
    skips building the full parser, which imports every command (and the database layer) and
    would delay the first window."""
    opts: dict[str, str] = {}
    rest = list(argv)
    while rest:
        a = rest.pop(0)
        if a in ("--db", "--lang", "--user") and rest:
            opts[a[2:]] = rest.pop(0)
        elif a.startswith(("--db=", "--lang=", "--user=")):
            key, _, value = a[2:].partition("=")
            opts[key] = value
        elif a == "gui" and not rest:
            break
        else:
            return None
    if opts.get("lang", i18n.SOURCE_LANGUAGE) not in i18n.LANGUAGES:
        return None
    return opts


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _pre_language(argv)
    gui = _gui_only(argv)
    if gui is not None:
        from haihe_desk.ui.app import run_gui

        return run_gui(db=gui.get("db"), lang=gui.get("lang", i18n.current_language()), user=gui.get("user"))
    parser = build_parser(_command_word(argv))
    args = parser.parse_args(argv)
    if args.lang:
        i18n.set_language(args.lang)
    if getattr(args, "func", None) is None:
        from haihe_desk.ui.app import run_gui  # Qt is imported only for the GUI

        return run_gui(db=args.db, lang=args.lang or i18n.current_language(), user=args.user)

    from haihe_desk import logs

    log_file = logs.setup()
    logger = logging.getLogger("haihe_desk.cli")
    logger.info("command: %s", logs.command_line(argv))
    try:
        return _run_command(args)
    except UserError as err:
        warn(err.message)
        if isinstance(err, Conflict):  # both values of every field the two saves disagree on
            from haihe_desk.services.concurrency import detail_lines

            for line in detail_lines(err):
                warn(line)
        return err.exit_code
    except KeyboardInterrupt:
        warn(translate("Cli", "已取消，数据库未做修改。"))
        return 130
    except Exception as exc:  # a bug or a broken environment: the traceback goes to the log file
        logger.exception("unexpected error: %s", logs.command_line(argv))
        warn(
            translate(
                "Cli", "程序出现意外错误（{err}），命令未完成；未提交的修改已撤销。详细信息已记入日志：{log}"
            ).format(err=type(exc).__name__, log=log_file)
        )
        return 1


def _run_command(args: argparse.Namespace) -> int:
    from haihe_desk.db.database import open_database

    if getattr(args, "own_databases", False):  # e.g. `db copy --from --to`: opens its own databases
        return int(args.func(args, None, local_actor()) or 0)
    db = open_database(args.db)
    try:
        actor, how = _sign_in(db, args.user)
        # The sign-in is audited with the command's first write; a command that only reads leaves
        # no entry (context.sign_in, audit.record).
        context.sign_in(actor, audit_later=how)
        return int(args.func(args, db, actor) or 0)
    finally:
        context.sign_in(None)
        db.dispose()


def cli_actor(db, username: str | None) -> Actor:  # type: ignore[no-untyped-def]
    """Who runs this command on ``db`` (see _sign_in); the sign-in itself is not audited."""
    return _sign_in(db, username)[0]


def _sign_in(db, username: str | None) -> tuple[Actor, dict[str, object] | None]:  # type: ignore[no-untyped-def]
    """Who runs this command, and how they signed in (None: nobody did). A database without users:
    the OS account as administrator (setup). With users: --user / HAIHE_DESK_USER and the password
    (HAIHE_DESK_PASSWORD or a prompt), or the auto-login account of a single-PC SQLite database."""
    import getpass
    import os

    from haihe_desk.services import users

    name = username or os.environ.get(USER_ENV, "")
    with db.read() as s:
        if not users.has_users(s):
            return local_actor(), None
        auto = users.auto_login_actor(s) if db.target.is_sqlite else None
    if not name:
        if auto is not None:
            return auto, {"via": "cli", "auto_login": True}
        raise UsageError(
            translate(
                "Cli",
                "此数据库已设置用户：请用 --user 用户名（或环境变量 {u}）登录，密码从环境变量 {p} 读取或在提示时输入。",
            ).format(u=USER_ENV, p=PASSWORD_ENV)
        )
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not (sys.stdin is not None and sys.stdin.isatty()):
            raise UsageError(
                translate("Cli", "没有提供用户“{user}”的密码：请设置环境变量 {p}，或在终端中运行以便输入密码。").format(
                    user=name, p=PASSWORD_ENV
                )
            )
        password = getpass.getpass(translate("Cli", "用户“{user}”的密码：").format(user=name))
    return users.sign_in(db, name, password, audited=False), {"via": "cli"}
