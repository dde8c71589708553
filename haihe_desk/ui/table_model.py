"""QAbstractTableModel over a ListSource: rows fetched in pages (canFetchMore/fetchMore), filters
applied in SQL. Rows are plain tuples (id first); never live ORM objects. Pages are read through
``ui/operations/listing`` (one read Session each): the model opens no Session itself."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from haihe_desk.db.database import Database
from haihe_desk.services.listing import ListSource, Row
from haihe_desk.ui.operations import listing

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, db: Database, source: ListSource, parent: Any = None):
        super().__init__(parent)
        self.db = db
        self.source = source
        self.filters: dict[str, Any] = {}
        self.rows: list[Row] = []
        self.total = 0

    # ---- loading
    def set_filters(self, filters: dict[str, Any]) -> None:
        self.filters = dict(filters)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.total, self.rows = listing.first_page(self.db, self.source, self.filters, PAGE)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = listing.page(self.db, self.source, self.filters, len(self.rows), PAGE)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    # ---- model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.source.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # The tooltip is the full text: a long name may be elided in the middle (ui/list_tab).
            return self.display_text(index.row(), index.column())
        if role == self.ID_ROLE:
            return row[0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = row[index.column() + 1]
            if isinstance(value, int):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.source.columns[section].label()
            return str(section + 1)
        return None

    def display_text(self, row: int, column: int) -> str:
        value = self.rows[row][column + 1]
        return "" if value is None else str(value)

    def row_id(self, row: int) -> Any:
        return self.rows[row][0]

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.source.columns) if c.key == key)
