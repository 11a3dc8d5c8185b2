"""A read-only table whose rows are grouped under full-width block headings, in large type.

Both comparison views (versions, sessions) show cards under the block they sit in; keeping the grouping in one
place keeps their look the same.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

#: Smallest point size for text that is read from a few metres away.
MIN_POINT_SIZE = 13

HEADING_BACKGROUND = "#dde3ea"


def readable_font(base: QFont, *, bold: bool = False, grow: int = 0) -> QFont:
    font = QFont(base)
    font.setPointSize(max(font.pointSize(), MIN_POINT_SIZE) + grow)
    font.setBold(bold)
    return font


class GroupedTable(QTableWidget):
    """Rows appended with :meth:`add_heading` and :meth:`add_row`; no editing, whole-row selection."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setFont(readable_font(self.font()))
        self.horizontalHeader().setFont(readable_font(self.font(), bold=True))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setMinimumSectionSize(36)
        self.horizontalHeader().sectionResized.connect(lambda *_: self.resizeRowsToContents())
        self.setAlternatingRowColors(False)
        self.setStyleSheet("QTableWidget::item { padding: 4px 6px; }")

    def clear_rows(self) -> None:
        self.clearSpans()
        self.setRowCount(0)

    def add_heading(self, text: str) -> int:
        row = self.rowCount()
        self.insertRow(row)
        item = QTableWidgetItem(text)
        item.setFont(readable_font(self.font(), bold=True, grow=1))
        item.setBackground(QBrush(QColor(HEADING_BACKGROUND)))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.setItem(row, 0, item)
        if self.columnCount() > 1:
            self.setSpan(row, 0, 1, self.columnCount())
        return row

    def add_row(self, cells: list[str], *, background: str = "", bold_first: bool = False,
                strike_out: tuple[int, ...] = ()) -> int:
        row = self.rowCount()
        self.insertRow(row)
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            font = readable_font(self.font(), bold=bold_first and col == 0)
            font.setStrikeOut(col in strike_out)
            item.setFont(font)
            if background:
                item.setBackground(QBrush(QColor(background)))
            self.setItem(row, col, item)
        return row

    def finish(self) -> None:
        self.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped text needs new row heights whenever the columns get wider or narrower."""
        super().resizeEvent(event)
        self.resizeRowsToContents()

    def row_texts(self) -> list[list[str]]:
        """The visible text of every row (headings have one cell); used by tests and the clipboard."""
        rows = []
        for r in range(self.rowCount()):
            cells = [self.item(r, c).text() if self.item(r, c) else "" for c in range(self.columnCount())]
            rows.append(cells[:1] if self.columnSpan(r, 0) > 1 else cells)
        return rows
