"""The unit-tree panel of the 通讯录 tab (forms/org_tree_panel.ui): the tree of unions and units with
their union codes, search, retired units on demand, and every unit action — new/edit (the unit
dialog), move and merge (the pick dialog), retire, restore, delete, the strict union-code setting,
and the union-code list's xlsx import/export/template.

It holds no SQL: each action collects what the user chose and calls one function of
``ui/operations/units``. It tells the tab what happened through signals: ``selected`` (a unit id or
None for 全部单位), ``message`` (a sentence for the status line) and ``info`` (the unit's summary).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from haihe_desk.db.database import Database
from haihe_desk.domain import roles
from haihe_desk.errors import UserError
from haihe_desk.services.context import current_actor
from haihe_desk.ui.bus import bus
from haihe_desk.ui.changes import Change
from haihe_desk.ui.dialogs.import_dialog import ImportDialog
from haihe_desk.ui.dialogs.org_dialogs import OrgDialog, OrgPickDialog
from haihe_desk.ui.forms import load_form
from haihe_desk.ui.operations import units as ops
from haihe_desk.ui.ops import Op

ORG_ID_ROLE = Qt.ItemDataRole.UserRole + 10
RETIRED_COLOUR = QColor("#8A8A8A")


class OrgTreePanel(QWidget):
    selected = Signal(object)  # the unit id, or None for 全部单位
    message = Signal(str)
    info = Signal(str)

    FORM = "org_tree_panel"
    AREAS = frozenset({Change.ORGANISATIONS, Change.REGISTRATIONS})  # names, codes, registration counts

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.form = load_form(self.FORM, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.current: int | None = None
        self.last_op: Op | None = None
        self.can_edit = current_actor().can(roles.CONTACTS_EDIT)
        f = self.form.findChild
        self.tree: QTreeView = f(QTreeView, "orgTree")
        self.search: QLineEdit = f(QLineEdit, "orgSearchEdit")
        self.show_retired: QCheckBox = f(QCheckBox, "showRetiredCheck")
        self.new_button: QPushButton = f(QPushButton, "newOrgButton")
        self.edit_button: QPushButton = f(QPushButton, "editOrgButton")
        self.more_button: QToolButton = f(QToolButton, "orgMoreButton")
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tree.setModel(self.proxy)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.search.textChanged.connect(self._filter_tree)
        self.show_retired.toggled.connect(lambda _c: self.load_tree())
        self.tree.selectionModel().selectionChanged.connect(self._on_selected)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.doubleClicked.connect(lambda _i: self.can_edit and self.edit_org())
        self.new_button.clicked.connect(lambda: self.new_org())
        self.edit_button.clicked.connect(lambda: self.edit_org())
        self.new_button.setVisible(self.can_edit)
        self.edit_button.setVisible(self.can_edit)

        # One action per menu entry, shared by the 更多 menu and the tree's context menu.
        def action(text: str, slot: Any, edit: bool = True) -> QAction:
            act = QAction(text, self)
            act.triggered.connect(lambda _checked=False: slot())
            act.setVisible(self.can_edit or not edit)
            return act

        self.act_new_child = action(self.tr("新建下级单位…"), lambda: self.new_org(under=self.current_org_id()))
        self.act_edit = action(self.tr("编辑…"), lambda: self.edit_org())
        self.act_move = action(self.tr("移动到…"), lambda: self.move_org())
        self.act_merge = action(self.tr("合并到…"), lambda: self.merge_org())
        self.act_retire = action(self.tr("停用"), lambda: self.retire_org())
        self.act_restore = action(self.tr("恢复"), lambda: self.restore_org())
        self.act_delete = action(self.tr("删除"), lambda: self.delete_org())
        self.act_import = action(self.tr("导入工会代码表（xlsx）…"), lambda: self.import_orgs())
        self.act_export = action(self.tr("导出工会代码表（xlsx）…"), lambda: self.export_orgs(), edit=False)
        self.act_template = action(self.tr("下载工会代码表导入模板…"), lambda: self.org_template(), edit=False)
        self.act_strict = QAction(self.tr("严格检查工会代码格式（6 位 + 每级 3 位）"), self)
        self.act_strict.setCheckable(True)
        self.act_strict.setVisible(current_actor().can(roles.SETTINGS_EDIT))
        self.act_strict.triggered.connect(self.set_strict_codes)
        self.more_menu = QMenu(self)
        self._fill_menu(self.more_menu)
        self.more_menu.aboutToShow.connect(self._refresh_strict)
        self.more_button.setMenu(self.more_menu)
        bus.changed.connect(self._on_changed)

    def _on_changed(self, areas: frozenset[Change]) -> None:
        if areas & self.AREAS:
            self.load_tree()

    def actions_in_order(self) -> list[QAction | None]:
        return [
            self.act_new_child,
            self.act_edit,
            self.act_move,
            self.act_merge,
            self.act_retire,
            self.act_restore,
            self.act_delete,
            None,
            self.act_import,
            self.act_export,
            self.act_template,
            None,
            self.act_strict,
        ]

    def _fill_menu(self, menu: QMenu) -> None:
        for act in self.actions_in_order():
            if act is None:
                menu.addSeparator()
            else:
                menu.addAction(act)

    def context_menu(self) -> QMenu:
        """The tree's context menu (the same actions as 更多)."""
        self._refresh_strict()
        menu = QMenu(self)
        self._fill_menu(menu)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        idx = self.tree.indexAt(pos)
        if idx.isValid():
            self.tree.setCurrentIndex(idx)
        self.context_menu().popup(self.tree.viewport().mapToGlobal(pos))

    def _refresh_strict(self) -> None:
        self.act_strict.setChecked(ops.strict_codes(self.db))

    # ------------------------------------------------------------------ the tree
    def load_tree(self) -> None:
        """Rebuild the tree from the database, keeping the selection and what was expanded."""
        keep = self.current
        expanded = self._expanded_ids()
        nodes = ops.unit_tree(self.db, self.show_retired.isChecked())
        self.model.clear()
        root = QStandardItem(self.tr("全部单位"))
        root.setData(None, ORG_ID_ROLE)
        root.setEditable(False)
        self.model.appendRow(root)
        items: dict[int, QStandardItem] = {}
        for n in nodes:
            suffix = ""
            if n.retired:
                suffix = self.tr("（已合并）") if n.merged_into_id else self.tr("（已停用）")
            text = f"{n.union_code}　{n.name}" if n.union_code else n.name
            item = QStandardItem(text + suffix)
            item.setEditable(False)
            item.setData(n.id, ORG_ID_ROLE)
            item.setToolTip(
                self.tr("{kind}；工会代码：{code}；报名 {n} 条").format(
                    kind=n.kind_label, code=n.union_code or "—", n=n.registrations
                )
            )
            if n.retired:
                item.setForeground(QBrush(RETIRED_COLOUR))
            items[n.id] = item
        for n in nodes:
            parent = items.get(n.parent_id) if n.parent_id is not None else None
            (parent or root).appendRow(items[n.id])
        self.tree.expand(self.proxy.mapFromSource(root.index()))
        for oid in expanded:
            if oid in items:
                self.tree.expand(self.proxy.mapFromSource(items[oid].index()))
        if keep is not None and keep in items:
            self.select_org(keep)
        else:
            self.tree.setCurrentIndex(self.proxy.mapFromSource(root.index()))
            self._set_current(None)

    def _expanded_ids(self) -> set[int]:
        out: set[int] = set()

        def walk(parent: QModelIndex) -> None:
            for r in range(self.proxy.rowCount(parent)):
                idx = self.proxy.index(r, 0, parent)
                if self.tree.isExpanded(idx):
                    oid = idx.data(ORG_ID_ROLE)
                    if oid is not None:
                        out.add(int(oid))
                    walk(idx)

        walk(QModelIndex())
        return out

    def _find_item(self, org_id: int) -> QStandardItem | None:
        hits = self.model.match(
            self.model.index(0, 0), ORG_ID_ROLE, org_id, 1, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
        )
        return self.model.itemFromIndex(hits[0]) if hits else None

    def index_of(self, org_id: int | None) -> QModelIndex:
        """The tree's (proxy) index of a unit; of 全部单位 for None; invalid when not shown."""
        if org_id is None:
            return self.proxy.mapFromSource(self.model.index(0, 0))
        item = self._find_item(org_id)
        return self.proxy.mapFromSource(item.index()) if item is not None else QModelIndex()

    def select_org(self, org_id: int | None) -> None:
        """Select a unit in the tree (None: 全部单位); the contacts list follows."""
        idx = self.index_of(org_id)
        if idx.isValid():
            self.tree.setCurrentIndex(idx)
            self.tree.scrollTo(idx)

    def current_org_id(self) -> int | None:
        idx = self.tree.currentIndex()
        oid = idx.data(ORG_ID_ROLE) if idx.isValid() else None
        return int(oid) if oid is not None else None

    def _filter_tree(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()

    def _on_selected(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self._set_current(self.current_org_id())

    def _set_current(self, org_id: int | None) -> None:
        if org_id != self.current:
            self.current = org_id
            self.selected.emit(org_id)
        self.info.emit(self._info_text(org_id))

    def _info_text(self, org_id: int | None) -> str:
        if org_id is None:
            return ""
        s = ops.unit_summary(self.db, org_id)
        if s is None:
            return ""
        return self.tr("{name}：{kind}，工会代码 {code}，下级单位 {n} 个").format(
            name=s.short_name or s.name, kind=s.kind_label, code=s.union_code or "—", n=s.below
        )

    # ------------------------------------------------------------------ unit actions
    def _need_org(self) -> int | None:
        oid = self.current_org_id()
        if oid is None:
            self.message.emit(self.tr("请先在左侧选择一个单位。"))
        return oid

    def _saved(self, dlg: OrgDialog) -> None:
        if dlg.saved_id:
            self.select_org(dlg.saved_id)
            self.message.emit(dlg.warning or self.tr("已保存单位。"))

    def new_org(self, under: int | None = None) -> OrgDialog:
        dlg = OrgDialog(self.db, self, parent_id=under)
        dlg.accepted.connect(lambda: self._saved(dlg))
        dlg.open()
        return dlg

    def edit_org(self) -> OrgDialog | None:
        oid = self._need_org()
        if oid is None:
            return None
        try:
            dlg = OrgDialog(self.db, self, org_id=oid)
        except UserError as err:
            QMessageBox.warning(self, self.tr("无法编辑"), err.message)
            return None
        dlg.accepted.connect(lambda: self._saved(dlg))
        dlg.open()
        return dlg

    def _do(self, fn: Any, message: str, select: Any = False) -> bool:
        """Run one named operation; a refusal is shown as its sentence. ``select`` (a unit id or
        None) is selected in the tree afterwards, before the message is shown."""
        try:
            result = fn()
        except UserError as err:
            QMessageBox.warning(self, self.tr("无法完成"), err.message)
            return False
        if select is not False:
            self.select_org(select)
        warning = getattr(result, "warning", None)
        self.message.emit(message + (" " + warning if warning else ""))
        return True

    def move_org(self) -> bool:
        """移动到…: choose the new parent in the pick dialog; cancelling it changes nothing."""
        oid = self._need_org()
        if oid is None:
            return False
        pick = OrgPickDialog(
            self.db,
            self,
            title=self.tr("移动单位"),
            allow_top=True,
            exclude_below=oid,
            prompt=self.tr("把所选单位（连同其全部下级）移到哪个单位之下？"),
        ).pick()
        if pick is None:
            return False
        return self._do(lambda: ops.move_unit(self.db, oid, pick.org_id, pick.reason), self.tr("已移动单位。"))

    def merge_org(self) -> bool:
        """合并到…: the selected (duplicate) unit into the one chosen in the pick dialog."""
        oid = self._need_org()
        if oid is None:
            return False
        name = ops.unit_name(self.db, oid)
        pick = OrgPickDialog(
            self.db,
            self,
            title=self.tr("合并重复单位"),
            exclude_below=oid,
            prompt=self.tr(
                "“{name}”是重复的单位：它的报名、联系人和下级单位将转到下面选择的保留单位，它本身标为“已合并”。"
            ).format(name=name),
        ).pick()
        if pick is None or pick.org_id is None:
            return False
        target = pick.org_id
        return self._do(lambda: ops.merge_units(self.db, oid, target, pick.reason), self.tr("已合并单位。"), target)

    def retire_org(self) -> bool:
        oid = self._need_org()
        return oid is not None and self._do(lambda: ops.retire_unit(self.db, oid), self.tr("已停用单位。"))

    def restore_org(self) -> bool:
        oid = self._need_org()
        return oid is not None and self._do(lambda: ops.restore_unit(self.db, oid), self.tr("已恢复单位。"))

    def delete_org(self) -> bool:
        oid = self._need_org()
        if oid is None:
            return False
        if (
            QMessageBox.question(
                self, self.tr("删除单位"), self.tr("确定删除所选单位吗？有报名或下级的单位不能删除，只能停用。")
            )
            != QMessageBox.StandardButton.Yes
        ):
            return False
        return self._do(lambda: ops.delete_unit(self.db, oid), self.tr("已删除单位。"), None)

    def set_strict_codes(self, on: bool) -> bool:
        try:
            ops.set_strict_codes(self.db, on)
        except UserError as err:
            QMessageBox.warning(self, self.tr("无法完成"), err.message)
            self._refresh_strict()
            return False
        self.message.emit(
            self.tr("工会代码检查：严格（6 位 + 每级 3 位的数字）。")
            if on
            else self.tr("工会代码检查：接受各工会提供的任何代码（4–32 位数字和字母）。")
        )
        return True

    # ------------------------------------------------------------------ files
    def _xlsx(self) -> str:
        return self.tr("Excel 工作簿 (*.xlsx)")

    def import_orgs(self) -> ImportDialog:
        """导入工会代码表（xlsx）…: the import dialog chooses and checks the file, then imports."""
        self.last_import = ops.open_units_import(self, self.db)
        self.last_import.imported.connect(
            lambda o: self.message.emit(
                self.tr("导入完成：新建或更新 {w} 个单位，未变 {u} 个。").format(
                    w=o.result.written, u=o.result.unchanged
                )
            )
        )
        return self.last_import

    def export_orgs(self) -> Op | None:
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("导出工会代码表"), str(Path.home() / self.tr("工会代码表.xlsx")), self._xlsx()
        )
        if not path:
            return None
        self.last_op = ops.export_units(
            self,
            self.db,
            path,
            self.show_retired.isChecked(),
            lambda n: self.message.emit(self.tr("已导出 {n} 个单位到 {p}").format(n=n, p=path)),
        )
        return self.last_op

    def org_template(self) -> Op | None:
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("下载工会代码表导入模板"), str(Path.home() / self.tr("工会代码表导入模板.xlsx")), self._xlsx()
        )
        if not path:
            return None
        self.last_op = ops.write_unit_template(
            self, path, lambda _r: self.message.emit(self.tr("已写出导入模板：{p}").format(p=path))
        )
        return self.last_op
