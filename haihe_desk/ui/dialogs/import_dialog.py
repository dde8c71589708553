"""The one import dialog (forms/import_dialog.ui) for every ``services.imports.Importer``: choose a
file and sheet and the importer's options, check it in a worker, preview rows with problems (row,
column, value, problem), the rows that would be written and the changes, choose all-or-nothing or
only the valid rows (where the import allows it), save the check report, then import through the
runner (backup → one transaction → audit) in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
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
from haihe_desk.errors import UserError
from haihe_desk.io.sheet import as_text, sheet_names, write_report
from haihe_desk.services.context import current_actor
from haihe_desk.services.imports import Importer, ImportOutcome, ImportPlan, preview_import, run_import
from haihe_desk.ui.changes import Change
from haihe_desk.ui.dialogs.base import FormDialog
from haihe_desk.ui.ops import run_op

Index = QModelIndex | QPersistentModelIndex
PREVIEW_LIMIT = 5000
WRAP_LIMIT = 500  # rows of problems whose height follows their wrapped text


class RowsModel(QAbstractTableModel):
    """A small read-only table of plain tuples (the preview lists)."""

    def __init__(self, headers: list[str], parent: QObject | None = None):
        super().__init__(parent)
        self.headers = headers
        self.rows: list[tuple[Any, ...]] = []

    def set_headers(self, headers: list[str]) -> None:
        self.beginResetModel()
        self.headers = headers
        self.endResetModel()

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
            return self.headers[section] if section < len(self.headers) else None
        return None


class ImportDialog(FormDialog):
    """``make(**options)`` builds the importer for the options chosen in the dialog."""

    FORM = "import_dialog"
    imported = Signal(object)  # the ImportOutcome

    def __init__(
        self, db: Database, make: Callable[..., Importer], parent: QWidget | None = None, path: str | Path | None = None
    ):
        super().__init__(parent)
        self.db = db
        self.make = make
        self.importer: Importer = make()
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self.outcome: ImportOutcome | None = None
        self.error: str = ""
        self.setWindowTitle(self.tr("导入{what}").format(what=self.importer.title()))
        self.file_label: QLabel = self.w(QLabel, "fileLabel")
        self.sheet_combo: QComboBox = self.w(QComboBox, "sheetCombo")
        self.summary_label: QLabel = self.w(QLabel, "summaryLabel")
        self.columns_label: QLabel = self.w(QLabel, "columnsLabel")
        self.tabs: QTabWidget = self.w(QTabWidget, "previewTabs")
        self.issues_view: QTableView = self.w(QTableView, "issuesView")
        self.ok_view: QTableView = self.w(QTableView, "okView")
        self.changes_text: QPlainTextEdit = self.w(QPlainTextEdit, "changesText")
        self.all_radio: QRadioButton = self.w(QRadioButton, "allRadio")
        self.valid_radio: QRadioButton = self.w(QRadioButton, "validRadio")
        self.report_button: QPushButton = self.w(QPushButton, "reportButton")
        self.open_report_button: QPushButton = self.w(QPushButton, "openReportButton")
        self.saved_report: Path | None = None
        self.choose_button: QPushButton = self.w(QPushButton, "chooseButton")
        self.recheck_button: QPushButton = self.w(QPushButton, "recheckButton")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("导入"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.option_widgets: dict[str, QCheckBox | QLineEdit] = {}
        self._build_options(self.form.findChild(QHBoxLayout, "importerOptions"))
        if self.importer.all_or_nothing:
            self.valid_radio.setVisible(False)
            self.all_radio.setText(self.tr("整份导入（各行互相关联；有错误时不写入任何数据）"))
        self.issues_model = RowsModel([self.tr("行号"), self.tr("列"), self.tr("值"), self.tr("问题")], self)
        self.ok_model = RowsModel(self.importer.preview_headers(), self)
        self.issues_view.setModel(self.issues_model)
        self.ok_view.setModel(self.ok_model)
        for view in (self.issues_view, self.ok_view):
            view.horizontalHeader().setStretchLastSection(True)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.verticalHeader().setVisible(False)
        for i, w in enumerate((50, 90, 160)):
            self.issues_view.setColumnWidth(i, w)
        self.issues_view.setWordWrap(True)  # a problem is a sentence: wrapped, never cut (tooltip too)
        self.choose_button.clicked.connect(self.choose_file)
        self.recheck_button.clicked.connect(self.check)
        self.report_button.clicked.connect(self.choose_report)
        self.open_report_button.clicked.connect(self.open_report)
        self.all_radio.toggled.connect(lambda _c: self._update_buttons())
        self.sheet_combo.activated.connect(lambda _i: self.check())
        self._update_buttons()
        if path is not None:
            self.set_file(path)

    # ---- options
    def _build_options(self, layout: QHBoxLayout) -> None:
        for opt in self.importer.options():
            if opt.kind == "bool":
                box = QCheckBox(opt.label, self.form)
                box.setObjectName(opt.name or f"{opt.key}Check")
                box.toggled.connect(lambda _c: self.check())
                layout.addWidget(box)
                self.option_widgets[opt.key] = box
            else:
                label = QLabel(opt.label + self.tr("："), self.form)
                edit = QLineEdit(self.form)
                edit.setObjectName(opt.name or f"{opt.key}Edit")
                edit.setPlaceholderText(opt.placeholder)
                edit.setMinimumWidth(200)
                label.setBuddy(edit)
                layout.addWidget(label)
                layout.addWidget(edit)
                self.option_widgets[opt.key] = edit

    def option_values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.option_widgets.items():
            if isinstance(widget, QCheckBox):
                if widget.isChecked():
                    out[key] = True
            elif widget.text().strip():
                out[key] = widget.text().strip()
        return out

    # ---- file and check
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择{what}").format(what=self.importer.title()),
            str(self.path.parent if self.path else Path.home()),
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

    def check(self) -> None:
        if self.path is None:
            return
        self.importer = self.make(**self.option_values())
        importer, path, sheet, actor = self.importer, self.path, self.sheet_combo.currentText() or None, current_actor()
        self.plan = None
        self.error = ""
        self._update_buttons()

        def work(progress):  # type: ignore[no-untyped-def]
            return preview_import(self.db, actor, importer, path, sheet=sheet, progress=progress)

        self.check_op = run_op(
            self,
            self.tr("正在检查{what}…").format(what=importer.title()),
            work,
            on_done=lambda outcome: self._show_plan(outcome.plan),
        )
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

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        data = plan.data
        self.summary_label.setText(
            self.tr(
                "工作表“{sheet}”，表头在第 {hr} 行，共 {n} 行：无误 {ok} 行，有错误 {bad} 行；"
                "将新增 {new} 条，更新 {upd} 条，已存在不变 {same} 条。"
            ).format(
                sheet=data.sheet_name,
                hr=data.header_row,
                n=len(data.rows),
                ok=plan.ok_rows,
                bad=len(plan.error_rows),
                new=plan.new,
                upd=plan.updated,
                same=plan.unchanged,
            )
            + "".join(plan.notes)
        )
        cols = self.tr("使用的列：{used}").format(used="、".join(data.used.values()))
        if data.ignored:
            cols += self.tr("　忽略的列：{ignored}").format(ignored="、".join(data.ignored))
        self.columns_label.setText(cols)
        self.issues_model.set_rows(
            [(i.row, i.column, as_text(i.value), i.message) for i in plan.issues[:PREVIEW_LIMIT]]
        )
        if self.issues_model.rowCount() <= WRAP_LIMIT:
            self.issues_view.resizeRowsToContents()
        self.ok_model.set_headers(self.importer.preview_headers())
        self.ok_model.set_rows(plan.preview[:PREVIEW_LIMIT])
        self.changes_text.setPlainText("\n".join(plan.changes) if plan.changes else self.tr("（无）"))
        self.tabs.setCurrentIndex(0 if plan.issues else 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.plan
        can = (
            plan is not None
            and (plan.new + plan.updated) > 0
            and (not plan.error_rows or (self.valid_radio.isChecked() and not self.importer.all_or_nothing))
        )
        self.ok_button.setEnabled(bool(can))
        self.report_button.setEnabled(plan is not None)

    # ---- report and import
    def choose_report(self) -> None:
        if self.plan is None or self.path is None:
            return
        suggested = self.importer.report_path(self.path)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存检查报告"), str(suggested), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if name:
            self.save_report(name)

    def save_report(self, path: str | Path) -> None:
        assert self.plan is not None
        try:
            write_report(path, self.plan.data, self.plan.issues)
        except UserError as err:
            QMessageBox.warning(self, self.tr("无法保存"), err.message)
            return
        self.summary_label.setText(self.summary_label.text() + self.tr("检查报告已保存：{p}").format(p=path))
        self.saved_report = Path(path)
        self.open_report_button.setEnabled(True)

    def open_report(self) -> None:
        """Open the saved check report in the program the PC uses for .xlsx (Excel, WPS)."""
        if self.saved_report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_report)))

    def save(self) -> bool:
        """OK (导入): run the import in the background; the dialog closes when it succeeded."""
        if self.plan is None or self.path is None or not self.ok_button.isEnabled():
            return False
        importer, path, actor = self.importer, self.path, current_actor()
        sheet, accept_valid = self.sheet_combo.currentText() or None, self.valid_radio.isChecked()

        def work(progress):  # type: ignore[no-untyped-def]
            return run_import(self.db, actor, importer, path, sheet=sheet, accept_valid=accept_valid, progress=progress)

        changes = tuple(Change(c) for c in importer.changes)
        self.import_op = run_op(
            self,
            self.tr("正在导入{what}…").format(what=importer.title()),
            work,
            on_done=self._imported,
            changes=changes,
        )
        return False

    def _imported(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        self.imported.emit(outcome)
        self.accept()

    @property
    def result(self) -> Any:
        """The ImportResult once imported (None before)."""
        return self.outcome.result if self.outcome is not None else None
