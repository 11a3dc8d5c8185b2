"""The right-hand result panel: the verdict in big words, break-even, what it would take, and the scenarios."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.formatting import format_eur
from app.operations.financing_results import ModelResult
from app.ui import theme

GOOD = "#1e7b34"
BAD = "#b3261e"


def _month(month: int | None, never: str) -> str:
    return never if month is None else QCoreApplication.translate("ResultPanel", "Monat {0}").format(month)


class ResultPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.verdict_label = QLabel(self.tr("Noch kein Modell gewählt."))
        self.verdict_label.setWordWrap(True)
        big = QFont()
        big.setPointSize(theme.scaled(22))
        big.setBold(True)
        self.verdict_label.setFont(big)
        layout.addWidget(self.verdict_label)
        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)
        facts_font = QFont()
        facts_font.setPointSize(theme.scaled(15))
        self.facts_label.setFont(facts_font)
        layout.addWidget(self.facts_label)
        heading = QLabel(self.tr("Was wäre, wenn …"))
        heading_font = QFont()
        heading_font.setPointSize(theme.scaled(15))
        heading_font.setBold(True)
        heading.setFont(heading_font)
        layout.addWidget(heading)
        self.scenario_table = QTableWidget(0, 3)
        self.scenario_table.setHorizontalHeaderLabels(
            [self.tr("Szenario"), self.tr("Lücke pro Monat"), self.tr("Kontostand am Ende")])
        self.scenario_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scenario_table.verticalHeader().setVisible(False)
        self.scenario_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.scenario_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.scenario_table)
        layout.addStretch(1)

    def show_result(self, result: ModelResult | None) -> None:
        if result is None:
            self.verdict_label.setText(self.tr("Noch kein Modell gewählt."))
            self.verdict_label.setStyleSheet("")
            self.facts_label.clear()
            self.scenario_table.setRowCount(0)
            return
        v = result.verdict
        self.verdict_label.setText(v.text)
        self.verdict_label.setStyleSheet(f"color: {GOOD if v.carries else BAD};")
        facts = [
            self.tr("Break-even: {0}").format(_month(result.break_even_month, self.tr("nie im Zeitraum"))),
            self.tr("Kontostand am Ende: {0}").format(format_eur(result.final_balance_cents)),
        ]
        if v.funding_end_month is not None:
            facts.append(self.tr("Befristete Förderung bis Monat {0}; bewertet: Monat {1} bis {2}").format(
                v.funding_end_month, v.assessed_from_month, v.assessed_to_month))
        if not v.carries:
            if result.required_uptake_pct is not None and any(
                    line.unit == "per_client_month" for line in result.revenue_lines):
                facts.append(self.tr("Nötige Inanspruchnahme: {0} %").format(result.required_uptake_pct))
            for need in result.required_clients:
                needed = self.tr("über 1000") if need.required is None else str(need.required)
                facts.append(self.tr("Nötige Nutzende »{0}«: {1} (jetzt {2})").format(need.label, needed,
                                                                                     need.clients))
        self.facts_label.setText("\n".join(facts))
        self.scenario_table.setRowCount(len(result.scenarios))
        for row, sc in enumerate(result.scenarios):
            gap = self.tr("trägt sich") if sc.carries else format_eur(sc.gap_cents_per_month)
            cells = [QCoreApplication.translate("Finanzierungsszenarien", sc.label), gap,
                     format_eur(sc.final_balance_cents)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == 1:
                    item.setForeground(QBrush(QColor(GOOD if sc.carries else BAD)))
                self.scenario_table.setItem(row, col, item)
