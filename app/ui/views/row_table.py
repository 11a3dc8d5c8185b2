"""A read-only table of plain rows (frozen dataclasses) with a title, a hint, a search field and an empty state.

The overview pages of the shell all look alike: a loader from ``app.operations`` returns rows, columns say how
to show each field. Sorting and the search field work on the shown text, so the keyboard alone is enough.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.formatting import format_date
from app.ui.workspace_context import WorkspaceContext

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], object]


def display_text(value: object) -> str:
    """Display of plain values: dates in the user's locale (24.09.2025), booleans as ja/–."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("RowTable", "ja") if value else "–"
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def sort_key(value: object) -> object:
    if isinstance(value, date):
        return value.toordinal()
    if isinstance(value, bool | int | float):
        return value
    return display_text(value).casefold()


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._columns[index.column()].value(self._rows[index.row()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display_text(value)
        if role == Qt.ItemDataRole.UserRole:
            return sort_key(value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RowTableView(QWidget):
    """Title, hint, search field and a read-only table; shows ``empty_text`` instead of an empty grid."""

    def __init__(
        self,
        context: WorkspaceContext,
        *,
        area: str,
        title: str,
        hint: str,
        empty_text: str,
        columns: Sequence[Column],
        loader: Callable[[Any], Sequence[Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.area = area
        self._loader = loader

        title_label = QLabel(title)
        title_label.setObjectName("pageTitle")
        hint_label = QLabel(hint)
        hint_label.setObjectName("pageHint")
        hint_label.setWordWrap(True)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen …"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Liste durchsuchen"))

        self.model = RowTableModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(title)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the loader's order until asked
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.empty_label = QLabel(empty_text)
        self.empty_label.setObjectName("emptyHint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

        self._body = QStackedWidget()
        self._body.addWidget(self.table)
        self._body.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(12)
        layout.addWidget(title_label)
        layout.addWidget(hint_label)
        layout.addWidget(self.search)
        layout.addWidget(self._body, 1)

        context.data_changed.connect(self._on_data_changed)
        self.refresh()

    @property
    def showing_empty_hint(self) -> bool:
        return self._body.currentWidget() is self.empty_label

    def refresh(self) -> None:
        rows = self._loader(self.context.workspace)
        self.model.set_rows(rows)
        self._body.setCurrentWidget(self.table if rows else self.empty_label)
        self.search.setEnabled(bool(rows))
        line = self.table.fontMetrics().height()
        self.table.verticalHeader().setDefaultSectionSize(int(line * 1.9))
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col) + 12, 480))

    def _on_data_changed(self, area: str) -> None:
        if not area or area == self.area:
            self.refresh()
