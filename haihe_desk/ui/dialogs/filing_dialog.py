"""基层备案: the register of grassroots filings (a dialog with the list and a per-unit overview) and
the dialog to register or edit one filing."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from haihe_desk.db.database import Database
from haihe_desk.domain import contest_rules as rules
from haihe_desk.domain import labels
from haihe_desk.domain.dates import parse_date
from haihe_desk.errors import Conflict, UserError
from haihe_desk.i18n import translate
from haihe_desk.services import filings
from haihe_desk.ui.bus import bus
from haihe_desk.ui.changes import Change
from haihe_desk.ui.dialogs import conflict_dialog
from haihe_desk.ui.dialogs.base import FormDialog
from haihe_desk.ui.dialogs.contest_widgets import fill, get_date, set_date, setup_date
from haihe_desk.ui.operations import contests as ops
from haihe_desk.ui.table_model import PagedTableModel


def _kind_items() -> list[tuple[str, Any]]:
    return [(translate("ContestRules", v), k) for k, v in rules.FILING_KINDS.items()]


class FilingDialog(FormDialog):
    FORM = "filing_dialog"

    def __init__(self, db: Database, contest_id: int, filing_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.contest_id = contest_id
        self.filing_id = filing_id
        self.version: int | None = None
        self.file_path: Path | None = None
        self.saved_id: int | None = None
        f = self.w
        self.unit: QComboBox = f(QComboBox, "unitCombo")
        self.kind: QComboBox = f(QComboBox, "kindCombo")
        self.title: QLineEdit = f(QLineEdit, "titleEdit")
        self.trade: QLineEdit = f(QLineEdit, "tradeEdit")
        self.start: QDateEdit = f(QDateEdit, "startDate")
        self.end: QDateEdit = f(QDateEdit, "endDate")
        self.participants: QSpinBox = f(QSpinBox, "participantsSpin")
        self.due: QDateEdit = f(QDateEdit, "dueDate")
        self.received: QDateEdit = f(QDateEdit, "receivedDate")
        self.file_label: QLabel = f(QLabel, "fileLabel")
        self.notes: QPlainTextEdit = f(QPlainTextEdit, "notesEdit")
        for edit in (self.start, self.end, self.due, self.received):
            setup_date(edit, self.tr("未填"))
        self.participants.setSpecialValueText(self.tr("未填"))
        f(QPushButton, "chooseFileButton").clicked.connect(lambda: self.choose_file())
        fill(self.unit, [(n, i) for i, n in ops.filing_units(db)])
        fill(self.kind, _kind_items())
        if filing_id is not None:
            self._show(ops.filing_form(db, filing_id))
            self.setWindowTitle(self.tr("编辑备案登记"))
        else:
            self.setWindowTitle(self.tr("登记基层备案或总结"))

    def _show(self, form: ops.FilingForm) -> None:
        self.version = form.version
        row = form.spec
        if self.unit.findData(row.unit_id) < 0:
            self.unit.addItem(form.unit_name or str(row.unit_id), row.unit_id)
        self.unit.setCurrentIndex(self.unit.findData(row.unit_id))
        self.kind.setCurrentIndex(max(self.kind.findData(row.kind), 0))
        self.title.setText(row.title)
        self.trade.setText(row.trade_name)
        set_date(self.start, row.starts_on)
        set_date(self.end, row.ends_on)
        self.participants.setValue(row.participants or 0)
        set_date(self.due, row.due_on)
        set_date(self.received, row.received_on)
        self.notes.setPlainText(row.notes)
        if form.file_name:
            self.file_label.setText(form.file_name)

    def reload(self) -> None:
        """Show what is saved now (after a conflict: 放弃我的修改，重新载入)."""
        if self.filing_id is not None:
            self._show(ops.filing_form(self.db, self.filing_id))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择收到的文件"))
        if not name:
            return
        self.file_path = Path(name)
        self.file_label.setText(self.file_path.name)
        if get_date(self.received) is None:
            set_date(self.received, date.today())

    def spec(self, unit_id: int) -> filings.FilingSpec:
        return filings.FilingSpec(
            unit_id=unit_id,
            kind=self.kind.currentData(),
            title=self.title.text().strip(),
            trade_name=self.trade.text().strip(),
            starts_on=get_date(self.start),
            ends_on=get_date(self.end),
            participants=self.participants.value() or None,
            due_on=get_date(self.due),
            received_on=get_date(self.received),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> bool:
        unit_id = self.unit.currentData()
        if unit_id is None:
            self.show_errors({"unit": self.tr("请选择提交备案的单位。")})
            return False
        spec = self.spec(unit_id)
        errs = filings.check_filing(spec)
        self.show_errors(errs, fallback="form")
        if errs:
            return False
        try:
            self.saved_id = ops.save_filing(
                self.db, self.contest_id, self.filing_id, spec, version=self.version, file=self.file_path
            )
        except Conflict as exc:
            self.show_errors({"form": conflict_dialog.resolve(self, exc, self)})
            return False
        except UserError as exc:
            self.show_errors({"form": exc.message})
            return False
        return True


class FilingRegisterDialog(FormDialog):
    FORM = "filing_register_dialog"

    def __init__(self, db: Database, contest_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.contest_id = contest_id
        self.dialog: FilingDialog | None = None  # the last filing dialog opened
        f = self.w
        self.table: QTableView = f(QTableView, "tableView")
        self.model = PagedTableModel(db, filings.SOURCE, self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for i, col in enumerate(filings.COLUMNS):
            self.table.setColumnWidth(i, col.width)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.kind_filter: QComboBox = f(QComboBox, "kindFilter")
        self.state_filter: QComboBox = f(QComboBox, "stateFilter")
        self.search: QLineEdit = f(QLineEdit, "searchEdit")
        self.summary: QLabel = f(QLabel, "summaryLabel")
        self.count_label: QLabel = f(QLabel, "countLabel")
        self.units: QTableWidget = f(QTableWidget, "unitsTable")
        fill(self.kind_filter, [(self.tr("全部"), None)] + _kind_items())
        fill(
            self.state_filter,
            [(self.tr("全部"), None)] + [(translate("ContestRules", v), k) for k, v in rules.FILING_STATES.items()],
        )
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.state_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        f(QPushButton, "addButton").clicked.connect(lambda: self.add())
        f(QPushButton, "editButton").clicked.connect(lambda: self.edit())
        f(QPushButton, "attachButton").clicked.connect(lambda: self.attach())
        f(QPushButton, "openFileButton").clicked.connect(self.open_file)
        f(QPushButton, "requestButton").clicked.connect(lambda: self.request())
        f(QPushButton, "exportButton").clicked.connect(lambda: self.export())
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.units.setColumnCount(4)
        self.units.setHorizontalHeaderLabels([self.tr("单位"), self.tr("单位类型"), self.tr("备案"), self.tr("总结")])
        self.units.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.units.verticalHeader().setDefaultSectionSize(24)
        bus.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, areas: frozenset[Change]) -> None:
        if areas & {Change.FILINGS, Change.ORGANISATIONS}:
            self.reload()

    def filters(self) -> dict[str, Any]:
        return {
            "contest_id": self.contest_id,
            "kind": self.kind_filter.currentData(),
            "state": self.state_filter.currentData(),
            "text": self.search.text(),
        }

    def reload(self) -> None:
        self._timer.stop()
        self.model.set_filters(self.filters())
        self.count_label.setText(self.tr("共 {n} 条").format(n=self.model.total))
        overview = ops.filings_overview(self.db, self.contest_id)
        counts = overview.counts
        self.summary.setText(
            self.tr("已收到 {a} 份（其中逾期收到 {b} 份）；逾期未交 {c} 份；未到期 {d} 份。").format(
                a=counts["received"] + counts["received_late"],
                b=counts["received_late"],
                c=counts["late"],
                d=counts["pending"],
            )
        )
        self.units.setRowCount(len(overview.units))
        for r, u in enumerate(overview.units):
            for c, text in enumerate(
                (
                    u.unit,
                    labels.label(labels.ORG_KINDS, u.kind),
                    filings.state_label(u.record),
                    filings.state_label(u.summary),
                )
            ):
                self.units.setItem(r, c, QTableWidgetItem(text))

    def current_id(self) -> int | None:
        idx = self.table.currentIndex()
        return self.model.row_id(idx.row()) if idx.isValid() else None

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("无法完成"), text)

    def add(self) -> FilingDialog:
        self.dialog = FilingDialog(self.db, self.contest_id, None, self)
        self.dialog.open()
        return self.dialog

    def edit(self) -> FilingDialog | None:
        fid = self.current_id()
        if fid is None:
            self._warn(self.tr("请先在列表中选中一条登记。"))
            return None
        self.dialog = FilingDialog(self.db, self.contest_id, fid, self)
        self.dialog.open()
        return self.dialog

    def attach(self) -> bool:
        fid = self.current_id()
        if fid is None:
            self._warn(self.tr("请先在列表中选中一条登记，再附上收到的文件。"))
            return False
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择收到的文件"))
        if not name:
            return False
        try:
            ops.attach_filing_file(self.db, fid, name)
        except UserError as exc:
            self._warn(exc.message)
            return False
        return True

    def open_file(self) -> None:
        fid = self.current_id()
        if fid is None:
            self._warn(self.tr("请先在列表中选中一条登记。"))
            return
        try:
            name, data = ops.filing_file(self.db, fid)
        except UserError as exc:
            self._warn(exc.message)
            return
        folder = Path(tempfile.mkdtemp(prefix="haihe-filing-"))
        out = folder / name
        out.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))

    def request(self) -> int:
        items = [t for t, _k in _kind_items()]
        text, ok = QInputDialog.getItem(self, self.tr("登记应交项目"), self.tr("类别："), items, 0, False)
        if not ok:
            return 0
        kind = dict(_kind_items())[text]
        text, ok = QInputDialog.getText(
            self,
            self.tr("登记应交项目"),
            self.tr("应交日期（例如 2021-09-30）："),
            text=f"{date.today() + timedelta(days=30):%Y-%m-%d}",
        )
        if not ok:
            return 0
        try:
            due = parse_date(text)
        except ValueError:
            self._warn(self.tr("日期“{v}”无法识别，请写成 2021-09-30 的形式。").format(v=text))
            return 0
        try:
            n = ops.request_filings(self.db, self.contest_id, kind, due)
        except UserError as exc:
            self._warn(exc.message)
            return 0
        self.count_label.setText(self.tr("已为 {n} 个单位登记应交项目。").format(n=n))
        return n

    def export(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出登记表"), self.tr("基层备案登记表.xlsx"), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if not name:
            return None
        try:
            ops.export_filings(self.db, self.contest_id, name)
        except UserError as exc:
            self._warn(exc.message)
            return None
        self.count_label.setText(self.tr("已导出：{file}").format(file=name))
        return Path(name)
