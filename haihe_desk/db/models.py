"""ORM models for the whole contest, SQLAlchemy 2.0 typed.

Conventions
- Office-only rows use integer ids. Rows a venue laptop may create (check-ins, lots, blind codes,
  score entries, theory scores, packages) use a globally unique text id (uuid4 hex) so offline
  packages merge without collisions.
- Score entries and theory scores are append-only: a correction is a new row whose ``supersedes_id``
  names the row it replaces. Nothing updates or deletes them.
- Scores, weights and pass lines are exact decimals (``DecimalText``).
- Editable rows carry ``version`` for optimistic concurrency (SQLAlchemy ``version_id_col``): a
  stale update raises ``StaleDataError`` instead of silently overwriting.
- Enumerations are stored as short English codes; their Chinese labels live in
  ``haihe_desk.domain.labels``.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from haihe_desk.db.coltypes import DecimalText, UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uid() -> str:
    return uuid.uuid4().hex


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {
        Decimal: DecimalText(),
        datetime: UTCDateTime(),
        date: Date(),
        time: Time(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class Versioned:
    """Optimistic concurrency: every UPDATE checks and bumps ``version``."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- contests and trades


class Contest(Versioned, Base):
    __tablename__ = "contest"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(60), default="")
    year: Mapped[int]
    doc_number: Mapped[str] = mapped_column(String(60), default="")  # 文号, e.g. 津工通〔2020〕31号
    organiser: Mapped[str] = mapped_column(String(120), default="")
    office_name: Mapped[str] = mapped_column(String(200), default="")  # 技能大赛办公室 and where it sits
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    registration_deadline: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(16), default="active")  # draft/active/archived
    copied_from_id: Mapped[int | None] = mapped_column(ForeignKey("contest.id"))
    notes: Mapped[str] = mapped_column(Text, default="")

    trades: Mapped[list[Trade]] = relationship(back_populates="contest", cascade="all, delete-orphan")
    committee: Mapped[list[CommitteeMember]] = relationship(
        back_populates="contest", cascade="all, delete-orphan", order_by="CommitteeMember.sort"
    )


class CommitteeMember(Base):
    """组织委员会 / 评判委员会 / 监审委员会 members with their posts."""

    __tablename__ = "committee_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"), index=True)
    body: Mapped[str] = mapped_column(String(16), default="organising")  # organising/judging/supervision
    role: Mapped[str] = mapped_column(String(16))  # director/deputy/member
    name: Mapped[str] = mapped_column(String(60))
    post: Mapped[str] = mapped_column(String(200), default="")
    sort: Mapped[int] = mapped_column(default=0)

    contest: Mapped[Contest] = relationship(back_populates="committee")


class Trade(Versioned, Base):
    """工种/竞赛项目 within a contest, for one group."""

    __tablename__ = "trade"
    __table_args__ = (UniqueConstraint("contest_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(60))
    group: Mapped[str] = mapped_column(String(10))  # worker/student
    level: Mapped[str] = mapped_column(String(10), default="city1")  # city1/city2/district
    is_team: Mapped[bool] = mapped_column(Boolean, default=False)
    team_size: Mapped[int] = mapped_column(default=1)
    host_unit_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    venue: Mapped[str] = mapped_column(String(200), default="")
    venue_address: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    registration_deadline: Mapped[date | None]  # None: the contest's
    min_age: Mapped[int] = mapped_column(default=16)
    max_age: Mapped[int] = mapped_column(default=60)
    required_grade: Mapped[int | None]  # 1 (高级技师) … 5 (初级工); None: no requirement
    grade_exception_allowed: Mapped[bool] = mapped_column(Boolean, default=True)
    theory_weight: Mapped[Decimal] = mapped_column(default=Decimal("0.30"))
    practical_weight: Mapped[Decimal] = mapped_column(default=Decimal("0.70"))
    pass_line: Mapped[Decimal] = mapped_column(default=Decimal("60"))
    award_rule: Mapped[dict[str, Any]] = mapped_column(default=dict)
    tie_break: Mapped[list[Any]] = mapped_column(default=list)
    min_entries: Mapped[int] = mapped_column(default=30)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open/closed/cancelled
    notes: Mapped[str] = mapped_column(Text, default="")

    contest: Mapped[Contest] = relationship(back_populates="trades")
    host_unit: Mapped[Organisation | None] = relationship()
    sessions: Mapped[list[TradeSession]] = relationship(
        back_populates="trade", cascade="all, delete-orphan", order_by="TradeSession.starts_on"
    )


class TradeSession(Base):
    """场次: one sitting of a trade."""

    __tablename__ = "trade_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    trade_id: Mapped[int] = mapped_column(ForeignKey("trade.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(60), default="")
    kind: Mapped[str] = mapped_column(String(10), default="practical")  # theory/practical
    starts_on: Mapped[date | None]
    start_time: Mapped[time | None]
    end_time: Mapped[time | None]
    venue: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int | None]

    trade: Mapped[Trade] = relationship(back_populates="sessions")


# --------------------------------------------------------------------------- organisations, people


class Organisation(Versioned, Base):
    """A unit: district union, bureau, group-company union, grassroots union, employer, school,
    host unit, or the contest's own bodies."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    short_name: Mapped[str] = mapped_column(String(60), default="")
    kind: Mapped[str] = mapped_column(String(20))  # see domain.labels.ORG_KINDS
    union_code: Mapped[str | None] = mapped_column(String(32), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    contact_person: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    notes: Mapped[str] = mapped_column(Text, default="")

    parent: Mapped[Organisation | None] = relationship(
        remote_side="Organisation.id", foreign_keys=[parent_id], back_populates="children"
    )
    children: Mapped[list[Organisation]] = relationship(foreign_keys=[parent_id], back_populates="parent")


class Person(Versioned, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), index=True)
    id_number: Mapped[str | None] = mapped_column(String(18), unique=True)
    gender: Mapped[str] = mapped_column(String(2), default="")  # 男/女
    birth_date: Mapped[date | None]
    mobile: Mapped[str] = mapped_column(String(32), default="", index=True)
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)


# --------------------------------------------------------------------------- registrations


class Team(Base):
    __tablename__ = "team"

    id: Mapped[int] = mapped_column(primary_key=True)
    trade_id: Mapped[int] = mapped_column(ForeignKey("trade.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))


class Registration(Versioned, Base):
    """One person entered in one trade; moves through the three-stage review."""

    __tablename__ = "registration"
    __table_args__ = (
        UniqueConstraint("trade_id", "person_id"),
        Index("ix_registration_trade_status", "trade_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    trade_id: Mapped[int] = mapped_column(ForeignKey("trade.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    unit_name: Mapped[str] = mapped_column(String(200), default="")  # as written on the entry
    union_code: Mapped[str] = mapped_column(String(32), default="", index=True)
    group: Mapped[str] = mapped_column(String(10))  # worker/student
    skill_grade: Mapped[int | None]  # 1..5, see domain.labels.GRADES
    grade_exception: Mapped[bool] = mapped_column(Boolean, default=False)  # 破格
    grade_exception_reason: Mapped[str] = mapped_column(Text, default="")
    late_override_reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="submitted", index=True)
    status_reason: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(16), default="hand")  # hand/import/platform/school
    source_file: Mapped[str] = mapped_column(String(260), default="")
    source_row: Mapped[int | None]
    exam_number: Mapped[str | None] = mapped_column(String(32), unique=True)  # 准考证号
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"))
    notes: Mapped[str] = mapped_column(Text, default="")

    trade: Mapped[Trade] = relationship()
    person: Mapped[Person] = relationship()
    unit: Mapped[Organisation | None] = relationship()
    history: Mapped[list[RegistrationEvent]] = relationship(
        back_populates="registration", order_by="RegistrationEvent.id"
    )


class RegistrationEvent(Base):
    """Review history: every status transition with who, when and why."""

    __tablename__ = "registration_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registration.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str] = mapped_column(String(16), default="")
    to_status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(60), default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)

    registration: Mapped[Registration] = relationship(back_populates="history")


# --------------------------------------------------------------------------- judges


class Judge(Versioned, Base):
    __tablename__ = "judge"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    phone: Mapped[str] = mapped_column(String(32), default="")
    qualification: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    unit: Mapped[Organisation | None] = relationship()


class JudgeAssignment(Base):
    """A judge's role in one trade: chief (裁判长), encryption (加密裁判), judge, clerk (计分员)."""

    __tablename__ = "judge_assignment"
    __table_args__ = (UniqueConstraint("trade_id", "judge_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    trade_id: Mapped[int] = mapped_column(ForeignKey("trade.id", ondelete="CASCADE"), index=True)
    judge_id: Mapped[int] = mapped_column(ForeignKey("judge.id"), index=True)
    role: Mapped[str] = mapped_column(String(12), default="judge")
    judge_code: Mapped[str] = mapped_column(String(12), default="")  # shown on sheets instead of name

    judge: Mapped[Judge] = relationship()
    trade: Mapped[Trade] = relationship()


# --------------------------------------------------------------------------- competition day (venue)


class CheckIn(Base):
    """检录: identity checked at the venue; gives the first-layer number (检录号)."""

    __tablename__ = "check_in"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_uid)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registration.id"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("trade_session.id"))
    checkin_number: Mapped[str] = mapped_column(String(20), default="")
    id_verified: Mapped[bool] = mapped_column(Boolean, default=False)
    photo_verified: Mapped[bool] = mapped_column(Boolean, default=False)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(60), default="")
    device_id: Mapped[str] = mapped_column(String(40), default="")


class LotDraw(Base):
    """抽签: one reproducible draw (seed recorded) for a trade/session and round."""

    __tablename__ = "lot_draw"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_uid)
    trade_id: Mapped[int] = mapped_column(ForeignKey("trade.id"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("trade_session.id"))
    round: Mapped[int] = mapped_column(default=1)
    method: Mapped[str] = mapped_column(String(20), default="seeded-shuffle")
    seed: Mapped[str] = mapped_column(String(64))
    witnesses: Mapped[str] = mapped_column(Text, default="")
    protocol_sha256: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(60), default="")
    device_id: Mapped[str] = mapped_column(String(40), default="")

    assignments: Mapped[list[LotAssignment]] = relationship(back_populates="draw")


class LotAssignment(Base):
    __tablename__ = "lot_assignment"
    __table_args__ = (UniqueConstraint("draw_id", "station"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_uid)
    draw_id: Mapped[str] = mapped_column(ForeignKey("lot_draw.id"), index=True)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registration.id"), index=True)
    station: Mapped[str] = mapped_column(String(20))  # 工位号/赛位号

    draw: Mapped[LotDraw] = relationship(back_populates="assignments")


class BlindCode(Base):
    """加密: layer 1 maps a registration to a code, layer 2 maps that to a work/station code.
    Judges only ever see ``code``; decoding is audited and only after results are re-checked."""

    __tablename__ = "blind_code"
    __table_args__ = (UniqueConstraint("trade_id", "layer", "code"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_uid)
    trade_id: Mapped[int] = mapped_column(ForeignKey("trade.id"), index=True)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registration.id"), index=True)
    layer: Mapped[int] = mapped_column(default=1)
    code: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    decoded_at: Mapped[datetime | None]
    decoded_by: Mapped[str] = mapped_column(String(60), default="")


# --------------------------------------------------------------------------- marking


class MarkingScheme(Versioned, Base):
    __tablename__ = "marking_scheme"

    id: Mapped[int] = mapped_column(primary_key=True)
    trade_id: Mapped[int] = mapped_column(ForeignKey("trade.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10), default="practical")  # theory/practical
    name: Mapped[str] = mapped_column(String(120), default="")
    max_total: Mapped[Decimal] = mapped_column(default=Decimal("100"))
    aggregation: Mapped[str] = mapped_column(String(20), default="trimmed-mean")  # drop high/low, mean
    locked: Mapped[bool] = mapped_column(Boolean, default=False)

    criteria: Mapped[list[Criterion]] = relationship(
        back_populates="scheme", cascade="all, delete-orphan", order_by="Criterion.sort"
    )


class Criterion(Base):
    """Criterion (A–D) or sub-criterion (parent_id set)."""

    __tablename__ = "criterion"

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(ForeignKey("marking_scheme.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("criterion.id"))
    code: Mapped[str] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(200))
    max_mark: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    sort: Mapped[int] = mapped_column(default=0)

    scheme: Mapped[MarkingScheme] = relationship(back_populates="criteria")
    aspects: Mapped[list[Aspect]] = relationship(
        back_populates="criterion", cascade="all, delete-orphan", order_by="Aspect.sort"
    )


class Aspect(Base):
    """An aspect of marking: type M (measurement) or J (judgement, 0–3 per judge, scaled)."""

    __tablename__ = "aspect"

    id: Mapped[int] = mapped_column(primary_key=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(1), default="M")  # M/J
    description: Mapped[str] = mapped_column(Text, default="")
    requirement: Mapped[str] = mapped_column(Text, default="")
    max_mark: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    deduction_rule: Mapped[str] = mapped_column(String(40), default="")
    sort: Mapped[int] = mapped_column(default=0)

    criterion: Mapped[Criterion] = relationship(back_populates="aspects")


class ScoreEntry(Base):
    """One judge's mark for one blind code (and aspect). Append-only; corrections supersede."""

    __tablename__ = "score_entry"
    __table_args__ = (Index("ix_score_entry_trade_code", "trade_id", "blind_code"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_uid)
    trade_id: Mapped[int] = mapped_column(ForeignKey("trade.id"))
    blind_code: Mapped[str] = mapped_column(String(20))
    aspect_id: Mapped[int | None] = mapped_column(ForeignKey("aspect.id"))  # None: a whole-paper mark
    judge_assignment_id: Mapped[int | None] = mapped_column(ForeignKey("judge_assignment.id"))
    value: Mapped[Decimal]
    supersedes_id: Mapped[str | None] = mapped_column(ForeignKey("score_entry.id"), unique=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    confirmed_by: Mapped[str] = mapped_column(String(60), default="")  # second person (enter/confirm)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(60), default="")
    device_id: Mapped[str] = mapped_column(String(40), default="")
    package_id: Mapped[str | None] = mapped_column(ForeignKey("venue_package.id"))


class TheoryScore(Base):
    """Theory paper mark keyed by exam number (准考证号) only. Append-only like ScoreEntry."""

    __tablename__ = "theory_score"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_uid)
    trade_id: Mapped[int] = mapped_column(ForeignKey("trade.id"), index=True)
    exam_number: Mapped[str] = mapped_column(String(32), index=True)
    value: Mapped[Decimal]
    supersedes_id: Mapped[str | None] = mapped_column(ForeignKey("theory_score.id"), unique=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(60), default="")
    device_id: Mapped[str] = mapped_column(String(40), default="")
    package_id: Mapped[str | None] = mapped_column(ForeignKey("venue_package.id"))


class ScoreLock(Base):
    """A lock on a trade's scores (practical, theory, results) by the chief judge or supervisor."""

    __tablename__ = "score_lock"

    id: Mapped[int] = mapped_column(primary_key=True)
    trade_id: Mapped[int] = mapped_column(ForeignKey("trade.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # practical/theory/results
    locked: Mapped[bool] = mapped_column(Boolean, default=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(60), default="")


class Appeal(Versioned, Base):
    """申诉: written appeal to the supervision/arbitration group; its ruling is final."""

    __tablename__ = "appeal"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registration.id"), index=True)
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="open")  # open/upheld/dismissed
    ruling: Mapped[str] = mapped_column(Text, default="")
    ruled_at: Mapped[datetime | None]
    ruled_by: Mapped[str] = mapped_column(String(60), default="")


class Certificate(Base):
    __tablename__ = "certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registration.id"), index=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    award: Mapped[str] = mapped_column(String(20))  # first/second/third/excellence
    issued_on: Mapped[date | None]
    issuer: Mapped[str] = mapped_column(String(120), default="")
    template: Mapped[str] = mapped_column(String(60), default="default")
    printed_count: Mapped[int] = mapped_column(default=0)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


# --------------------------------------------------------------------------- contacts


class Contact(Versioned, Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int | None] = mapped_column(ForeignKey("contest.id"), index=True)
    name: Mapped[str] = mapped_column(String(60), index=True)
    name_pinyin: Mapped[str] = mapped_column(String(200), default="")  # "wangyamei wym" for search
    role: Mapped[str] = mapped_column(String(20), default="other")  # see domain.labels.CONTACT_ROLES
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    organisation_name: Mapped[str] = mapped_column(String(200), default="")
    trade_name: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    sort: Mapped[int] = mapped_column(default=0)

    phones: Mapped[list[ContactPhone]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ContactPhone.sort"
    )
    organisation: Mapped[Organisation | None] = relationship()


class ContactPhone(Base):
    __tablename__ = "contact_phone"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10), default="office")  # office/mobile/other
    number: Mapped[str] = mapped_column(String(32), index=True)
    sort: Mapped[int] = mapped_column(default=0)

    contact: Mapped[Contact] = relationship(back_populates="phones")


# --------------------------------------------------------------------------- grassroots filings


class Filing(Versioned, Base):
    """基层职工职业技能大赛 备案 (record) or 总结 (summary) filed by a union."""

    __tablename__ = "filing"

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # record/summary
    title: Mapped[str] = mapped_column(String(200), default="")
    trade_name: Mapped[str] = mapped_column(String(60), default="")
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    participants: Mapped[int | None]
    due_on: Mapped[date | None]
    received_on: Mapped[date | None]
    file_name: Mapped[str] = mapped_column(String(260), default="")
    file_data: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    notes: Mapped[str] = mapped_column(Text, default="")


# --------------------------------------------------------------------------- users, audit, packages


class User(Versioned, Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(60), default="")
    role: Mapped[str] = mapped_column(String(16))  # see domain.labels.ROLES
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    union_scope_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    auto_login: Mapped[bool] = mapped_column(Boolean, default=False)


class AuditEntry(Base):
    """Append-only, hash-chained. Written only by services.audit.record()."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))  # ISO 8601 UTC with microseconds, hashed as text
    actor: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(60), index=True)
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    old: Mapped[str] = mapped_column(Text, default="")  # canonical JSON
    new: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """Single row holding the chain's tip; locked FOR UPDATE so concurrent writers serialise."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(default=0)
    hash: Mapped[str] = mapped_column(String(64))


class VenuePackage(Base):
    """A signed package sent to or received from a venue laptop (.hdpkg)."""

    __tablename__ = "venue_package"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_uid)
    trade_id: Mapped[int | None] = mapped_column(ForeignKey("trade.id"))
    direction: Mapped[str] = mapped_column(String(8))  # out/in
    device_id: Mapped[str] = mapped_column(String(40), default="")
    file_name: Mapped[str] = mapped_column(String(260), default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    signature: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="created")  # created/merged/rejected
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(60), default="")


class Setting(Base):
    """Database-wide settings (not per PC): e.g. the current contest, masking policy."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
