"""Named operations of the 通讯录 tab's contact list and the contact dialog: one function per user
action. Each opens the one Session, calls the service with the signed-in actor and the contest passed
explicitly, and announces ``Change.CONTACTS`` after a commit. Files are written off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from haihe_desk.db.database import Database
from haihe_desk.i18n import translate
from haihe_desk.services import contacts, organisations
from haihe_desk.services.contacts import ContactInput, ContactRecord, ContactsImporter
from haihe_desk.services.context import current_actor
from haihe_desk.ui.changes import Change
from haihe_desk.ui.dialogs.import_dialog import ImportDialog
from haihe_desk.ui.operations.base import current_contest as current_contest  # the views call it here
from haihe_desk.ui.operations.base import read, write
from haihe_desk.ui.operations.imports import open_import
from haihe_desk.ui.ops import Op, run_op

CHANGES = (Change.CONTACTS,)


# --------------------------------------------------------------------------- look-ups


def trade_choices(db: Database, contest_id: int | None) -> list[str]:
    return read(db, lambda s: contacts.trade_choices(s, contest_id))


def contact_record(db: Database, contact_id: int) -> ContactRecord | None:
    """One contact as plain data (the context menu's numbers and address)."""
    return read(db, lambda s: contacts.record(s, contact_id, current_actor()))


def dialog_choices(db: Database, contest_id: int | None) -> tuple[list[tuple[int, str]], list[str]]:
    """What the contact dialog offers: the units in use and the trade names."""
    return read(db, lambda s: (organisations.choices(s), contacts.trade_choices(s, contest_id)))


def load_contact(db: Database, contact_id: int) -> tuple[ContactInput, int]:
    """The contact as editable input and the version the editor read."""
    return read(db, lambda s: contacts.input_for(s, contact_id))


# --------------------------------------------------------------------------- changes


def save_contact(db: Database, contact_id: int | None, data: ContactInput, version: int | None = None) -> int:
    """新建联系人 (``contact_id`` None) or 保存 an edited one; returns its id. A version that is no
    longer the saved one raises Conflict."""

    def fn(s: Any, actor: Any) -> int:
        if contact_id is None:
            return contacts.create(s, actor, data).id
        return contacts.update(s, actor, contact_id, data, version=version).id

    return write(db, CHANGES, fn)


def delete_contacts(db: Database, ids: Sequence[int]) -> int:
    """删除 the selected contacts (one transaction); returns how many."""
    return write(db, CHANGES, lambda s, actor: contacts.delete(s, actor, list(ids)))


# --------------------------------------------------------------------------- files


def _read_job(
    parent: QWidget, db: Database, title: str, fn: Callable[[Any, Any], Any], on_done: Callable[[Any], None] | None
) -> Op:
    """Read-only work off the GUI thread (an export): one read Session, nothing to announce."""
    actor = current_actor()

    def work(_progress: Any) -> Any:
        with db.read() as s:
            return fn(s, actor)

    return run_op(parent, title, work, on_done)


def export_contacts(
    parent: QWidget, db: Database, path: str, filters: dict[str, Any], on_done: Callable[[int], None] | None = None
) -> Op:
    """导出联系人（xlsx）: the listed contacts, in a sheet the import reads back."""
    return _read_job(
        parent,
        db,
        translate("ContactOps", "正在导出联系人…"),
        lambda s, actor: contacts.export_file(s, path, filters, actor),
        on_done,
    )


def write_contact_template(parent: QWidget, path: str, on_done: Callable[[Any], None] | None = None) -> Op:
    """下载联系人导入模板."""
    return run_op(
        parent, translate("ContactOps", "正在写出模板…"), lambda _p: contacts.write_template_file(path), on_done
    )


def export_vcard(
    parent: QWidget,
    db: Database,
    path: str,
    filters: dict[str, Any],
    category: str,
    on_done: Callable[[int], None] | None = None,
) -> Op:
    """导出到手机（vCard）: the listed contacts as vCard 3.0."""

    def fn(s: Any, actor: Any) -> int:
        from haihe_desk.io.vcard import write_vcf

        return write_vcf(path, contacts.records(s, filters, actor), category=category)

    return _read_job(parent, db, translate("ContactOps", "正在导出 vCard…"), fn, on_done)


def print_contact_sheet(
    parent: QWidget, db: Database, path: str, filters: dict[str, Any], on_done: Callable[[Any], None] | None = None
) -> Op:
    """打印通讯录…: the listed contacts as a PDF headed with the contest's name."""

    def fn(s: Any, actor: Any) -> Any:
        from haihe_desk.io.contact_sheet import write_contact_sheet

        recs = contacts.records(s, filters, actor)
        return write_contact_sheet(path, recs, heading=contacts.sheet_heading(s, filters.get("contest_id")))

    return _read_job(parent, db, translate("ContactOps", "正在生成通讯录 PDF…"), fn, on_done)


def open_contacts_import(parent: QWidget, db: Database, contest_id: int | None) -> ImportDialog:
    """导入联系人（xlsx）: the one import dialog (preview, report, then backup and import in the
    background) for the contact list of ``contest_id``."""
    return open_import(parent, db, lambda **_options: ContactsImporter(contest_id))
