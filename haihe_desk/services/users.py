"""Users, passwords, sign-in and lock-out.

- Passwords are hashed with scrypt (hashlib, n=2**14, r=8, p=1, 16-byte salt); the hash string
  names its parameters, so they can be raised later without breaking old hashes.
- Five failed sign-ins in a row lock the account for 15 minutes; an administrator can unlock it.
- While the database has no users (a fresh database), nobody signs in: the OS account acts as
  administrator (services.context.local_actor) until the first administrator is created — the
  GUI asks for that account at first start, the CLI has ``users add NAME --role admin``.
- Auto-login: a single-PC office may let one account start without a password. It is a database
  setting, allowed only on an SQLite file (a shared PostgreSQL server always asks).
- Every change to a user is audited; passwords and hashes never reach the audit log or the log.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from haihe_desk.db.models import Organisation, User
from haihe_desk.domain import labels, roles
from haihe_desk.errors import PermissionDenied, RejectedData, UsageError
from haihe_desk.i18n import translate
from haihe_desk.services import audit, concurrency, settings
from haihe_desk.services.context import Actor

MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 8
AUTO_LOGIN_KEY = "auto_login_user"

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


# --------------------------------------------------------------------------- passwords


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(
            password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


_DUMMY: list[str] = []


def _dummy_hash() -> str:
    if not _DUMMY:
        _DUMMY.append(hash_password(os.urandom(8).hex()))
    return _DUMMY[0]


def password_problem(password: str) -> str | None:
    """A sentence when the password is too weak, else None."""
    if len(password) < MIN_PASSWORD:
        return translate("Users", "密码至少需要 {n} 个字符。").format(n=MIN_PASSWORD)
    if password.isdigit() or password.isalpha():
        return translate("Users", "密码不能只由数字或只由字母组成；请混合使用字母、数字或符号。")
    return None


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: str
    union_scope_id: int | None
    union_scope: str
    active: bool
    locked: bool
    version: int

    @property
    def role_label(self) -> str:
        return labels.label(labels.USER_ROLES, self.role)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _locked(user: User, now: datetime | None = None) -> bool:
    return user.locked_until is not None and user.locked_until > (now or _now())


def has_users(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(User)))


def list_users(session: Session) -> list[UserInfo]:
    rows = session.execute(
        select(User, Organisation.name)
        .outerjoin(Organisation, User.union_scope_id == Organisation.id)
        .order_by(User.username)
    )
    now = _now()
    return [
        UserInfo(
            u.id,
            u.username,
            u.display_name,
            u.role,
            u.union_scope_id,
            scope or "",
            u.active,
            _locked(u, now),
            u.version,
        )
        for u, scope in rows
    ]


def _get(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None:
        raise RejectedData(
            translate("Users", "没有用户“{u}”；请核对用户名（“haihe-desk users list”列出全部用户）。").format(
                u=username
            )
        )
    return user


def actor_for(user: User) -> Actor:
    return Actor(
        username=user.username, role=user.role, union_scope_id=user.union_scope_id, display_name=user.display_name
    )


# --------------------------------------------------------------------------- signing in


def authenticate(session: Session, username: str, password: str, *, audited: bool = True) -> Actor:
    """Check a sign-in. Counts failures (the caller commits the session even on failure, see
    sign_in()), locks after MAX_FAILURES. The sentence never says whether the name exists.
    ``audited=False``: the caller records the sign-in itself (the CLI, only when its command
    writes; see context.sign_in)."""
    user = session.scalar(select(User).where(User.username == username.strip()))
    wrong = translate("Users", "用户名或密码不正确；请重新输入（连续 {n} 次错误后账号将锁定 {m} 分钟）。").format(
        n=MAX_FAILURES, m=LOCK_MINUTES
    )
    if user is None:
        check_password(password, _dummy_hash())  # one scrypt, like a real check: no timing hint
        raise PermissionDenied(wrong)
    now = _now()
    if _locked(user, now):
        left = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)  # type: ignore[operator]
        raise PermissionDenied(
            translate("Users", "账号“{u}”因多次输错密码已锁定，请 {m} 分钟后再试，或请管理员解锁。").format(
                u=user.username, m=left
            )
        )
    if not user.active:
        raise PermissionDenied(translate("Users", "账号“{u}”已停用；请联系管理员。").format(u=user.username))
    if not check_password(password, user.password_hash):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILURES:
            user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            user.failed_logins = 0
            audit.record(
                session,
                actor_for(user),
                "user.locked",
                entity="user",
                entity_id=user.username,
                new={"minutes": LOCK_MINUTES},
            )
            raise PermissionDenied(
                translate(
                    "Users", "密码连续输错 {n} 次，账号“{u}”已锁定 {m} 分钟；请稍后再试，或请管理员解锁。"
                ).format(n=MAX_FAILURES, u=user.username, m=LOCK_MINUTES)
            )
        raise PermissionDenied(wrong)
    user.failed_logins = 0
    user.locked_until = None
    actor = actor_for(user)
    if audited:
        record_sign_in(session, actor)
    return actor


def record_sign_in(session: Session, actor: Actor, **details: object) -> None:
    """The audit entry of a sign-in (one per GUI session; per writing command in the CLI)."""
    audit.record(session, actor, "user.sign_in", entity="user", entity_id=actor.username, new=details or None)


def sign_in(db, username: str, password: str, *, audited: bool = True) -> Actor:  # type: ignore[no-untyped-def]
    """authenticate() in its own transaction that commits failures too (the lock-out counts)."""
    failure: PermissionDenied | None = None
    with db.write() as session:
        try:
            return authenticate(session, username, password, audited=audited)
        except PermissionDenied as err:
            failure = err
    raise failure


def auto_login_user(session: Session) -> str:
    return settings.get(session, AUTO_LOGIN_KEY)


def auto_login_actor(session: Session) -> Actor | None:
    """The account that starts without a password on this single-PC database, if one is set,
    active and not locked."""
    name = auto_login_user(session)
    if not name:
        return None
    user = session.scalar(select(User).where(User.username == name))
    if user is None or not user.active or _locked(user):
        return None
    return actor_for(user)


# --------------------------------------------------------------------------- managing


def _check_username(username: str) -> str:
    name = username.strip()
    if not name or len(name) > 60 or any(c.isspace() for c in name):
        raise RejectedData(translate("Users", "用户名“{u}”无效：须为 1–60 个字符，不含空格。").format(u=username))
    return name


def _check_role(role: str) -> str:
    if role not in labels.USER_ROLES:
        raise UsageError(
            translate("Users", "未知的角色“{r}”；可用：{all}。").format(
                r=role, all="、".join(f"{c}（{labels.label(labels.USER_ROLES, c)}）" for c in labels.USER_ROLES)
            )
        )
    return role


def resolve_scope(session: Session, role: str, union: str | int | None) -> int | None:
    """The organisation id a union reviewer is limited to (by id, union code or exact name);
    None for other roles. A union reviewer without a scope is refused."""
    if role not in roles.SCOPED_ROLES:
        return None
    org = None
    if isinstance(union, int):
        org = session.get(Organisation, union)
    elif union and str(union).strip():
        from haihe_desk.services import organisations

        text = str(union).strip()
        org = organisations.by_code(session, text) or organisations.find_by_name(session, text)
    if org is None:
        raise RejectedData(
            translate(
                "Users", "工会审核员必须指定所属工会（工会代码或单位名称），找不到“{u}”；请先在通讯录的单位树中核对。"
            ).format(u=union or "")
        )
    return org.id


def create_user(
    session: Session,
    actor: Actor | None,
    username: str,
    password: str,
    role: str,
    *,
    display_name: str = "",
    union: str | int | None = None,
) -> User:
    """Add a user. ``actor`` None is allowed only for the very first user, who must be an
    administrator (first start)."""
    first = not has_users(session)
    if first:
        if role != "admin":
            raise RejectedData(translate("Users", "第一个用户必须是管理员；请先创建管理员账号。"))
    elif actor is None:
        raise PermissionDenied(translate("Users", "只有管理员可以添加用户；请先登录。"))
    else:
        actor.require(roles.USERS_MANAGE)
    name = _check_username(username)
    _check_role(role)
    problem = password_problem(password)
    if problem:
        raise RejectedData(problem)
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise RejectedData(translate("Users", "用户名“{u}”已存在；请换一个。").format(u=name))
    user = User(
        username=name,
        display_name=display_name.strip()[:60],
        role=role,
        password_hash=hash_password(password),
        union_scope_id=resolve_scope(session, role, union),
    )
    session.add(user)
    session.flush()
    who = actor or actor_for(user)
    audit.record(
        session,
        who,
        "user.create",
        entity="user",
        entity_id=name,
        new={
            "role": role,
            "display_name": user.display_name,
            "union_scope_id": user.union_scope_id,
            "first_admin": first,
        },
    )
    return user


def update_user(
    session: Session,
    actor: Actor,
    username: str,
    *,
    expected_version: int | None = None,
    role: str | None = None,
    display_name: str | None = None,
    union: str | int | None = None,
    active: bool | None = None,
) -> User:
    actor.require(roles.USERS_MANAGE)
    user = _get(session, username)
    old = {
        "role": user.role,
        "display_name": user.display_name,
        "union_scope_id": user.union_scope_id,
        "active": user.active,
    }
    with concurrency.guarded_edit(
        session,
        user,
        expected_version,
        entity="user",
        snapshot=_conflict_values,
        subject=translate("Users", "用户“{u}”").format(u=user.username),
    ):
        new_role = _check_role(role) if role is not None else user.role
        if role is not None or union is not None:
            user.union_scope_id = resolve_scope(session, new_role, union if union is not None else user.union_scope_id)
        user.role = new_role
        if display_name is not None:
            user.display_name = display_name.strip()[:60]
        if active is not None:
            user.active = active
    _keep_an_admin(session, user)
    new = {
        "role": user.role,
        "display_name": user.display_name,
        "union_scope_id": user.union_scope_id,
        "active": user.active,
    }
    changed = {k: v for k, v in new.items() if old[k] != v}
    if changed:
        if not user.active and auto_login_user(session) == user.username:
            settings.put(session, AUTO_LOGIN_KEY, "")
        session.flush()
        audit.record(
            session,
            actor,
            "user.update",
            entity="user",
            entity_id=user.username,
            old={k: old[k] for k in changed},
            new=changed,
        )
    return user


def _conflict_values(user: User) -> dict[str, object]:
    from sqlalchemy.orm import object_session

    session = object_session(user)
    scope = session.get(Organisation, user.union_scope_id) if session and user.union_scope_id else None
    return {
        "display_name": user.display_name,
        "role": labels.label(labels.USER_ROLES, user.role),
        "union_scope": scope.name if scope else "",
        "active": user.active,
    }


def _keep_an_admin(session: Session, changed: User) -> None:
    session.flush()
    admins = session.scalar(select(func.count()).select_from(User).where(User.role == "admin", User.active.is_(True)))
    if not admins:
        raise RejectedData(
            translate("Users", "不能停用或降级“{u}”：系统中必须至少保留一个启用的管理员。").format(u=changed.username)
        )


def set_password(session: Session, actor: Actor, username: str, new_password: str, *, old_password: str = "") -> None:
    """An administrator sets anyone's password; a user changes their own with the old one."""
    user = _get(session, username)
    own = actor.username == user.username
    if not own:
        actor.require(roles.USERS_MANAGE)
    elif not actor.can(roles.USERS_MANAGE) and not check_password(old_password, user.password_hash):
        raise PermissionDenied(translate("Users", "原密码不正确；密码未修改。"))
    problem = password_problem(new_password)
    if problem:
        raise RejectedData(problem)
    user.password_hash = hash_password(new_password)
    user.failed_logins = 0
    user.locked_until = None
    audit.record(session, actor, "user.password", entity="user", entity_id=user.username, new={"by_admin": not own})


def unlock(session: Session, actor: Actor, username: str) -> None:
    actor.require(roles.USERS_MANAGE)
    user = _get(session, username)
    user.failed_logins = 0
    user.locked_until = None
    audit.record(session, actor, "user.unlock", entity="user", entity_id=user.username)


def set_auto_login(session: Session, actor: Actor, username: str | None, *, is_sqlite: bool) -> None:
    """Let ``username`` start without a password (None/"" turns it off). SQLite only."""
    actor.require(roles.USERS_MANAGE)
    name = (username or "").strip()
    if name:
        if not is_sqlite:
            raise RejectedData(
                translate(
                    "Users", "自动登录只适用于单台电脑的本地数据库；多台电脑共用 PostgreSQL 服务器时每人都须登录。"
                )
            )
        user = _get(session, name)
        if not user.active:
            raise RejectedData(translate("Users", "账号“{u}”已停用，不能设为自动登录。").format(u=name))
    old = auto_login_user(session)
    settings.put(session, AUTO_LOGIN_KEY, name)
    audit.record(
        session, actor, "user.auto_login", entity="user", entity_id=name or old, old={"user": old}, new={"user": name}
    )
