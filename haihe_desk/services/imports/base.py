"""The one shape of an import: fields → plan (row issues, nothing written) → apply (one transaction).

An import is a small ``Importer`` subclass. It says which columns a sheet may carry (``fields``, with
header synonyms, through ``io.sheet.FieldSpec``), checks every row against the file and the database
without writing (``plan``), and writes a checked plan (``apply``). Everything around it — permission,
automatic backup, reading the sheet, the report, the transaction, the audit entry, the result — is the
runner's (``services/imports/runner.py``), the same for every import in the CLI and the GUI.
"""

from __future__ import annotations

import abc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy.orm import Session

from haihe_desk.i18n import translate
from haihe_desk.io.sheet import FieldSpec, ImportIssue, ImportResult, SheetData
from haihe_desk.services.context import Actor

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportOption:
    """A choice the user makes before checking a file (a check box or a text field in the import
    dialog, a flag in the CLI). ``name`` is the dialog widget's objectName."""

    key: str
    label: str
    kind: str = "bool"  # "bool" | "text"
    name: str = ""
    placeholder: str = ""


@dataclass
class ImportPlan:
    """What an import would do; ``plan`` fills it without writing anything."""

    data: SheetData
    issues: list[ImportIssue] = field(default_factory=list)
    error_rows: set[int] = field(default_factory=set)
    new: int = 0  # rows (without errors) that add something
    updated: int = 0  # rows that change something that exists
    unchanged: int = 0  # rows already in the database as they are
    changes: list[str] = field(default_factory=list)  # readable lines for the preview and the CLI
    notes: list[str] = field(default_factory=list)  # one-line remarks ("按学生组导入")
    preview: list[tuple[Any, ...]] = field(default_factory=list)  # rows for the preview table
    payload: Any = None  # the importer's own planned rows, for apply

    @property
    def rows(self) -> int:
        return len(self.data.rows)

    @property
    def ok_rows(self) -> int:
        return len(self.data.rows) - len(self.error_rows)

    def issue(self, row: int, column: str, value: object, message: str) -> None:
        self.issues.append(ImportIssue(row, column, value, message))
        self.error_rows.add(row)

    def result(self, written: int = 0) -> ImportResult:
        return ImportResult(
            ok_rows=self.ok_rows,
            error_rows=len(self.error_rows),
            issues=list(self.issues),
            written=written,
            unchanged=self.unchanged,
            changes=list(self.changes),
            used=dict(self.data.used),
            ignored=list(self.data.ignored),
        )


class Importer(abc.ABC):
    """One kind of import. Construct it with the options it needs (the contest, flags)."""

    #: audit action prefix: the runner records f"{kind}.import"
    kind: ClassVar[str] = ""
    #: domain.roles permission the actor needs
    permission: ClassVar[str] = ""
    #: True when rows depend on each other (parents, codes): only the whole file is imported
    all_or_nothing: ClassVar[bool] = False
    #: the data areas an import touches (names of ui.changes.Change members)
    changes: ClassVar[tuple[str, ...]] = ()

    @abc.abstractmethod
    def title(self) -> str:
        """What the file is, translated ("报名表", "工种列表")."""

    @abc.abstractmethod
    def fields(self, session: Session) -> Sequence[FieldSpec]:
        """The columns a sheet may carry, with their accepted header names."""

    @abc.abstractmethod
    def plan(self, session: Session, data: SheetData, progress: Progress | None) -> ImportPlan:
        """Check every row; write nothing."""

    @abc.abstractmethod
    def apply(
        self, session: Session, actor: Actor, plan: ImportPlan, *, accept_valid: bool, progress: Progress | None
    ) -> ImportResult:
        """Write a checked plan in the caller's transaction (only rows without errors)."""

    # ---- optional parts
    @classmethod
    def options(cls) -> list[ImportOption]:
        """The choices this import offers (the dialog shows them; the CLI has flags for them)."""
        return []

    def preview_headers(self) -> list[str]:
        """Column titles of ``plan.preview`` rows (the first is always the sheet row)."""
        return [translate("Imports", "行号"), translate("Imports", "内容"), translate("Imports", "处理")]

    def audit_details(self, plan: ImportPlan, result: ImportResult) -> dict[str, Any]:
        """Extra fields for the runner's audit entry."""
        return {}

    def report_path(self, path: Path) -> Path:
        """Where the check report goes when the caller names none: beside the file."""
        return path.with_name(path.stem + translate("Imports", "-检查报告") + ".xlsx")
