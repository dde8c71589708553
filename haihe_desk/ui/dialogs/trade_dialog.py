"""工种设置 dialog: every setting of a trade, validated in place; guarded edits ask for a reason."""

from __future__ import annotations

from datetime import time
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from haihe_desk.db.database import Database
from haihe_desk.domain import contest_rules as rules
from haihe_desk.domain import labels
from haihe_desk.domain.dates import parse_date
from haihe_desk.domain.decimals import to_decimal
from haihe_desk.errors import Conflict, UserError
from haihe_desk.i18n import translate
from haihe_desk.services import trades
from haihe_desk.ui.dialogs import conflict_dialog
from haihe_desk.ui.dialogs.base import FormDialog
from haihe_desk.ui.dialogs.contest_widgets import fill, get_date, set_date, setup_date
from haihe_desk.ui.operations import contests as ops

# Which tab page holds each error key (to switch to the first problem).
_PAGE_OF = {
    "code": 0,
    "name": 0,
    "group": 0,
    "team_size": 0,
    "dates": 0,
    "host_unit": 0,
    "level": 0,
    "status": 0,
    "sessions": 1,
    "ages": 2,
    "grade": 2,
    "min_entries": 2,
    "weights": 3,
    "pass_line": 3,
    "award": 3,
    "award_rule": 3,
    "tie_break": 3,
}
SESSION_COLUMNS = ("日期", "开始", "结束", "场地", "容量", "类型")


class TradeDialog(FormDialog):
    FORM = "trade_dialog"

    def __init__(self, db: Database, contest_id: int, trade_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.contest_id = contest_id
        self.trade_id = trade_id
        self.version: int | None = None
        self.saved_id: int | None = None
        f = self.w
        self.code: QLineEdit = f(QLineEdit, "codeEdit")
        self.name: QLineEdit = f(QLineEdit, "nameEdit")
        self.group: QComboBox = f(QComboBox, "groupCombo")
        self.level: QComboBox = f(QComboBox, "levelCombo")
        self.team: QCheckBox = f(QCheckBox, "teamCheck")
        self.team_size: QSpinBox = f(QSpinBox, "teamSizeSpin")
        self.host: QComboBox = f(QComboBox, "hostCombo")
        self.venue: QLineEdit = f(QLineEdit, "venueEdit")
        self.address: QLineEdit = f(QLineEdit, "addressEdit")
        self.start: QDateEdit = f(QDateEdit, "startDate")
        self.end: QDateEdit = f(QDateEdit, "endDate")
        self.status: QComboBox = f(QComboBox, "statusCombo")
        self.notes: QPlainTextEdit = f(QPlainTextEdit, "notesEdit")
        self.sessions: QTableWidget = f(QTableWidget, "sessionsTable")
        self.deadline_inherit: QCheckBox = f(QCheckBox, "deadlineInheritCheck")
        self.deadline: QDateEdit = f(QDateEdit, "deadlineDate")
        self.min_age: QSpinBox = f(QSpinBox, "minAgeSpin")
        self.max_age: QSpinBox = f(QSpinBox, "maxAgeSpin")
        self.grade: QComboBox = f(QComboBox, "gradeCombo")
        self.exception: QCheckBox = f(QCheckBox, "exceptionCheck")
        self.min_entries: QSpinBox = f(QSpinBox, "minEntriesSpin")
        self.theory: QLineEdit = f(QLineEdit, "theoryEdit")
        self.practical: QLineEdit = f(QLineEdit, "practicalEdit")
        self.pass_line: QLineEdit = f(QLineEdit, "passLineEdit")
        self.award_mode: QComboBox = f(QComboBox, "awardModeCombo")
        self.rounding: QComboBox = f(QComboBox, "roundingCombo")
        self.award_levels: QLineEdit = f(QLineEdit, "awardLevelsEdit")
        self.award_preview: QLabel = f(QLabel, "awardPreview")
        self.tie_list: QListWidget = f(QListWidget, "tieBreakList")
        self.tie_add: QComboBox = f(QComboBox, "tieAddCombo")
        self.tabs: QTabWidget = f(QTabWidget, "tabs")
        self.reason: QLineEdit = f(QLineEdit, "reasonEdit")
        self.guard_label: QLabel = f(QLabel, "guardLabel")
        self.reason_frame: QFrame = f(QFrame, "reasonFrame")

        for edit in (self.start, self.end, self.deadline):
            setup_date(edit, self.tr("未定"))
        fill(self.group, [(labels.label(labels.GROUPS, k), k) for k in labels.GROUPS])
        fill(self.level, [(labels.label(labels.LEVELS, k), k) for k in labels.LEVELS])
        fill(self.status, [(translate("Trades", v), k) for k, v in trades.TRADE_STATUS.items()])
        fill(self.grade, [(self.tr("不限"), None)] + [(labels.label(labels.GRADES, k), k) for k in labels.GRADES])
        fill(self.award_mode, [(translate("ContestRules", v), k) for k, v in rules.AWARD_MODES.items()])
        fill(self.rounding, [(translate("ContestRules", v), k) for k, v in rules.ROUNDINGS.items()])
        self.sessions.setColumnCount(len(SESSION_COLUMNS))
        self.sessions.setHorizontalHeaderLabels([self.tr(c) for c in SESSION_COLUMNS])
        self.sessions.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.sessions.verticalHeader().setDefaultSectionSize(24)

        self.team.toggled.connect(self._team_toggled)
        self.deadline_inherit.toggled.connect(lambda on: self.deadline.setEnabled(not on))
        self.theory.textChanged.connect(self._check_weights_live)
        self.practical.textChanged.connect(self._check_weights_live)
        self.award_mode.currentIndexChanged.connect(lambda _i: self._award_preview())
        self.rounding.currentIndexChanged.connect(lambda _i: self._award_preview())
        self.award_levels.textChanged.connect(lambda _t: self._award_preview())
        f(QPushButton, "addSessionButton").clicked.connect(self.add_session_row)
        f(QPushButton, "removeSessionButton").clicked.connect(self._remove_session)
        f(QPushButton, "tieUpButton").clicked.connect(lambda: self.move_tie(-1))
        f(QPushButton, "tieDownButton").clicked.connect(lambda: self.move_tie(1))
        f(QPushButton, "tieRemoveButton").clicked.connect(self._remove_tie)
        f(QPushButton, "tieAddButton").clicked.connect(self._add_tie)
        f(QPushButton, "newHostButton").clicked.connect(lambda: self.new_host_unit())
        self._load()

    # ---- loading
    def _load(self) -> None:
        form = ops.trade_form(self.db, self.contest_id, self.trade_id)
        self.contest_deadline = form.contest_deadline
        self._fill_hosts(form.hosts)
        values, specs, state = form.values, form.sessions, form.state
        self.version = form.version
        if self.trade_id is None:
            self.setWindowTitle(self.tr("新增工种"))
        else:
            self.setWindowTitle(self.tr("编辑工种：{code} {name}").format(code=values["code"], name=values["name"]))
        self.state = state
        self.code.setText(values["code"])
        self.name.setText(values["name"])
        self.group.setCurrentIndex(max(self.group.findData(values["group"]), 0))
        self.level.setCurrentIndex(max(self.level.findData(values["level"]), 0))
        self.team.setChecked(bool(values["is_team"]))
        self.team_size.setValue(int(values["team_size"]))
        self._team_toggled(bool(values["is_team"]))
        idx = self.host.findData(values["host_unit_id"])
        self.host.setCurrentIndex(max(idx, 0))
        self.venue.setText(values["venue"])
        self.address.setText(values["venue_address"])
        set_date(self.start, values["start_date"])
        set_date(self.end, values["end_date"])
        self.status.setCurrentIndex(max(self.status.findData(values["status"]), 0))
        self.notes.setPlainText(values["notes"])
        self.sessions.setRowCount(0)
        for spec in specs:
            self.add_session_row(spec)
        inherit = values["registration_deadline"] is None
        self.deadline_inherit.setChecked(inherit)
        self.deadline.setEnabled(not inherit)
        set_date(self.deadline, values["registration_deadline"] or self.contest_deadline)
        if self.contest_deadline:
            self.deadline_inherit.setText(
                self.tr("沿用赛事的报名截止日期（{d}）").format(d=f"{self.contest_deadline:%Y-%m-%d}")
            )
        self.min_age.setValue(int(values["min_age"]))
        self.max_age.setValue(int(values["max_age"]))
        self.grade.setCurrentIndex(max(self.grade.findData(values["required_grade"]), 0))
        self.exception.setChecked(bool(values["grade_exception_allowed"]))
        self.min_entries.setValue(int(values["min_entries"]))
        self.theory.setText(rules.percent_text(Decimal(str(values["theory_weight"]))))
        self.practical.setText(rules.percent_text(Decimal(str(values["practical_weight"]))))
        self.pass_line.setText(str(values["pass_line"]))
        award = values["award_rule"] or dict(rules.DEFAULT_AWARD_RULE)
        self.award_mode.setCurrentIndex(max(self.award_mode.findData(award.get("mode", "shares")), 0))
        self.rounding.setCurrentIndex(max(self.rounding.findData(award.get("rounding", "down")), 0))
        self.award_levels.setText(rules.award_levels_text(award))
        self.set_tie_break(list(values["tie_break"] or rules.DEFAULT_TIE_BREAK))
        guarded = bool(state.registrations or state.scores or state.locked_kinds)
        self.reason_frame.setVisible(guarded)
        if guarded:
            bits = [self.tr("已有 {n} 人报名").format(n=state.registrations)] if state.registrations else []
            if state.scores:
                bits.append(self.tr("已有评分记录"))
            if state.locked_kinds:
                bits.append(
                    self.tr("成绩已锁定（{k}）").format(
                        k="、".join(translate("Trades", trades.LOCK_KINDS.get(k, k)) for k in state.locked_kinds)
                    )
                )
            self.reason.setToolTip("；".join(bits))
        self.guard_label.setVisible(False)
        self._award_preview()

    def reload(self) -> None:
        """Show what is saved now (after a conflict: 放弃我的修改，重新载入)."""
        self._load()

    # ---- widgets
    def _fill_hosts(self, hosts: list[tuple[int, str]], current: Any = None) -> None:
        fill(self.host, [(self.tr("（未定）"), None)] + [(n, i) for i, n in hosts], current)

    def new_host_unit(self) -> int | None:
        """新建承办单位…: ask for the full name, create it (or find it) and select it."""
        name, ok = QInputDialog.getText(self, self.tr("新建承办单位"), self.tr("承办单位全称："))
        if not ok or not name.strip():
            return None
        try:
            hid = ops.add_host_unit(self.db, name)
        except UserError as exc:
            self.show_errors({"code": exc.message})
            return None
        self._fill_hosts(ops.host_unit_choices(self.db), hid)
        return hid

    def _team_toggled(self, on: bool) -> None:
        self.team_size.setEnabled(on)
        if on and self.team_size.value() < 2:
            self.team_size.setValue(2)
        if not on:
            self.team_size.setValue(1)

    def add_session_row(self, spec: trades.SessionSpec | None = None) -> int:
        if not isinstance(spec, trades.SessionSpec):
            spec = trades.SessionSpec(starts_on=get_date(self.start))
        r = self.sessions.rowCount()
        self.sessions.insertRow(r)
        texts = [
            f"{spec.starts_on:%Y-%m-%d}" if spec.starts_on else "",
            spec.start_time.strftime("%H:%M") if spec.start_time else "",
            spec.end_time.strftime("%H:%M") if spec.end_time else "",
            spec.venue or "",
            "" if spec.capacity is None else str(spec.capacity),
            translate("Trades", trades.SESSION_KINDS.get(spec.kind, spec.kind)),
        ]
        for c, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, spec.id)
            self.sessions.setItem(r, c, item)
        return r

    def _remove_session(self) -> None:
        r = self.sessions.currentRow()
        if r >= 0:
            self.sessions.removeRow(r)

    def set_tie_break(self, keys: list[str]) -> None:
        self.tie_list.clear()
        for k in keys:
            item = QListWidgetItem(translate("ContestRules", rules.TIE_BREAK_KEYS.get(k, k)))
            item.setData(Qt.ItemDataRole.UserRole, k)
            self.tie_list.addItem(item)
        self._refresh_tie_add()

    def tie_break(self) -> list[str]:
        return [self.tie_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.tie_list.count())]

    def _refresh_tie_add(self) -> None:
        used = set(self.tie_break())
        fill(
            self.tie_add, [(translate("ContestRules", v), k) for k, v in rules.TIE_BREAK_KEYS.items() if k not in used]
        )

    def move_tie(self, step: int) -> None:
        r = self.tie_list.currentRow()
        to = r + step
        if r < 0 or not 0 <= to < self.tie_list.count():
            return
        item = self.tie_list.takeItem(r)
        self.tie_list.insertItem(to, item)
        self.tie_list.setCurrentRow(to)

    def _remove_tie(self) -> None:
        r = self.tie_list.currentRow()
        if r >= 0:
            self.tie_list.takeItem(r)
            self._refresh_tie_add()

    def _add_tie(self) -> None:
        key = self.tie_add.currentData()
        if key:
            keys = self.tie_break() + [key]
            self.set_tie_break(keys)

    def _weights(self) -> tuple[Decimal, Decimal]:
        return rules.parse_percent(self.theory.text()), rules.parse_percent(self.practical.text())

    def _check_weights_live(self) -> None:
        try:
            msg = rules.check_weights(*self._weights())
        except ValueError as exc:
            msg = str(exc)
        errs = {k: v.text() for k, v in self.error_labels.items() if v.text() and k != "weights"}
        if msg:
            errs["weights"] = msg
        self.show_errors(errs)

    def _award_rule(self) -> dict[str, Any]:
        mode = self.award_mode.currentData()
        rule: dict[str, Any] = {"mode": mode, "rounding": self.rounding.currentData()}
        rule.update(rules.parse_award_levels(self.award_levels.text(), mode))
        return rules.normalise_award_rule(rule)

    def _award_preview(self) -> None:
        try:
            rule = self._award_rule()
        except ValueError:
            self.award_preview.setText("")
            return
        n = max(self.min_entries.value(), 1)
        counts = rules.award_counts(rule, n)
        self.award_preview.setText(
            self.tr("{rule}\n以 {n} 人参赛计：{counts}").format(
                rule=rules.describe_award_rule(rule),
                n=n,
                counts="、".join(
                    f"{translate('ContestRules', rules.AWARD_LEVELS[k])} {v} 人" for k, v in counts.items()
                ),
            )
        )

    # ---- collecting
    def _sessions(self) -> tuple[list[trades.SessionSpec], str | None]:
        out: list[trades.SessionSpec] = []
        kinds = {translate("Trades", v): k for k, v in trades.SESSION_KINDS.items()} | {
            k: k for k in trades.SESSION_KINDS
        }
        for r in range(self.sessions.rowCount()):

            def cell(c: int, r: int = r) -> str:
                item = self.sessions.item(r, c)
                return item.text().strip() if item else ""

            n = r + 1
            try:
                day = parse_date(cell(0)) if cell(0) else None
            except ValueError:
                return out, self.tr("第 {n} 个场次的日期“{v}”无法识别，请写成 2021-10-20。").format(n=n, v=cell(0))
            times: list[time | None] = []
            for c in (1, 2):
                text = cell(c).replace("：", ":")
                if not text:
                    times.append(None)
                    continue
                try:
                    h, m = text.split(":")
                    times.append(time(int(h), int(m)))
                except ValueError:
                    return out, self.tr("第 {n} 个场次的时间“{v}”无法识别，请写成 08:30。").format(n=n, v=cell(c))
            cap = None
            if cell(4):
                if not cell(4).isdigit():
                    return out, self.tr("第 {n} 个场次的容量“{v}”应为整数。").format(n=n, v=cell(4))
                cap = int(cell(4))
            kind = kinds.get(cell(5) or "practical")
            if kind is None:
                return out, self.tr("第 {n} 个场次的类型“{v}”应为“理论”或“实操”。").format(n=n, v=cell(5))
            first = self.sessions.item(r, 0)
            sid = first.data(Qt.ItemDataRole.UserRole) if first else None
            out.append(
                trades.SessionSpec(
                    starts_on=day,
                    start_time=times[0],
                    end_time=times[1],
                    venue=cell(3),
                    capacity=cap,
                    kind=kind,
                    id=sid,
                )
            )
        return out, trades.check_sessions(out)

    def values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The settings in the form, and the problems found while reading them."""
        errs: dict[str, str] = {}
        v: dict[str, Any] = {
            "code": self.code.text().strip(),
            "name": self.name.text().strip(),
            "group": self.group.currentData(),
            "level": self.level.currentData(),
            "is_team": self.team.isChecked(),
            "team_size": self.team_size.value(),
            "host_unit_id": self.host.currentData(),
            "venue": self.venue.text(),
            "venue_address": self.address.text(),
            "start_date": get_date(self.start),
            "end_date": get_date(self.end),
            "registration_deadline": None if self.deadline_inherit.isChecked() else get_date(self.deadline),
            "min_age": self.min_age.value(),
            "max_age": self.max_age.value(),
            "required_grade": self.grade.currentData(),
            "grade_exception_allowed": self.exception.isChecked(),
            "min_entries": self.min_entries.value(),
            "status": self.status.currentData(),
            "notes": self.notes.toPlainText(),
            "tie_break": self.tie_break(),
        }
        try:
            v["theory_weight"], v["practical_weight"] = self._weights()
        except ValueError as exc:
            errs["weights"] = str(exc)
            v["theory_weight"] = v["practical_weight"] = Decimal(0)
        try:
            v["pass_line"] = to_decimal(self.pass_line.text())
        except ValueError:
            errs["passLine"] = self.tr("合格线“{v}”不是有效的分数。").format(v=self.pass_line.text())
            v["pass_line"] = Decimal(0)
        try:
            v["award_rule"] = self._award_rule()
        except ValueError as exc:
            errs["award"] = str(exc)
            v["award_rule"] = dict(rules.DEFAULT_AWARD_RULE)
        return v, errs

    # ---- saving
    def save(self) -> bool:
        values, errs = self.values()
        specs, sess_err = self._sessions()
        if sess_err:
            errs["sessions"] = sess_err
        for key, msg in ops.check_trade(self.db, self.contest_id, values, self.trade_id).items():
            key = {
                "award_rule": "award",
                "pass_line": "passLine",
                "tie_break": "tieBreak",
                "min_entries": "minEntries",
                "team_size": "team",
                "host_unit": "code",
            }.get(key, key)
            errs.setdefault(key, msg)
        self.show_errors(errs, fallback="code")
        self.guard_label.setVisible(False)
        if errs:
            first = next(iter(errs))
            page = _PAGE_OF.get(
                {
                    "passLine": "pass_line",
                    "tieBreak": "tie_break",
                    "minEntries": "min_entries",
                    "team": "team_size",
                }.get(first, first),
                0,
            )
            self.tabs.setCurrentIndex(page)
            return False
        try:
            if self.trade_id is None:
                self.saved_id = ops.add_trade(self.db, self.contest_id, values, specs)
            else:
                guard = ops.trade_guard(self.db, self.trade_id, values)
                if guard.refused or (guard.needs_reason and not self.reason.text().strip()):
                    self._show_guard(guard)
                    return False
                ops.edit_trade(self.db, self.trade_id, values, specs, reason=self.reason.text(), version=self.version)
                self.saved_id = self.trade_id
        except Conflict as exc:
            self.guard_label.setText(conflict_dialog.resolve(self, exc, self))
            self.guard_label.setVisible(True)
            return False
        except UserError as exc:
            self.guard_label.setText(exc.message)
            self.guard_label.setVisible(True)
            self.reason_frame.setVisible(True)
            return False
        return True

    def _show_guard(self, guard: rules.EditGuard) -> None:
        self.reason_frame.setVisible(True)
        if guard.refused:
            text = "\n".join(guard.refused.values())
        else:
            text = "\n".join(guard.needs_reason.values())
            self.reason.setFocus()
        self.guard_label.setText(text)
        self.guard_label.setVisible(True)
