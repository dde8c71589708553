"""No lost updates: the one way every editor of a versioned row saves it.

An editor reads a row with its ``version``; on save the service applies the user's values inside
``guarded_edit(...)``. When somebody else saved the row in between (its version moved on, or the
UPDATE's ``WHERE version = …`` matched nothing — SQLAlchemy's ``StaleDataError``), the edit raises
``errors.Conflict`` carrying, per field, the value the user tried to save and the value now in the
database, plus who saved the newer version and when (the row's newest audit entry). The caller's
``db.write()`` then rolls everything back: nothing of the user's change is written.

A save that changes only child rows (phones, committee members, sessions) still writes the parent
row, so its version moves on and a second editor holding the old version gets a Conflict.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from haihe_desk.db.engine import read_session
from haihe_desk.db.models import AuditEntry, utcnow
from haihe_desk.domain import idcard
from haihe_desk.errors import Conflict, ConflictField
from haihe_desk.i18n import QT_TRANSLATE_NOOP, translate

Snapshot = Callable[[Any], Mapping[str, Any]]

# Field titles per audited entity (context "Columns", shared with the tables and sheets).
TITLES: dict[str, dict[str, str]] = {
    "registration": {
        "name": QT_TRANSLATE_NOOP("Columns", "姓名"),
        "id_number": QT_TRANSLATE_NOOP("Columns", "身份证号"),
        "gender": QT_TRANSLATE_NOOP("Columns", "性别"),
        "birth_date": QT_TRANSLATE_NOOP("Columns", "出生日期"),
        "mobile": QT_TRANSLATE_NOOP("Columns", "手机"),
        "unit": QT_TRANSLATE_NOOP("Columns", "工作单位/学校"),
        "union_code": QT_TRANSLATE_NOOP("Columns", "工会代码"),
        "grade": QT_TRANSLATE_NOOP("Columns", "技能等级"),
        "exception_reason": QT_TRANSLATE_NOOP("Columns", "破格原因"),
        "notes": QT_TRANSLATE_NOOP("Columns", "备注"),
    },
    "contact": {
        "name": QT_TRANSLATE_NOOP("Columns", "姓名"),
        "role": QT_TRANSLATE_NOOP("Columns", "职责"),
        "organisation": QT_TRANSLATE_NOOP("Columns", "单位"),
        "trade_name": QT_TRANSLATE_NOOP("Columns", "工种"),
        "phones": QT_TRANSLATE_NOOP("Columns", "电话"),
        "email": QT_TRANSLATE_NOOP("Columns", "电子邮箱"),
        "notes": QT_TRANSLATE_NOOP("Columns", "备注"),
    },
    "organisation": {
        "name": QT_TRANSLATE_NOOP("Columns", "单位名称"),
        "short_name": QT_TRANSLATE_NOOP("Columns", "简称"),
        "kind": QT_TRANSLATE_NOOP("Columns", "类型"),
        "union_code": QT_TRANSLATE_NOOP("Columns", "工会代码"),
        "parent": QT_TRANSLATE_NOOP("Columns", "上级单位"),
        "address": QT_TRANSLATE_NOOP("Columns", "地址"),
        "contact_person": QT_TRANSLATE_NOOP("Columns", "联系人"),
        "phone": QT_TRANSLATE_NOOP("Columns", "联系电话"),
        "notes": QT_TRANSLATE_NOOP("Columns", "备注"),
    },
    "contest": {
        "name": QT_TRANSLATE_NOOP("Columns", "赛事全称"),
        "short_name": QT_TRANSLATE_NOOP("Columns", "简称"),
        "year": QT_TRANSLATE_NOOP("Columns", "年度"),
        "doc_number": QT_TRANSLATE_NOOP("Columns", "文号"),
        "organiser": QT_TRANSLATE_NOOP("Columns", "主办单位"),
        "office_name": QT_TRANSLATE_NOOP("Columns", "大赛办公室"),
        "start_date": QT_TRANSLATE_NOOP("Columns", "开始日期"),
        "end_date": QT_TRANSLATE_NOOP("Columns", "结束日期"),
        "registration_deadline": QT_TRANSLATE_NOOP("Columns", "报名截止"),
        "status": QT_TRANSLATE_NOOP("Columns", "状态"),
        "notes": QT_TRANSLATE_NOOP("Columns", "备注"),
        "committee": QT_TRANSLATE_NOOP("Columns", "组委会成员"),
    },
    "trade": {
        "code": QT_TRANSLATE_NOOP("Columns", "工种代码"),
        "name": QT_TRANSLATE_NOOP("Columns", "工种名称"),
        "group": QT_TRANSLATE_NOOP("Columns", "组别"),
        "level": QT_TRANSLATE_NOOP("Columns", "级别"),
        "is_team": QT_TRANSLATE_NOOP("Columns", "团体赛"),
        "team_size": QT_TRANSLATE_NOOP("Columns", "每队人数"),
        "host_unit": QT_TRANSLATE_NOOP("Columns", "承办单位"),
        "venue": QT_TRANSLATE_NOOP("Columns", "比赛场地"),
        "venue_address": QT_TRANSLATE_NOOP("Columns", "场地地址"),
        "start_date": QT_TRANSLATE_NOOP("Columns", "开始日期"),
        "end_date": QT_TRANSLATE_NOOP("Columns", "结束日期"),
        "registration_deadline": QT_TRANSLATE_NOOP("Columns", "报名截止"),
        "min_age": QT_TRANSLATE_NOOP("Columns", "最小年龄"),
        "max_age": QT_TRANSLATE_NOOP("Columns", "最大年龄"),
        "required_grade": QT_TRANSLATE_NOOP("Columns", "技能等级要求"),
        "grade_exception_allowed": QT_TRANSLATE_NOOP("Columns", "允许破格"),
        "theory_weight": QT_TRANSLATE_NOOP("Columns", "理论权重"),
        "practical_weight": QT_TRANSLATE_NOOP("Columns", "实操权重"),
        "pass_line": QT_TRANSLATE_NOOP("Columns", "合格线"),
        "award_rule": QT_TRANSLATE_NOOP("Columns", "获奖名额"),
        "tie_break": QT_TRANSLATE_NOOP("Columns", "并列名次规则"),
        "min_entries": QT_TRANSLATE_NOOP("Columns", "最少参赛人数"),
        "status": QT_TRANSLATE_NOOP("Columns", "状态"),
        "notes": QT_TRANSLATE_NOOP("Columns", "备注"),
        "sessions": QT_TRANSLATE_NOOP("Columns", "场次"),
    },
    "user": {
        "display_name": QT_TRANSLATE_NOOP("Columns", "姓名"),
        "role": QT_TRANSLATE_NOOP("Columns", "角色"),
        "union_scope": QT_TRANSLATE_NOOP("Columns", "所属工会"),
        "active": QT_TRANSLATE_NOOP("Columns", "启用"),
    },
    "filing": {
        "unit": QT_TRANSLATE_NOOP("Columns", "单位"),
        "kind": QT_TRANSLATE_NOOP("Columns", "类别"),
        "title": QT_TRANSLATE_NOOP("Columns", "基层赛事名称"),
        "trade_name": QT_TRANSLATE_NOOP("Columns", "工种"),
        "starts_on": QT_TRANSLATE_NOOP("Columns", "开始日期"),
        "ends_on": QT_TRANSLATE_NOOP("Columns", "结束日期"),
        "participants": QT_TRANSLATE_NOOP("Columns", "参赛人数"),
        "due_on": QT_TRANSLATE_NOOP("Columns", "应交日期"),
        "received_on": QT_TRANSLATE_NOOP("Columns", "收到日期"),
        "notes": QT_TRANSLATE_NOOP("Columns", "备注"),
    },
}

# Fields shown masked (an ID number is never printed in full in a message or a log).
MASKED = frozenset({"id_number"})


def shown(key: str, value: Any) -> str:
    """A snapshot value as one line of text for the conflict table and the CLI."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("Conflict", "是") if value else translate("Conflict", "否")
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (list, tuple)):
        return "；".join(shown(key, v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    text = str(value)
    return idcard.mask(text) if key in MASKED and text else text


def local_time(at: str) -> str:
    """An audit timestamp (ISO, UTC) as local wall time, to the second."""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return at


def _fields(entity: str, mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> list[ConflictField]:
    titles = TITLES.get(entity, {})
    out = []
    for key in dict.fromkeys([*theirs, *mine]):
        title = titles.get(key)
        out.append(
            ConflictField(
                key=key,
                title=translate("Columns", title) if title else key,
                mine=shown(key, mine.get(key)),
                theirs=shown(key, theirs.get(key)),
                differs=mine.get(key) != theirs.get(key),
            )
        )
    # The fields that differ first: they are what the user has to decide about.
    out.sort(key=lambda f: not f.differs)
    return out


def newest_change(session: Session, entity: str, entity_id: object) -> AuditEntry | None:
    from sqlalchemy import select

    with session.no_autoflush:
        return session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        ).first()


def conflict(
    session: Session,
    *,
    entity: str,
    entity_id: object,
    subject: str,
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    current_version: int | None,
) -> Conflict:
    """The Conflict for ``subject`` (e.g. 报名 12（张三）): both values per field, who and when."""
    last = newest_change(session, entity, entity_id)
    by, at = (last.actor, local_time(last.at)) if last is not None else ("", "")
    if last is not None:
        message = translate(
            "Conflict",
            "{subject}在您打开之后已由 {user} 于 {at} 修改并保存；您的修改没有保存，"
            "请按数据库中现在的内容重新编辑后再保存。",
        ).format(subject=subject, user=by, at=at)
    else:
        message = translate(
            "Conflict",
            "{subject}在您打开之后已被别人修改并保存；您的修改没有保存，请按数据库中现在的内容重新编辑后再保存。",
        ).format(subject=subject)
    # ``mine`` is empty only when the user's values could not be read back after a failed UPDATE.
    return Conflict(
        message,
        entity=entity,
        entity_id=entity_id,
        fields=_fields(entity, mine, theirs) if mine else (),
        changed_by=by,
        changed_at=at,
        current_version=current_version,
    )


@contextmanager
def guarded_edit(
    session: Session,
    row: Any,
    expected_version: int | None,
    *,
    entity: str,
    subject: str | Callable[[], str],
    snapshot: Snapshot,
) -> Iterator[None]:
    """Apply an edit of ``row`` inside this block; on leaving it the row is flushed.

    ``expected_version`` is the version the editor read (None: the caller does not check, e.g. a
    command that reads and writes in one transaction). ``snapshot(row)`` gives the row's editable
    values by field key (comparable values; ``shown`` turns them into text). Raises Conflict when
    the row was saved by somebody else since the editor read it and the user's values differ from
    the saved ones; the caller's transaction must then roll back (``db.write()`` does)."""
    model, row_id = type(row), row.id
    version_now = row.version
    theirs = dict(snapshot(row))

    def name() -> str:
        return subject() if callable(subject) else subject

    mine: dict[str, Any] | None = None
    try:
        yield
        mine = dict(snapshot(row))
        if mine != theirs:
            # Write the row itself even when only child rows changed, so its version moves on.
            row.updated_at = utcnow()
        if expected_version is not None and expected_version != version_now:
            if mine == theirs:
                return  # the user saves exactly what is saved now: nothing to lose, nothing to write
            raise conflict(
                session,
                entity=entity,
                entity_id=row_id,
                subject=name(),
                mine=mine,
                theirs=theirs,
                current_version=version_now,
            )
        session.flush()
    except StaleDataError:
        # Somebody committed between our read and our UPDATE (two PCs on PostgreSQL). This session's
        # transaction is finished; read what is saved now through a fresh one.
        if mine is None:  # the block itself flushed; the user's values are still on the row
            try:
                mine = dict(snapshot(row))
            except SQLAlchemyError:
                mine = {}
        raise _conflict_after_race(session, model, row_id, entity, name(), mine, snapshot) from None


def _conflict_after_race(
    session: Session, model: Any, row_id: object, entity: str, subject: str, mine: Mapping[str, Any], snapshot: Snapshot
) -> Conflict:
    with read_session(session.get_bind()) as fresh:  # type: ignore[arg-type]
        current = fresh.get(model, row_id)
        theirs = dict(snapshot(current)) if current is not None else {}
        version = current.version if current is not None else None
        return conflict(
            fresh, entity=entity, entity_id=row_id, subject=subject, mine=mine, theirs=theirs, current_version=version
        )


def detail_lines(err: Conflict) -> list[str]:
    """The differing fields, one line each (the CLI prints them under the sentence)."""
    return [
        translate("Conflict", "  {field}：您要保存“{mine}”，数据库中现在是“{theirs}”").format(
            field=f.title, mine=f.mine, theirs=f.theirs
        )
        for f in err.differing
    ]
