"""Outreach views: the contact log of one actor with a quick "log a call" form, due contacts, the funnel."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.formatting import format_date, style
from app.operations.errors import OperationRefused
from app.operations.outreach_ops import contact_log, due_contacts, funnel, log_contact
from app.store.workspace_file import WorkspaceFile

from .widgets import MessageLine, item, setup_table

CHANNELS = ("Telefon", "Brief", "E-Mail", "Besuch", "Konferenz")
STATUSES = ("identifiziert", "kontaktiert", "interessiert", "teilnehmend", "Partner", "abgesagt")


def _qdate(d: date | None) -> str:
    return format_date(d)


class OutreachLogWidget(QWidget):
    """The append-only log of one actor; the form on top logs a call in a few keystrokes."""

    logged = Signal(str)  # actor id

    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.actor_id = ""
        box = QGroupBox(self.tr("Anruf protokollieren"))
        self.channel = QComboBox()
        self.channel.addItems(CHANNELS)
        self.contact_date = QDateEdit(QDate.currentDate())
        self.contact_date.setCalendarPopup(True)
        self.contact_date.setDisplayFormat(style().qt_date_pattern)
        self.by_whom = QLineEdit()
        self.result = QLineEdit()
        self.result.setPlaceholderText(self.tr("z. B. Interesse an der Dienstleisterkonferenz"))
        self.status_after = QComboBox()
        self.status_after.addItem(self.tr("(unverändert)"), "")
        for s in STATUSES:
            self.status_after.addItem(s, s)
        self.next_step = QLineEdit()
        self.has_due = QCheckBox(self.tr("fällig am"))
        self.due_date = QDateEdit(QDate.currentDate().addDays(7))
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat(style().qt_date_pattern)
        self.due_date.setEnabled(False)
        self.has_due.toggled.connect(self.due_date.setEnabled)
        form = QFormLayout(box)
        head = QHBoxLayout()
        head.addWidget(self.channel)
        head.addWidget(QLabel(self.tr("am")))
        head.addWidget(self.contact_date)
        head.addWidget(QLabel(self.tr("von")))
        head.addWidget(self.by_whom)
        form.addRow(self.tr("Kontaktweg"), head)
        form.addRow(self.tr("Ergebnis"), self.result)
        form.addRow(self.tr("Status danach"), self.status_after)
        due = QHBoxLayout()
        due.addWidget(self.next_step, 1)
        due.addWidget(self.has_due)
        due.addWidget(self.due_date)
        form.addRow(self.tr("Nächster Schritt"), due)
        self.log_button = QPushButton(self.tr("Protokollieren"))
        self.log_button.clicked.connect(self.log)
        form.addRow("", self.log_button)
        self.message = MessageLine()
        self.table = QTableWidget()
        setup_table(self.table, [self.tr("Datum"), self.tr("Weg"), self.tr("Von"), self.tr("Ergebnis"),
                                 self.tr("Status danach"), self.tr("Nächster Schritt"), self.tr("Fällig")])
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    def show_actor(self, actor_id: str) -> None:
        self.actor_id = actor_id
        self.message.clear_message()
        self.setEnabled(bool(actor_id))
        self.refresh()

    def refresh(self) -> None:
        entries = contact_log(self.ws, self.actor_id) if self.actor_id else []
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            for c, v in enumerate((_qdate(e.contact_date), e.channel, e.by_whom, e.result, e.status_after,
                                   e.next_step, _qdate(e.due_date))):
                self.table.setItem(r, c, item(v, data=e.id))
        self.table.resizeColumnsToContents()

    def log(self) -> None:
        if not self.actor_id:
            return
        try:
            log_contact(self.ws, self.actor_id, channel=self.channel.currentText(),
                        contact_date=self.contact_date.date().toPython(), by_whom=self.by_whom.text(),
                        result=self.result.text(), status_after=self.status_after.currentData() or "",
                        next_step=self.next_step.text(),
                        due_date=self.due_date.date().toPython() if self.has_due.isChecked() else None)
        except OperationRefused as exc:
            self.message.error(str(exc))
            return
        self.message.info(self.tr("Kontakt protokolliert."))
        self.result.clear()
        self.next_step.clear()
        self.has_due.setChecked(False)
        self.refresh()
        self.logged.emit(self.actor_id)


class DueContactsWidget(QWidget):
    """"Fällige Kontakte": whose next step is due today or earlier; double-click opens the actor."""

    open_actor = Signal(str)

    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(style().qt_date_pattern)
        self.on.dateChanged.connect(self.refresh)
        self.summary = QLabel()
        self.table = QTableWidget()
        setup_table(self.table, [self.tr("Akteur"), self.tr("Telefon"), self.tr("Letzter Kontakt"),
                                 self.tr("Nächster Schritt"), self.tr("Fällig"), self.tr("Tage überfällig")])
        self.table.cellDoubleClicked.connect(
            lambda row, _c: self.open_actor.emit(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fällig bis einschließlich")))
        top.addWidget(self.on)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        rows = due_contacts(self.ws, self.on.date().toPython())
        self.summary.setText(self.tr("%n Kontakt(e) fällig", "", len(rows)))
        self.table.setRowCount(len(rows))
        for r, d in enumerate(rows):
            overdue = "#ffd6d6" if d.days_overdue > 0 else ""
            for c, v in enumerate((d.actor_name, d.phone, _qdate(d.last_contact), d.next_step, _qdate(d.due_date),
                                   d.days_overdue)):
                self.table.setItem(r, c, item(v, data=d.actor_id, color=overdue))
        self.table.resizeColumnsToContents()


class FunnelWidget(QWidget):
    """How far outreach has come: counts per status as text and as a bar chart."""

    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.table = QTableWidget()
        setup_table(self.table, [self.tr("Status"), self.tr("Akteure jetzt"), self.tr("so weit gekommen")])
        self.table.setMinimumWidth(380)
        self.table.setMaximumWidth(460)
        self.chart = QChart()
        self.chart.setTitle(self.tr("Ansprache-Trichter"))
        self.chart.legend().setVisible(True)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        stages = funnel(self.ws)
        self.table.setRowCount(len(stages))
        for r, st in enumerate(stages):
            for c, v in enumerate((st.status, st.count, st.reached)):
                self.table.setItem(r, c, item(v))
        self.table.resizeColumnsToContents()
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        now = QBarSet(self.tr("Akteure jetzt"))
        reached = QBarSet(self.tr("so weit gekommen"))
        for st in stages:
            now.append(st.count)
            reached.append(st.reached)
        series = QBarSeries()
        series.append(reached)
        series.append(now)
        series.setLabelsVisible(True)
        self.chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([st.status for st in stages])
        axis_y = QValueAxis()
        axis_y.setRange(0, max([st.reached for st in stages] + [1]))
        axis_y.setLabelFormat("%d")
        axis_y.applyNiceNumbers()
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
