"""Small shared pieces of the network pages: hierarchical category combo, refusal line, table filling."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLabel, QTableWidget, QTableWidgetItem, QWidget

from app.domain.formatting import format_eur
from app.operations.categories_ops import CategoryNode


def tr(text: str) -> str:
    return QCoreApplication.translate("Netzwerk", text)


def fill_category_combo(combo: QComboBox, nodes: Sequence[CategoryNode], *, first: str) -> None:
    """Categories indented by depth, so the hierarchy is visible; ``first`` is the "all"/"none" entry."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(first, None)
    for n in nodes:
        combo.addItem("    " * n.depth + n.name, n.id)
        combo.setItemData(combo.count() - 1, n.path, Qt.ItemDataRole.ToolTipRole)
    idx = combo.findData(current)
    combo.setCurrentIndex(max(idx, 0))
    combo.blockSignals(False)


def select_data(combo: QComboBox, value: object) -> None:
    idx = combo.findData(value)
    combo.setCurrentIndex(max(idx, 0))


class MessageLine(QLabel):
    """Shows a refusal or a confirmation inside the page instead of a modal box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def error(self, text: str) -> None:
        self.setStyleSheet("color: #a40000; font-weight: bold;")
        self.setText(text)
        self.show()

    def info(self, text: str) -> None:
        self.setStyleSheet("color: #1d5e20;")
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


def item(text: object, *, data: object = None, color: str = "") -> QTableWidgetItem:
    it = QTableWidgetItem("" if text is None else str(text))
    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if data is not None:
        it.setData(Qt.ItemDataRole.UserRole, data)
    if color:
        it.setBackground(QColor(color))
        it.setForeground(QColor("#000000"))
    return it


def setup_table(table: QTableWidget, headers: Sequence[str]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)


def euro(cents: int | None) -> str:
    if cents is None:
        return ""
    return format_eur(cents)
