"""通讯录 tab: the unit-tree panel on the left (``ui/tabs/org_tree_panel.py``), the contact list on
the right (this module).

Contacts: search as you type (name, pinyin initials, phone digits, unit), role and trade filters,
copy a phone or e-mail with one action, click an e-mail to write, add/edit/delete through the
contact dialog, xlsx import/export, vCard export and a printed contact sheet. Selecting a unit in
the tree shows its contacts and those of every unit below it. No SQL here: every action calls one
function of ``ui/operations/contacts``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QUrl
from PySide6.QtGui import QAction, QColor, QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)

from haihe_desk.db.database import Database
from haihe_desk.domain import labels, phones, roles
from haihe_desk.errors import UserError
from haihe_desk.services import contacts
from haihe_desk.ui.changes import Change
from haihe_desk.ui.dialogs.contact_dialog import ContactDialog
from haihe_desk.ui.dialogs.import_dialog import ImportDialog
from haihe_desk.ui.list_tab import ListTab
from haihe_desk.ui.operations import contacts as ops
from haihe_desk.ui.ops import Op
from haihe_desk.ui.tabs.org_tree_panel import ORG_ID_ROLE, OrgTreePanel

__all__ = ["ORG_ID_ROLE", "ContactsTab", "LinkDelegate"]

LINK_COLOUR = QColor("#0B57D0")


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
    AREAS = frozenset({Change.CONTACTS, Change.ORGANISATIONS, Change.CONTESTS})
    SEARCH_DELAY = 120

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, contacts.SOURCE, parent)
        self.can_edit = self.allow_only(
            roles.CONTACTS_EDIT, "newContactButton", "editContactButton", "deleteContactButton"
        )
        self._search_timer.setInterval(self.SEARCH_DELAY)
        self.last_op: Op | None = None
        self.org_filter: int | None = None
        self.contest_id: int | None = None  # read at every reload, never cached from start-up

        # ---- the unit-tree panel, left of the list
        self.splitter: QSplitter = self.child(QSplitter, "splitter")
        self.org_panel = OrgTreePanel(db, self)
        self.splitter.insertWidget(0, self.org_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 900])
        self.org_info: QLabel = self.child(QLabel, "orgInfoLabel")
        self.org_panel.selected.connect(self._on_org_selected)
        self.org_panel.message.connect(self.count_label.setText)
        self.org_panel.info.connect(self.org_info.setText)

        # ---- contact filters and actions
        self.role_combo = self.combo("roleCombo")
        self.trade_combo = self.combo("tradeCombo")
        self.fill_combo(
            self.role_combo, [(labels.label(labels.CONTACT_ROLES, k), k) for k in labels.CONTACT_ROLES], self.tr("全部")
        )
        self.role_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.trade_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.child(QPushButton, "newContactButton").clicked.connect(lambda: self.new_contact())
        self.child(QPushButton, "editContactButton").clicked.connect(lambda: self.edit_contact())
        self.child(QPushButton, "deleteContactButton").clicked.connect(lambda: self.delete_contacts())
        self.child(QPushButton, "copyPhoneButton").clicked.connect(lambda: self.copy_phone())
        self.child(QPushButton, "copyEmailButton").clicked.connect(lambda: self.copy_email())
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
        self.act_import_contacts.setVisible(self.can_edit)
        self.act_export_contacts = more.addAction(self.tr("导出联系人（xlsx）…"), lambda: self.export_contacts())
        self.act_contact_template = more.addAction(self.tr("下载联系人导入模板…"), lambda: self.contact_template())
        more.addSeparator()
        self.act_vcard = more.addAction(self.tr("导出到手机（vCard）…"), lambda: self.export_vcard())
        self.child(QToolButton, "contactMoreButton").setMenu(more)
        self.org_panel.load_tree()
        self.reload()

    # ------------------------------------------------------------------ filters
    def reload(self) -> None:
        self.contest_id = ops.current_contest(self.db)
        super().reload()

    def _load_trades(self) -> None:
        self.fill_combo(
            self.trade_combo, [(n, n) for n in ops.trade_choices(self.db, self.contest_id)], self.tr("全部")
        )

    def filters(self) -> dict[str, Any]:
        return {
            "text": self.search.text(),
            "role": self.role_combo.currentData(),
            "trade": self.trade_combo.currentData(),
            "contest_id": self.contest_id,
            "organisation_id": self.org_filter,
        }

    def _on_changed(self, areas: frozenset[Change]) -> None:
        super()._on_changed(areas)
        if areas & {Change.CONTACTS, Change.CONTESTS, Change.TRADES}:
            self._load_trades()

    def after_reload(self) -> None:
        if self.trade_combo.count() == 0:
            self._load_trades()

    def _on_org_selected(self, org_id: int | None) -> None:
        if org_id != self.org_filter:
            self.org_filter = org_id
            self.reload()

    # the tree, for callers that think of the tab as one thing
    def select_org(self, org_id: int | None) -> None:
        self.org_panel.select_org(org_id)

    def current_org_id(self) -> int | None:
        return self.org_panel.current_org_id()

    # ------------------------------------------------------------------ contacts
    def current_contact_id(self) -> int | None:
        ids = self.selected_ids()
        if ids:
            return int(ids[0])
        idx = self.table.currentIndex()
        return int(self.model.row_id(idx.row())) if idx.isValid() else None

    def new_contact(self) -> ContactDialog:
        dlg = ContactDialog(self.db, self, contest_id=self.contest_id, org_id=self.org_filter)
        dlg.open()
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
        dlg.open()
        return dlg

    def delete_contacts(self) -> int:
        """删除: the selected contacts, after a confirmation."""
        ids = [int(i) for i in self.selected_ids()]
        if not ids:
            self.count_label.setText(self.tr("请先在表中选择要删除的联系人。"))
            return 0
        if (
            QMessageBox.question(
                self,
                self.tr("删除联系人"),
                self.tr("确定删除所选的 {n} 位联系人吗？此操作会记入审计日志。").format(n=len(ids)),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return 0
        try:
            n = ops.delete_contacts(self.db, ids)
        except UserError as err:
            QMessageBox.warning(self, self.tr("无法删除"), err.message)
            return 0
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
        if index.column() != self.email_col and self.can_edit:
            self.edit_contact(int(self.model.row_id(index.row())))

    def _contact_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        menu = self.contact_menu(index.row() if index.isValid() else None)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def contact_menu(self, row: int | None) -> QMenu:
        """The table's context menu for a row: one copy action per number and address, edit, delete."""
        menu = QMenu(self)
        if row is not None:
            cid = int(self.model.row_id(row))
            rec = ops.contact_record(self.db, cid)
            if rec is not None:
                for kind, number in rec.phones:
                    menu.addAction(
                        self.tr("复制{kind} {n}").format(kind=labels.label(phones.KINDS, kind), n=number),
                        lambda n=number: self.copy_text(n),
                    )
                if rec.email:
                    menu.addAction(self.tr("复制邮箱 {e}").format(e=rec.email), lambda e=rec.email: self.copy_text(e))
                    menu.addAction(self.tr("给 {e} 写邮件").format(e=rec.email), lambda e=rec.email: self.mail_to([e]))
                menu.addSeparator()
            if self.can_edit:
                menu.addAction(self.tr("编辑…"), lambda: self.edit_contact(cid))
                menu.addAction(self.tr("删除"), lambda: self.delete_contacts())
                menu.addSeparator()
        if self.can_edit:
            menu.addAction(self.tr("新建联系人…"), lambda: self.new_contact())
        return menu

    def menu_action(self, menu: QMenu, text: str) -> QAction:
        """The action of ``menu`` whose text is ``text`` (for keyboard users and tests alike)."""
        return next(a for a in menu.actions() if a.text() == text)

    # ------------------------------------------------------------------ files (contacts)
    def _save_path(self, title: str, name: str, pattern: str) -> str:
        path, _f = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), pattern)
        return path

    def _xlsx(self) -> str:
        return self.tr("Excel 工作簿 (*.xlsx)")

    def _say(self, text: str) -> None:
        self.count_label.setText(text)

    def export_contacts(self) -> Op | None:
        path = self._save_path(self.tr("导出联系人"), self.tr("通讯录.xlsx"), self._xlsx())
        if not path:
            return None
        self.last_op = ops.export_contacts(
            self,
            self.db,
            path,
            self.filters(),
            lambda n: self._say(self.tr("已导出 {n} 位联系人到 {p}").format(n=n, p=path)),
        )
        return self.last_op

    def contact_template(self) -> Op | None:
        path = self._save_path(self.tr("下载联系人导入模板"), self.tr("联系人导入模板.xlsx"), self._xlsx())
        if not path:
            return None
        self.last_op = ops.write_contact_template(
            self, path, lambda _r: self._say(self.tr("已写出导入模板：{p}").format(p=path))
        )
        return self.last_op

    def import_contacts(self) -> ImportDialog:
        """导入联系人（xlsx）…: the import dialog chooses and checks the file, then imports."""
        self.last_import = ops.open_contacts_import(self, self.db, ops.current_contest(self.db))
        self.last_import.imported.connect(
            lambda o: self._say(
                self.tr("导入完成：新建或更新 {w} 位，未变 {u} 位。").format(w=o.result.written, u=o.result.unchanged)
            )
        )
        return self.last_import

    def export_vcard(self) -> Op | None:
        path = self._save_path(self.tr("导出到手机（vCard）"), self.tr("通讯录.vcf"), self.tr("vCard 名片 (*.vcf)"))
        if not path:
            return None
        self.last_op = ops.export_vcard(
            self,
            self.db,
            path,
            self.filters(),
            self.tr("海河工匠杯"),
            lambda n: self._say(self.tr("已导出 {n} 张名片到 {p}").format(n=n, p=path)),
        )
        return self.last_op

    def print_sheet(self) -> Op | None:
        path = self._save_path(self.tr("打印通讯录"), self.tr("通讯录.pdf"), self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return None

        def done(r: Any) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(r.path)))
            self._say(self.tr("已生成通讯录 PDF（{n} 页）：{p}").format(n=r.pages, p=path))

        self.last_op = ops.print_contact_sheet(self, self.db, path, self.filters(), done)
        return self.last_op
