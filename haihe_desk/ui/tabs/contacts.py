"""通讯录 tab: the unit tree (union codes) on the left, contacts on the right.

Contacts: search as you type (name, pinyin initials, phone digits, unit), role and trade filters,
copy a phone or e-mail with one action, click an e-mail to write, add/edit/delete through the
contact dialog, xlsx import/export, vCard export and a printed contact sheet. Units: a tree
(selecting one shows its contacts and those of every unit below it), add/edit, move, merge,
retire/restore, delete, and the union-code list's xlsx import/export/template.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, QPersistentModelIndex, QPoint, QSortFilterProxyModel, Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QWidget,
)

from haihe_desk.db.database import Database
from haihe_desk.domain import labels, roles
from haihe_desk.errors import UserError
from haihe_desk.services import backups, contacts, organisations, settings
from haihe_desk.services.context import current_actor
from haihe_desk.ui.bus import bus
from haihe_desk.ui.changes import Change
from haihe_desk.ui.dialogs.contact_dialog import ContactDialog
from haihe_desk.ui.dialogs.org_dialogs import OrgDialog, OrgPickDialog
from haihe_desk.ui.list_tab import ListTab
from haihe_desk.ui.ops import Op, run_op

ORG_ID_ROLE = Qt.ItemDataRole.UserRole + 10
LINK_COLOUR = QColor("#0B57D0")
RETIRED_COLOUR = QColor("#8A8A8A")


class LinkDelegate(QStyledItemDelegate):
    """Shows a cell as a link (blue, underlined): the e-mail column."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if index.data():
            option.font.setUnderline(True)
            option.palette.setColor(option.palette.ColorRole.Text, LINK_COLOUR)
            option.palette.setColor(option.palette.ColorRole.HighlightedText, QColor("#FFFFFF"))


class ContactsTab(ListTab):
    FORM = "contacts_tab"
    AREAS = frozenset({Change.CONTACTS, Change.ORGANISATIONS})
    SEARCH_DELAY = 120

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, contacts.SOURCE, parent)
        self.allow_only(roles.CONTACTS_EDIT, "newOrgButton", "editOrgButton", "newContactButton", "editContactButton",
                        "deleteContactButton")
        self._search_timer.setInterval(self.SEARCH_DELAY)
        self.last_op: Op | None = None
        self.org_filter: int | None = None
        with db.read() as s:
            self.contest_id = settings.current_contest_id(s)

        # ---- contact filters and actions
        self.role_combo = self.combo("roleCombo")
        self.trade_combo = self.combo("tradeCombo")
        self.fill_combo(
            self.role_combo, [(labels.label(labels.CONTACT_ROLES, k), k) for k in labels.CONTACT_ROLES], self.tr("全部")
        )
        self._load_trades()
        self.role_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.trade_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.child(QPushButton, "newContactButton").clicked.connect(lambda: self.new_contact())
        self.child(QPushButton, "editContactButton").clicked.connect(lambda: self.edit_contact())
        self.child(QPushButton, "deleteContactButton").clicked.connect(lambda: self.delete_contacts())
        self.child(QPushButton, "copyPhoneButton").clicked.connect(self.copy_phone)
        self.child(QPushButton, "copyEmailButton").clicked.connect(self.copy_email)
        self.child(QPushButton, "mailButton").clicked.connect(lambda: self.mail_selected())
        self.child(QPushButton, "printButton").clicked.connect(lambda: self.print_sheet())
        QShortcut(QKeySequence("Ctrl+Shift+C"), self, activated=self.copy_phone)
        self.email_col = self.model.column_index("email")
        self.table.setItemDelegateForColumn(self.email_col, LinkDelegate(self.table))
        self.table.clicked.connect(self._on_click)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.customContextMenuRequested.connect(self._contact_menu)
        more = QMenu(self)
        self.act_import_contacts = more.addAction(self.tr("导入联系人（xlsx）…"), lambda: self.import_contacts())
        self.act_export_contacts = more.addAction(self.tr("导出联系人（xlsx）…"), lambda: self.export_contacts())
        self.act_contact_template = more.addAction(self.tr("下载联系人导入模板…"), lambda: self.contact_template())
        more.addSeparator()
        self.act_vcard = more.addAction(self.tr("导出到手机（vCard）…"), lambda: self.export_vcard())
        self.child(QToolButton, "contactMoreButton").setMenu(more)

        # ---- unit tree
        self.splitter: QSplitter = self.child(QSplitter, "splitter")
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 900])
        self.org_tree: QTreeView = self.child(QTreeView, "orgTree")
        self.org_search: QLineEdit = self.child(QLineEdit, "orgSearchEdit")
        self.show_retired: QCheckBox = self.child(QCheckBox, "showRetiredCheck")
        self.org_info: QLabel = self.child(QLabel, "orgInfoLabel")
        self.org_model = QStandardItemModel(self)
        self.org_proxy = QSortFilterProxyModel(self)
        self.org_proxy.setSourceModel(self.org_model)
        self.org_proxy.setRecursiveFilteringEnabled(True)
        self.org_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.org_tree.setModel(self.org_proxy)
        self.org_tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.org_tree.header().setStretchLastSection(False)
        self.org_search.textChanged.connect(self._filter_tree)
        self.show_retired.toggled.connect(lambda _c: self.load_tree())
        self.org_tree.selectionModel().selectionChanged.connect(self._on_org_selected)
        self.org_tree.customContextMenuRequested.connect(self._org_menu)
        self.org_tree.doubleClicked.connect(lambda _i: self.edit_org())
        self.child(QPushButton, "newOrgButton").clicked.connect(lambda: self.new_org())
        self.child(QPushButton, "editOrgButton").clicked.connect(lambda: self.edit_org())
        self.org_more = QMenu(self)
        self._fill_org_menu(self.org_more)
        self.child(QToolButton, "orgMoreButton").setMenu(self.org_more)
        self.load_tree()
        self.reload()

    # ------------------------------------------------------------------ filters
    def _load_trades(self) -> None:
        with self.db.read() as s:
            names = contacts.trade_choices(s, self.contest_id)
        self.fill_combo(self.trade_combo, [(n, n) for n in names], self.tr("全部"))

    def filters(self) -> dict[str, Any]:
        return {
            "text": self.search.text(), "role": self.role_combo.currentData(), "trade": self.trade_combo.currentData(),
            "contest_id": self.contest_id, "organisation_id": self.org_filter,
        }

    def _on_changed(self, areas: frozenset[Change]) -> None:
        if areas & {Change.ORGANISATIONS, Change.CONTACTS, Change.REGISTRATIONS}:
            self.load_tree()
        if Change.CONTACTS in areas:
            self._load_trades()
        super()._on_changed(areas)

    # ------------------------------------------------------------------ contacts
    def current_contact_id(self) -> int | None:
        ids = self.selected_ids()
        if ids:
            return int(ids[0])
        idx = self.table.currentIndex()
        return int(self.model.row_id(idx.row())) if idx.isValid() else None

    def new_contact(self) -> ContactDialog:
        dlg = ContactDialog(self.db, self, contest_id=self.contest_id, org_id=self.org_filter)
        dlg.dialog.open()
        return dlg

    def edit_contact(self, contact_id: int | None = None) -> ContactDialog | None:
        cid = contact_id if contact_id is not None else self.current_contact_id()
        if cid is None:
            self.count_label.setText(self.tr("请先在表中选择一位联系人。"))
            return None
        try:
            dlg = ContactDialog(self.db, self, contact_id=cid)
        except UserError as err:
            QMessageBox.warning(self, self.tr("无法编辑"), err.message)
            return None
        dlg.dialog.open()
        return dlg

    def delete_contacts(self, ids: list[int] | None = None, *, confirm: bool = True) -> int:
        ids = ids if ids is not None else [int(i) for i in self.selected_ids()]
        if not ids:
            self.count_label.setText(self.tr("请先在表中选择要删除的联系人。"))
            return 0
        if confirm and QMessageBox.question(
            self, self.tr("删除联系人"), self.tr("确定删除所选的 {n} 位联系人吗？此操作会记入审计日志。").format(n=len(ids))
        ) != QMessageBox.StandardButton.Yes:
            return 0
        try:
            with self.db.write() as s:
                n = contacts.delete(s, current_actor(), ids)
        except UserError as err:
            QMessageBox.warning(self, self.tr("无法删除"), err.message)
            return 0
        bus.emit_changed(Change.CONTACTS)
        self.count_label.setText(self.tr("已删除 {n} 位联系人。").format(n=n))
        return n

    def _selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return rows

    def _selected_values(self, key: str) -> list[str]:
        col = self.model.column_index(key)
        return [str(self.model.rows[r][col + 1]) for r in self._selected_rows() if self.model.rows[r][col + 1]]

    def _copy(self, text: str, message: str) -> str:
        if text:
            QGuiApplication.clipboard().setText(text)
            self.count_label.setText(message.format(t=text.replace("\n", "；")))
        return text

    def copy_phone(self) -> str:
        """Copy the selected contacts' phones (one line per contact)."""
        return self._copy("\n".join(self._selected_values("phones")), self.tr("已复制电话：{t}"))

    def copy_email(self) -> str:
        return self._copy("\n".join(self._selected_values("email")), self.tr("已复制邮箱：{t}"))

    def copy_text(self, text: str) -> str:
        """Copy one number or address (the context menu's per-number entries)."""
        return self._copy(text, self.tr("已复制：{t}"))

    def mail_to(self, addresses: list[str]) -> bool:
        if not addresses:
            self.count_label.setText(self.tr("所选联系人没有电子邮箱。"))
            return False
        return QDesktopServices.openUrl(QUrl("mailto:" + ",".join(addresses)))

    def mail_selected(self) -> bool:
        return self.mail_to(self._selected_values("email"))

    def _on_click(self, index: QModelIndex) -> None:
        if index.column() == self.email_col and index.data():
            self.mail_to([index.data()])

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.column() != self.email_col:
            self.edit_contact(int(self.model.row_id(index.row())))

    def _contact_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        menu = self.contact_menu(index.row() if index.isValid() else None)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def contact_menu(self, row: int | None) -> QMenu:
        """The table's context menu for a row: one copy action per number and address."""
        menu = QMenu(self)
        if row is not None:
            cid = int(self.model.row_id(row))
            with self.db.read() as s:
                rec = contacts.record(s, cid)
            if rec is not None:
                for kind, number in rec.phones:
                    menu.addAction(
                        self.tr("复制{kind} {n}").format(kind=labels.label(contacts.PHONE_KINDS, kind), n=number),
                        lambda n=number: self.copy_text(n),
                    )
                if rec.email:
                    menu.addAction(self.tr("复制邮箱 {e}").format(e=rec.email), lambda e=rec.email: self.copy_text(e))
                    menu.addAction(self.tr("给 {e} 写邮件").format(e=rec.email), lambda e=rec.email: self.mail_to([e]))
                menu.addSeparator()
            menu.addAction(self.tr("编辑…"), lambda: self.edit_contact(cid))
            menu.addAction(self.tr("删除"), lambda: self.delete_contacts())
            menu.addSeparator()
        menu.addAction(self.tr("新建联系人…"), lambda: self.new_contact())
        return menu

    # ------------------------------------------------------------------ files (contacts)
    def _save_path(self, title: str, name: str, pattern: str) -> str:
        path, _f = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), pattern)
        return path

    def _open_path(self, title: str, pattern: str) -> str:
        path, _f = QFileDialog.getOpenFileName(self, title, str(Path.home()), pattern)
        return path

    def _xlsx(self) -> str:
        return self.tr("Excel 工作簿 (*.xlsx)")

    def _run(self, title: str, work: Any, done_message: Any, changes: tuple[Change, ...] = ()) -> Op:
        self.last_op = run_op(self, title, work, on_done=lambda r: self.count_label.setText(done_message(r)),
                              changes=changes)
        return self.last_op

    def export_contacts(self, path: str | None = None) -> Op | None:
        path = path or self._save_path(self.tr("导出联系人"), self.tr("通讯录.xlsx"), self._xlsx())
        if not path:
            return None
        f = self.filters()

        def work(progress: Any) -> int:
            with self.db.read() as s:
                return contacts.export_file(s, path, f)

        return self._run(self.tr("正在导出联系人…"), work,
                         lambda n: self.tr("已导出 {n} 位联系人到 {p}").format(n=n, p=path))

    def contact_template(self, path: str | None = None) -> Op | None:
        path = path or self._save_path(self.tr("下载联系人导入模板"), self.tr("联系人导入模板.xlsx"), self._xlsx())
        if not path:
            return None
        return self._run(self.tr("正在写出模板…"), lambda _p: contacts.write_template_file(path),
                         lambda _r: self.tr("已写出导入模板：{p}").format(p=path))

    def import_contacts(self, path: str | None = None) -> Op | None:
        path = path or self._open_path(self.tr("导入联系人"), self._xlsx())
        if not path:
            return None
        contest_id = self.contest_id

        def work(progress: Any) -> Any:
            backups.auto_backup(self.db, "import")
            with self.db.write() as s:
                result = contacts.import_file(s, current_actor(), path, contest_id=contest_id)
                progress(1, 1)
                return result

        return self._run(self.tr("正在导入联系人…"), work, lambda r: self.tr(
            "导入完成：新建或更新 {w} 位，未变 {u} 位。").format(w=r.written, u=r.unchanged), (Change.CONTACTS,))

    def export_vcard(self, path: str | None = None) -> Op | None:
        path = path or self._save_path(self.tr("导出到手机（vCard）"), self.tr("通讯录.vcf"), self.tr("vCard 名片 (*.vcf)"))
        if not path:
            return None
        f = self.filters()

        def work(progress: Any) -> int:
            from haihe_desk.io.vcard import write_vcf

            with self.db.read() as s:
                recs = contacts.records(s, f)
            return write_vcf(path, recs, category=self.tr("海河工匠杯"))

        return self._run(self.tr("正在导出 vCard…"), work,
                         lambda n: self.tr("已导出 {n} 张名片到 {p}").format(n=n, p=path))

    def print_sheet(self, path: str | None = None) -> Op | None:
        path = path or self._save_path(self.tr("打印通讯录"), self.tr("通讯录.pdf"), self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return None
        f = self.filters()

        def work(progress: Any) -> Any:
            from haihe_desk.io.contact_sheet import write_contact_sheet

            with self.db.read() as s:
                recs = contacts.records(s, f)
                heading = contacts.sheet_heading(s, self.contest_id)
            return write_contact_sheet(path, recs, heading=heading)

        def done(r: Any) -> str:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(r.path)))
            return self.tr("已生成通讯录 PDF（{n} 页）：{p}").format(n=r.pages, p=path)

        return self._run(self.tr("正在生成通讯录 PDF…"), work, done)

    # ------------------------------------------------------------------ unit tree
    def load_tree(self) -> None:
        """Rebuild the tree from the database, keeping the selection and what was expanded."""
        keep = self.org_filter
        expanded = self._expanded_ids()
        with self.db.read() as s:
            nodes = organisations.tree(s, include_retired=self.show_retired.isChecked())
        self.org_model.clear()
        root = QStandardItem(self.tr("全部单位"))
        root.setData(None, ORG_ID_ROLE)
        root.setEditable(False)
        self.org_model.appendRow(root)
        items: dict[int, QStandardItem] = {}
        for n in nodes:
            suffix = ""
            if n.retired:
                suffix = self.tr("（已合并）") if n.merged_into_id else self.tr("（已停用）")
            text = f"{n.union_code}　{n.name}" if n.union_code else n.name
            item = QStandardItem(text + suffix)
            item.setEditable(False)
            item.setData(n.id, ORG_ID_ROLE)
            item.setToolTip(self.tr("{kind}；工会代码：{code}；报名 {n} 条").format(
                kind=n.kind_label, code=n.union_code or "—", n=n.registrations))
            if n.retired:
                item.setForeground(QBrush(RETIRED_COLOUR))
            items[n.id] = item
        for n in nodes:
            parent = items.get(n.parent_id) if n.parent_id is not None else None
            (parent or root).appendRow(items[n.id])
        self.org_tree.expand(self.org_proxy.mapFromSource(root.index()))
        for oid in expanded:
            if oid in items:
                self.org_tree.expand(self.org_proxy.mapFromSource(items[oid].index()))
        if keep is not None and keep in items:
            self.select_org(keep)
        else:
            self.org_filter = None
            self.org_tree.setCurrentIndex(self.org_proxy.mapFromSource(root.index()))
            self._show_org_info(None)

    def _expanded_ids(self) -> set[int]:
        out: set[int] = set()

        def walk(parent: QModelIndex) -> None:
            for r in range(self.org_proxy.rowCount(parent)):
                idx = self.org_proxy.index(r, 0, parent)
                if self.org_tree.isExpanded(idx):
                    oid = idx.data(ORG_ID_ROLE)
                    if oid is not None:
                        out.add(int(oid))
                    walk(idx)

        walk(QModelIndex())
        return out

    def _find_item(self, org_id: int) -> QStandardItem | None:
        hits = self.org_model.match(self.org_model.index(0, 0), ORG_ID_ROLE, org_id, 1,
                                    Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return self.org_model.itemFromIndex(hits[0]) if hits else None

    def select_org(self, org_id: int | None) -> None:
        """Select a unit in the tree (None: 全部单位); the contacts list follows."""
        if org_id is None:
            idx = self.org_proxy.mapFromSource(self.org_model.index(0, 0))
        else:
            item = self._find_item(org_id)
            if item is None:
                return
            idx = self.org_proxy.mapFromSource(item.index())
        self.org_tree.setCurrentIndex(idx)
        self.org_tree.scrollTo(idx)

    def current_org_id(self) -> int | None:
        idx = self.org_tree.currentIndex()
        oid = idx.data(ORG_ID_ROLE) if idx.isValid() else None
        return int(oid) if oid is not None else None

    def _filter_tree(self, text: str) -> None:
        self.org_proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.org_tree.expandAll()

    def _on_org_selected(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        oid = self.current_org_id()
        if oid != self.org_filter:
            self.org_filter = oid
            self.reload()
        self._show_org_info(oid)

    def _show_org_info(self, org_id: int | None) -> None:
        if org_id is None:
            self.org_info.setText("")
            return
        with self.db.read() as s:
            try:
                org = organisations.get(s, org_id)
            except UserError:
                return
            n = len(organisations.subtree_ids(s, org_id)) - 1
            text = self.tr("{name}：{kind}，工会代码 {code}，下级单位 {n} 个").format(
                name=org.short_name or org.name, kind=labels.label(labels.ORG_KINDS, org.kind),
                code=org.union_code or "—", n=n)
        self.org_info.setText(text)

    def _fill_org_menu(self, menu: QMenu) -> None:
        menu.clear()
        menu.addAction(self.tr("新建下级单位…"), lambda: self.new_org(under=self.current_org_id()))
        menu.addAction(self.tr("移动到…"), lambda: self.move_org())
        menu.addAction(self.tr("合并到…"), lambda: self.merge_org())
        menu.addAction(self.tr("停用"), lambda: self.retire_org())
        menu.addAction(self.tr("恢复"), lambda: self.restore_org())
        menu.addAction(self.tr("删除"), lambda: self.delete_org())
        menu.addSeparator()
        menu.addAction(self.tr("导入工会代码表（xlsx）…"), lambda: self.import_orgs())
        menu.addAction(self.tr("导出工会代码表（xlsx）…"), lambda: self.export_orgs())
        menu.addAction(self.tr("下载工会代码表导入模板…"), lambda: self.org_template())

    def _org_menu(self, pos: QPoint) -> None:
        idx = self.org_tree.indexAt(pos)
        if idx.isValid():
            self.org_tree.setCurrentIndex(idx)
        menu = QMenu(self)
        self._fill_org_menu(menu)
        menu.popup(self.org_tree.viewport().mapToGlobal(pos))

    def _need_org(self) -> int | None:
        oid = self.current_org_id()
        if oid is None:
            self.count_label.setText(self.tr("请先在左侧选择一个单位。"))
        return oid

    def new_org(self, under: int | None = None) -> OrgDialog:
        dlg = OrgDialog(self.db, self, parent_id=under)
        dlg.dialog.accepted.connect(lambda: dlg.saved_id and self.select_org(dlg.saved_id))
        dlg.dialog.open()
        return dlg

    def edit_org(self, org_id: int | None = None) -> OrgDialog | None:
        oid = org_id if org_id is not None else self._need_org()
        if oid is None:
            return None
        dlg = OrgDialog(self.db, self, org_id=oid)
        dlg.dialog.open()
        return dlg

    def _write(self, fn: Any, message: str) -> bool:
        try:
            with self.db.write() as s:
                fn(s)
        except UserError as err:
            QMessageBox.warning(self, self.tr("无法完成"), err.message)
            return False
        bus.emit_changed(Change.ORGANISATIONS, Change.CONTACTS, Change.REGISTRATIONS)
        self.count_label.setText(message)
        return True

    def move_org(self, org_id: int | None = None, new_parent: int | None | bool = False, reason: str = "") -> bool:
        """Move a unit; ``new_parent`` False asks with the pick dialog, None puts it at the top."""
        oid = org_id if org_id is not None else self._need_org()
        if oid is None:
            return False
        if new_parent is False:
            with self.db.read() as s:
                below = organisations.subtree_ids(s, oid)
            pick = OrgPickDialog(self.db, self, title=self.tr("移动单位"), allow_top=True, exclude=below,
                                 prompt=self.tr("把所选单位（连同其全部下级）移到哪个单位之下？"))
            if not pick.run():
                return False
            new_parent, reason = pick.chosen(), pick.reason()
        return self._write(lambda s: organisations.move(s, current_actor(), oid, new_parent or None, reason=reason),
                           self.tr("已移动单位。"))

    def merge_org(self, duplicate_id: int | None = None, survivor_id: int | None = None, reason: str = "") -> bool:
        """Merge the selected (duplicate) unit into another one chosen in the pick dialog."""
        oid = duplicate_id if duplicate_id is not None else self._need_org()
        if oid is None:
            return False
        if survivor_id is None:
            with self.db.read() as s:
                below = organisations.subtree_ids(s, oid)
                name = organisations.get(s, oid).name
            pick = OrgPickDialog(self.db, self, title=self.tr("合并重复单位"), exclude=below, prompt=self.tr(
                "“{name}”是重复的单位：它的报名、联系人和下级单位将转到下面选择的保留单位，它本身标为“已合并”。"
            ).format(name=name))
            if not pick.run():
                return False
            survivor_id, reason = pick.chosen(), pick.reason()
        if survivor_id is None:
            return False
        target = survivor_id
        ok = self._write(lambda s: organisations.merge(s, current_actor(), oid, target, reason=reason),
                         self.tr("已合并单位。"))
        if ok:
            self.select_org(target)
        return ok

    def retire_org(self, org_id: int | None = None) -> bool:
        oid = org_id if org_id is not None else self._need_org()
        if oid is None:
            return False
        return self._write(lambda s: organisations.retire(s, current_actor(), oid), self.tr("已停用单位。"))

    def restore_org(self, org_id: int | None = None) -> bool:
        oid = org_id if org_id is not None else self._need_org()
        if oid is None:
            return False
        return self._write(lambda s: organisations.restore(s, current_actor(), oid), self.tr("已恢复单位。"))

    def delete_org(self, org_id: int | None = None, *, confirm: bool = True) -> bool:
        oid = org_id if org_id is not None else self._need_org()
        if oid is None:
            return False
        if confirm and QMessageBox.question(
            self, self.tr("删除单位"), self.tr("确定删除所选单位吗？有报名或下级的单位不能删除，只能停用。")
        ) != QMessageBox.StandardButton.Yes:
            return False
        ok = self._write(lambda s: organisations.delete(s, current_actor(), oid), self.tr("已删除单位。"))
        if ok:
            self.select_org(None)
        return ok

    def import_orgs(self, path: str | None = None) -> Op | None:
        path = path or self._open_path(self.tr("导入工会代码表"), self._xlsx())
        if not path:
            return None

        def work(progress: Any) -> Any:
            backups.auto_backup(self.db, "import")
            with self.db.write() as s:
                return organisations.import_file(s, current_actor(), path, progress=progress)

        return self._run(self.tr("正在导入工会代码表…"), work, lambda r: self.tr(
            "导入完成：新建或更新 {w} 个单位，未变 {u} 个。").format(w=r.written, u=r.unchanged),
            (Change.ORGANISATIONS, Change.CONTACTS, Change.REGISTRATIONS))

    def export_orgs(self, path: str | None = None) -> Op | None:
        path = path or self._save_path(self.tr("导出工会代码表"), self.tr("工会代码表.xlsx"), self._xlsx())
        if not path:
            return None
        include = self.show_retired.isChecked()

        def work(progress: Any) -> int:
            with self.db.read() as s:
                return organisations.export_file(s, path, include_retired=include)

        return self._run(self.tr("正在导出工会代码表…"), work,
                         lambda n: self.tr("已导出 {n} 个单位到 {p}").format(n=n, p=path))

    def org_template(self, path: str | None = None) -> Op | None:
        path = path or self._save_path(self.tr("下载工会代码表导入模板"), self.tr("工会代码表导入模板.xlsx"), self._xlsx())
        if not path:
            return None
        return self._run(self.tr("正在写出模板…"), lambda _p: organisations.write_template_file(path),
                         lambda _r: self.tr("已写出导入模板：{p}").format(p=path))
