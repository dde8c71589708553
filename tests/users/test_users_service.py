"""services.users on a real database: scrypt hashes, the first administrator, password rules,
lock-out (committed even though sign-in fails), inactive accounts, keeping an administrator,
auto-login only on SQLite, and an audit trail without passwords or hashes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, update

from haihe_desk.db.database import Database
from haihe_desk.db.models import AuditEntry, User
from haihe_desk.errors import Conflict, PermissionDenied, RejectedData, UsageError
from haihe_desk.services import audit, users
from haihe_desk.services.context import Actor

from .helpers import PW, add_user, fingerprint, org_id_by_code, user_audit, user_row

WRONG = "Wrong-pass-1"


def count_users(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(User)) or 0


# --------------------------------------------------------------------------- hashing


def test_hash_is_salted_verifies_and_holds_no_plaintext() -> None:
    first, second = users.hash_password(PW), users.hash_password(PW)
    assert first != second  # a fresh salt every time
    assert first.startswith("scrypt$16384$8$1$")
    assert PW not in first and PW.encode().hex() not in first
    assert users.check_password(PW, first) and users.check_password(PW, second)
    assert not users.check_password(WRONG, first)
    assert not users.check_password(PW[:-1], first)
    assert not users.check_password(PW, "plain-text-not-a-hash")
    assert not users.check_password(PW, first.replace("scrypt$", "md5$", 1))


def test_stored_user_keeps_only_the_hash(db: Database) -> None:
    add_user(db, "admin", "admin")
    row = user_row(db, "admin")
    assert PW not in row["password_hash"] and row["password_hash"].startswith("scrypt$")
    assert users.check_password(PW, row["password_hash"])
    assert not users.check_password(WRONG, row["password_hash"])


# --------------------------------------------------------------------------- creating users


def test_first_user_must_be_an_administrator(db: Database) -> None:
    before = fingerprint(db)
    with pytest.raises(RejectedData, match="第一个用户必须是管理员"), db.write() as s:
        users.create_user(s, None, "office1", PW, "office")
    assert fingerprint(db) == before
    with db.write() as s:
        user = users.create_user(s, None, "boss", PW, "admin", display_name="王主任")
        assert users.actor_for(user) == Actor("boss", "admin", None, "王主任")
    # the first administrator's own creation is audited under their name
    (entry,) = user_audit(db)
    assert (entry.actor, entry.action, entry.entity_id) == ("boss", "user.create", "boss")
    assert '"first_admin":true' in entry.new.replace(" ", "")


def test_second_user_needs_a_signed_in_administrator(db: Database) -> None:
    add_user(db, "admin", "admin")
    with pytest.raises(PermissionDenied, match="只有管理员可以添加用户"), db.write() as s:
        users.create_user(s, None, "someone", PW, "office")
    office = add_user(db, "office1", "office")
    with pytest.raises(PermissionDenied, match="无权管理用户"), db.write() as s:
        users.create_user(s, office, "someone", PW, "readonly")
    assert count_users(db) == 2


@pytest.mark.parametrize(
    "weak, says",
    [
        ("Ab1!xyz", "至少需要 8 个字符"),
        ("12345678", "不能只由数字或只由字母组成"),
        ("abcdefghij", "不能只由数字或只由字母组成"),
        ("", "至少需要 8 个字符"),
    ],
)
def test_weak_password_refused_with_a_sentence(db: Database, weak: str, says: str) -> None:
    with pytest.raises(RejectedData, match=says) as err, db.write() as s:
        users.create_user(s, None, "admin", weak, "admin")
    assert err.value.message.endswith("。")
    assert count_users(db) == 0


def test_weak_new_password_refused_and_old_one_still_works(db: Database) -> None:
    admin = add_user(db, "admin", "admin")
    with pytest.raises(RejectedData, match="至少需要"), db.write() as s:
        users.set_password(s, admin, "admin", "short")
    assert users.sign_in(db, "admin", PW).username == "admin"


def test_duplicate_and_invalid_usernames(db: Database) -> None:
    add_user(db, "admin", "admin")
    admin = Actor("admin", "admin")
    for name in ("admin", "  admin  "):
        with pytest.raises(RejectedData, match="用户名“admin”已存在"), db.write() as s:
            users.create_user(s, admin, name, PW, "office")
    with pytest.raises(RejectedData, match="不含空格"), db.write() as s:
        users.create_user(s, admin, "wang li", PW, "office")
    with pytest.raises(UsageError, match="未知的角色“boss”"), db.write() as s:
        users.create_user(s, admin, "wangli", PW, "boss")
    assert count_users(db) == 1


def test_union_reviewer_needs_a_union_found_by_code(demo_db: Database) -> None:
    admin = add_user(demo_db, "admin", "admin")
    with pytest.raises(RejectedData, match="工会审核员必须指定所属工会"), demo_db.write() as s:
        users.create_user(s, admin, "rev", PW, "union_reviewer")
    with pytest.raises(RejectedData, match="找不到“999999”"), demo_db.write() as s:
        users.create_user(s, admin, "rev", PW, "union_reviewer", union="999999")
    rev = add_user(demo_db, "rev", "union_reviewer", by=admin, union="120101")
    assert rev.union_scope_id == org_id_by_code(demo_db, "120101") and rev.scoped
    # other roles carry no scope even if one is given
    office = add_user(demo_db, "off", "office", by=admin, union="120101")
    assert office.union_scope_id is None and not office.scoped


# --------------------------------------------------------------------------- signing in, lock-out


def test_sign_in_right_and_wrong(db: Database) -> None:
    add_user(db, "admin", "admin", display_name="管理员甲")
    actor = users.sign_in(db, " admin ", PW)
    assert actor == Actor("admin", "admin", None, "管理员甲")
    with pytest.raises(PermissionDenied) as wrong:
        users.sign_in(db, "admin", WRONG)
    with pytest.raises(PermissionDenied) as unknown:
        users.sign_in(db, "nobody", PW)
    # the sentence does not tell whether the name exists
    assert wrong.value.message == unknown.value.message
    assert "用户名或密码不正确" in wrong.value.message


def test_five_failures_lock_the_account_even_for_the_right_password(db: Database) -> None:
    admin = add_user(db, "admin", "admin")
    add_user(db, "wang", "office", by=admin)
    for attempt in range(1, 5):
        with pytest.raises(PermissionDenied, match="用户名或密码不正确"):
            users.sign_in(db, "wang", WRONG)
        # sign_in raised, yet the failure was committed: a new session sees the count
        assert user_row(db, "wang")["failed_logins"] == attempt
    with pytest.raises(PermissionDenied, match="密码连续输错 5 次，账号“wang”已锁定 15 分钟"):
        users.sign_in(db, "wang", WRONG)
    row = user_row(db, "wang")
    assert row["locked_until"] is not None
    left = row["locked_until"] - datetime.now(timezone.utc)
    assert timedelta(minutes=14) < left <= timedelta(minutes=15)
    # the sixth attempt, with the RIGHT password, is still refused while locked
    with pytest.raises(PermissionDenied, match="已锁定，请 15 分钟后再试"):
        users.sign_in(db, "wang", PW)
    with db.read() as s:
        assert [u.locked for u in users.list_users(s) if u.username == "wang"] == [True]
        assert (
            s.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "user.locked", AuditEntry.entity_id == "wang")
            )
            == 1
        )
    with db.write() as s:
        users.unlock(s, admin, "wang")
    row = user_row(db, "wang")
    assert row["locked_until"] is None and row["failed_logins"] == 0
    assert users.sign_in(db, "wang", PW).role == "office"


def test_lock_ends_by_itself_after_its_time(db: Database) -> None:
    add_user(db, "admin", "admin")
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            users.sign_in(db, "admin", WRONG)
    with pytest.raises(PermissionDenied, match="已锁定"):
        users.sign_in(db, "admin", PW)
    with db.write() as s:  # fifteen minutes pass
        s.execute(update(User).values(locked_until=datetime.now(timezone.utc) - timedelta(seconds=1)))
    assert users.sign_in(db, "admin", PW).username == "admin"


def test_a_right_password_resets_the_failure_count(db: Database) -> None:
    add_user(db, "admin", "admin")
    for _ in range(4):
        with pytest.raises(PermissionDenied):
            users.sign_in(db, "admin", WRONG)
    users.sign_in(db, "admin", PW)
    assert user_row(db, "admin")["failed_logins"] == 0
    for _ in range(4):  # four more do not lock: the count started again
        with pytest.raises(PermissionDenied, match="用户名或密码不正确"):
            users.sign_in(db, "admin", WRONG)
    assert users.sign_in(db, "admin", PW).username == "admin"


def test_inactive_user_refused_even_with_the_right_password(db: Database) -> None:
    admin = add_user(db, "admin", "admin")
    add_user(db, "li", "readonly", by=admin)
    with db.write() as s:
        users.update_user(s, admin, "li", active=False)
    with pytest.raises(PermissionDenied, match="账号“li”已停用"):
        users.sign_in(db, "li", PW)
    with db.write() as s:
        users.update_user(s, admin, "li", active=True)
    assert users.sign_in(db, "li", PW).role == "readonly"


# --------------------------------------------------------------------------- managing users


def test_the_last_administrator_cannot_be_demoted_or_disabled(db: Database) -> None:
    admin = add_user(db, "admin", "admin")
    add_user(db, "office1", "office", by=admin)
    before = fingerprint(db)
    for change in ({"role": "office"}, {"active": False}):
        with pytest.raises(RejectedData, match="必须至少保留一个启用的管理员"), db.write() as s:
            users.update_user(s, admin, "admin", **change)
        assert fingerprint(db) == before
    # a second active administrator makes it possible
    add_user(db, "admin2", "admin", by=admin)
    with db.write() as s:
        users.update_user(s, admin, "admin", role="office")
    assert user_row(db, "admin")["role"] == "office"
    # and now admin2 is the last one
    with pytest.raises(RejectedData, match="“admin2”"), db.write() as s:
        users.update_user(s, Actor("admin2", "admin"), "admin2", active=False)
    assert user_row(db, "admin2")["active"] is True


def test_update_with_a_stale_version_is_a_conflict(db: Database) -> None:
    admin = add_user(db, "admin", "admin")
    add_user(db, "li", "readonly", by=admin)
    version = user_row(db, "li")["version"]
    with db.write() as s:
        users.update_user(s, admin, "li", expected_version=version, display_name="李一")
    with pytest.raises(Conflict, match="已被别人修改"), db.write() as s:
        users.update_user(s, admin, "li", expected_version=version, display_name="李二")
    assert user_row(db, "li")["display_name"] == "李一"


def test_only_administrators_manage_users(db: Database) -> None:
    admin = add_user(db, "admin", "admin")
    add_user(db, "li", "readonly", by=admin)
    office = add_user(db, "wang", "office", by=admin)
    before = fingerprint(db)
    for call in (
        lambda s: users.update_user(s, office, "li", role="office"),
        lambda s: users.unlock(s, office, "li"),
        lambda s: users.set_password(s, office, "li", "New-pass-22"),
        lambda s: users.set_auto_login(s, office, "wang", is_sqlite=True),
    ):
        with pytest.raises(PermissionDenied, match="“wang”（办公室）无权管理用户"), db.write() as s:
            call(s)
    assert fingerprint(db) == before


def test_own_password_needs_the_old_one_unless_administrator(db: Database) -> None:
    admin = add_user(db, "admin", "admin")
    li = add_user(db, "li", "readonly", by=admin)
    with pytest.raises(PermissionDenied, match="原密码不正确"), db.write() as s:
        users.set_password(s, li, "li", "New-pass-22", old_password=WRONG)
    assert users.sign_in(db, "li", PW).username == "li"
    with db.write() as s:
        users.set_password(s, li, "li", "New-pass-22", old_password=PW)
    with pytest.raises(PermissionDenied):
        users.sign_in(db, "li", PW)
    assert users.sign_in(db, "li", "New-pass-22").username == "li"
    # an administrator resets it without the old one, which also lifts a lock
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            users.sign_in(db, "li", WRONG)
    with db.write() as s:
        users.set_password(s, admin, "li", "Reset-pass-33")
    assert users.sign_in(db, "li", "Reset-pass-33").username == "li"


def test_auto_login_only_for_an_sqlite_database(db: Database) -> None:
    admin = add_user(db, "admin", "admin")
    add_user(db, "desk", "office", by=admin)
    before = fingerprint(db)
    with pytest.raises(RejectedData, match="自动登录只适用于单台电脑的本地数据库"), db.write() as s:
        users.set_auto_login(s, admin, "desk", is_sqlite=False)
    assert fingerprint(db) == before
    with db.read() as s:
        assert users.auto_login_actor(s) is None
    with db.write() as s:
        users.set_auto_login(s, admin, "desk", is_sqlite=True)
    with db.read() as s:
        assert users.auto_login_user(s) == "desk"
        assert users.auto_login_actor(s) == Actor("desk", "office")
    # turning it off is allowed anywhere
    with db.write() as s:
        users.set_auto_login(s, admin, None, is_sqlite=False)
    with db.read() as s:
        assert users.auto_login_actor(s) is None


def test_auto_login_stops_for_a_disabled_or_locked_account(db: Database) -> None:
    admin = add_user(db, "admin", "admin")
    add_user(db, "desk", "office", by=admin)
    with db.write() as s:
        users.set_auto_login(s, admin, "desk", is_sqlite=True)
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            users.sign_in(db, "desk", WRONG)
    with db.read() as s:
        assert users.auto_login_actor(s) is None  # locked: asks for a password
    with db.write() as s:
        users.unlock(s, admin, "desk")
    with db.read() as s:
        assert users.auto_login_actor(s) == Actor("desk", "office")
    with db.write() as s:
        users.update_user(s, admin, "desk", active=False)
    with db.read() as s:
        assert users.auto_login_user(s) == "" and users.auto_login_actor(s) is None
    with pytest.raises(RejectedData, match="已停用，不能设为自动登录"), db.write() as s:
        users.set_auto_login(s, admin, "desk", is_sqlite=True)


# --------------------------------------------------------------------------- audit


def test_every_user_change_is_audited_without_passwords(db: Database) -> None:
    admin = add_user(db, "admin", "admin")
    add_user(db, "li", "readonly", by=admin)
    users.sign_in(db, "li", PW)
    with pytest.raises(PermissionDenied):
        users.sign_in(db, "li", WRONG)
    with db.write() as s:
        users.update_user(s, admin, "li", role="office", display_name="李四")
        users.set_password(s, admin, "li", "Second-pass-2")
        users.unlock(s, admin, "li")
        users.set_auto_login(s, admin, "li", is_sqlite=True)
    li = Actor("li", "office")
    with db.write() as s:
        users.set_password(s, li, "li", "Third-pass-33", old_password="Second-pass-2")
    entries = user_audit(db)
    assert [(e.actor, e.action, e.entity_id) for e in entries] == [
        ("admin", "user.create", "admin"),
        ("admin", "user.create", "li"),
        ("li", "user.sign_in", "li"),
        ("admin", "user.update", "li"),
        ("admin", "user.password", "li"),
        ("admin", "user.unlock", "li"),
        ("admin", "user.auto_login", "li"),
        ("li", "user.password", "li"),
    ]
    update_entry = entries[3]
    assert "readonly" in update_entry.old and "office" in update_entry.new and "李四" in update_entry.new
    hashes = [user_row(db, n)["password_hash"] for n in ("admin", "li")]
    with db.read() as s:
        everything = [(e.old, e.new, e.reason) for e in s.scalars(select(AuditEntry))]
        assert audit.verify(s).intact
    for texts in everything:
        blob = " ".join(texts)
        for secret in (PW, "Second-pass-2", "Third-pass-33", WRONG, "scrypt$", *hashes):
            assert secret not in blob
