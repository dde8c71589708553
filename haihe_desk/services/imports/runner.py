"""The one runner every import goes through, in the CLI and the GUI alike:

permission → automatic backup → read the sheet → plan (row issues) → report → ONE transaction
(apply + one audit entry) → result. On rejected data, an error or a cancel (the progress callback
raises) the transaction rolls back and the database is exactly as before.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from haihe_desk.errors import RejectedData, UsageError, UserError
from haihe_desk.i18n import translate
from haihe_desk.io.sheet import ImportResult, as_text, read_sheet, write_report
from haihe_desk.services import audit, backups
from haihe_desk.services.context import Actor
from haihe_desk.services.imports.base import Importer, ImportPlan, Progress

log = logging.getLogger(__name__)

#: the progress scale the runner reports on (plan: first half, apply: second half)
SCALE = 1000


@dataclass
class ImportOutcome:
    plan: ImportPlan
    result: ImportResult
    report: Path | None = None  # the check report written, if any
    backup: Path | None = None  # the automatic backup taken before writing, if any
    dry_run: bool = False


class ImportRejected(RejectedData):
    """Rows with problems and no permission to skip them: nothing was written. ``outcome`` carries
    the plan (for the preview) and where the report went."""

    def __init__(self, message: str, outcome: ImportOutcome):
        super().__init__(message)
        self.outcome = outcome


def _phase(progress: Progress | None, start: int, span: int) -> Progress | None:
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        progress(start + (span * done // total if total > 0 else 0), SCALE)

    return report


def _plan(session, importer: Importer, path: str | Path, sheet: str | None, progress: Progress | None) -> ImportPlan:  # type: ignore[no-untyped-def]
    data = read_sheet(path, importer.fields(session), sheet)
    plan = importer.plan(session, data, _phase(progress, 0, SCALE // 2))
    plan.issues.sort(key=lambda i: i.row)
    return plan


def _write_report(importer: Importer, plan: ImportPlan, report: str | Path | None) -> Path | None:
    """The report the caller asked for (errors propagate), or — when there are issues — one beside
    the file (best effort: a read-only folder must not block the import)."""
    if report is not None:
        write_report(report, plan.data, plan.issues)
        return Path(report)
    if not plan.issues:
        return None
    target = importer.report_path(plan.data.path)
    try:
        write_report(target, plan.data, plan.issues)
    except UserError as err:
        log.warning("import report not written: %s", err.message)
        return None
    return target


def rejection(importer: Importer, plan: ImportPlan, report: Path | None) -> str:
    """The one sentence for a file whose rows have problems: how many, the first one (row, column,
    value, problem), where the report is, and what to do."""
    first = plan.issues[0]
    text = translate(
        "Imports", "{what} {file} 有 {n} 行有问题，未导入任何数据。第一处：第 {row} 行“{col}”列（{value}）：{msg}。"
    ).format(
        what=importer.title(),
        file=plan.data.path.name,
        n=len(plan.error_rows),
        row=first.row,
        col=first.column,
        value=as_text(first.value) or translate("Imports", "空"),
        msg=first.message.rstrip("。"),
    )
    if report is not None:
        text += translate("Imports", "全部问题见报告 {report}。").format(report=report)
    if importer.all_or_nothing:
        text += translate("Imports", "请改正后重新导入。")
    else:
        text += translate("Imports", "请改正后重新导入，或选择只导入无误的行（命令行加 --accept-valid）。")
    return text


def preview_import(
    db,
    actor: Actor,
    importer: Importer,
    path: str | Path,
    *,
    sheet: str | None = None,  # type: ignore[no-untyped-def]
    report: str | Path | None = None,
    progress: Progress | None = None,
) -> ImportOutcome:
    """Read and check the file without writing (``--dry-run``, the GUI preview)."""
    actor.require(importer.permission)
    with db.read() as s:
        plan = _plan(s, importer, path, sheet, progress)
    if report is not None:
        write_report(report, plan.data, plan.issues)
    return ImportOutcome(plan, plan.result(0), Path(report) if report is not None else None, None, True)


def run_import(
    db,
    actor: Actor,
    importer: Importer,
    path: str | Path,
    *,
    sheet: str | None = None,  # type: ignore[no-untyped-def]
    dry_run: bool = False,
    accept_valid: bool = False,
    report: str | Path | None = None,
    progress: Progress | None = None,
) -> ImportOutcome:
    """Import ``path`` with ``importer`` (see the module doc). Raises ``ImportRejected`` when rows
    have problems and ``accept_valid`` is not set; ``UserError`` for an unreadable file."""
    actor.require(importer.permission)
    if accept_valid and importer.all_or_nothing:
        raise UsageError(
            translate("Imports", "{what}只能整份导入（各行互相关联）；请去掉“只导入无误的行”后重试。").format(
                what=importer.title()
            )
        )
    if dry_run:
        return preview_import(db, actor, importer, path, sheet=sheet, report=report, progress=progress)
    backup = backups.auto_backup(db, "import")
    with db.write() as s:
        plan = _plan(s, importer, path, sheet, progress)
        report_path = _write_report(importer, plan, report)
        if plan.error_rows and not accept_valid:
            raise ImportRejected(
                rejection(importer, plan, report_path), ImportOutcome(plan, plan.result(0), report_path, backup)
            )
        result = importer.apply(
            s, actor, plan, accept_valid=accept_valid, progress=_phase(progress, SCALE // 2, SCALE // 2)
        )
        name = plan.data.path.name[:260]
        audit.record(
            s,
            actor,
            f"{importer.kind}.import",
            entity=importer.kind,
            new={
                "file": name,
                "sheet": plan.data.sheet_name,
                "rows": plan.rows,
                "written": result.written,
                "unchanged": result.unchanged,
                "error_rows": len(plan.error_rows),
                "accept_valid": accept_valid,
                **importer.audit_details(plan, result),
            },
            reason=name,
        )
        if progress is not None:
            progress(SCALE, SCALE)
    return ImportOutcome(plan, result, report_path, backup)
