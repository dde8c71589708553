"""新增报名 / 修改报名 dialog (forms/registration_entry_dialog.ui): every entry rule checked as you
type, the offending field outlined in red with its sentence. A new entry goes into the contest the
tab passes; an edit is prefilled, keeps its trade (and so its contest and group) and asks a reason
for the audit log. Reads and saves go through ui/operations/registrations.py."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from haihe_desk.db.database import Database
from haihe_desk.domain import labels
from haihe_desk.domain import registration_rules as rules
from haihe_desk.errors import Conflict, UserError
from haihe_desk.services import registration_edit
from haihe_desk.ui.dialogs import conflict_dialog
from haihe_desk.ui.dialogs.base import FormDialog
from haihe_desk.ui.operations import registrations as ops

CHECK_DELAY_MS = 200
ERROR_STYLE = "border: 1px solid #c00000;"


class RegistrationEntryDialog(FormDialog):
    FORM = "registration_entry_dialog"

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        registration_id: int | None = None,
        *,
        contest_id: int | None = None,
    ):
        super().__init__(parent)
        self.setObjectName(self.form.objectName())
        self.db = db
        self.registration_id = registration_id  # None: a new entry; else the one being edited
        self.version = 0
        self.changed: dict[str, tuple[Any, Any]] = {}
        self.saved_id: int | None = None
        self.save_tried = False
        self.problems: list[tuple[str, str]] = []
        # An edit works in the registration's own contest (refused here when out of the user's scope).
        values = ops.edit_values(db, registration_id) if registration_id is not None else None
        self.contest_id = values.contest_id if values is not None else contest_id
        w = self.w
        self.edits: dict[str, QLineEdit] = {
            "name": w(QLineEdit, "nameEdit"),
            "id_number": w(QLineEdit, "idEdit"),
            "birth_date": w(QLineEdit, "birthEdit"),
            "mobile": w(QLineEdit, "mobileEdit"),
            "unit": w(QLineEdit, "unitEdit"),
            "union_code": w(QLineEdit, "codeEdit"),
            "exception_reason": w(QLineEdit, "exceptionEdit"),
            "late_reason": w(QLineEdit, "lateEdit"),
            "notes": w(QLineEdit, "notesEdit"),
        }
        self.gender_combo: QComboBox = w(QComboBox, "genderCombo")
        self.trade_combo: QComboBox = w(QComboBox, "tradeCombo")
        self.grade_combo: QComboBox = w(QComboBox, "gradeCombo")
        self.problems_label: QLabel = w(QLabel, "problemsLabel")
        self.reason_edit: QLineEdit = w(QLineEdit, "reasonEdit")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))

        self.gender_combo.addItem(self.tr("（按身份证号）"), "")
        self.gender_combo.addItem(self.tr("男"), "男")
        self.gender_combo.addItem(self.tr("女"), "女")
        self.grade_combo.addItem(self.tr("（无）"), None)
        for code in labels.GRADES:
            self.grade_combo.addItem(labels.label(labels.GRADES, code), code)
        setup = ops.entry_setup(db, self.contest_id)
        for _tid, code, name, group in setup.trades:
            self.trade_combo.addItem(f"{code} {name}（{labels.label(labels.GROUPS, group)}）", code)
        self.ctx = setup.ctx

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.validate)
        for edit in self.edits.values():
            edit.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.gender_combo, self.trade_combo, self.grade_combo):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.widgets: dict[str, QWidget] = dict(self.edits) | {
            "gender": self.gender_combo,
            "trade": self.trade_combo,
            "grade": self.grade_combo,
            "group": self.trade_combo,
            "school": self.edits["unit"],
            "status": self.trade_combo,
        }
        form: QFormLayout = w(QFormLayout, "formLayout")
        form.setRowVisible(self.reason_edit, registration_id is not None)
        form.setRowVisible(self.edits["late_reason"], registration_id is None)
        if values is not None:
            self._prefill(values)

    def _prefill(self, values: registration_edit.EditValues) -> None:
        """Edit mode: the registration's values in the fields; its trade (and so group) stays."""
        self.version = values.version
        self.setWindowTitle(self.tr("修改报名（编号 {id}）").format(id=values.id))
        for key, edit in self.edits.items():
            value = values.raw.get("school" if key == "unit" and values.group == "student" else key)
            edit.setText("" if value is None else str(value))
        self.trade_combo.setCurrentIndex(max(self.trade_combo.findData(values.trade_code), 0))
        self.trade_combo.setEnabled(False)
        grade = values.raw.get("grade")
        self.grade_combo.setCurrentIndex(max(self.grade_combo.findData(grade), 0) if grade is not None else 0)
        if values.status == "confirmed":
            self.reason_edit.setPlaceholderText(self.tr("该报名已由组委会确认，须填写修改原因"))
        self.validate()

    def reload(self) -> None:
        """Show what is saved now (after a conflict: 放弃我的修改，重新载入)."""
        if self.registration_id is not None:
            self.save_tried = False
            self._prefill(ops.edit_values(self.db, self.registration_id))

    def raw(self) -> dict[str, Any]:
        code = self.trade_combo.currentData()
        trade = next((t for t in self.ctx.trades if t.code == code), None)
        student = trade is not None and trade.group == "student"
        out: dict[str, Any] = {k: e.text().strip() for k, e in self.edits.items()}
        out["gender"] = self.gender_combo.currentData() or None
        out["trade"] = code
        out["group"] = trade.group if trade else None
        out["grade"] = self.grade_combo.currentData()
        if student:
            out["school"] = out.pop("unit")
        return out

    def validate(self) -> list[tuple[str, str]]:
        """Run every rule on what is typed now; outline the fields with problems."""
        self._timer.stop()
        raw = self.raw()
        problems = ops.check_entry(
            self.db, raw, self.ctx, exclude_id=self.registration_id, check_deadline=self.registration_id is None
        )
        self.problems = problems
        shown = [(k, m) for k, m in problems if self.save_tried or self._touched(k)]
        bad = {k for k, _m in shown}
        for key, widget in self.widgets.items():
            widget.setStyleSheet(ERROR_STYLE if key in bad else "")
            widget.setToolTip(next((m for k, m in shown if k == key), ""))
        self.problems_label.setText("\n".join(m for _k, m in shown))
        self.save_button.setEnabled(not problems or not self.save_tried)
        self._show_derived(raw)
        return problems

    def _touched(self, key: str) -> bool:
        w = self.widgets.get(key)
        if isinstance(w, QLineEdit):
            return bool(w.text().strip())
        return key in ("grade", "trade", "group", "gender")

    def _show_derived(self, raw: dict[str, Any]) -> None:
        try:
            info = rules.check_id_number(raw.get("id_number"))
        except rules.RuleError:
            self.edits["birth_date"].setPlaceholderText(self.tr("可不填，按身份证号"))
            return
        self.edits["birth_date"].setPlaceholderText(
            self.tr("按身份证号：{d}，{g}").format(d=info.birth_date.isoformat(), g=info.gender)
        )

    def save(self) -> bool:
        """Save (新增 or 修改); False keeps the dialog open with the problem shown."""
        self.save_tried = True
        if self.validate():
            return False
        raw = self.raw()
        try:
            if self.registration_id is None:
                self.saved_id = ops.add_registration(self.db, self.contest_id, raw)
            else:
                changes = {k: raw[k] for k in registration_edit.EDITABLE if k in raw}
                self.changed = ops.update_registration(
                    self.db,
                    self.registration_id,
                    changes,
                    expected_version=self.version,
                    reason=self.reason_edit.text(),
                )
                self.saved_id = self.registration_id
        except Conflict as err:
            self.problems_label.setText(conflict_dialog.resolve(self, err, self))
            return False
        except UserError as err:
            self.problems_label.setText(err.message)
            return False
        return True
