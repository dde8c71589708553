"""Unit dialogs: add/edit a unit (forms/org_dialog.ui) and pick a target unit for move or merge
(forms/org_pick_dialog.ui)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from haihe_desk.db.database import Database
from haihe_desk.db.models import Organisation
from haihe_desk.domain import labels
from haihe_desk.errors import Conflict, UserError
from haihe_desk.services import organisations
from haihe_desk.services.context import current_actor
from haihe_desk.ui.bus import bus
from haihe_desk.ui.changes import Change
from haihe_desk.ui.dialogs import conflict_dialog
from haihe_desk.ui.dialogs.contact_dialog import contains_completer
from haihe_desk.ui.forms import load_form


class OrgDialog(QObject):
    """New unit (``org_id`` None, optionally under ``parent_id``) or edit an existing one."""

    def __init__(self, db: Database, parent: QWidget | None, *, org_id: int | None = None,
                 parent_id: int | None = None):
        super().__init__(parent)
        self.db = db
        self.org_id = org_id
        self.version: int | None = None
        self.saved_id: int | None = None
        self.dialog: QDialog = load_form("org_dialog", parent)  # type: ignore[assignment]
        f = self.dialog.findChild
        self.name_edit: QLineEdit = f(QLineEdit, "nameEdit")
        self.short_edit: QLineEdit = f(QLineEdit, "shortNameEdit")
        self.kind_combo: QComboBox = f(QComboBox, "kindCombo")
        self.code_edit: QLineEdit = f(QLineEdit, "codeEdit")
        self.parent_combo: QComboBox = f(QComboBox, "parentCombo")
        self.address_edit: QLineEdit = f(QLineEdit, "addressEdit")
        self.contact_edit: QLineEdit = f(QLineEdit, "contactEdit")
        self.phone_edit: QLineEdit = f(QLineEdit, "phoneEdit")
        self.notes_edit: QPlainTextEdit = f(QPlainTextEdit, "notesEdit")
        self.error_label: QLabel = f(QLabel, "errorLabel")
        f(QDialogButtonBox, "buttonBox").accepted.connect(self.save)
        for code in labels.ORG_KINDS:
            self.kind_combo.addItem(labels.label(labels.ORG_KINDS, code), code)
        self.parent_combo.addItem(self.tr("（无上级）"), None)
        with db.read() as s:
            below = set(organisations.subtree_ids(s, org_id)) if org_id is not None else set()
            for oid, text in organisations.choices(s):
                if oid not in below:
                    self.parent_combo.addItem(text, oid)
            if org_id is not None:
                parent_id = self._show(organisations.get(s, org_id))
        self.original_parent = parent_id
        self.parent_combo.setCurrentIndex(max(self.parent_combo.findData(parent_id), 0))
        contains_completer(self.parent_combo)
        if org_id is None:
            self.dialog.setWindowTitle(self.tr("新建单位"))
            self.kind_combo.setCurrentIndex(self.kind_combo.findData("grassroots" if parent_id else "district_union"))
        else:
            self.dialog.setWindowTitle(self.tr("编辑单位"))

    def _show(self, org: Organisation) -> int | None:
        self.version = org.version
        self.name_edit.setText(org.name)
        self.short_edit.setText(org.short_name)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(org.kind), 0))
        self.code_edit.setText(org.union_code or "")
        self.address_edit.setText(org.address)
        self.contact_edit.setText(org.contact_person)
        self.phone_edit.setText(org.phone)
        self.notes_edit.setPlainText(org.notes)
        return org.parent_id

    def reload(self) -> None:
        """Show what is saved now (after a conflict: 放弃我的修改，重新载入)."""
        if self.org_id is not None:
            with self.db.read() as s:
                self.original_parent = self._show(organisations.get(s, self.org_id))
            self.parent_combo.setCurrentIndex(max(self.parent_combo.findData(self.original_parent), 0))

    def parent_id(self) -> int | None:
        idx = self.parent_combo.findText(self.parent_combo.currentText())
        return self.parent_combo.itemData(idx) if idx > 0 else None

    def values(self) -> dict[str, object]:
        return {
            "name": self.name_edit.text(), "short_name": self.short_edit.text(),
            "kind": self.kind_combo.currentData(), "union_code": self.code_edit.text(),
            "address": self.address_edit.text(), "contact_person": self.contact_edit.text(),
            "phone": self.phone_edit.text(), "notes": self.notes_edit.toPlainText(),
        }

    def save(self) -> bool:
        actor = current_actor()
        try:
            with self.db.write() as s:
                if self.org_id is None:
                    org = organisations.create(s, actor, parent_id=self.parent_id(), **self.values())
                else:
                    org = organisations.update(s, actor, self.org_id, version=self.version, parent_id=self.parent_id(),
                                               **self.values())
                self.saved_id = org.id
        except Conflict as err:
            self.error_label.setText(conflict_dialog.resolve(self, err, self.dialog))
            return False
        except UserError as err:
            self.error_label.setText(err.message)
            return False
        bus.emit_changed(Change.ORGANISATIONS)
        self.dialog.accept()
        return True

    def exec(self) -> int:
        return self.dialog.exec()


class OrgPickDialog(QObject):
    """Choose a unit from a filterable list (used for 移动到… and 合并到…)."""

    def __init__(self, db: Database, parent: QWidget | None, *, title: str, prompt: str,
                 exclude: Iterable[int] = (), allow_top: bool = False):
        super().__init__(parent)
        self.dialog: QDialog = load_form("org_pick_dialog", parent)  # type: ignore[assignment]
        f = self.dialog.findChild
        self.dialog.setWindowTitle(title)
        f(QLabel, "promptLabel").setText(prompt)
        self.list: QListWidget = f(QListWidget, "orgList")
        self.filter_edit: QLineEdit = f(QLineEdit, "filterEdit")
        self.top_check: QCheckBox = f(QCheckBox, "topCheck")
        self.reason_edit: QLineEdit = f(QLineEdit, "reasonEdit")
        self.allow_top = allow_top
        self.top_check.setVisible(allow_top)
        self.top_check.toggled.connect(self.list.setDisabled)
        self.buttons: QDialogButtonBox = f(QDialogButtonBox, "buttonBox")
        self.buttons.accepted.connect(self._accept)
        excluded = set(exclude)
        with db.read() as s:
            for oid, text in organisations.choices(s):
                if oid not in excluded:
                    item = QListWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, oid)
                    self.list.addItem(item)
        self.filter_edit.textChanged.connect(self._filter)
        self.list.itemDoubleClicked.connect(lambda _i: self._accept())

    def _filter(self, text: str) -> None:
        t = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(t) and t not in item.text().lower())

    def select(self, org_id: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == org_id:
                self.list.setCurrentRow(i)
                return

    def chosen(self) -> int | None:
        """The chosen unit id; None when "move to the top" is ticked."""
        if self.allow_top and self.top_check.isChecked():
            return None
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _accept(self) -> None:
        if self.chosen() is None and not (self.allow_top and self.top_check.isChecked()):
            return
        self.dialog.accept()

    def exec(self) -> int:
        return self.dialog.exec()

    def run(self) -> bool:
        """Show modally; True when the user confirmed a choice."""
        return bool(self.dialog.exec())
