"""Several financing models side by side: tick the models, read the figures across."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.domain.formatting import format_eur
from app.operations.financing_ops import ModelRow
from app.operations.financing_results import ModelComparison, compare_models

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


def _month(value: int | None) -> str:
    return "–" if value is None else QCoreApplication.translate("CompareView", "Monat {0}").format(value)


ROWS: tuple[tuple[str, object], ...] = (
    (QT_TRANSLATE_NOOP("CompareView", "Trägt sich nach Förderende"), lambda c: QCoreApplication.translate("CompareView", "ja") if c.carries
     else QCoreApplication.translate("CompareView", "nein")),
    (QT_TRANSLATE_NOOP("CompareView", "Lücke pro Monat"), lambda c: format_eur(c.gap_cents_per_month)),
    (QT_TRANSLATE_NOOP("CompareView", "Förderung bis"), lambda c: _month(c.funding_end_month)),
    (QT_TRANSLATE_NOOP("CompareView", "Break-even"), lambda c: _month(c.break_even_month)),
    (QT_TRANSLATE_NOOP("CompareView", "Einnahmen gesamt"), lambda c: format_eur(c.revenue_total_cents)),
    (QT_TRANSLATE_NOOP("CompareView", "davon befristet"), lambda c: format_eur(c.temporary_revenue_cents)),
    (QT_TRANSLATE_NOOP("CompareView", "Kosten gesamt"), lambda c: format_eur(c.cost_total_cents)),
    (QT_TRANSLATE_NOOP("CompareView", "Kontostand am Ende"), lambda c: format_eur(c.final_balance_cents)),
    (QT_TRANSLATE_NOOP("CompareView", "Zeitraum"), lambda c: f"{c.horizon_months} Monate"),
)


class CompareView(QWidget):
    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.comparisons: list[ModelComparison] = []
        self.model_list = QListWidget()
        self.model_list.itemChanged.connect(lambda _item: self.refresh())
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QHBoxLayout(self)
        layout.addWidget(self.model_list, 1)
        layout.addWidget(self.table, 4)

    def set_models(self, models: list[ModelRow]) -> None:
        checked = set(self.checked_ids())
        known = {self.model_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.model_list.count())}
        self.model_list.blockSignals(True)
        self.model_list.clear()
        for m in models:
            item = QListWidgetItem(m.title)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            new_here = m.id not in known  # a model appearing for the first time is compared by default
            item.setCheckState(Qt.CheckState.Checked if m.id in checked or new_here else Qt.CheckState.Unchecked)
            self.model_list.addItem(item)
        self.model_list.blockSignals(False)
        self.refresh()

    def checked_ids(self) -> list[str]:
        return [self.model_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.model_list.count())
                if self.model_list.item(i).checkState() == Qt.CheckState.Checked]

    def refresh(self) -> None:
        self.comparisons = compare_models(self.ws, self.checked_ids())
        self.table.setRowCount(len(ROWS))
        self.table.setColumnCount(len(self.comparisons))
        self.table.setHorizontalHeaderLabels([c.title for c in self.comparisons])
        self.table.setVerticalHeaderLabels([QCoreApplication.translate("CompareView", title) for title, _ in ROWS])
        for col, comparison in enumerate(self.comparisons):
            for row, (_title, value) in enumerate(ROWS):
                item = QTableWidgetItem(value(comparison))  # type: ignore[operator]
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
