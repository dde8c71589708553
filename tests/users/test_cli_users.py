"""`haihe-desk users …` and signing in on the command line: setup mode without users, --user /
HAIHE_DESK_USER with HAIHE_DESK_PASSWORD, lock-out and unlock, role checks, auto-login (SQLite only),
and an intact audit chain afterwards."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from haihe_desk.db.database import open_database
from haihe_desk.db.models import AuditEntry

from .helpers import PW

CliResult = tuple[int, str, str]
WRONG = "Wrong-pass-1"


@pytest.fixture
def cli(run_cli: Callable[..., CliResult], db_url: str) -> Callable[..., CliResult]:
    def run(*argv: str) -> CliResult:
        return run_cli("--db", db_url, *argv)

    return run


@pytest.fixture
def with_admin(cli, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A demo database whose first user, ``admin``, was created from setup mode."""
    assert cli("init", "--demo")[0] == 0
    monkeypatch.setenv("HAIHE_DESK_NEW_PASSWORD", PW)
    code, out, err = cli("users", "add", "admin", "--role", "admin", "--name", "管理员")
    assert code == 0, err
    monkeypatch.delenv("HAIHE_DESK_NEW_PASSWORD")
    return out


def as_user(monkeypatch: pytest.MonkeyPatch, password: str) -> None:
    monkeypatch.setenv("HAIHE_DESK_PASSWORD", password)


def audit_rows(db_url: str) -> list[tuple[str, str, str]]:
    db = open_database(db_url)
    try:
        with db.read() as s:
            return [
                tuple(r)
                for r in s.execute(  # type: ignore[misc]
                    select(AuditEntry.actor, AuditEntry.action, AuditEntry.entity_id).order_by(AuditEntry.seq)
                )
            ]
    finally:
        db.dispose()


def is_sqlite(db_url: str) -> bool:
    db = open_database(db_url)
    try:
        return db.target.is_sqlite
    finally:
        db.dispose()


def test_setup_mode_needs_no_user(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("init", "--demo")[0] == 0
    code, out, _ = cli("users", "list")
    assert code == 0 and "还没有用户" in out and "users add" in out
    code, out, _ = cli("info")
    assert code == 0 and "报名: 200" in out


def test_first_user_must_be_admin_on_the_command_line(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HAIHE_DESK_NEW_PASSWORD", PW)
    code, _, err = cli("users", "add", "wang", "--role", "office")
    assert code == 1 and "第一个用户必须是管理员" in err
    code, out, _ = cli("users", "add", "admin", "--role", "admin")
    assert code == 0 and "已添加用户“admin”（管理员）" in out and "--user" in out


def test_after_the_first_admin_commands_need_a_user(cli, with_admin, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    assert "这是第一个用户" in with_admin
    code, out, err = cli("info")
    assert code == 2 and out == ""
    assert "此数据库已设置用户：请用 --user 用户名" in err and "HAIHE_DESK_PASSWORD" in err
    assert "Traceback" not in err
    # no password given and no terminal to ask on: a usage error, not a hang
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, _, err = cli("--user", "admin", "info")
    assert code == 2 and "没有提供用户“admin”的密码" in err
    as_user(monkeypatch, WRONG)
    code, out, err = cli("--user", "admin", "info")
    assert code == 1 and out == "" and "用户名或密码不正确" in err
    as_user(monkeypatch, PW)
    code, out, _ = cli("--user", "admin", "info")
    assert code == 0 and "用户: 1" in out
    monkeypatch.setenv("HAIHE_DESK_USER", "admin")
    code, out, _ = cli("info")
    assert code == 0 and "报名: 200" in out


def test_five_wrong_passwords_lock_until_unlocked(cli, with_admin, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    as_user(monkeypatch, PW)
    monkeypatch.setenv("HAIHE_DESK_NEW_PASSWORD", "Wang-pass-22")
    assert cli("--user", "admin", "users", "add", "wang", "--role", "office")[0] == 0
    as_user(monkeypatch, WRONG)
    errors = [cli("--user", "wang", "info") for _ in range(5)]
    assert all(code == 1 for code, _, _ in errors)
    assert "用户名或密码不正确" in errors[3][2]
    assert "密码连续输错 5 次，账号“wang”已锁定 15 分钟" in errors[4][2]
    as_user(monkeypatch, "Wang-pass-22")
    code, _, err = cli("--user", "wang", "info")
    assert code == 1 and "已锁定" in err
    as_user(monkeypatch, PW)
    code, out, _ = cli("--user", "admin", "users", "list")
    assert code == 0 and "wang" in out and "已锁定" in out
    code, out, _ = cli("--user", "admin", "users", "unlock", "wang")
    assert code == 0 and "已解锁用户“wang”" in out
    as_user(monkeypatch, "Wang-pass-22")
    assert cli("--user", "wang", "info")[0] == 0


def test_only_an_administrator_manages_users(cli, with_admin, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    as_user(monkeypatch, PW)
    monkeypatch.setenv("HAIHE_DESK_NEW_PASSWORD", "Wang-pass-22")
    assert cli("--user", "admin", "users", "add", "wang", "--role", "office")[0] == 0
    as_user(monkeypatch, "Wang-pass-22")
    monkeypatch.setenv("HAIHE_DESK_NEW_PASSWORD", "Other-pass-33")
    for argv in (
        ("users", "add", "li", "--role", "readonly"),
        ("users", "set", "admin", "--disable"),
        ("users", "unlock", "admin"),
        ("users", "passwd", "admin"),
    ):
        code, _, err = cli("--user", "wang", *argv)
        assert code == 1 and "“wang”（办公室）无权管理用户" in err, argv
    # but anyone changes their own password
    monkeypatch.setenv("HAIHE_DESK_NEW_PASSWORD", "Wang-new-pass-4")
    code, out, _ = cli("--user", "wang", "users", "passwd", "wang")
    assert code == 0 and "已设置用户“wang”的密码" in out
    as_user(monkeypatch, "Wang-new-pass-4")
    code, out, _ = cli("--user", "wang", "users", "list")
    assert code == 0 and "li" not in out.split()


def test_role_checks_reach_the_command_line(cli, with_admin, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    as_user(monkeypatch, PW)
    monkeypatch.setenv("HAIHE_DESK_NEW_PASSWORD", "Read-pass-55")
    assert cli("--user", "admin", "users", "add", "reader", "--role", "readonly")[0] == 0
    as_user(monkeypatch, "Read-pass-55")
    out_file = tmp_path / "full.xlsx"
    code, _, err = cli("--user", "reader", "registrations", "export", str(out_file), "--unmasked")
    assert code == 1 and "无权查看完整身份证号和手机号" in err and not out_file.exists()
    masked = tmp_path / "masked.xlsx"
    assert cli("--user", "reader", "registrations", "export", str(masked))[0] == 0
    wb = openpyxl.load_workbook(masked, read_only=True)
    try:
        ids = [r[3] for r in wb.active.iter_rows(min_row=2, values_only=True)]
    finally:
        wb.close()
    assert len(ids) == 200 and all("*" in i for i in ids)


def test_users_list_set_and_union_reviewer(cli, with_admin, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    as_user(monkeypatch, PW)
    monkeypatch.setenv("HAIHE_DESK_NEW_PASSWORD", "Some-pass-66")
    assert cli("--user", "admin", "users", "add", "li", "--role", "readonly", "--name", "李四")[0] == 0
    code, _, err = cli("--user", "admin", "users", "set", "li", "--role", "union_reviewer")
    assert code == 1 and "工会审核员必须指定所属工会" in err and "Traceback" not in err
    code, out, _ = cli("--user", "admin", "users", "set", "li", "--role", "union_reviewer", "--union", "120101")
    assert code == 0 and "已更新用户“li”：工会审核员，启用" in out
    assert cli("--user", "admin", "users", "add", "zhao", "--role", "clerk")[0] == 0
    assert cli("--user", "admin", "users", "set", "zhao", "--disable")[0] == 0
    code, _, err = cli("--user", "admin", "users", "set", "admin", "--role", "office")
    assert code == 1 and "必须至少保留一个启用的管理员" in err
    code, _, err = cli("--user", "admin", "users", "set", "li")
    assert code == 2 and "没有要修改的内容" in err
    code, _, err = cli("--user", "admin", "users", "add", "x", "--role", "boss")
    assert code == 2 and "未知的角色“boss”" in err
    code, out, _ = cli("--user", "admin", "users", "list")
    lines = {line.split("\t")[0]: line for line in out.splitlines()}
    assert set(lines) == {"admin", "li", "zhao"}
    assert lines["admin"].split("\t")[1:] == ["管理员", "管理员"]
    assert "李四\t工会审核员，所属工会：和平区总工会" in lines["li"]
    assert "计分员" in lines["zhao"] and "已停用" in lines["zhao"]


def test_new_password_from_standard_input(cli, with_admin, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    as_user(monkeypatch, PW)
    monkeypatch.setattr(sys, "stdin", io.StringIO("Stdin-pass-77\n"))
    assert cli("--user", "admin", "users", "add", "li", "--role", "readonly")[0] == 0
    as_user(monkeypatch, "Stdin-pass-77")
    assert cli("--user", "li", "info")[0] == 0
    as_user(monkeypatch, PW)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, _, err = cli("--user", "admin", "users", "passwd", "li")
    assert code == 2 and "没有收到新密码" in err and "HAIHE_DESK_NEW_PASSWORD" in err
    monkeypatch.setattr(sys, "stdin", io.StringIO("short\n"))
    code, _, err = cli("--user", "admin", "users", "passwd", "li")
    assert code == 1 and "至少需要 8 个字符" in err


def test_auto_login_lets_commands_run_without_a_user_on_sqlite_only(
    cli,
    db_url: str,
    with_admin,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    as_user(monkeypatch, PW)
    monkeypatch.setenv("HAIHE_DESK_NEW_PASSWORD", "Desk-pass-88")
    assert cli("--user", "admin", "users", "add", "desk", "--role", "office")[0] == 0
    code, _, err = cli("--user", "admin", "users", "auto-login")
    assert code == 2 and "--off" in err
    code, out, err = cli("--user", "admin", "users", "auto-login", "desk")
    monkeypatch.delenv("HAIHE_DESK_PASSWORD")
    if is_sqlite(db_url):
        assert code == 0 and "自动登录" in out
        code, out, _ = cli("info")  # no --user, no password
        assert code == 0 and "报名: 200" in out
        assert ("admin", "user.auto_login", "desk") in audit_rows(db_url)
        code, out, _ = cli("users", "list")
        assert "desk" in out and "自动登录" in out
        # the auto-login account is office staff: it cannot manage users
        code, _, err = cli("users", "add", "x", "--role", "readonly")
        assert code == 1 and "无权管理用户" in err
        as_user(monkeypatch, PW)
        assert cli("--user", "admin", "users", "auto-login", "--off")[0] == 0
        monkeypatch.delenv("HAIHE_DESK_PASSWORD")
    else:  # a shared server always asks
        assert code == 1 and "自动登录只适用于单台电脑的本地数据库" in err
    code, _, err = cli("info")
    assert code == 2 and "--user" in err


def test_audit_chain_intact_and_names_the_users(cli, db_url: str, with_admin, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    as_user(monkeypatch, PW)
    monkeypatch.setenv("HAIHE_DESK_NEW_PASSWORD", "Wang-pass-22")
    assert cli("--user", "admin", "users", "add", "wang", "--role", "office")[0] == 0
    as_user(monkeypatch, WRONG)
    for _ in range(5):
        assert cli("--user", "wang", "info")[0] == 1
    as_user(monkeypatch, PW)
    assert cli("--user", "admin", "users", "unlock", "wang")[0] == 0
    assert cli("--user", "admin", "users", "set", "wang", "--name", "王五")[0] == 0
    code, out, _ = cli("--user", "admin", "audit", "verify")
    assert code == 0 and "审计日志完整" in out
    rows = [r for r in audit_rows(db_url) if r[1].startswith("user.")]
    assert [r for r in rows if r[2] == "wang"] == [
        ("admin", "user.create", "wang"),
        ("wang", "user.locked", "wang"),
        ("admin", "user.unlock", "wang"),
        ("admin", "user.update", "wang"),
    ]
    # the first administrator's creation (in setup mode) is recorded under their own name, and
    # every sign-in of a command is recorded too
    assert rows[0] == ("admin", "user.create", "admin")
    assert ("admin", "user.sign_in", "admin") in rows


def test_judge_roles_cannot_read_contacts_on_the_command_line(
    cli,
    with_admin,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    as_user(monkeypatch, PW)
    monkeypatch.setenv("HAIHE_DESK_NEW_PASSWORD", "Clerk-pass-1")
    assert cli("--user", "admin", "users", "add", "clerk", "--role", "clerk")[0] == 0
    as_user(monkeypatch, "Clerk-pass-1")
    code, out, err = cli("--user", "clerk", "contacts", "search", "王")
    assert code == 1 and "无权查看通讯录" in err and "王亚梅" not in out
    code, _, err = cli("--user", "clerk", "contacts", "export", str(tmp_path / "c.xlsx"))
    assert code == 1 and not (tmp_path / "c.xlsx").exists()


def test_sign_in_is_audited_once_per_writing_command_and_never_for_reading(  # type: ignore[no-untyped-def]
    cli, db_url: str, with_admin, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_user(monkeypatch, PW)
    before = audit_rows(db_url)
    for argv in (["info"], ["users", "list"], ["audit", "verify"], ["contacts", "search", "王"]):
        code, _, err = cli("--user", "admin", *argv)
        assert code == 0, (argv, err)
    assert audit_rows(db_url) == before  # reading leaves no trace
    monkeypatch.setenv("HAIHE_DESK_NEW_PASSWORD", "Wang-pass-22")
    assert cli("--user", "admin", "users", "add", "wang", "--role", "office")[0] == 0
    assert cli("--user", "admin", "users", "set", "wang", "--name", "王五", "--role", "readonly")[0] == 0
    assert audit_rows(db_url)[len(before) :] == [
        ("admin", "user.sign_in", "admin"),
        ("admin", "user.create", "wang"),  # one sign-in per writing command,
        ("admin", "user.sign_in", "admin"),
        ("admin", "user.update", "wang"),  # just before its first entry
    ]
    assert cli("--user", "wang", "users", "list")[0] == 1  # refused: no write, no entry
    assert audit_rows(db_url)[-1] == ("admin", "user.update", "wang")
