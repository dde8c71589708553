"""赛事 tab: the contest and its trades with live counts; contest create/edit/copy/archive, trade
add/edit/delete/import/template, and the grassroots filings register. Every action calls one
function of ``ui/operations/contests.py``; this module holds no SQL and opens no transaction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QPushButton, QWidget

from haihe_desk.db.database import Database
from haihe_desk.domain import contest_rules as rules
from haihe_desk.domain import labels, roles
from haihe_desk.errors import UserError
from haihe_desk.i18n import translate
from haihe_desk.services import contests, trades
from haihe_desk.ui.changes import Change
from haihe_desk.ui.list_tab import ListTab
from haihe_desk.ui.operations import contests as ops

BUTTONS = (
    "newContestButton",
    "editContestButton",
    "copyContestButton",
    "archiveButton",
    "filingsButton",
    "addTradeButton",
    "editTradeButton",
    "deleteTradeButton",
    "importTradesButton",
    "templateButton",
)


class ContestsTab(ListTab):
    FORM = "contests_tab"
    AREAS = frozenset({Change.CONTESTS, Change.TRADES, Change.REGISTRATIONS, Change.JUDGING, Change.ORGANISATIONS})

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, contests.SOURCE, parent)
        self.allow_only(roles.CONTESTS_EDIT, *BUTTONS)
        self.contest_combo = self.combo("contestCombo")
        self.group_combo = self.combo("groupCombo")
        self.summary: QLabel = self.child(QLabel, "contestSummary")
        self.detail: QLabel = self.child(QLabel, "tradeDetail")
        self.fill_combo(self.group_combo, [(labels.label(labels.GROUPS, k), k) for k in labels.GROUPS], self.tr("全部"))
        self.buttons = {name: self.child(QPushButton, name) for name in BUTTONS}
        b = self.buttons
        b["newContestButton"].clicked.connect(lambda: self.new_contest())
        b["editContestButton"].clicked.connect(lambda: self.edit_contest())
        b["copyContestButton"].clicked.connect(lambda: self.copy_contest())
        b["archiveButton"].clicked.connect(lambda: self.toggle_archive())
        b["filingsButton"].clicked.connect(lambda: self.open_filings())
        b["addTradeButton"].clicked.connect(lambda: self.add_trade())
        b["editTradeButton"].clicked.connect(lambda: self.edit_trade())
        b["deleteTradeButton"].clicked.connect(lambda: self.delete_trade())
        b["importTradesButton"].clicked.connect(lambda: self.import_trades())
        b["templateButton"].clicked.connect(lambda: self.save_template())
        self.table.doubleClicked.connect(lambda _i: self.edit_trade())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_detail())
        self.archived = False
        self.dialog: QDialog | None = None  # the last dialog a button opened (tests and re-focus)
        self._load_contests()
        self.contest_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.group_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()

    # ---- contest list
    def _load_contests(self, select: int | None = None) -> None:
        items, current_id = ops.contest_choices(self.db)
        current = select if select is not None else (self.contest_combo.currentData() or current_id)
        self.contest_combo.blockSignals(True)
        self.contest_combo.clear()
        for c in items:
            text = c.name if str(c.year) in c.name else f"{c.year} {c.name}"
            if c.archived:
                text += self.tr("（已归档）")
            self.contest_combo.addItem(text, c.id)
        idx = self.contest_combo.findData(current)
        self.contest_combo.setCurrentIndex(max(idx, 0))
        self.contest_combo.blockSignals(False)

    def _on_changed(self, areas: frozenset[Change]) -> None:
        if Change.CONTESTS in areas:
            self._load_contests()
        super()._on_changed(areas)

    def contest_id(self) -> int | None:
        return self.contest_combo.currentData()

    def filters(self) -> dict[str, Any]:
        return {"text": self.search.text(), "contest_id": self.contest_id(), "group": self.group_combo.currentData()}

    def after_reload(self) -> None:
        cid = self.contest_id()
        c = ops.contest_summary(self.db, cid) if cid is not None else None
        self.archived = c is not None and c.archived
        if cid is None:
            self.summary.setText(self.tr("还没有赛事。请点击“新建赛事”，或在“文件”菜单中创建演示赛事。"))
        elif c is not None:
            text = self.tr("{name}\n文号：{doc}　主办：{org}　报名截止：{deadline}　{office}").format(
                name=c.name,
                doc=c.doc_number or "—",
                org=c.organiser or "—",
                deadline=f"{c.registration_deadline:%Y-%m-%d}" if c.registration_deadline else "—",
                office=c.office_name,
            )
            if c.committee:
                text += "\n" + self.tr("组委会：") + c.committee
            if c.archived:
                text += "\n" + self.tr("本赛事已归档，只能查看；如需修改，请先点击“取消归档”。")
            self.summary.setText(text)
        has = cid is not None
        for name in ("editContestButton", "copyContestButton", "archiveButton", "filingsButton"):
            self.buttons[name].setEnabled(has)
        for name in ("addTradeButton", "editTradeButton", "deleteTradeButton", "importTradesButton"):
            self.buttons[name].setEnabled(has and not self.archived)
        self.buttons["archiveButton"].setText(self.tr("取消归档") if self.archived else self.tr("归档"))
        self._show_detail()

    def current_trade_id(self) -> int | None:
        idx = self.table.currentIndex()
        if idx.isValid():
            return self.model.row_id(idx.row())
        ids = self.selected_ids()
        return ids[0] if ids else None

    def _show_detail(self) -> None:
        tid = self.current_trade_id()
        if tid is None:
            self.detail.setText(self.tr("选中一个工种可在此查看其全部设置；双击可编辑。"))
            return
        t = ops.trade_detail(self.db, tid)
        if t is None:
            self.detail.setText("")
            return
        c = t.counts
        by = c.get("by_status", {})
        grade = labels.label(labels.GRADES, t.required_grade) if t.required_grade else self.tr("不限")
        lines = [
            self.tr(
                "{code} {name}　{group}　{level}　{team}　年龄 {a}–{b} 岁　等级要求：{grade}{exc}　报名截止：{dl}"
            ).format(
                code=t.code,
                name=t.name,
                group=labels.label(labels.GROUPS, t.group),
                level=labels.label(labels.LEVELS, t.level),
                team=self.tr("团体（每队 {n} 人）").format(n=t.team_size) if t.is_team else self.tr("单人"),
                a=t.min_age,
                b=t.max_age,
                grade=grade,
                exc=self.tr("（允许破格）") if t.grade_exception_allowed and t.required_grade else "",
                dl=f"{t.deadline:%Y-%m-%d}" if t.deadline else "—",
            ),
            self.tr("理论 {t}% / 实操 {p}%　合格线 {pl}　{award}　并列：{tie}　场次 {n} 个").format(
                t=rules.percent_text(t.theory_weight),
                p=rules.percent_text(t.practical_weight),
                pl=t.pass_line,
                award=rules.describe_award_rule(t.award_rule),
                tie=rules.describe_tie_break(t.tie_break),
                n=t.sessions,
            ),
            self.tr(
                "报名 {r}：待审核 {s}、工会已审核 {u}、已确认 {c}、退回 {ret}、"
                "不予通过 {rej}、弃权 {w}；已检录 {ci}；已评分 {sc}；锁定：{lk}"
            ).format(
                r=c.get("registered", 0),
                s=by.get("submitted", 0),
                u=by.get("union_approved", 0),
                c=by.get("confirmed", 0),
                ret=by.get("returned", 0),
                rej=by.get("rejected", 0),
                w=by.get("withdrawn", 0),
                ci=c.get("checked_in", 0),
                sc=c.get("scored", 0),
                lk="、".join(translate("Trades", trades.LOCK_KINDS[k]) for k in c.get("locked", [])) or self.tr("无"),
            ),
        ]
        self.detail.setText("\n".join(lines))

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("无法完成"), text)

    def _open(self, dlg: QDialog) -> QDialog:
        self.dialog = dlg
        dlg.open()
        return dlg

    # ---- contest actions
    def new_contest(self) -> QDialog:
        from haihe_desk.ui.dialogs.contest_dialog import ContestDialog

        dlg = ContestDialog(self.db, None, self)
        dlg.accepted.connect(lambda: self._select_contest(dlg.saved_id))
        return self._open(dlg)

    def edit_contest(self) -> QDialog | None:
        from haihe_desk.ui.dialogs.contest_dialog import ContestDialog

        cid = self.contest_id()
        if cid is None:
            return None
        return self._open(ContestDialog(self.db, cid, self))

    def copy_contest(self) -> QDialog | None:
        from haihe_desk.ui.dialogs.contest_dialog import ContestCopyDialog

        cid = self.contest_id()
        if cid is None:
            return None
        dlg = ContestCopyDialog(self.db, cid, self)
        dlg.accepted.connect(lambda: self._select_contest(dlg.saved_id))
        return self._open(dlg)

    def _select_contest(self, cid: int | None) -> None:
        self._load_contests(select=cid)
        self.reload()

    def toggle_archive(self) -> bool:
        """归档 / 取消归档, as the button says (what the user saw; the service refuses a stale one)."""
        cid = self.contest_id()
        if cid is None:
            return False
        archive = not self.archived
        if archive:
            c = ops.contest_summary(self.db, cid)
            name = (c.short_name or c.name) if c is not None else self.contest_combo.currentText()
            answer = QMessageBox.question(
                self,
                self.tr("归档赛事"),
                self.tr("归档“{name}”后，它的工种和设置只能查看、不能修改（可以随时取消归档）。确定归档吗？").format(
                    name=name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            ops.set_archived(self.db, cid, archive)
        except UserError as exc:
            self._warn(exc.message)
            self._load_contests()
            self.reload()
            return False
        return True

    def open_filings(self) -> QDialog | None:
        from haihe_desk.ui.dialogs.filing_dialog import FilingRegisterDialog

        cid = self.contest_id()
        if cid is None:
            return None
        dlg = FilingRegisterDialog(self.db, cid, self)
        dlg.resize(1040, 620)
        return self._open(dlg)

    # ---- trade actions
    def add_trade(self) -> QDialog | None:
        from haihe_desk.ui.dialogs.trade_dialog import TradeDialog

        cid = self.contest_id()
        if cid is None:
            return None
        return self._open(TradeDialog(self.db, cid, None, self))

    def edit_trade(self) -> QDialog | None:
        from haihe_desk.ui.dialogs.trade_dialog import TradeDialog

        cid, tid = self.contest_id(), self.current_trade_id()
        if cid is None:
            return None
        if tid is None:
            self._warn(self.tr("请先在列表中选中一个工种。"))
            return None
        return self._open(TradeDialog(self.db, cid, tid, self))

    def delete_trade(self) -> bool:
        tid = self.current_trade_id()
        if tid is None:
            self._warn(self.tr("请先在列表中选中一个工种。"))
            return False
        try:
            label = ops.trade_label(self.db, tid)
        except UserError as exc:
            self._warn(exc.message)
            return False
        answer = QMessageBox.question(
            self,
            self.tr("删除工种"),
            self.tr("删除工种“{t}”及其场次？删除后不能恢复（审计日志中保留其设置）。").format(t=label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            ops.delete_trade(self.db, tid)
        except UserError as exc:
            self._warn(exc.message)
            return False
        self.count_label.setText(self.tr("已删除工种 {t}").format(t=label))
        return True

    def save_template(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存工种列表模板"), self.tr("工种列表模板.xlsx"), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if not name:
            return None
        try:
            path = ops.save_trades_template(name)
        except UserError as exc:
            self._warn(exc.message)
            return None
        self.count_label.setText(self.tr("已保存模板：{file}").format(file=path))
        return path

    def import_trades(self) -> QDialog | None:
        """导入工种…: choose the file, then the one import dialog checks it and imports on 导入."""
        cid = self.contest_id()
        if cid is None:
            return None
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择工种列表"), "", self.tr("Excel 工作簿 (*.xlsx)"))
        if not name:
            return None
        dlg = ops.import_trades(self, self.db, cid, name)
        dlg.imported.connect(
            lambda outcome: self.count_label.setText(
                self.tr("已导入工种列表：{w} 个工种新增或更新，{u} 个没有变化。").format(
                    w=outcome.result.written, u=outcome.result.unchanged
                )
            )
        )
        self.dialog = dlg
        return dlg
