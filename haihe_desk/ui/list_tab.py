"""Base for a tab that is a filtered, paged table loaded from a Designer form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from haihe_desk.db.database import Database
from haihe_desk.services.context import current_actor
from haihe_desk.services.listing import ListSource
from haihe_desk.ui.bus import bus
from haihe_desk.ui.changes import Change
from haihe_desk.ui.forms import load_form
from haihe_desk.ui.table_model import PagedTableModel

SEARCH_DELAY_MS = 250


class ListTab(QWidget):
    """Subclasses set FORM, SOURCE and AREAS (the data-bus areas that make it refresh) and may
    override ``filters()`` and ``after_reload()``."""

    FORM = ""
    AREAS: frozenset[Change] = frozenset()

    def __init__(self, db: Database, source: ListSource, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.form = load_form(self.FORM, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.addWidget(self.form)
        self.table: QTableView = self.form.findChild(QTableView, "tableView")
        self.search: QLineEdit = self.form.findChild(QLineEdit, "searchEdit")
        self.count_label: QLabel = self.form.findChild(QLabel, "countLabel")
        self.model = PagedTableModel(db, source, self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = header.fontMetrics()
        for i, col in enumerate(source.columns):
            # Never narrower than the (translated) title: English titles are longer than Chinese.
            self.table.setColumnWidth(i, max(col.width, metrics.horizontalAdvance(col.label()) + 24))
        self.table.verticalHeader().setDefaultSectionSize(24)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.reload)
        self.model.rowsInserted.connect(lambda *_a: self._update_count())
        bus.changed.connect(self._on_changed)

    def allow_only(self, permission: str, *names: str) -> bool:
        """Hide the named widgets when the signed-in user lacks ``permission`` (domain.roles).
        Only a convenience: the services refuse the action anyway. Returns whether it is allowed."""
        allowed = current_actor().can(permission)
        if not allowed:
            for name in names:
                widget = self.form.findChild(QWidget, name)
                if widget is not None:
                    widget.setVisible(False)
        return allowed

    def child(self, cls: type, name: str) -> Any:
        return self.form.findChild(cls, name)

    def combo(self, name: str) -> QComboBox:
        return self.form.findChild(QComboBox, name)

    def fill_combo(self, combo: QComboBox, items: list[tuple[str, Any]], all_label: str) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_label, None)
        for text, data in items:
            combo.addItem(text, data)
        idx = combo.findData(current)
        combo.setCurrentIndex(max(idx, 0))
        combo.blockSignals(False)

    def filters(self) -> dict[str, Any]:
        return {"text": self.search.text()}

    def reload(self) -> None:
        self._search_timer.stop()
        self.model.set_filters(self.filters())
        self._update_count()
        self.after_reload()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("共 {total} 条，已载入 {loaded} 条").format(total=self.model.total, loaded=self.model.rowCount())
        )

    def after_reload(self) -> None:
        pass

    def _on_changed(self, areas: frozenset[Change]) -> None:
        if not self.AREAS or areas & self.AREAS:
            self.reload()

    def selected_ids(self) -> list[Any]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_id(r) for r in rows]
