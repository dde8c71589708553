"""Unit dialogs: add/edit a unit (forms/org_dialog.ui) and pick a target unit for move or merge
(forms/org_pick_dialog.ui). Both are FormDialogs; their data comes from and goes to
``ui/operations/units``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from haihe_desk.db.database import Database
from haihe_desk.domain import labels
from haihe_desk.errors import Conflict, UserError
from haihe_desk.ui.dialogs import conflict_dialog
from haihe_desk.ui.dialogs.base import FormDialog
from haihe_desk.ui.dialogs.contact_dialog import contains_completer
from haihe_desk.ui.operations import units as ops


class OrgDialog(FormDialog):
    """新建单位 (``org_id`` None, optionally under ``parent_id``) or 编辑单位. A union code that does
    not start with the parent's code is shown as a warning while typing; it never blocks saving."""

    FORM = "org_dialog"

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, org_id: int | None = None, parent_id: int | None = None
    ):
        super().__init__(parent)
        self.db = db
        self.org_id = org_id
        self.version: int | None = None
        self.saved_id: int | None = None
        self.warning: str | None = None  # the parent-prefix warning of the saved unit
        w = self.w
        self.name_edit: QLineEdit = w(QLineEdit, "nameEdit")
        self.short_edit: QLineEdit = w(QLineEdit, "shortNameEdit")
        self.kind_combo: QComboBox = w(QComboBox, "kindCombo")
        self.code_edit: QLineEdit = w(QLineEdit, "codeEdit")
        self.parent_combo: QComboBox = w(QComboBox, "parentCombo")
        self.address_edit: QLineEdit = w(QLineEdit, "addressEdit")
        self.contact_edit: QLineEdit = w(QLineEdit, "contactEdit")
        self.phone_edit: QLineEdit = w(QLineEdit, "phoneEdit")
        self.notes_edit: QPlainTextEdit = w(QPlainTextEdit, "notesEdit")
        self.code_warning_label: QLabel = w(QLabel, "codeWarningLabel")
        self.error_label: QLabel = w(QLabel, "errorLabel")
        for code in labels.ORG_KINDS:
            self.kind_combo.addItem(labels.label(labels.ORG_KINDS, code), code)
        self.parent_combo.addItem(self.tr("（无上级）"), None)
        for oid, text in ops.unit_choices(db, exclude_below=org_id):
            self.parent_combo.addItem(text, oid)
        if org_id is not None:
            parent_id = self._show(ops.load_unit(db, org_id))
        self.original_parent = parent_id
        self.parent_combo.setCurrentIndex(max(self.parent_combo.findData(parent_id), 0))
        contains_completer(self.parent_combo)
        if org_id is None:
            self.setWindowTitle(self.tr("新建单位"))
            self.kind_combo.setCurrentIndex(self.kind_combo.findData("grassroots" if parent_id else "district_union"))
        else:
            self.setWindowTitle(self.tr("编辑单位"))
        self.code_edit.textChanged.connect(lambda _t: self.check_code())
        self.parent_combo.currentIndexChanged.connect(lambda _i: self.check_code())
        self.check_code()

    def _show(self, form: ops.UnitForm) -> int | None:
        self.version = form.version
        v = form.values
        self.name_edit.setText(v["name"])
        self.short_edit.setText(v["short_name"])
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(v["kind"]), 0))
        self.code_edit.setText(v["union_code"])
        self.address_edit.setText(v["address"])
        self.contact_edit.setText(v["contact_person"])
        self.phone_edit.setText(v["phone"])
        self.notes_edit.setPlainText(v["notes"])
        return form.parent_id

    def reload(self) -> None:
        """Show what is saved now (after a conflict: 放弃我的修改，重新载入)."""
        if self.org_id is not None:
            self.original_parent = self._show(ops.load_unit(self.db, self.org_id))
            self.parent_combo.setCurrentIndex(max(self.parent_combo.findData(self.original_parent), 0))

    def parent_id(self) -> int | None:
        idx = self.parent_combo.findText(self.parent_combo.currentText())
        return self.parent_combo.itemData(idx) if idx > 0 else None

    def check_code(self) -> str | None:
        """Show the parent-prefix warning for the code and parent as they stand (or nothing)."""
        warning = ops.code_warning(self.db, self.code_edit.text(), self.parent_id())
        self.code_warning_label.setText(warning or "")
        self.code_warning_label.setVisible(bool(warning))
        return warning

    def values(self) -> dict[str, object]:
        return {
            "name": self.name_edit.text(),
            "short_name": self.short_edit.text(),
            "kind": self.kind_combo.currentData(),
            "union_code": self.code_edit.text(),
            "address": self.address_edit.text(),
            "contact_person": self.contact_edit.text(),
            "phone": self.phone_edit.text(),
            "notes": self.notes_edit.toPlainText(),
        }

    def save(self) -> bool:
        try:
            saved = ops.save_unit(self.db, self.org_id, self.parent_id(), self.values(), self.version)
        except Conflict as err:
            self.error_label.setText(conflict_dialog.resolve(self, err, self))
            return False
        except UserError as err:
            self.error_label.setText(err.message)
            return False
        self.saved_id, self.warning = saved.id, saved.warning
        return True


@dataclass(frozen=True)
class Pick:
    """What the pick dialog returns: the chosen unit (None: to the top) and the reason typed."""

    org_id: int | None
    reason: str


class OrgPickDialog(FormDialog):
    """Choose a unit from a filterable list (移动到… and 合并到…). ``pick`` shows it modally and
    returns a ``Pick``, or None when the user cancelled (then nothing happens)."""

    FORM = "org_pick_dialog"

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        title: str,
        prompt: str,
        exclude_below: int | None = None,
        allow_top: bool = False,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.w(QLabel, "promptLabel").setText(prompt)
        self.list: QListWidget = self.w(QListWidget, "orgList")
        self.filter_edit: QLineEdit = self.w(QLineEdit, "filterEdit")
        self.top_check: QCheckBox = self.w(QCheckBox, "topCheck")
        self.reason_edit: QLineEdit = self.w(QLineEdit, "reasonEdit")
        self.allow_top = allow_top
        self.top_check.setVisible(allow_top)
        self.top_check.toggled.connect(self.list.setDisabled)
        for oid, text in ops.unit_choices(db, exclude_below=exclude_below):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, oid)
            self.list.addItem(item)
        self.filter_edit.textChanged.connect(self._filter)
        self.list.itemDoubleClicked.connect(lambda _i: self._on_ok())

    def _filter(self, text: str) -> None:
        t = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(t) and t not in item.text().lower())

    def chosen(self) -> int | None:
        """The chosen unit id; None when "move to the top" is ticked or nothing is chosen."""
        if self.allow_top and self.top_check.isChecked():
            return None
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def save(self) -> bool:
        """OK closes only with a choice: a unit, or (when allowed) the top."""
        return self.chosen() is not None or (self.allow_top and self.top_check.isChecked())

    def pick(self) -> Pick | None:
        """Show modally; the choice, or None when cancelled."""
        if not self.exec():
            return None
        return Pick(self.chosen(), self.reason())
