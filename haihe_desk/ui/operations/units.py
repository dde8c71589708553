"""Named operations of the unit tree (单位与工会代码) and the unit dialogs: one function per user
action. Every change to a unit announces the same ``UNIT_CHANGES`` — whether it came from the tab,
the dialog or a menu — because a unit's name, place and merges show in the contact list, the
registrations, the trades' host units and the filings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from haihe_desk.db.database import Database
from haihe_desk.domain.orgs import normalize_union_code
from haihe_desk.errors import UserError
from haihe_desk.i18n import translate
from haihe_desk.services import organisations
from haihe_desk.services.organisations import MergeResult, OrganisationsImporter, OrgNode, OrgSummary
from haihe_desk.ui.changes import Change
from haihe_desk.ui.dialogs.import_dialog import ImportDialog
from haihe_desk.ui.operations.base import read, write
from haihe_desk.ui.operations.imports import open_import
from haihe_desk.ui.ops import Op, run_op

UNIT_CHANGES = (Change.ORGANISATIONS, Change.CONTACTS, Change.REGISTRATIONS, Change.TRADES, Change.FILINGS)


@dataclass(frozen=True)
class UnitForm:
    """What the unit dialog shows for an existing unit."""

    values: dict[str, Any]
    parent_id: int | None
    version: int


@dataclass(frozen=True)
class Saved:
    """A unit written by the dialog or a move: its id and the parent-prefix warning, if any."""

    id: int
    warning: str | None = None


# --------------------------------------------------------------------------- look-ups


def unit_tree(db: Database, include_retired: bool) -> list[OrgNode]:
    return read(db, lambda s: organisations.tree(s, include_retired=include_retired))


def unit_summary(db: Database, org_id: int) -> OrgSummary | None:
    """The info line of a unit; None when it no longer exists."""

    def fn(s: Any) -> OrgSummary | None:
        try:
            return organisations.summary(s, org_id)
        except UserError:
            return None

    return read(db, fn)


def unit_choices(db: Database, exclude_below: int | None = None) -> list[tuple[int, str]]:
    """Units in use for a picker; with ``exclude_below`` without that unit and its subtree (a unit
    cannot move under itself)."""

    def fn(s: Any) -> list[tuple[int, str]]:
        below = set(organisations.subtree_ids(s, exclude_below)) if exclude_below is not None else set()
        return [(i, t) for i, t in organisations.choices(s) if i not in below]

    return read(db, fn)


def unit_name(db: Database, org_id: int) -> str:
    return read(db, lambda s: organisations.get(s, org_id).name)


def load_unit(db: Database, org_id: int) -> UnitForm:
    def fn(s: Any) -> UnitForm:
        org = organisations.get(s, org_id)
        values = {k: (getattr(org, k) or "") for k in organisations.EDITABLE}
        return UnitForm(values, org.parent_id, org.version)

    return read(db, fn)


def code_warning(db: Database, code: str, parent_id: int | None) -> str | None:
    """The parent-prefix warning for a code being typed (never blocks saving)."""
    code = normalize_union_code(code)
    return read(db, lambda s: organisations.parent_warning(s, code, parent_id))


def strict_codes(db: Database) -> bool:
    return read(db, organisations.strict_codes)


# --------------------------------------------------------------------------- changes


def save_unit(
    db: Database, org_id: int | None, parent_id: int | None, values: dict[str, Any], version: int | None = None
) -> Saved:
    """新建单位 (``org_id`` None) or 保存 an edited unit, including its place in the tree."""

    def fn(s: Any, actor: Any) -> Saved:
        if org_id is None:
            org = organisations.create(s, actor, parent_id=parent_id, **values)
        else:
            org = organisations.update(s, actor, org_id, version=version, parent_id=parent_id, **values)
        return Saved(org.id, organisations.parent_warning(s, org.union_code, org.parent_id))

    return write(db, UNIT_CHANGES, fn)


def move_unit(db: Database, org_id: int, new_parent_id: int | None, reason: str = "") -> Saved:
    """移动到…: the unit with everything under it; None puts it at the top."""

    def fn(s: Any, actor: Any) -> Saved:
        org = organisations.move(s, actor, org_id, new_parent_id, reason=reason)
        return Saved(org.id, organisations.parent_warning(s, org.union_code, org.parent_id))

    return write(db, UNIT_CHANGES, fn)


def merge_units(db: Database, duplicate_id: int, survivor_id: int, reason: str = "") -> MergeResult:
    """合并到…: the duplicate's registrations, contacts and children move to the survivor."""
    return write(
        db,
        UNIT_CHANGES + (Change.USERS,),
        lambda s, actor: organisations.merge(s, actor, duplicate_id, survivor_id, reason=reason),
    )


def retire_unit(db: Database, org_id: int) -> None:
    write(db, UNIT_CHANGES, lambda s, actor: organisations.retire(s, actor, org_id))


def restore_unit(db: Database, org_id: int) -> None:
    write(db, UNIT_CHANGES, lambda s, actor: organisations.restore(s, actor, org_id))


def delete_unit(db: Database, org_id: int) -> None:
    write(db, UNIT_CHANGES, lambda s, actor: organisations.delete(s, actor, org_id))


def set_strict_codes(db: Database, on: bool) -> bool:
    """严格检查工会代码格式 on or off (a database-wide setting, audited)."""
    return write(db, (Change.ORGANISATIONS,), lambda s, actor: organisations.set_strict_codes(s, actor, on))


# --------------------------------------------------------------------------- files


def open_units_import(parent: QWidget, db: Database) -> ImportDialog:
    """导入工会代码表（xlsx）: the one import dialog (preview, report, then backup and import in the
    background); the list is imported whole or not at all."""
    return open_import(parent, db, lambda **_options: OrganisationsImporter())


def export_units(
    parent: QWidget, db: Database, path: str, include_retired: bool, on_done: Callable[[int], None] | None = None
) -> Op:
    """导出工会代码表（xlsx）: a sheet the import reads back."""

    def work(_progress: Any) -> int:
        with db.read() as s:
            return organisations.export_file(s, path, include_retired=include_retired)

    return run_op(parent, translate("UnitOps", "正在导出工会代码表…"), work, on_done)


def write_unit_template(parent: QWidget, path: str, on_done: Callable[[Any], None] | None = None) -> Op:
    """下载工会代码表导入模板."""
    return run_op(
        parent, translate("UnitOps", "正在写出模板…"), lambda _p: organisations.write_template_file(path), on_done
    )
