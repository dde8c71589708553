"""Add or edit a contact (forms/contact_dialog.ui): name, role, unit, trade, several phones, e-mail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from haihe_desk.db.database import Database
from haihe_desk.domain import labels, phones
from haihe_desk.errors import Conflict, UserError
from haihe_desk.services.contacts import ContactInput
from haihe_desk.ui.dialogs import conflict_dialog
from haihe_desk.ui.dialogs.base import FormDialog
from haihe_desk.ui.operations import contacts as ops


def contains_completer(combo: QComboBox) -> None:
    """Typing any part of an item's text finds it (not only its beginning)."""
    completer = QCompleter(combo.model(), combo)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)


class ContactDialog(FormDialog):
    """新建联系人 (``contact_id`` None; ``org_id`` pre-selects a unit) or 编辑联系人. OK saves through
    ``ui/operations/contacts.save_contact``; a problem shows in the dialog, which stays open."""

    FORM = "contact_dialog"

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        contact_id: int | None = None,
        contest_id: int | None = None,
        org_id: int | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.contact_id = contact_id
        self.contest_id = contest_id
        self.version: int | None = None
        self.saved_id: int | None = None
        w = self.w
        self.name_edit: QLineEdit = w(QLineEdit, "nameEdit")
        self.role_combo: QComboBox = w(QComboBox, "roleCombo")
        self.org_combo: QComboBox = w(QComboBox, "orgCombo")
        self.trade_combo: QComboBox = w(QComboBox, "tradeCombo")
        self.phones_table: QTableWidget = w(QTableWidget, "phonesTable")
        self.email_edit: QLineEdit = w(QLineEdit, "emailEdit")
        self.notes_edit: QPlainTextEdit = w(QPlainTextEdit, "notesEdit")
        self.error_label: QLabel = w(QLabel, "errorLabel")
        self.add_phone_button: QPushButton = w(QPushButton, "addPhoneButton")
        self.remove_phone_button: QPushButton = w(QPushButton, "removePhoneButton")
        self.add_phone_button.clicked.connect(lambda: self.add_phone())
        self.remove_phone_button.clicked.connect(self.remove_selected_phone)
        self.phones_table.setColumnWidth(0, 110)
        self.phones_table.itemChanged.connect(self._on_number_changed)

        for code in labels.CONTACT_ROLES:
            self.role_combo.addItem(labels.label(labels.CONTACT_ROLES, code), code)
        data = None
        if contact_id is not None:
            data, self.version = ops.load_contact(db, contact_id)
            self.contest_id = data.contest_id
        units, trades = ops.dialog_choices(db, self.contest_id)
        self.org_combo.addItem("", None)
        for oid, text in units:
            self.org_combo.addItem(text, oid)
        self.trade_combo.addItem("")
        self.trade_combo.addItems(trades)
        contains_completer(self.org_combo)
        if data is not None:
            self.set_input(data)
            self.setWindowTitle(self.tr("编辑联系人"))
        else:
            self.setWindowTitle(self.tr("新建联系人"))
            self.role_combo.setCurrentIndex(self.role_combo.findData("other"))
            if org_id is not None:
                self.org_combo.setCurrentIndex(max(self.org_combo.findData(org_id), 0))
            self.add_phone()

    # ---- phones
    def add_phone(self, kind: str = "office", number: str = "") -> None:
        row = self.phones_table.rowCount()
        self.phones_table.insertRow(row)
        combo = QComboBox(self.phones_table)
        for code in phones.KINDS:
            combo.addItem(labels.label(phones.KINDS, code), code)
        combo.setCurrentIndex(max(combo.findData(kind), 0))
        self.phones_table.setCellWidget(row, 0, combo)
        self.phones_table.setItem(row, 1, QTableWidgetItem(number))

    def remove_selected_phone(self) -> None:
        row = self.phones_table.currentRow()
        if row >= 0:
            self.phones_table.removeRow(row)

    def _on_number_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 1:
            return
        combo = self.phones_table.cellWidget(item.row(), 0)
        if isinstance(combo, QComboBox) and phones.is_mobile(item.text()):
            combo.setCurrentIndex(combo.findData("mobile"))

    def phones(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.phones_table.rowCount()):
            combo = self.phones_table.cellWidget(row, 0)
            item = self.phones_table.item(row, 1)
            number = item.text().strip() if item else ""
            if number:
                out.append((combo.currentData() if isinstance(combo, QComboBox) else "office", number))
        return out

    # ---- values
    def set_input(self, data: ContactInput) -> None:
        self.name_edit.setText(data.name)
        self.role_combo.setCurrentIndex(max(self.role_combo.findData(data.role), 0))
        idx = self.org_combo.findData(data.organisation_id) if data.organisation_id is not None else -1
        if idx >= 0:
            self.org_combo.setCurrentIndex(idx)
        else:
            self.org_combo.setEditText(data.organisation_name)
        self.trade_combo.setEditText(data.trade_name)
        self.phones_table.setRowCount(0)
        for kind, number in data.phones:
            self.add_phone(kind, number)
        self.email_edit.setText(data.email)
        self.notes_edit.setPlainText(data.notes)

    def reload(self) -> None:
        """Show what is saved now (after a conflict: 放弃我的修改，重新载入)."""
        if self.contact_id is not None:
            data, self.version = ops.load_contact(self.db, self.contact_id)
            self.set_input(data)

    def to_input(self) -> ContactInput:
        text = self.org_combo.currentText().strip()
        idx = self.org_combo.findText(text)
        org_id = self.org_combo.itemData(idx) if idx > 0 else None
        return ContactInput(
            name=self.name_edit.text(),
            role=self.role_combo.currentData() or "other",
            organisation_id=org_id,
            organisation_name="" if org_id else text,
            trade_name=self.trade_combo.currentText(),
            phones=self.phones(),
            email=self.email_edit.text(),
            notes=self.notes_edit.toPlainText(),
            contest_id=self.contest_id,
        )

    def save(self) -> bool:
        """Write through the named operation; on a user error the sentence shows in the dialog."""
        try:
            self.saved_id = ops.save_contact(self.db, self.contact_id, self.to_input(), self.version)
        except Conflict as err:
            self.error_label.setText(conflict_dialog.resolve(self, err, self))
            return False
        except UserError as err:
            self.error_label.setText(err.message)
            return False
        return True
