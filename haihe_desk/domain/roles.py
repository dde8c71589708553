"""Who may do what: the permissions of each user role (domain.labels.USER_ROLES codes).

Services check these (services.context.Actor.require); the GUI only hides what a role lacks.
Fairness is built in: the judge roles (裁判长, 加密裁判, 计分员) cannot read registrations or
contacts, so no judge-facing screen can show a contestant's name, unit or ID number."""

from __future__ import annotations

from haihe_desk.i18n import QT_TRANSLATE_NOOP

CONTESTS_EDIT = "contests.edit"  # contests, trades, committees, filings
REGISTRATIONS_VIEW = "registrations.view"
REGISTRATIONS_EDIT = "registrations.edit"  # hand entry, import, correction (union reviewers: own subtree)
UNMASK = "personal.unmask"  # full ID numbers and phones of contestants, audited
CONTACTS_VIEW = "contacts.view"
CONTACTS_EDIT = "contacts.edit"  # contacts and the organisation tree
SCORES_ENTER = "judging.score"
ENCRYPT = "judging.encrypt"
CHIEF = "judging.chief"
SUPERVISE = "supervise"  # locks, appeals, sign-off
AUDIT_VIEW = "audit.view"
BACKUP = "db.backup"
RESTORE = "db.restore"  # restore a backup, copy a database over this one
USERS_MANAGE = "users.manage"
SETTINGS_EDIT = "settings.edit"

PERMISSION_LABELS = {
    CONTESTS_EDIT: QT_TRANSLATE_NOOP("Roles", "设置赛事、工种和备案"),
    REGISTRATIONS_VIEW: QT_TRANSLATE_NOOP("Roles", "查看报名"),
    REGISTRATIONS_EDIT: QT_TRANSLATE_NOOP("Roles", "录入、导入和修改报名"),
    UNMASK: QT_TRANSLATE_NOOP("Roles", "查看完整身份证号和手机号"),
    CONTACTS_VIEW: QT_TRANSLATE_NOOP("Roles", "查看通讯录"),
    CONTACTS_EDIT: QT_TRANSLATE_NOOP("Roles", "维护通讯录和单位"),
    SCORES_ENTER: QT_TRANSLATE_NOOP("Roles", "录入成绩"),
    ENCRYPT: QT_TRANSLATE_NOOP("Roles", "加密和解密"),
    CHIEF: QT_TRANSLATE_NOOP("Roles", "裁判长签字"),
    SUPERVISE: QT_TRANSLATE_NOOP("Roles", "监审（锁定、申诉、签字）"),
    AUDIT_VIEW: QT_TRANSLATE_NOOP("Roles", "查看审计日志"),
    BACKUP: QT_TRANSLATE_NOOP("Roles", "备份数据库"),
    RESTORE: QT_TRANSLATE_NOOP("Roles", "恢复或覆盖数据库"),
    USERS_MANAGE: QT_TRANSLATE_NOOP("Roles", "管理用户"),
    SETTINGS_EDIT: QT_TRANSLATE_NOOP("Roles", "修改系统设置"),
}

ALL = frozenset(PERMISSION_LABELS)

ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": ALL,
    "office": ALL - {RESTORE, USERS_MANAGE, SCORES_ENTER, ENCRYPT, CHIEF, SUPERVISE},
    "union_reviewer": frozenset({REGISTRATIONS_VIEW, REGISTRATIONS_EDIT, CONTACTS_VIEW}),
    "chief_judge": frozenset({CHIEF, SCORES_ENTER}),
    "encryption_judge": frozenset({ENCRYPT}),
    "clerk": frozenset({SCORES_ENTER}),
    "supervisor": frozenset({REGISTRATIONS_VIEW, UNMASK, CONTACTS_VIEW, SUPERVISE, AUDIT_VIEW}),
    "readonly": frozenset({REGISTRATIONS_VIEW, CONTACTS_VIEW}),
}

# Roles whose rights are limited to one union's subtree of the organisation tree.
SCOPED_ROLES = frozenset({"union_reviewer"})


def permissions(role: str) -> frozenset[str]:
    return ROLE_PERMISSIONS.get(role, frozenset())


def allows(role: str, permission: str) -> bool:
    return permission in permissions(role)
