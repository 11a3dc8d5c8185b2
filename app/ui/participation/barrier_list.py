"""All implementation barriers with their status and planned measure: the work list after an event.

The status is chosen in a list (a word, never a colour) and saved at once; the measure is saved when its cell
is left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.operations import comments_ops
from app.operations.errors import OperationRefused
from app.ui.vocabulary import tr_word

from .widgets import MessageLine, set_point_size

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

ID_ROLE = Qt.ItemDataRole.UserRole
MEASURE_COLUMN = 3


class BarrierList(QWidget):
    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._filling = False
        self.barriers: list[comments_ops.CommentInfo] = []
        self.filter_box = QComboBox()
        self.filter_box.addItem(self.tr("alle"), None)
        for status in comments_ops.BARRIER_STATUSES:
            self.filter_box.addItem(tr_word(status), status)
        self.filter_box.activated.connect(lambda _i: self.refresh())
        self.table = QTableWidget(0, 4)
        set_point_size(self.table, 13)
        self.table.setHorizontalHeaderLabels([self.tr("Barriere"), self.tr("Worauf"), self.tr("Stand"),
                                              self.tr("Geplante Maßnahme")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MEASURE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._measure_changed)
        self.message = MessageLine(points=12)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Stand")))
        row.addWidget(self.filter_box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        self.barriers = comments_ops.list_barriers(self.ws, status=self.filter_box.currentData())
        self._filling = True
        try:
            self.table.setRowCount(len(self.barriers))
            for row, b in enumerate(self.barriers):
                for col, text in ((0, b.text), (1, b.target_label)):
                    item = QTableWidgetItem(text)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.table.setItem(row, col, item)
                status = QComboBox()
                for st in comments_ops.BARRIER_STATUSES:
                    status.addItem(tr_word(st), st)
                status.setCurrentIndex(max(0, status.findData(b.barrier_status)))
                status.activated.connect(lambda _i, cid=b.id, box=status: self.set_status(cid, box.currentData()))
                self.table.setCellWidget(row, 2, status)
                measure = QTableWidgetItem(b.barrier_measure)
                measure.setData(ID_ROLE, b.id)
                self.table.setItem(row, MEASURE_COLUMN, measure)
            self.table.resizeRowsToContents()
        finally:
            self._filling = False

    def set_status(self, comment_id: str, status: str) -> None:
        try:
            comments_ops.edit_comment(self.ws, comment_id, barrier_status=status)
        except OperationRefused as exc:
            self.message.show_refusal(str(exc))
            return
        self.message.show_ok(self.tr("Stand „%1“ gespeichert.").replace("%1", tr_word(status)))
        self.refresh()

    def _measure_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != MEASURE_COLUMN:
            return
        try:
            comments_ops.edit_comment(self.ws, item.data(ID_ROLE), barrier_measure=item.text())
        except OperationRefused as exc:
            self.message.show_refusal(str(exc))
            return
        self.message.show_ok(self.tr("Maßnahme gespeichert."))
