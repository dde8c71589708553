"""导入报名 dialog (forms/registration_import_dialog.ui): choose a file and sheet, check it in a worker,
preview rows OK / rows with errors (row, column, value, problem) and what already exists, choose
all-or-nothing or only-valid, save the check report, then import in one transaction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTabWidget,
    QWidget,
)

from haihe_desk.db.database import Database
from haihe_desk.domain import idcard, labels
from haihe_desk.errors import UserError
from haihe_desk.io.sheet import as_text, sheet_names, write_report
from haihe_desk.services import backups, registration_import
from haihe_desk.services.context import current_actor
from haihe_desk.ui.changes import Change
from haihe_desk.ui.forms import load_form
from haihe_desk.ui.ops import run_op

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A small read-only table of plain tuples (the preview lists)."""

    def __init__(self, headers: list[str], parent: QObject | None = None):
        super().__init__(parent)
        self.headers = headers
        self.rows: list[tuple[Any, ...]] = []

    def set_rows(self, rows: list[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.rows[index.row()][index.column()]
            return "" if value is None else str(value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


PREVIEW_LIMIT = 5000


class RegistrationImportDialog(QObject):
    imported = Signal(object)  # the ImportResult

    def __init__(self, db: Database, parent: QWidget | None, path: str | Path | None = None):
        super().__init__(parent)
        self.db = db
        self.path: Path | None = None
        self.plan: registration_import.ImportPlan | None = None
        self.result: Any = None
        self.error: str = ""
        self.dialog: QDialog = load_form("registration_import_dialog", parent)  # type: ignore[assignment]
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        f = self.dialog.findChild
        self.file_label: QLabel = f(QLabel, "fileLabel")
        self.sheet_combo: QComboBox = f(QComboBox, "sheetCombo")
        self.students_check: QCheckBox = f(QCheckBox, "studentsCheck")
        self.late_edit: QLineEdit = f(QLineEdit, "lateReasonEdit")
        self.summary_label: QLabel = f(QLabel, "summaryLabel")
        self.columns_label: QLabel = f(QLabel, "columnsLabel")
        self.tabs: QTabWidget = f(QTabWidget, "previewTabs")
        self.issues_view: QTableView = f(QTableView, "issuesView")
        self.ok_view: QTableView = f(QTableView, "okView")
        self.changes_text: QPlainTextEdit = f(QPlainTextEdit, "changesText")
        self.all_radio: QRadioButton = f(QRadioButton, "allRadio")
        self.valid_radio: QRadioButton = f(QRadioButton, "validRadio")
        self.report_button: QPushButton = f(QPushButton, "reportButton")
        self.buttons: QDialogButtonBox = f(QDialogButtonBox, "buttonBox")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("导入"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.issues_model = RowsModel([self.tr("行号"), self.tr("列"), self.tr("值"), self.tr("问题")], self)
        self.ok_model = RowsModel([self.tr("行号"), self.tr("姓名"), self.tr("身份证号"), self.tr("工种"),
                                   self.tr("单位/学校"), self.tr("审核状态"), self.tr("处理")], self)
        self.issues_view.setModel(self.issues_model)
        self.ok_view.setModel(self.ok_model)
        for view, widths in ((self.issues_view, (50, 90, 160)), (self.ok_view, (50, 80, 150, 90, 220, 90))):
            view.horizontalHeader().setStretchLastSection(True)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.verticalHeader().setVisible(False)
            for i, w in enumerate(widths):
                view.setColumnWidth(i, w)
        f(QPushButton, "chooseButton").clicked.connect(self.choose_file)
        f(QPushButton, "recheckButton").clicked.connect(self.check)
        self.report_button.clicked.connect(self.choose_report)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.dialog.reject)
        self.all_radio.toggled.connect(lambda _c: self._update_buttons())
        self.sheet_combo.activated.connect(lambda _i: self.check())
        self.students_check.toggled.connect(lambda _c: self.check())
        self._update_buttons()
        if path is not None:
            self.set_file(path)

    # ---- file and check
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.dialog, self.tr("选择报名表"), str(self.path.parent if self.path else Path.home()),
            self.tr("Excel 工作簿 (*.xlsx);;所有文件 (*)"),
        )
        if name:
            self.set_file(name)

    def set_file(self, path: str | Path) -> None:
        self.path = Path(path)
        self.file_label.setText(str(self.path))
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        try:
            self.sheet_combo.addItems(sheet_names(self.path))
        except UserError as err:
            self.sheet_combo.blockSignals(False)
            self._show_error(err.message)
            return
        self.sheet_combo.blockSignals(False)
        self.check()

    def _options(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet_combo.currentText() or None,
            "students": True if self.students_check.isChecked() else None,
            "late_reason": self.late_edit.text().strip(),
        }

    def check(self) -> None:
        if self.path is None:
            return
        path, opts = self.path, self._options()
        self.plan = None
        self.error = ""
        self._update_buttons()

        def work(progress):  # type: ignore[no-untyped-def]
            with self.db.read() as s:
                return registration_import.plan_import(s, path, progress=progress, **opts)

        self.check_op = run_op(self.dialog, self.tr("正在检查报名表…"), work, on_done=self._show_plan)
        self.check_op.done.connect(lambda r: r is None and self._on_check_failed())

    def _on_check_failed(self) -> None:
        err = self.check_op.error
        self._show_error(err.message if isinstance(err, UserError) else (str(err) if err else self.tr("检查已取消。")))

    def _show_error(self, message: str) -> None:
        self.plan = None
        self.error = message
        self.summary_label.setText(message)
        self.columns_label.setText("")
        self.issues_model.set_rows([])
        self.ok_model.set_rows([])
        self.changes_text.setPlainText("")
        self._update_buttons()

    def _show_plan(self, plan: registration_import.ImportPlan) -> None:
        self.plan = plan
        data = plan.data
        new_count = len([p for p in plan.new if p.row not in plan.error_rows])
        self.summary_label.setText(
            self.tr("工作表“{sheet}”，表头在第 {hr} 行，共 {n} 行：无误 {ok} 行，有错误 {bad} 行；"
                    "将新增 {new} 条，已存在 {old} 条（其中 {chg} 条内容不同，不会修改）。").format(
                sheet=data.sheet_name, hr=data.header_row, n=len(data.rows), ok=plan.ok_rows,
                bad=len(plan.error_rows), new=new_count, old=len(plan.existing), chg=len(plan.changes))
            + (self.tr("按学生组导入（以学校为单位）。") if plan.students else "")
        )
        cols = self.tr("使用的列：{used}").format(used="、".join(data.used.values()))
        if data.ignored:
            cols += self.tr("　忽略的列：{ignored}").format(ignored="、".join(data.ignored))
        self.columns_label.setText(cols)
        self.issues_model.set_rows([
            (i.row, i.column, as_text(i.value), i.message) for i in plan.issues[:PREVIEW_LIMIT]
        ])
        trade_names = {}
        with self.db.read() as s:
            from haihe_desk.services.registrations import trade_facts
            from haihe_desk.services.settings import current_contest_id

            trade_names = {t.id: f"{t.code} {t.name}" for t in trade_facts(s, current_contest_id(s))}
        rows: list[tuple[Any, ...]] = [
            (p.row, p.entry.name, idcard.mask(p.entry.id_number), trade_names.get(p.entry.trade_id, ""),
             p.entry.unit_name, labels.label(labels.REG_STATUS, p.entry.status), self.tr("新增"))
            for p in plan.new if p.row not in plan.error_rows
        ][:PREVIEW_LIMIT]
        by_row = {r.row: r for r in data.rows}
        for row, _rid in plan.existing[: max(0, PREVIEW_LIMIT - len(rows))]:
            v = by_row[row].values
            rows.append((row, as_text(v.get("name")), "", as_text(v.get("trade")), "", "", self.tr("已存在，跳过")))
        rows.sort(key=lambda r: r[0])
        self.ok_model.set_rows(rows)
        self.changes_text.setPlainText("\n".join(plan.changes) if plan.changes else self.tr("（无）"))
        self.tabs.setCurrentIndex(0 if plan.issues else 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.plan
        can = plan is not None and any(p.row not in plan.error_rows for p in plan.new) and (
            not plan.error_rows or self.valid_radio.isChecked()
        )
        self.ok_button.setEnabled(bool(can))
        self.report_button.setEnabled(plan is not None)

    # ---- report and import
    def choose_report(self) -> None:
        if self.plan is None or self.path is None:
            return
        suggested = self.path.with_name(self.path.stem + self.tr("_检查报告") + ".xlsx")
        name, _ = QFileDialog.getSaveFileName(self.dialog, self.tr("保存检查报告"), str(suggested),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if name:
            self.save_report(name)

    def save_report(self, path: str | Path) -> None:
        assert self.plan is not None
        try:
            write_report(path, self.plan.data, self.plan.issues)
        except UserError as err:
            QMessageBox.warning(self.dialog, self.tr("无法保存"), err.message)

    def do_import(self) -> None:
        if self.plan is None or self.path is None or not self.ok_button.isEnabled():
            return
        path, opts, accept_valid = self.path, self._options(), self.valid_radio.isChecked()
        actor = current_actor()

        def work(progress):  # type: ignore[no-untyped-def]
            backups.auto_backup(self.db, "import")
            return registration_import.import_file(self.db, actor, path, accept_valid=accept_valid,
                                                   progress=progress, **opts)

        self.import_op = run_op(self.dialog, self.tr("正在导入报名…"), work, on_done=self._imported,
                                changes=(Change.REGISTRATIONS,))

    def _imported(self, outcome: tuple[Any, Any]) -> None:
        _plan, self.result = outcome
        self.imported.emit(self.result)
        self.dialog.accept()
