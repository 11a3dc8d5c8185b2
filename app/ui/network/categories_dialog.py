"""Edit the subject categories: add, rename, move under another category, remove."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.operations import categories_ops
from app.operations.errors import OperationRefused
from app.store.workspace_file import WorkspaceFile

from .widgets import MessageLine, fill_category_combo


class CategoriesDialog(QDialog):
    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Kategorien bearbeiten"))
        self.resize(560, 620)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Kategorie")])
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name"))
        self.parent_combo = QComboBox()
        add = QPushButton(self.tr("Neu unter …"))
        add.clicked.connect(self.add)
        rename = QPushButton(self.tr("Umbenennen"))
        rename.clicked.connect(self.rename)
        move = QPushButton(self.tr("Verschieben unter …"))
        move.clicked.connect(self.move)
        remove = QPushButton(self.tr("Entfernen"))
        remove.clicked.connect(self.remove)
        close = QPushButton(self.tr("Schließen"))
        close.clicked.connect(self.accept)
        self.message = MessageLine()
        row1 = QHBoxLayout()
        row1.addWidget(self.name, 1)
        row1.addWidget(rename)
        row2 = QHBoxLayout()
        row2.addWidget(self.parent_combo, 1)
        row2.addWidget(add)
        row2.addWidget(move)
        row3 = QHBoxLayout()
        row3.addWidget(remove)
        row3.addStretch()
        row3.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.message)
        layout.addLayout(row3)
        self.tree.currentItemChanged.connect(
            lambda cur, _prev: self.name.setText(cur.text(0) if cur else ""))
        self.refresh()

    def refresh(self) -> None:
        nodes = categories_ops.list_categories(self.ws)
        fill_category_combo(self.parent_combo, nodes, first=self.tr("(oberste Ebene)"))
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for n in nodes:
            parent = items.get(n.parent_id or "")
            it = QTreeWidgetItem([n.name])
            it.setData(0, Qt.ItemDataRole.UserRole, n.id)
            it.setBackground(0, QBrush(QColor(n.color)))
            it.setForeground(0, QBrush(QColor("#000000")))
            (parent.addChild(it) if parent else self.tree.addTopLevelItem(it))
            items[n.id] = it
        self.tree.expandAll()

    def _current(self) -> str | None:
        it = self.tree.currentItem()
        return it.data(0, Qt.ItemDataRole.UserRole) if it else None

    def _run(self, action, *args) -> None:  # type: ignore[no-untyped-def]
        try:
            action(self.ws, *args)
        except OperationRefused as exc:
            self.message.error(str(exc))
            return
        self.message.clear_message()
        self.refresh()

    def add(self) -> None:
        self._run(categories_ops.add_category, self.name.text(), self.parent_combo.currentData())

    def rename(self) -> None:
        if self._current():
            self._run(categories_ops.rename_category, self._current(), self.name.text())

    def move(self) -> None:
        if self._current():
            self._run(categories_ops.move_category, self._current(), self.parent_combo.currentData())

    def remove(self) -> None:
        if self._current():
            self._run(categories_ops.remove_category, self._current())
