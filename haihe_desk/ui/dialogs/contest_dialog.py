"""赛事设置 dialog (create/edit a contest with its organising committee) and 复制赛事."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from haihe_desk.db.database import Database
from haihe_desk.domain import labels
from haihe_desk.errors import Conflict, UserError
from haihe_desk.i18n import translate
from haihe_desk.services import contests
from haihe_desk.ui.dialogs import conflict_dialog
from haihe_desk.ui.dialogs.base import FormDialog
from haihe_desk.ui.dialogs.contest_widgets import fill, get_date, set_date, setup_date
from haihe_desk.ui.operations import contests as ops

MEMBER_COLUMNS = ("职务", "姓名", "职务说明")


class ContestDialog(FormDialog):
    FORM = "contest_dialog"

    def __init__(self, db: Database, contest_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.contest_id = contest_id
        self.version: int | None = None
        self.saved_id: int | None = None
        f = self.w
        self.name: QLineEdit = f(QLineEdit, "nameEdit")
        self.short_name: QLineEdit = f(QLineEdit, "shortNameEdit")
        self.year: QSpinBox = f(QSpinBox, "yearSpin")
        self.doc_number: QLineEdit = f(QLineEdit, "docNumberEdit")
        self.organiser: QLineEdit = f(QLineEdit, "organiserEdit")
        self.office: QLineEdit = f(QLineEdit, "officeEdit")
        self.start: QDateEdit = f(QDateEdit, "startDate")
        self.end: QDateEdit = f(QDateEdit, "endDate")
        self.deadline: QDateEdit = f(QDateEdit, "deadlineDate")
        self.status: QComboBox = f(QComboBox, "statusCombo")
        self.notes: QPlainTextEdit = f(QPlainTextEdit, "notesEdit")
        self.committee: QTableWidget = f(QTableWidget, "committeeTable")
        for edit in (self.start, self.end, self.deadline):
            setup_date(edit, self.tr("未定"))
        fill(self.status, [(translate("Contests", v), k) for k, v in contests.CONTEST_STATUS.items()])
        self.committee.setColumnCount(len(MEMBER_COLUMNS))
        self.committee.setHorizontalHeaderLabels([self.tr(c) for c in MEMBER_COLUMNS])
        self.committee.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.committee.setColumnWidth(0, 100)
        self.committee.setColumnWidth(1, 100)
        self.committee.verticalHeader().setDefaultSectionSize(26)
        f(QPushButton, "addMemberButton").clicked.connect(lambda: self.add_member("member", "", ""))
        f(QPushButton, "removeMemberButton").clicked.connect(self._remove_member)
        f(QPushButton, "memberUpButton").clicked.connect(lambda: self._move_member(-1))
        f(QPushButton, "memberDownButton").clicked.connect(lambda: self._move_member(1))
        self._load()

    def _load(self) -> None:
        if self.contest_id is None:
            from datetime import date

            spec = contests.ContestSpec(
                name="",
                year=date.today().year,
                organiser=self.tr("天津市总工会"),
                office_name=self.tr("技能大赛办公室"),
                status="draft",
            )
            self.setWindowTitle(self.tr("新建赛事"))
        else:
            spec, self.version = ops.contest_for_edit(self.db, self.contest_id)
            self.setWindowTitle(self.tr("编辑赛事：{name}").format(name=spec.short_name or spec.name))
        self.name.setText(spec.name)
        self.short_name.setText(spec.short_name)
        self.year.setValue(spec.year)
        self.doc_number.setText(spec.doc_number)
        self.organiser.setText(spec.organiser)
        self.office.setText(spec.office_name)
        set_date(self.start, spec.start_date)
        set_date(self.end, spec.end_date)
        set_date(self.deadline, spec.registration_deadline)
        self.status.setCurrentIndex(max(self.status.findData(spec.status), 0))
        self.notes.setPlainText(spec.notes)
        self._set_members(spec.committee)

    def reload(self) -> None:
        """Show what is saved now (after a conflict: 放弃我的修改，重新载入)."""
        self._load()

    # ---- committee table
    def add_member(self, role: str, name: str, post: str, body: str = "organising") -> int:
        r = self.committee.rowCount()
        self.committee.insertRow(r)
        combo = QComboBox(self.committee)
        fill(combo, [(labels.label(labels.COMMITTEE_ROLES, k), k) for k in labels.COMMITTEE_ROLES], role)
        combo.setProperty("body", body)
        self.committee.setCellWidget(r, 0, combo)
        self.committee.setItem(r, 1, QTableWidgetItem(name))
        self.committee.setItem(r, 2, QTableWidgetItem(post))
        return r

    def members(self) -> list[contests.MemberSpec]:
        out = []
        for r in range(self.committee.rowCount()):
            combo = self.committee.cellWidget(r, 0)
            name = self.committee.item(r, 1)
            post = self.committee.item(r, 2)
            assert isinstance(combo, QComboBox)
            out.append(
                contests.MemberSpec(
                    combo.currentData(),
                    name.text() if name else "",
                    post.text() if post else "",
                    combo.property("body") or "organising",
                )
            )
        return out

    def _set_members(self, members: list[contests.MemberSpec]) -> None:
        self.committee.setRowCount(0)
        for m in members:
            self.add_member(m.role, m.name, m.post, m.body)

    def _remove_member(self) -> None:
        r = self.committee.currentRow()
        if r >= 0:
            self.committee.removeRow(r)

    def _move_member(self, step: int) -> None:
        r = self.committee.currentRow()
        members = self.members()
        to = r + step
        if r < 0 or not 0 <= to < len(members):
            return
        members[r], members[to] = members[to], members[r]
        self._set_members(members)
        self.committee.setCurrentCell(to, 1)

    # ---- saving
    def spec(self) -> contests.ContestSpec:
        return contests.ContestSpec(
            name=self.name.text().strip(),
            short_name=self.short_name.text().strip(),
            year=self.year.value(),
            doc_number=self.doc_number.text().strip(),
            organiser=self.organiser.text().strip(),
            office_name=self.office.text().strip(),
            start_date=get_date(self.start),
            end_date=get_date(self.end),
            registration_deadline=get_date(self.deadline),
            status=self.status.currentData(),
            notes=self.notes.toPlainText(),
            committee=self.members(),
        )

    def save(self) -> bool:
        spec = self.spec()
        errs = contests.check_contest(spec)
        self.show_errors(errs, fallback="name")
        if errs:
            return False
        try:
            if self.contest_id is None:
                self.saved_id = ops.create_contest(self.db, spec)
            else:
                self.saved_id = ops.update_contest(self.db, self.contest_id, spec, self.version)
        except Conflict as exc:
            self.show_errors({"name": conflict_dialog.resolve(self, exc, self)})
            return False
        except UserError as exc:
            self.show_errors({"name": exc.message})
            return False
        return True


class ContestCopyDialog(FormDialog):
    FORM = "contest_copy_dialog"

    def __init__(self, db: Database, source_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.source_id = source_id
        self.saved_id: int | None = None
        self.year: QSpinBox = self.w(QSpinBox, "yearSpin")
        self.name: QLineEdit = self.w(QLineEdit, "nameEdit")
        self.short_name: QLineEdit = self.w(QLineEdit, "shortNameEdit")
        self.make_current: QCheckBox = self.w(QCheckBox, "makeCurrentCheck")
        src = ops.copy_source(db, source_id)
        self.src_year, self.src_name, self.src_short = src.year, src.name, src.short_name
        self.w(QLabel, "sourceLabel").setText(
            self.tr("以 {y} 年赛事“{name}”（{n} 个工种）为底新建赛事。").format(
                y=src.year, name=self.src_short or self.src_name, n=src.trades
            )
        )
        self.year.setValue(self.src_year + 1)
        self._year_changed(self.src_year + 1)
        self.year.valueChanged.connect(self._year_changed)

    def _year_changed(self, year: int) -> None:
        from haihe_desk.domain.contest_rules import renamed_for_year

        self.name.setText(renamed_for_year(self.src_name, self.src_year, year))
        self.short_name.setText(renamed_for_year(self.src_short, self.src_year, year))

    def save(self) -> bool:
        if not self.name.text().strip():
            self.show_errors({"name": self.tr("请填写新赛事的全称。")})
            return False
        try:
            self.saved_id = ops.copy_contest(
                self.db,
                self.source_id,
                year=self.year.value(),
                name=self.name.text().strip(),
                short_name=self.short_name.text().strip(),
                make_current=self.make_current.isChecked(),
            )
        except UserError as exc:
            self.show_errors({"year": exc.message})
            return False
        return True
