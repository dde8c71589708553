"""新增报名 / 修改报名 dialog (forms/registration_entry_dialog.ui): every entry rule checked as you
type, the offending field outlined in red with its sentence; saving goes through
services.registrations (new) or services.registration_edit (edit: prefilled, trade fixed, a reason
for the audit log)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget
from sqlalchemy import select

from haihe_desk.db.database import Database
from haihe_desk.db.models import Trade
from haihe_desk.domain import labels
from haihe_desk.domain import registration_rules as rules
from haihe_desk.errors import Conflict, UserError
from haihe_desk.services import registration_edit, registrations, settings
from haihe_desk.services.context import current_actor
from haihe_desk.ui.bus import bus
from haihe_desk.ui.changes import Change
from haihe_desk.ui.dialogs import conflict_dialog
from haihe_desk.ui.forms import load_form

CHECK_DELAY_MS = 200
ERROR_STYLE = "border: 1px solid #c00000;"


class RegistrationEntryDialog(QObject):
    def __init__(self, db: Database, parent: QWidget | None, registration_id: int | None = None):
        super().__init__(parent)
        self.db = db
        self.registration_id = registration_id  # None: a new entry; else the one being edited
        self.version = 0
        self.changed: dict[str, tuple[Any, Any]] = {}
        self.saved_id: int | None = None
        self.save_tried = False
        self.problems: list[tuple[str, str]] = []
        self.dialog: QDialog = load_form("registration_entry_dialog", parent)  # type: ignore[assignment]
        f = self.dialog.findChild
        self.edits: dict[str, QLineEdit] = {
            "name": f(QLineEdit, "nameEdit"), "id_number": f(QLineEdit, "idEdit"), "birth_date": f(QLineEdit, "birthEdit"),
            "mobile": f(QLineEdit, "mobileEdit"), "unit": f(QLineEdit, "unitEdit"), "union_code": f(QLineEdit, "codeEdit"),
            "exception_reason": f(QLineEdit, "exceptionEdit"), "late_reason": f(QLineEdit, "lateEdit"),
            "notes": f(QLineEdit, "notesEdit"),
        }
        self.gender_combo: QComboBox = f(QComboBox, "genderCombo")
        self.trade_combo: QComboBox = f(QComboBox, "tradeCombo")
        self.grade_combo: QComboBox = f(QComboBox, "gradeCombo")
        self.problems_label: QLabel = f(QLabel, "problemsLabel")
        self.reason_edit: QLineEdit = f(QLineEdit, "reasonEdit")
        self.buttons: QDialogButtonBox = f(QDialogButtonBox, "buttonBox")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.dialog.reject)

        self.gender_combo.addItem(self.tr("（按身份证号）"), "")
        self.gender_combo.addItem(self.tr("男"), "男")
        self.gender_combo.addItem(self.tr("女"), "女")
        self.grade_combo.addItem(self.tr("（无）"), None)
        for code in labels.GRADES:
            self.grade_combo.addItem(labels.label(labels.GRADES, code), code)
        with db.read() as s:
            cid = settings.current_contest_id(s)
            for tid, code, name, group in s.execute(
                select(Trade.id, Trade.code, Trade.name, Trade.group).where(Trade.contest_id == cid)
                .order_by(Trade.group.desc(), Trade.code)
            ):
                self.trade_combo.addItem(f"{code} {name}（{labels.label(labels.GROUPS, group)}）", code)
            self.ctx = registrations.entry_context(s, cid)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.validate)
        for edit in self.edits.values():
            edit.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.gender_combo, self.trade_combo, self.grade_combo):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.widgets: dict[str, QWidget] = dict(self.edits) | {
            "gender": self.gender_combo, "trade": self.trade_combo, "grade": self.grade_combo,
            "group": self.trade_combo, "school": self.edits["unit"], "status": self.trade_combo,
        }
        form: QFormLayout = f(QFormLayout, "formLayout")
        form.setRowVisible(self.reason_edit, registration_id is not None)
        form.setRowVisible(self.edits["late_reason"], registration_id is None)
        if registration_id is not None:
            self._prefill(registration_id)

    def _prefill(self, registration_id: int) -> None:
        """Edit mode: the registration's values in the fields; its trade (and so group) stays."""
        with self.db.read() as s:
            values = registration_edit.edit_values(s, registration_id)
        self.version = values.version
        self.dialog.setWindowTitle(self.tr("修改报名（编号 {id}）").format(id=registration_id))
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
            self._prefill(self.registration_id)

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
        with self.db.read() as s:
            _clean, problems = registrations.check_entry(
                s, raw, ctx=self.ctx, exclude_id=self.registration_id, check_deadline=self.registration_id is None
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

    def save(self) -> None:
        self.save_tried = True
        if self.validate():
            return
        try:
            with self.db.write() as s:
                if self.registration_id is None:
                    self.saved_id = registrations.add_registration(s, current_actor(), self.raw())
                else:
                    raw = self.raw()
                    changes = {k: raw[k] for k in registration_edit.EDITABLE if k in raw}
                    self.changed = registration_edit.update_registration(
                        s, current_actor(), self.registration_id, changes, expected_version=self.version,
                        reason=self.reason_edit.text(),
                    )
                    self.saved_id = self.registration_id
        except Conflict as err:
            self.problems_label.setText(conflict_dialog.resolve(self, err, self.dialog))
            return
        except UserError as err:
            self.problems_label.setText(err.message)
            return
        bus.emit_changed(Change.REGISTRATIONS)
        self.dialog.accept()


