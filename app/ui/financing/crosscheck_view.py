"""Cards of the linked Finanzierungsmodell canvas against the model: sums per block and each card's state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.formatting import format_eur
from app.operations.errors import OperationRefused
from app.operations.financing_canvas_ops import CrossCheck, cross_check, import_card_amounts
from app.ui import theme

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

PERIODS = {"month": "pro Monat", "year": "pro Jahr"}


def _readonly_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CrossCheckView(QWidget):
    lines_imported = Signal()
    message = Signal(str, bool)

    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.model_id: str | None = None
        self.check: CrossCheck | None = None
        layout = QVBoxLayout(self)
        self.title = QLabel()
        font = QFont()
        font.setPointSize(theme.scaled(16))
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        explanation = QLabel(self.tr(
            "Beträge auf den Karten (pro Monat gerechnet) gegen das Modell im ersten Jahr "
            "(Jahressumme ÷ 12). Differenz = Modell − Karten."))
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.block_table = _readonly_table([self.tr("Bereich"), self.tr("Karten"), self.tr("Karten pro Monat"),
                                            self.tr("Modell pro Monat"), self.tr("Differenz pro Monat")])
        layout.addWidget(self.block_table, 1)
        self.card_table = _readonly_table([self.tr("Karte"), self.tr("Bereich"), self.tr("Betrag"),
                                           self.tr("Zeitraum"), self.tr("Im Modell")])
        layout.addWidget(self.card_table, 2)
        self.import_button = QPushButton(self.tr("Fehlende Kartenbeträge ins Modell übernehmen"))
        self.import_button.clicked.connect(self.import_cards)
        layout.addWidget(self.import_button)

    def set_model(self, model_id: str | None) -> None:
        self.model_id = model_id
        self.reload()

    def reload(self) -> None:
        self.check = None
        self.block_table.setRowCount(0)
        self.card_table.setRowCount(0)
        self.import_button.setEnabled(False)
        if self.model_id is None:
            self.title.setText(self.tr("Kein Modell gewählt."))
            return
        try:
            self.check = cross_check(self.ws, self.model_id)
        except OperationRefused as exc:
            self.title.setText(str(exc))
            return
        check = self.check
        self.title.setText(self.tr("Abgleich mit »{0}« (v{1})").format(check.canvas_title, check.canvas_version))
        self.block_table.setRowCount(len(check.blocks))
        for row, block in enumerate(check.blocks):
            mark = "✓ " if block.agrees else "✗ "  # agreement in a sign too, never by colour alone
            cells = [block.block_title, str(block.card_count), format_eur(block.cards_month_cents),
                     format_eur(block.model_month_cents), mark + format_eur(block.difference_month_cents)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 4:
                    item.setForeground(QBrush(QColor("#1e7b34" if block.agrees else "#b3261e")))
                self.block_table.setItem(row, col, item)
        titles = {b.block_key: b.block_title for b in check.blocks}
        self.card_table.setRowCount(len(check.cards))
        for row, card in enumerate(check.cards):
            cells = [card.label, titles.get(card.block_key, card.block_key), format_eur(card.amount_cents),
                     PERIODS.get(card.period, card.period), self.tr("ja") if card.represented else self.tr("fehlt")]
            for col, text in enumerate(cells):
                self.card_table.setItem(row, col, QTableWidgetItem(text))
        self.import_button.setEnabled(any(not c.represented for c in check.cards))

    def import_cards(self) -> None:
        if self.model_id is None:
            return
        try:
            result = import_card_amounts(self.ws, self.model_id)
        except OperationRefused as exc:
            self.message.emit(str(exc), True)
            return
        self.message.emit(self.tr("{0} Zeilen aus Karten übernommen.").format(result.count), False)
        self.reload()
        self.lines_imported.emit()
