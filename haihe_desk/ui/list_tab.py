"""Base for a tab that is a filtered, paged table loaded from a Designer form.

Loading on first show: a tab that sits inside a window (a page of the main window's QTabWidget)
queries nothing while it is off screen. A ``reload()`` asked before the tab was ever shown, or a
data-bus change that arrives while it is hidden, only marks it stale; showing it catches up (the
changes it missed are handled, then it reloads once). A tab that is its own top-level window loads
at once, as before. So start-up fills only the tab the user sees first.

Column widths: after a load, each column is as wide as its title and the texts on the first page
need (short columns — codes, states, counts, dates — are never cut); a column of long free text
(names, units) is capped at ``LONG_COLUMN_MAX`` and elided in the middle, the tooltip holding the
full text. Widths the user dragged are kept.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from haihe_desk.db.database import Database
from haihe_desk.services.context import current_actor
from haihe_desk.services.listing import ListSource
from haihe_desk.ui.bus import bus
from haihe_desk.ui.changes import Change
from haihe_desk.ui.forms import load_form
from haihe_desk.ui.table_model import PagedTableModel

SEARCH_DELAY_MS = 250
LONG_COLUMN_MAX = 320  # px: wider texts (long unit names) are elided in the middle, tooltip in full
HEADER_PADDING = 24  # px around a column title (margins, the sort indicator's room)
CELL_SLACK = 4  # px beyond the style's text margins and the grid line


def cell_text_margin(view: QTableView) -> int:
    """Horizontal room a cell's frame takes from its text: the style's text margin on both sides
    (as QStyledItemDelegate lays out a cell) plus the grid line."""
    return 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 1


class ListTab(QWidget):
    """Subclasses set FORM, SOURCE and AREAS (the data-bus areas that make it refresh) and may
    override ``filters()`` and ``after_reload()``."""

    FORM = ""
    AREAS: frozenset[Change] = frozenset()

    def __init__(self, db: Database, source: ListSource, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.stale = False  # a reload was asked (or data changed) while the tab was off screen
        self._missed: frozenset[Change] = frozenset()
        self._user_sized = False
        self._fitting = False
        self.form = load_form(self.FORM, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.addWidget(self.form)
        self.table: QTableView = self.form.findChild(QTableView, "tableView")
        self.search: QLineEdit = self.form.findChild(QLineEdit, "searchEdit")
        self.count_label: QLabel = self.form.findChild(QLabel, "countLabel")
        self.model = PagedTableModel(db, source, self)
        self.table.setModel(self.model)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._fitting = True
        for i in range(len(source.columns)):
            self.table.setColumnWidth(i, self._title_width(i))
        self._fitting = False
        self._header_pressed = False
        header.viewport().installEventFilter(self)
        header.sectionResized.connect(self._on_section_resized)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.reload)
        self.model.rowsInserted.connect(lambda *_a: self._update_count())
        bus.changed.connect(self._on_bus)

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

    # ---- loading (on first show)
    def off_screen(self) -> bool:
        """True while the tab is a hidden page of a window: it then loads nothing until shown."""
        return not self.isVisible() and not self.isWindow()

    def reload(self) -> None:
        self._search_timer.stop()
        if self.off_screen():
            self.stale = True
            return
        self.stale = False
        self.model.set_filters(self.filters())
        self._update_count()
        self.fit_columns()
        self.after_reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.catch_up()

    def catch_up(self) -> None:
        """Handle the changes missed while hidden, then load if still stale."""
        missed, self._missed = self._missed, frozenset()
        if missed:
            self._on_changed(missed)
        if self.stale:
            self.reload()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("共 {total} 条，已载入 {loaded} 条").format(total=self.model.total, loaded=self.model.rowCount())
        )

    def after_reload(self) -> None:
        pass

    def _on_bus(self, areas: frozenset[Change]) -> None:
        if self.off_screen():
            self._missed = self._missed | areas
            return
        self._on_changed(areas)

    def _on_changed(self, areas: frozenset[Change]) -> None:
        if not self.AREAS or areas & self.AREAS:
            self.reload()

    # ---- column widths
    def _title_width(self, column: int) -> int:
        col = self.model.source.columns[column]
        # Never narrower than the (translated) title: English titles are longer than Chinese.
        return max(
            col.width, self.table.horizontalHeader().fontMetrics().horizontalAdvance(col.label()) + HEADER_PADDING
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Notice a mouse button held on the header: a resize then is the user's drag."""
        if event.type() == QEvent.Type.MouseButtonPress:
            self._header_pressed = True
        elif event.type() == QEvent.Type.MouseButtonRelease:
            self._header_pressed = False
        return super().eventFilter(watched, event)

    def _on_section_resized(self, *_a: Any) -> None:
        if self._header_pressed and not self._fitting:
            self._user_sized = True

    def fit_columns(self) -> None:
        """Each column as wide as its title and the loaded texts need; long texts capped at
        LONG_COLUMN_MAX (elided in the middle, full text in the tooltip). Kept once the user
        dragged a column."""
        if self._user_sized or not self.model.rows:
            return
        metrics = self.table.fontMetrics()
        margin = cell_text_margin(self.table) + CELL_SLACK
        self._fitting = True
        try:
            for c in range(self.model.columnCount()):
                texts = {self.model.display_text(r, c) for r in range(len(self.model.rows))}
                need = max((metrics.horizontalAdvance(t) for t in texts if t), default=0) + margin
                self.table.setColumnWidth(c, max(self._title_width(c), min(need, LONG_COLUMN_MAX)))
        finally:
            self._fitting = False

    def selected_ids(self) -> list[Any]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_id(r) for r in rows]
