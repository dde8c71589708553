"""报名 tab: the registrations table with trade, group, status and union filters and a search in SQL;
entry and edit (the entry dialog), import (button or drag-and-drop of an .xlsx), templates, roster
export, the unmask switch, bulk review actions on the selected rows (a reason dialog where one is
asked) and the review history of the current row. Every read and write goes through
ui/operations/registrations.py; the current contest is read at each reload."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from haihe_desk.db.database import Database
from haihe_desk.domain import labels, roles
from haihe_desk.domain import registration_rules as rules
from haihe_desk.errors import UserError
from haihe_desk.services import registrations
from haihe_desk.services.context import current_actor
from haihe_desk.ui.changes import Change
from haihe_desk.ui.list_tab import ListTab
from haihe_desk.ui.operations import registrations as ops

REVIEW_BUTTONS = {
    "approve": "approveButton",
    "confirm": "confirmButton",
    "return": "returnButton",
    "reject": "rejectButton",
    "withdraw": "withdrawButton",
    "resubmit": "resubmitButton",
}
# Actions that ask for a reason first: required where the rule needs one, optional for 弃权 (final).
ASK_REASON = frozenset(a for a in REVIEW_BUTTONS if rules.TRANSITIONS[a][2]) | {"withdraw"}
SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls")


class RegistrationsTab(ListTab):
    FORM = "registrations_tab"
    AREAS = frozenset({Change.REGISTRATIONS, Change.TRADES, Change.CONTESTS, Change.ORGANISATIONS})

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, registrations.SOURCE, parent)
        self.contest_id: int | None = None  # read at each reload (ops.current_contest)
        self._choices_stale = True  # trades and unions to (re)load at the next reload
        self.trade_combo = self.combo("tradeCombo")
        self.group_combo = self.combo("groupCombo")
        self.status_combo = self.combo("statusCombo")
        self.union_combo = self.combo("unionCombo")
        self.state_counts: QLabel = self.child(QLabel, "stateCounts")
        self.notice: QLabel = self.child(QLabel, "noticeLabel")
        self.history_tree: QTreeWidget = self.child(QTreeWidget, "historyTree")
        self.fill_combo(self.group_combo, [(labels.label(labels.GROUPS, k), k) for k in labels.GROUPS], self.tr("全部"))
        self.fill_combo(
            self.status_combo, [(labels.label(labels.REG_STATUS, k), k) for k in labels.REG_STATUS], self.tr("全部")
        )
        for combo in (self.trade_combo, self.group_combo, self.status_combo, self.union_combo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())

        actor = current_actor()
        self.child(QPushButton, "addButton").clicked.connect(self.add_registration)
        self.edit_button: QPushButton = self.child(QPushButton, "editButton")
        self.edit_button.clicked.connect(lambda _c=False: self.edit_registration())
        self.table.doubleClicked.connect(lambda index: self.edit_registration(self.model.row_id(index.row())))
        self.child(QPushButton, "importButton").clicked.connect(self.choose_import)
        template_menu = QMenu(self)
        template_menu.addAction(self.tr("职工组模板…"), lambda: self.save_template(students=False))
        template_menu.addAction(self.tr("学生组模板…"), lambda: self.save_template(students=True))
        self.child(QPushButton, "templateButton").setMenu(template_menu)
        export_menu = QMenu(self)
        export_menu.addAction(self.tr("导出花名册（身份证号打码）…"), lambda: self.export_roster(unmasked=False))
        if actor.can(roles.UNMASK):
            export_menu.addAction(
                self.tr("导出花名册（完整身份证号和手机号，记入审计日志）…"), lambda: self.export_roster(unmasked=True)
            )
        self.child(QPushButton, "exportButton").setMenu(export_menu)
        self.unmask_check: QCheckBox = self.child(QCheckBox, "unmaskCheck")
        self.unmask_check.toggled.connect(self.set_unmasked)
        self.allow_only(roles.UNMASK, "unmaskCheck")
        self.can_edit = self.allow_only(
            roles.REGISTRATIONS_EDIT, "addButton", "editButton", "importButton", "templateButton"
        )
        self.review_buttons: dict[str, QPushButton] = {}
        for action, name in REVIEW_BUTTONS.items():
            button = self.child(QPushButton, name)
            button.clicked.connect(lambda _c=False, a=action: self.review_selected(a))
            self.review_buttons[action] = button
        self.history_tree.setColumnWidth(0, 150)
        self.history_tree.setColumnWidth(1, 90)
        self.history_tree.setColumnWidth(2, 100)
        self.history_tree.setColumnWidth(3, 100)
        splitter = self.child(QSplitter, "splitter")
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 130])
        self.setAcceptDrops(True)
        self.import_dialog: Any = None
        self.entry_dialog: Any = None
        self.reason_dialog: Any = None
        self.reload()

    # ---- list
    def _load_choices(self) -> None:
        """The trades of the current contest and the unions to filter by, when they may have changed."""
        contest_id = ops.current_contest(self.db)
        if contest_id == self.contest_id and not self._choices_stale:
            return
        self.contest_id = contest_id
        self._choices_stale = False
        trades = ops.trade_choices(self.db, contest_id)
        self.fill_combo(
            self.trade_combo, [(f"{code} {name}", tid) for tid, code, name, _g in trades], self.tr("全部工种")
        )
        self.fill_combo(
            self.union_combo, [(name, oid) for oid, name in ops.union_choices(self.db)], self.tr("全部单位")
        )

    def filters(self) -> dict[str, Any]:
        return {
            "text": self.search.text(),
            "contest_id": self.contest_id,
            "trade_id": self.trade_combo.currentData(),
            "group": self.group_combo.currentData(),
            "status": self.status_combo.currentData(),
            "unit_tree_id": self.union_combo.currentData(),
        }

    def reload(self) -> None:
        self._load_choices()
        super().reload()
        sel = self.table.selectionModel()
        if sel is not None and not getattr(self, "_selection_hooked", False):
            sel.selectionChanged.connect(self._on_selection)
            sel.currentRowChanged.connect(lambda *_a: self.show_history())
            self._selection_hooked = True
        self._on_selection()
        self.show_history()

    def after_reload(self) -> None:
        counts = ops.status_counts(self.db, self.contest_id)
        parts = [f"{labels.label(labels.REG_STATUS, k)} {counts.get(k, 0)}" for k in labels.REG_STATUS]
        self.state_counts.setText("　".join(parts))

    def _on_changed(self, areas: frozenset[Change]) -> None:
        if areas & {Change.TRADES, Change.CONTESTS, Change.ORGANISATIONS}:
            self._choices_stale = True
        super()._on_changed(areas)

    # ---- selection, review, history
    def _on_selection(self, *_a: QItemSelection) -> None:
        role = current_actor().role
        ids = self.selected_ids()
        allowed = ops.review_allowed(ops.selection_statuses(self.db, ids), role) if ids else set()
        for action, button in self.review_buttons.items():
            button.setEnabled(action in allowed)
            button.setVisible(role in rules.ACTION_ROLES[action])
        self.edit_button.setEnabled(len(ids) == 1)

    def set_unmasked(self, on: bool) -> bool:
        """Show full ID numbers and phones (a role permission; each switch-on is audited)."""
        if on:
            try:
                ops.begin_unmasked_view(self.db, self.filters())
            except UserError as err:
                QMessageBox.warning(self, self.tr("无权查看"), err.message)
                self.unmask_check.blockSignals(True)
                self.unmask_check.setChecked(False)
                self.unmask_check.blockSignals(False)
                return False
        self.model.source = registrations.UNMASKED_SOURCE if on else registrations.SOURCE
        self.reload()
        return True

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_id(index.row())

    def show_history(self) -> None:
        self.history_tree.clear()
        rid = self.current_id()
        if rid is None:
            return
        for h in ops.history(self.db, rid):
            at = h.at.astimezone().strftime("%Y-%m-%d %H:%M") if h.at else ""
            QTreeWidgetItem(self.history_tree, [at, h.actor, h.from_status, h.to_status, h.reason])

    def ask_reason(self, action: str, count: int) -> str | None:
        """The reason dialog; None when cancelled."""
        from haihe_desk.ui.dialogs.review_reason import ReviewReasonDialog

        self.reason_dialog = dlg = ReviewReasonDialog(action, count, required=ops.needs_reason(action), parent=self)
        try:
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return None
            return dlg.reason()
        finally:
            dlg.deleteLater()

    def review_selected(self, action: str) -> int:
        """Apply a review action to every selected row (all or none); returns how many changed."""
        ids = self.selected_ids()
        if not ids:
            return 0
        reason = ""
        if action in ASK_REASON:
            asked = self.ask_reason(action, len(ids))
            if asked is None:
                return 0
            reason = asked
        try:
            outcome = ops.apply_review(self.db, action, ids, reason)
        except UserError as err:
            QMessageBox.warning(self, self.tr("无法审核"), err.message)
            return 0
        self.notice.setText(
            self.tr("已将 {n} 条报名设为“{s}”。").format(
                n=outcome.changed, s=labels.label(labels.REG_STATUS, outcome.to_status)
            )
        )
        return outcome.changed

    # ---- entry, import, template, export
    def add_registration(self) -> None:
        from haihe_desk.ui.dialogs.registration_entry import RegistrationEntryDialog

        self._drop_entry_dialog()
        self.entry_dialog = dlg = RegistrationEntryDialog(self.db, self, contest_id=ops.current_contest(self.db))
        dlg.accepted.connect(lambda: self.notice.setText(self.tr("已新增报名，编号 {id}。").format(id=dlg.saved_id)))
        dlg.open()

    def edit_registration(self, registration_id: int | None = None) -> Any:
        """Open the entry dialog on one registration (the selected one unless named)."""
        from haihe_desk.ui.dialogs.registration_entry import RegistrationEntryDialog

        if registration_id is None:
            ids = self.selected_ids()
            if len(ids) != 1:
                return None
            registration_id = ids[0]
        self._drop_entry_dialog()
        try:
            self.entry_dialog = dlg = RegistrationEntryDialog(self.db, self, registration_id)
        except UserError as err:
            QMessageBox.warning(self, self.tr("无法编辑"), err.message)
            return None
        dlg.accepted.connect(lambda: self._edited(dlg))
        dlg.open()
        return dlg

    def _drop_entry_dialog(self) -> None:
        """The previous entry dialog (closed: the window-modal one blocks the tab while open)."""
        if self.entry_dialog is not None:
            self.entry_dialog.deleteLater()
            self.entry_dialog = None

    def _edited(self, dlg: Any) -> None:
        if dlg.changed:
            self.notice.setText(
                self.tr("已保存对报名 {id} 的修改（{n} 项）。").format(id=dlg.saved_id, n=len(dlg.changed))
            )
        else:
            self.notice.setText(self.tr("报名 {id} 没有改动。").format(id=dlg.saved_id))

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择报名表"), str(Path.home()), self.tr("Excel 工作簿 (*.xlsx);;所有文件 (*)")
        )
        if name:
            self.open_import(name)

    def open_import(self, path: str | Path) -> Any:
        from haihe_desk.ui.operations import imports

        self.import_dialog = imports.open_registration_import(self, self.db, path)
        self.import_dialog.imported.connect(
            lambda outcome: self.notice.setText(self.tr("已导入 {n} 条报名。").format(n=outcome.result.written))
        )
        return self.import_dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile() and urls[0].toLocalFile().lower().endswith(SHEET_SUFFIXES):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.open_import(urls[0].toLocalFile())

    def save_template(self, students: bool) -> None:
        default = self.tr("学生组报名模板.xlsx") if students else self.tr("职工组报名模板.xlsx")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存导入模板"), str(Path.home() / default), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if not name:
            return
        try:
            from haihe_desk.ui.operations import imports

            imports.write_registration_template(self.db, name, students=students)
        except UserError as err:
            QMessageBox.warning(self, self.tr("无法保存"), err.message)
            return
        self.notice.setText(self.tr("导入模板已保存：{p}").format(p=name))

    def export_roster(self, unmasked: bool) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出花名册"), str(Path.home() / self.tr("花名册.xlsx")), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if not name:
            return
        filters = {k: v for k, v in self.filters().items() if v}
        try:
            n = ops.export_roster(self.db, name, filters, unmasked=unmasked)
        except UserError as err:
            QMessageBox.warning(self, self.tr("无法导出"), err.message)
            return
        self.notice.setText(self.tr("花名册已导出：{p}，共 {n} 人。").format(p=name, n=n))
