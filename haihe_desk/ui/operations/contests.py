"""The 赛事 tab's user actions and its dialogs' (contest, copy, trade, filings): one function each.

Every function opens one Session (``read`` / ``write`` / ``background``), passes the contest
explicitly to the services, returns plain data (never a live ORM row) and, after a write,
announces the ``Change`` members it touched. The current contest is read here, at the edge
(``contest_choices``), never inside a service. Views catch ``UserError``/``Conflict`` and show them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from haihe_desk.db.database import Database
from haihe_desk.domain import contest_rules as rules
from haihe_desk.errors import RejectedData
from haihe_desk.i18n import translate
from haihe_desk.services import contests, filings, settings, trades
from haihe_desk.ui.changes import Change
from haihe_desk.ui.dialogs.import_dialog import ImportDialog
from haihe_desk.ui.operations.base import read, write
from haihe_desk.ui.operations.imports import open_import

# --------------------------------------------------------------------------- contests


@dataclass(frozen=True)
class ContestChoice:
    id: int
    year: int
    name: str  # short name, else the full name
    archived: bool


def contest_choices(db: Database) -> tuple[list[ContestChoice], int | None]:
    """Every contest (newest first) and the office's current contest."""

    def fn(s: Any) -> tuple[list[ContestChoice], int | None]:
        items = [
            ContestChoice(c.id, c.year, c.short_name or c.name, c.status == "archived")
            for c in contests.list_contests(s)
        ]
        return items, settings.current_contest_id(s)

    return read(db, fn)


@dataclass(frozen=True)
class ContestSummary:
    id: int
    name: str
    short_name: str
    doc_number: str
    organiser: str
    office_name: str
    registration_deadline: date | None
    committee: str  # "主任：…；副主任：…"
    archived: bool


def contest_summary(db: Database, contest_id: int) -> ContestSummary | None:
    def fn(s: Any) -> ContestSummary | None:
        try:
            c = contests.get_contest(s, contest_id)
        except RejectedData:
            return None
        return ContestSummary(
            c.id,
            c.name,
            c.short_name,
            c.doc_number,
            c.organiser,
            c.office_name,
            c.registration_deadline,
            contests.committee_text(c),
            c.status == "archived",
        )

    return read(db, fn)


def contest_for_edit(db: Database, contest_id: int) -> tuple[contests.ContestSpec, int]:
    """The contest's settings and committee as the editor shows them, and the version read."""

    def fn(s: Any) -> tuple[contests.ContestSpec, int]:
        c = contests.get_contest(s, contest_id)
        return contests.ContestSpec.of(c), c.version

    return read(db, fn)


def create_contest(db: Database, spec: contests.ContestSpec) -> int:
    """新建赛事: create it; it becomes the current contest when there was none."""

    def fn(s: Any, actor: Any) -> int:
        c = contests.create_contest(s, actor, spec)
        if not settings.get(s, "current_contest_id"):
            settings.put(s, "current_contest_id", str(c.id))
        return c.id

    return write(db, (Change.CONTESTS,), fn)


def update_contest(db: Database, contest_id: int, spec: contests.ContestSpec, version: int | None) -> int:
    """编辑赛事 (settings and committee), guarded by the version the editor read."""
    return write(
        db,
        (Change.CONTESTS,),
        lambda s, actor: contests.update_contest(s, actor, contest_id, spec, expected_version=version).id,
    )


@dataclass(frozen=True)
class CopySource:
    id: int
    year: int
    name: str
    short_name: str
    trades: int


def copy_source(db: Database, contest_id: int) -> CopySource:
    def fn(s: Any) -> CopySource:
        c = contests.get_contest(s, contest_id)
        return CopySource(c.id, c.year, c.name, c.short_name, len(c.trades))

    return read(db, fn)


def copy_contest(db: Database, source_id: int, *, year: int, name: str, short_name: str, make_current: bool) -> int:
    """复制赛事: a new contest from ``source_id`` (trades, rules, host units, sessions; no people)."""

    def fn(s: Any, actor: Any) -> int:
        c = contests.copy_contest(s, actor, source_id, year=year, name=name, short_name=short_name)
        if make_current:
            settings.put(s, "current_contest_id", str(c.id))
        return c.id

    return write(db, (Change.CONTESTS, Change.TRADES), fn)


def set_archived(db: Database, contest_id: int, archived: bool) -> None:
    """归档 / 取消归档."""
    write(db, (Change.CONTESTS,), lambda s, actor: contests.archive_contest(s, actor, contest_id, archived=archived))


# --------------------------------------------------------------------------- trades


@dataclass(frozen=True)
class TradeDetail:
    code: str
    name: str
    group: str
    level: str
    is_team: bool
    team_size: int
    min_age: int
    max_age: int
    required_grade: int | None
    grade_exception_allowed: bool
    deadline: date | None
    theory_weight: Any
    practical_weight: Any
    pass_line: Any
    award_rule: dict[str, Any]
    tie_break: list[str]
    sessions: int
    counts: dict[str, Any]


def trade_detail(db: Database, trade_id: int) -> TradeDetail | None:
    """What the panel under the list shows for the selected trade (None once it is gone)."""

    def fn(s: Any) -> TradeDetail | None:
        try:
            t = trades.get_trade(s, trade_id)
        except RejectedData:
            return None
        return TradeDetail(
            t.code,
            t.name,
            t.group,
            t.level,
            t.is_team,
            t.team_size,
            t.min_age,
            t.max_age,
            t.required_grade,
            t.grade_exception_allowed,
            trades.effective_deadline(t),
            t.theory_weight,
            t.practical_weight,
            t.pass_line,
            dict(t.award_rule or {}),
            list(t.tie_break or []),
            len(t.sessions),
            trades.counts(s, [t.id]).get(t.id, {}),
        )

    return read(db, fn)


@dataclass
class TradeForm:
    """What the trade editor loads: settings, sessions, what hangs off the trade, choices."""

    values: dict[str, Any]
    sessions: list[trades.SessionSpec]
    state: rules.TradeState
    version: int | None
    contest_deadline: date | None
    hosts: list[tuple[int, str]] = field(default_factory=list)


def trade_form(db: Database, contest_id: int, trade_id: int | None) -> TradeForm:
    def fn(s: Any) -> TradeForm:
        contest = contests.get_contest(s, contest_id)
        hosts = trades.host_unit_choices(s)
        if trade_id is None:
            return TradeForm(trades.defaults(), [], rules.TradeState(), None, contest.registration_deadline, hosts)
        t = trades.get_trade(s, trade_id)
        return TradeForm(
            trades.values_of(t),
            trades.session_specs(t),
            trades.trade_state(s, t.id),
            t.version,
            contest.registration_deadline,
            hosts,
        )

    return read(db, fn)


def check_trade(db: Database, contest_id: int, values: dict[str, Any], trade_id: int | None) -> dict[str, str]:
    """Every problem with the form's values, by field (nothing written)."""
    return read(db, lambda s: trades.check_trade(s, contest_id, values, trade_id))


def trade_guard(db: Database, trade_id: int, values: dict[str, Any]) -> rules.EditGuard:
    """What the edit guard says about saving ``values`` (refused fields, fields needing a reason)."""
    return read(db, lambda s: trades.preview_update(s, trades.get_trade(s, trade_id), values).guard)


def add_trade(db: Database, contest_id: int, values: dict[str, Any], sessions: list[trades.SessionSpec]) -> int:
    """新增工种."""
    return write(
        db,
        (Change.TRADES, Change.CONTESTS),
        lambda s, actor: trades.create_trade(s, actor, contest_id, values, sessions).id,
    )


def edit_trade(
    db: Database,
    trade_id: int,
    values: dict[str, Any],
    sessions: list[trades.SessionSpec],
    *,
    reason: str,
    version: int | None,
) -> trades.UpdateCheck:
    """编辑工种: guarded by the version read; changes that need a reason need ``reason``."""
    return write(
        db,
        (Change.TRADES, Change.CONTESTS),
        lambda s, actor: trades.update_trade(
            s, actor, trade_id, values, sessions=sessions, reason=reason, expected_version=version
        ),
    )


def trade_label(db: Database, trade_id: int) -> str:
    """ "W-CNC 数控车工" for a confirmation question."""

    def fn(s: Any) -> str:
        t = trades.get_trade(s, trade_id)
        return f"{t.code} {t.name}"

    return read(db, fn)


def delete_trade(db: Database, trade_id: int) -> None:
    """删除工种 (refused once registrations, scores or judges hang off it)."""
    write(db, (Change.TRADES, Change.CONTESTS), lambda s, actor: trades.delete_trade(s, actor, trade_id))


def add_host_unit(db: Database, name: str) -> int:
    """新建承办单位 from the trade editor (the existing one of that name when there is one)."""
    name = name.strip()
    if not name:
        raise RejectedData(translate("Trades", "请填写承办单位的全称。"))
    return write(db, (Change.ORGANISATIONS, Change.TRADES), lambda s, actor: trades.ensure_host_unit(s, actor, name).id)


def host_unit_choices(db: Database) -> list[tuple[int, str]]:
    return read(db, trades.host_unit_choices)


def save_trades_template(path: str | Path) -> Path:
    """下载模板: the trade-list template (no database)."""
    trades.write_template(Path(path))
    return Path(path)


def import_trades(parent: QWidget, db: Database, contest_id: int, path: str | Path) -> ImportDialog:
    """导入工种: the one import dialog for the contest's trade list (checked at once; 导入 runs the
    runner: backup, one transaction, audit; all or nothing)."""
    return open_import(parent, db, lambda **_options: trades.TradesImporter(contest_id), path)


# --------------------------------------------------------------------------- filings


@dataclass(frozen=True)
class FilingsOverview:
    counts: dict[str, int]
    units: list[filings.UnitStatus]


def filings_overview(db: Database, contest_id: int) -> FilingsOverview:
    """The register's summary line and the per-unit table."""
    return read(db, lambda s: FilingsOverview(filings.summary(s, contest_id), filings.unit_overview(s, contest_id)))


def filing_units(db: Database) -> list[tuple[int, str]]:
    return read(db, filings.unit_choices)


@dataclass(frozen=True)
class FilingForm:
    spec: filings.FilingSpec
    version: int
    file_name: str
    unit_name: str


def filing_form(db: Database, filing_id: int) -> FilingForm:
    def fn(s: Any) -> FilingForm:
        f = filings.get_filing(s, filing_id)
        spec = filings.FilingSpec(**{k: getattr(f, k) for k in filings.SPEC_FIELDS})
        unit = filings.conflict_values(f)["unit"]
        return FilingForm(spec, f.version, f.file_name, str(unit))

    return read(db, fn)


def save_filing(
    db: Database,
    contest_id: int,
    filing_id: int | None,
    spec: filings.FilingSpec,
    *,
    version: int | None,
    file: Path | None = None,
) -> int:
    """登记 / 编辑 a filing, with the received file when one was chosen — one transaction."""

    def fn(s: Any, actor: Any) -> int:
        if filing_id is None:
            row = filings.add_filing(s, actor, contest_id, spec)
        else:
            row = filings.update_filing(s, actor, filing_id, spec, expected_version=version)
        if file is not None:
            filings.attach_file(s, actor, row.id, file, received_on=spec.received_on)
        return row.id

    return write(db, (Change.FILINGS,), fn)


def attach_filing_file(db: Database, filing_id: int, path: str | Path) -> None:
    """附上文件: store the received file and mark the filing received."""
    write(db, (Change.FILINGS,), lambda s, actor: filings.attach_file(s, actor, filing_id, Path(path)))


def filing_file(db: Database, filing_id: int) -> tuple[str, bytes]:
    """The stored file's name and bytes (打开附件)."""
    return read(db, lambda s: filings.file_content(s, filing_id))


def request_filings(db: Database, contest_id: int, kind: str, due: date) -> int:
    """登记应交项目: every top-level union without such a filing goes on the register."""
    return write(db, (Change.FILINGS,), lambda s, actor: filings.request_filings(s, actor, contest_id, kind, due))


def export_filings(db: Database, contest_id: int, path: str | Path) -> int:
    """导出登记表 (xlsx). Returns the number of filings written."""
    return read(db, lambda s: filings.export_xlsx(s, contest_id, Path(path)))
