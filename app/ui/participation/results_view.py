"""Results of a vote round: ranking table, a horizontal bar chart stacked by stakeholder group, and the
comparison with another round.

Each bar segment is a group named in the legend and in the table's columns, so nothing depends on telling colours
apart. While a round hides its results, this view says so instead of showing numbers, unless the facilitator
ticks the console view (never on the projector).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Action
from app.operations import vote_results_ops, voting_ops
from app.operations.errors import OperationRefused
from app.ui import kiosk, theme
from app.ui.vocabulary import tr_word

from .widgets import MessageLine, compact_combo, set_point_size

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

#: Colour-blind-safe palette (Okabe–Ito), one per group in GROUP_ORDER; the legend names each.
GROUP_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#595959")


def short(text: str, limit: int = 38) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def _item(text: str, *, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ResultsView(QWidget):
    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.results: vote_results_ops.RoundResults | None = None
        self.round_box = compact_combo(QComboBox(), 24)
        self.compare_box = compact_combo(QComboBox(), 24)
        self.facilitator_check = QCheckBox(self.tr("Moderationsansicht (Zwischenstand, nicht für den Beamer)"))
        for w in (self.round_box, self.compare_box):
            set_point_size(w, 14)
            w.setMinimumHeight(44)
            w.activated.connect(self.refresh)
        self.facilitator_check.toggled.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Runde")))
        top.addWidget(self.round_box, 2)
        top.addWidget(QLabel(self.tr("vergleichen mit")))
        top.addWidget(self.compare_box, 2)
        top.addWidget(self.facilitator_check)

        self.summary = QLabel()
        set_point_size(self.summary, 16, bold=True)
        self.message = MessageLine(points=18)
        self.table = QTableWidget(0, 3)
        set_point_size(self.table, 16)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.legend().setFont(QFont(self.font().family(), theme.scaled(16)))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(320)
        self.series: QHorizontalStackedBarSeries | None = None
        self.compare_table = QTableWidget(0, 6)
        set_point_size(self.compare_table, 13)
        self.compare_table.verticalHeader().setVisible(False)
        self.compare_table.setHorizontalHeaderLabels([
            self.tr("Karte"), self.tr("Rang vorher"), self.tr("Punkte vorher"), self.tr("Rang nachher"),
            self.tr("Punkte nachher"), self.tr("Veränderung")])
        self.compare_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.chart_view)
        split.setSizes([1000, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(split, 3)
        layout.addWidget(self.compare_table, 1)
        self.reload_rounds()

    # ------------------------------------------------------------------ rounds
    def reload_rounds(self, select_id: str | None = None) -> None:
        current = select_id or self.round_box.currentData()
        other = self.compare_box.currentData()
        rounds = voting_ops.list_rounds(self.ws)
        self.round_box.clear()
        self.compare_box.clear()
        self.compare_box.addItem(self.tr("— keine —"), None)
        for r in rounds:
            label = f"{r.canvas_title}: {r.label}"
            self.round_box.addItem(label, r.id)
            self.compare_box.addItem(label, r.id)
        if current:
            self.round_box.setCurrentIndex(max(0, self.round_box.findData(current)))
        if other:
            self.compare_box.setCurrentIndex(max(0, self.compare_box.findData(other)))
        self.refresh()

    def show_round(self, round_id: str) -> None:
        self.reload_rounds(select_id=round_id)

    def show_comparison(self, first_round_id: str) -> None:
        self.compare_box.setCurrentIndex(max(0, self.compare_box.findData(first_round_id)))
        self.refresh()

    # ------------------------------------------------------------------ display
    def _as_facilitator(self) -> bool:
        """The facilitator view shows hidden interim results: never on the participants' screen."""
        return self.facilitator_check.isChecked() and kiosk.allows(Action.SEE_HIDDEN_RESULTS, quiet=True)

    def refresh(self) -> None:
        round_id = self.round_box.currentData()
        self.message.clear_message()
        if not round_id:
            self.results = None
            self.summary.setText(self.tr("Noch keine Abstimmungsrunde."))
            self._fill(None)
            return
        self.results = vote_results_ops.round_results(self.ws, round_id,
                                                      as_facilitator=self._as_facilitator())
        r = self.results.round
        if not self.results.visible:
            self.summary.setText(f"{r.title} – {tr_word(r.status_word)}")
            self.message.show_refusal(self.tr("Die Ergebnisse werden erst gezeigt, wenn die Runde geschlossen ist."))
            self._fill(None)
            return
        interim = self.tr(" (Zwischenstand)") if r.status != "closed" else ""
        paper = self.tr(", %1 Papier-Stimmzettel").replace("%1", str(r.paper_ballots)) if r.paper_ballots else ""
        self.summary.setText(self.tr("%1%2: %3 Punkte von %4 Abstimmenden%5")
                             .replace("%1", r.title).replace("%2", interim).replace("%3", str(self.results.total))
                             .replace("%4", str(self.results.voters)).replace("%5", paper))
        self._fill(self.results)
        self._fill_comparison(round_id)

    def _fill(self, res: vote_results_ops.RoundResults | None) -> None:
        groups = list(res.groups) if res else []
        headers = [self.tr("Rang"), self.tr("Karte"), self.tr("Punkte"), *(tr_word(g).replace(" ", "\n").replace("/", "/\n") for g in groups)]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        ranking = res.ranking if res else []
        self.table.setRowCount(len(ranking))
        for row, ranked in enumerate(ranking):
            self.table.setItem(row, 0, _item(f"{ranked.rank}.", number=True))
            self.table.setItem(row, 1, _item(ranked.title))
            self.table.setItem(row, 2, _item(str(ranked.count), number=True))
            for col, group in enumerate(groups, start=3):
                self.table.setItem(row, col, _item(str(res.by_group[group].get(ranked.card_id, 0)), number=True))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._fill_chart(res)

    def _fill_chart(self, res: vote_results_ops.RoundResults | None) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.series = None
        if res is None or not res.ranking:
            self.chart.setTitle("")
            return
        shown = res.ranking[:12]
        ordered = list(reversed(shown))  # horizontal bars draw the first category at the bottom
        series = QHorizontalStackedBarSeries()
        series.setLabelsVisible(True)
        for group in res.groups:
            bars = QBarSet(group)
            index = vote_results_ops.GROUP_ORDER.index(group) if group in vote_results_ops.GROUP_ORDER else -1
            bars.setColor(QColor(GROUP_COLORS[index % len(GROUP_COLORS)]))
            bars.setLabelColor(QColor("#ffffff"))
            label_font = QFont(self.font().family(), theme.scaled(14))
            label_font.setBold(True)
            bars.setLabelFont(label_font)
            bars.append([float(res.by_group[group].get(r.card_id, 0)) for r in ordered])
            series.append(bars)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([f"{r.rank}. {short(r.title)}" for r in ordered])
        categories.setLabelsFont(QFont(self.font().family(), theme.scaled(15)))
        values = QValueAxis()
        values.setLabelFormat("%d")
        top_count = max(1, max(r.count for r in shown))
        values.setRange(0, top_count)
        if top_count <= 12:
            values.setTickCount(top_count + 1)  # whole numbers only: a dot cannot be split
        else:
            values.applyNiceNumbers()
        values.setLabelsFont(QFont(self.font().family(), theme.scaled(14)))
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        title_font = QFont(self.font().family(), theme.scaled(16))
        title_font.setBold(True)
        self.chart.setTitleFont(title_font)
        self.chart.setTitle(self.tr("Punkte nach Gruppe"))
        self.series = series

    def chart_group_names(self) -> list[str]:
        return [bars.label() for bars in self.series.barSets()] if self.series else []

    def _fill_comparison(self, round_id: str) -> None:
        other = self.compare_box.currentData()
        self.compare_table.setRowCount(0)
        self.compare_table.setVisible(bool(other))
        if not other or other == round_id:
            return
        try:
            rows = vote_results_ops.compare_round_results(self.ws, other, round_id,
                                                          as_facilitator=self._as_facilitator())
        except OperationRefused as exc:
            self.message.show_refusal(str(exc))
            return
        self.compare_table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            change = row.rank_change
            if change is None:
                word = self.tr("neu") if row.rank_before is None else self.tr("nicht mehr dabei")
            elif change > 0:
                word = (self.tr("▲ 1 Platz höher") if change == 1
                        else self.tr("▲ %1 Plätze höher").replace("%1", str(change)))
            elif change < 0:
                word = (self.tr("▼ 1 Platz tiefer") if change == -1
                        else self.tr("▼ %1 Plätze tiefer").replace("%1", str(-change)))
            else:
                word = self.tr("= gleicher Platz")
            cells = [row.title, str(row.rank_before or "–"), str(row.count_before), str(row.rank_after or "–"),
                     str(row.count_after), word]
            for col, text in enumerate(cells):
                self.compare_table.setItem(i, col, _item(text, number=col in (1, 2, 3, 4)))
