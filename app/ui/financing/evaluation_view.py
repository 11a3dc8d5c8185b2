"""Evaluation tab: criteria of the model's canvas, measurements over time, trend chart and version comparison."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.formatting import format_date, format_number_de, style
from app.operations import evaluation_ops as ev
from app.operations.errors import OperationRefused
from app.ui import theme

from .financing_charts import axis_fonts

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.store.workspace_file import WorkspaceFile

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


def _parse_number(text: str) -> float:
    cleaned = text.strip().replace(".", "").replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        raise OperationRefused(QCoreApplication.translate("EvaluationView", "»{text}« ist keine Zahl (Beispiel: 82,5).")
                               .format(text=text)) from None


def _msecs(day: date) -> float:
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch())


class TrendChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.value_series = QLineSeries()
        self.target_series = QLineSeries()
        self.show_evaluation(None)

    def show_evaluation(self, evaluation: ev.CriterionEvaluation | None) -> None:
        chart = QChart()
        chart.setLocalizeNumbers(True)
        chart.setLocale(GERMAN)
        font = QFont()
        font.setPointSize(theme.scaled(14))
        font.setBold(True)
        chart.setTitleFont(font)
        self.value_series, self.target_series = QLineSeries(), QLineSeries()
        self.value_series.setName(self.tr("Messwerte"))
        self.value_series.setPointsVisible(True)
        self.value_series.setPen(QPen(QColor("#2b7a78"), 3))
        self.target_series.setName(self.tr("Ziel"))
        self.target_series.setPen(QPen(QColor("#c0392b"), 2, Qt.PenStyle.DashLine))
        days: list[date] = []
        if evaluation is not None:
            c = evaluation.criterion
            chart.setTitle(f"{c.name} ({c.unit})" if c.unit else c.name)
            for m in evaluation.measurements:
                if m.measured_on:
                    self.value_series.append(_msecs(m.measured_on), m.value)
                    days.append(m.measured_on)
            if c.target_value is not None and days:
                self.target_series.append(_msecs(days[0]), c.target_value)
                self.target_series.append(_msecs(days[-1]), c.target_value)
        chart.addSeries(self.value_series)
        chart.addSeries(self.target_series)
        x_axis = QDateTimeAxis()
        x_axis.setFormat("MM.yyyy")
        x_axis.setTitleText(self.tr("Datum"))
        if days:
            first, last = _msecs(days[0]), _msecs(days[-1])
            x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(first) - 86_400_000 * 15),
                            QDateTime.fromMSecsSinceEpoch(int(max(last, first)) + 86_400_000 * 15))
        y_axis = QValueAxis()
        values = [p.y() for p in self.value_series.points()] + [p.y() for p in self.target_series.points()]
        low, high = (min(values), max(values)) if values else (0.0, 1.0)
        span = (high - low) or max(abs(high), 1.0)
        y_axis.setRange(min(0.0, low - span * 0.1), high + span * 0.1)
        y_axis.applyNiceNumbers()
        axis_fonts(x_axis)
        axis_fonts(y_axis)
        legend_font = QFont()
        legend_font.setPointSize(theme.scaled(12))
        chart.legend().setFont(legend_font)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.value_series, self.target_series):
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)

    def values(self) -> list[float]:
        return [p.y() for p in self.value_series.points()]


class EvaluationView(QWidget):
    def __init__(self, ws: WorkspaceFile, report: Callable[[str, bool], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._report = report
        self.canvas_id: str | None = None
        self.evaluation: ev.CriterionEvaluation | None = None

        self.criteria_list = QListWidget()
        self.criteria_list.currentItemChanged.connect(lambda *_: self.show_criterion())
        self.name_edit, self.unit_edit, self.target_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("z. B. Kostendeckung"))
        self.unit_edit.setPlaceholderText(self.tr("z. B. %"))
        self.target_edit.setPlaceholderText(self.tr("z. B. 80"))
        self.direction_combo = QComboBox()
        self.direction_combo.addItem(self.tr("höher ist besser"), True)
        self.direction_combo.addItem(self.tr("niedriger ist besser"), False)
        add_criterion = QPushButton(self.tr("Kriterium hinzufügen"))
        add_criterion.clicked.connect(self.add_criterion)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Kriterien")))
        left.addWidget(self.criteria_list, 1)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Einheit"), self.unit_edit)
        form.addRow(self.tr("Zielwert"), self.target_edit)
        form.addRow(self.tr("Richtung"), self.direction_combo)
        left.addLayout(form)
        left.addWidget(add_criterion)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Datum"), self.tr("Wert"), self.tr("Version"),
                                              self.tr("Quelle"), self.tr("Treffen")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setDisplayFormat(style().qt_date_pattern)
        self.date_edit.setCalendarPopup(True)
        self.value_edit, self.source_edit = QLineEdit(), QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("Wert"))
        self.source_edit.setPlaceholderText(self.tr("Quelle, z. B. Kassenbuch"))
        self.version_combo, self.session_combo = QComboBox(), QComboBox()
        add_measurement = QPushButton(self.tr("Messung hinzufügen"))
        add_measurement.clicked.connect(self.add_measurement)
        entry = QHBoxLayout()
        for widget in (self.date_edit, self.value_edit, self.version_combo, self.source_edit, self.session_combo,
                       add_measurement):
            entry.addWidget(widget)
        self.trend_label, self.comparison_label = QLabel(), QLabel()
        for label in (self.trend_label, self.comparison_label):
            label.setWordWrap(True)
            font = QFont()
            font.setPointSize(theme.scaled(15))
            label.setFont(font)
        self.chart = TrendChart()
        right = QVBoxLayout()
        right.addWidget(self.chart, 3)
        right.addWidget(self.trend_label)
        right.addWidget(self.comparison_label)
        right.addWidget(self.table, 2)
        right.addLayout(entry)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 3)

    def _fail(self, text: str) -> None:
        self._report(text, True)

    def set_canvas(self, canvas_id: str | None) -> None:
        self.canvas_id = canvas_id
        self.version_combo.clear()
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("(ohne Treffen)"), None)
        for session in ev.list_evaluation_sessions(self.ws):
            self.session_combo.addItem(f"{session.title} {format_date(session.day)}".strip(), session.id)
        if canvas_id:
            versions = ev.list_versions(self.ws, canvas_id)
            for v in versions:
                self.version_combo.addItem(f"{v.label} – {v.title}", v.id)
            self.version_combo.setCurrentIndex(max(0, self.version_combo.findData(canvas_id)))
        self.reload_criteria()

    def reload_criteria(self, select_id: str | None = None) -> None:
        current = select_id or (self.criteria_list.currentItem().data(Qt.ItemDataRole.UserRole)
                                if self.criteria_list.currentItem() else None)
        self.criteria_list.clear()
        if self.canvas_id:
            for c in ev.list_criteria(self.ws, self.canvas_id):
                target = "" if c.target_value is None else f" – Ziel {format_number_de(c.target_value)} {c.unit}"
                item = QListWidgetItem(f"{c.name}{target}".strip())
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.criteria_list.addItem(item)
                if c.id == current:
                    self.criteria_list.setCurrentItem(item)
        if self.criteria_list.currentItem() is None and self.criteria_list.count():
            self.criteria_list.setCurrentRow(0)
        self.show_criterion()

    def current_criterion_id(self) -> str | None:
        item = self.criteria_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def show_criterion(self) -> None:
        criterion_id = self.current_criterion_id()
        self.evaluation = ev.evaluate_criterion(self.ws, criterion_id) if criterion_id else None
        self.chart.show_evaluation(self.evaluation)
        measurements = self.evaluation.measurements if self.evaluation else ()
        self.table.setRowCount(len(measurements))
        for row, m in enumerate(measurements):
            cells = [format_date(m.measured_on), format_number_de(m.value, 2), m.version_label, m.source,
                     m.session_title]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if self.evaluation is None:
            self.trend_label.setText(self.tr("Noch kein Kriterium.") if self.canvas_id else "")
            self.comparison_label.clear()
            return
        t = self.evaluation.trend
        verdict = {True: self.tr("in die gewünschte Richtung"), False: self.tr("nicht in die gewünschte Richtung"),
                   None: self.tr("noch zu wenige Messungen")}[t.improving]
        self.trend_label.setText(self.tr("Trend: {0} ({1})").format(t.direction, verdict))
        self.comparison_label.setText(self.evaluation.comparison_text)

    def add_criterion(self) -> None:
        if not self.canvas_id:
            self._fail(self.tr("Kriterien gehören zu einem Canvas; bitte das Modell erst mit einem Canvas verknüpfen."))
            return
        try:
            target = _parse_number(self.target_edit.text()) if self.target_edit.text().strip() else None
            row = ev.add_criterion(self.ws, self.canvas_id, self.name_edit.text(), unit=self.unit_edit.text(),
                                   target_value=target, higher_is_better=bool(self.direction_combo.currentData()))
        except OperationRefused as exc:
            self._fail(str(exc))
            return
        for edit in (self.name_edit, self.unit_edit, self.target_edit):
            edit.clear()
        self.reload_criteria(row.id)

    def add_measurement(self) -> None:
        criterion_id = self.current_criterion_id()
        if not criterion_id:
            self._fail(self.tr("Bitte zuerst ein Kriterium wählen oder anlegen."))
            return
        try:
            value = _parse_number(self.value_edit.text())
            ev.add_measurement(self.ws, criterion_id, self.date_edit.date().toPython(), value,
                               canvas_id=self.version_combo.currentData(), source=self.source_edit.text(),
                               session_id=self.session_combo.currentData())
        except OperationRefused as exc:
            self._fail(str(exc))
            return
        self.value_edit.clear()
        self.show_criterion()
