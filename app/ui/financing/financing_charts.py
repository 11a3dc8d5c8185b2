"""Charts of a financing model: revenue stacked by source per year against the costs, and the running balance.

The figures come from the computed result in cents; charts draw euros (display only, never summed again).
Numbers on the axes follow the German locale (1.000 with a dot).
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.operations.financing_results import ModelResult
from app.ui import theme

PALETTE = ("#2b7a78", "#3aafa9", "#f6ae2d", "#86bbd8", "#9bc53d", "#c3423f", "#5e548e", "#f26419")
COST_COLOR = "#c0392b"


def _german_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont()
    font.setPointSize(theme.scaled(14))
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setLocalizeNumbers(True)
    chart.setLocale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend_font = QFont()
    legend_font.setPointSize(theme.scaled(12))
    chart.legend().setFont(legend_font)
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


def axis_fonts(axis: QAbstractAxis) -> None:
    """Labels and titles big enough to read from the back of a meeting room."""
    labels = QFont()
    labels.setPointSize(theme.scaled(12))
    axis.setLabelsFont(labels)
    title = QFont()
    title.setPointSize(theme.scaled(12))
    title.setBold(True)
    axis.setTitleFont(title)


def _value_axis(title: str) -> QValueAxis:
    axis = QValueAxis()
    axis.setTitleText(title)
    axis.setLabelFormat("%.0f")
    axis_fonts(axis)
    return axis


class RevenueCostChart(QChartView):
    """Stacked revenue per source and year (bars) with the yearly costs as a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.bar_series = QStackedBarSeries()
        self.cost_series = QLineSeries()
        self.show_result(None)

    def show_result(self, result: ModelResult | None) -> None:
        chart = _german_chart(self.tr("Einnahmen nach Quelle und Kosten pro Jahr (€)"))
        self.bar_series = QStackedBarSeries()
        self.cost_series = QLineSeries()
        self.cost_series.setName(self.tr("Kosten"))
        self.cost_series.setPen(QPen(QColor(COST_COLOR), 3))
        years = [] if result is None else [self.tr("Jahr {0}").format(y.number) for y in result.yearly]
        if result is not None:
            for i, (group, values) in enumerate(zip(result.revenue_groups, result.revenue_by_group_per_year,
                                                    strict=True)):
                bar_set = QBarSet(group)
                bar_set.setColor(QColor(PALETTE[i % len(PALETTE)]))
                bar_set.append([v / 100 for v in values])
                self.bar_series.append(bar_set)
            for x, year in enumerate(result.yearly):
                self.cost_series.append(x, year.cost_total / 100)
        chart.addSeries(self.bar_series)
        chart.addSeries(self.cost_series)
        categories = QBarCategoryAxis()
        categories.append(years)
        value_axis = _value_axis("€")
        top = max([0.0] + [sum(s.at(i) for s in self.bar_series.barSets()) for i in range(len(years))]
                  + [p.y() for p in self.cost_series.points()])
        value_axis.setRange(0, top * 1.05 if top else 1)
        value_axis.applyNiceNumbers()
        axis_fonts(categories)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.bar_series, self.cost_series):
            series.attachAxis(categories)
            series.attachAxis(value_axis)
        self.setChart(chart)

    def cost_values(self) -> list[float]:
        return [p.y() for p in self.cost_series.points()]

    def revenue_values(self) -> list[list[float]]:
        return [[s.at(i) for i in range(s.count())] for s in self.bar_series.barSets()]


class BalanceChart(QChartView):
    """Cumulative balance month by month; where it stays above zero the model is covered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.series = QLineSeries()
        self.show_result(None)

    def show_result(self, result: ModelResult | None) -> None:
        chart = _german_chart(self.tr("Kontostand kumuliert (€)"))
        self.series = QLineSeries()
        self.series.setName(self.tr("Kontostand"))
        self.series.setPen(QPen(QColor(PALETTE[0]), 3))
        zero = QLineSeries()
        zero.setName(self.tr("Null-Linie"))
        zero.setPen(QPen(QColor("#777777"), 1, Qt.PenStyle.DashLine))
        months = [] if result is None else result.monthly
        for m in months:
            self.series.append(m.number, m.balance / 100)
        if months:
            zero.append(1, 0)
            zero.append(months[-1].number, 0)
        chart.addSeries(self.series)
        chart.addSeries(zero)
        x_axis = _value_axis(self.tr("Monat"))
        x_axis.setRange(0, max(2, len(months)))
        if len(months) % 12 == 0 and len(months) <= 120:
            x_axis.setTickCount(len(months) // 12 + 1)  # a tick at every year's end
        else:
            x_axis.applyNiceNumbers()
        y_axis = _value_axis("€")
        values = [p.y() for p in self.series.points()] or [0.0]
        low, high = min(values + [0.0]), max(values + [0.0])
        span = (high - low) or 1.0
        y_axis.setRange(low - span * 0.05, high + span * 0.05)
        y_axis.applyNiceNumbers()
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.series, zero):
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.legend().setVisible(False)
        self.setChart(chart)

    def balance_values(self) -> list[float]:
        return [p.y() for p in self.series.points()]
