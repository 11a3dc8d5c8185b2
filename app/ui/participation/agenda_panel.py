"""Agenda of a session ("Sitzungen"): phases with planned minutes, the running phase with a big timer (elapsed
against planned), and the decisions, next steps and open questions recorded during the session.

The timer only displays; starting the next phase is the facilitator's click and ends the previous one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.operations import agenda_ops, participants_ops
from app.operations.errors import OperationRefused
from app.ui.vocabulary import tr_word

from .ballot_screen import format_countdown
from .widgets import MIN_HIT_PX, MessageLine, set_point_size

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

ID_ROLE = Qt.ItemDataRole.UserRole


class AgendaPanel(QWidget):
    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.phases: list[agenda_ops.PhaseInfo] = []
        self.session_box = QComboBox()
        self.session_box.activated.connect(lambda _i: self.refresh())
        self.phase_label = QLabel()
        set_point_size(self.phase_label, 24, bold=True)
        self.timer_label = QLabel()
        set_point_size(self.timer_label, 56, bold=True)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Phase"), self.tr("geplant (Min.)"), self.tr("Stand")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._phase_edited)
        set_point_size(self.table, 14)
        self.start_button = QPushButton(self.tr("Phase starten"))
        self.stop_button = QPushButton(self.tr("Phase beenden"))
        self.up_button = QPushButton(self.tr("▲ nach oben"))
        self.down_button = QPushButton(self.tr("▼ nach unten"))
        self.remove_button = QPushButton(self.tr("Phase entfernen"))
        self.new_phase_edit = QLineEdit()
        self.new_phase_edit.setPlaceholderText(self.tr("neue Phase – Enter"))
        self.new_phase_minutes = QSpinBox(minimum=0, maximum=600, value=15)
        self.new_phase_minutes.setSuffix(self.tr(" Min."))
        buttons = QHBoxLayout()
        for widget in (self.start_button, self.stop_button, self.up_button, self.down_button, self.remove_button):
            widget.setMinimumHeight(MIN_HIT_PX)
            buttons.addWidget(widget)
        buttons.addStretch(1)
        add_phase_row = QHBoxLayout()  # a row of its own, so the page fits a 1366 px laptop screen
        for widget, stretch in ((self.new_phase_edit, 1), (self.new_phase_minutes, 0)):
            widget.setMinimumHeight(MIN_HIT_PX)
            add_phase_row.addWidget(widget, stretch)
        self.start_button.clicked.connect(self.start_selected)
        self.stop_button.clicked.connect(self.stop_current)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.new_phase_edit.returnPressed.connect(self.add_phase)

        self.item_kind_box = QComboBox()
        for kind, word in agenda_ops.ITEM_KINDS.items():
            self.item_kind_box.addItem(tr_word(word), kind)
        self.item_edit = QLineEdit()
        self.item_edit.setPlaceholderText(self.tr("Entscheidung, nächster Schritt oder offene Frage – Enter"))
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("wer (optional)"))
        self.item_edit.returnPressed.connect(self.add_item)
        item_row = QHBoxLayout()
        for widget, stretch in ((self.item_kind_box, 0), (self.item_edit, 3), (self.owner_edit, 1)):
            widget.setMinimumHeight(MIN_HIT_PX)
            item_row.addWidget(widget, stretch)
        self.items_table = QTableWidget(0, 3)
        self.items_table.setHorizontalHeaderLabels([self.tr("Art"), self.tr("Eintrag"), self.tr("wer")])
        self.items_table.verticalHeader().setVisible(False)
        self.items_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.items_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        set_point_size(self.items_table, 14)
        self.message = MessageLine(points=13)

        self.new_session_edit = QLineEdit()
        self.new_session_edit.setPlaceholderText(self.tr("neue Sitzung: Titel – Enter"))
        self.new_session_kind = QComboBox()
        for kind in agenda_ops.SESSION_KINDS:
            self.new_session_kind.addItem(tr_word(kind), kind)
        self.new_session_edit.returnPressed.connect(self.create_session)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sitzung")))
        self.session_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_box.setMinimumContentsLength(24)
        top.addWidget(self.session_box, 2)
        top.addWidget(self.new_session_edit, 1)
        top.addWidget(self.new_session_kind)
        for widget in (self.session_box, self.new_session_edit, self.new_session_kind):
            widget.setMinimumHeight(MIN_HIT_PX)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.timer_label)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        layout.addLayout(add_phase_row)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Ergebnisse der Sitzung")))
        layout.addLayout(item_row)
        layout.addWidget(self.items_table, 1)
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self.update_timer)
        self.clock.start()
        self.reload_sessions()

    # ------------------------------------------------------------------ loading
    def reload_sessions(self, select_id: str | None = None) -> None:
        current = select_id or self.session_box.currentData()
        self.session_box.clear()
        for choice in participants_ops.list_session_choices(self.ws):
            self.session_box.addItem(choice.label, choice.id)
        if current:
            self.session_box.setCurrentIndex(max(0, self.session_box.findData(current)))
        self.refresh()

    def session_id(self) -> str | None:
        return self.session_box.currentData()

    def refresh(self) -> None:
        sid = self.session_id()
        selected = self.selected_phase_id()
        self.phases = agenda_ops.list_phases(self.ws, sid) if sid else []
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.phases))
        for row, phase in enumerate(self.phases):
            title = QTableWidgetItem(phase.title)
            minutes = QTableWidgetItem(str(phase.planned_minutes))
            state = QTableWidgetItem(tr_word(phase.state_word))
            state.setFlags(state.flags() & ~Qt.ItemFlag.ItemIsEditable)
            for col, item in enumerate((title, minutes, state)):
                item.setData(ID_ROLE, phase.id)
                if phase.current:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        if selected:
            self.select_phase(selected)
        items = agenda_ops.list_items(self.ws, sid) if sid else []
        self.items_table.setRowCount(len(items))
        for row, entry in enumerate(items):
            for col, text in enumerate((tr_word(entry.kind_word), entry.text, entry.owner)):
                self.items_table.setItem(row, col, QTableWidgetItem(text))
        self.update_timer()

    def current_phase(self) -> agenda_ops.PhaseInfo | None:
        return next((p for p in self.phases if p.current), None)

    def update_timer(self) -> None:
        phase = self.current_phase()
        if phase is None:
            self.phase_label.setText(self.tr("Keine Phase läuft."))
            self.timer_label.setText("")
            return
        elapsed = phase.elapsed_seconds(datetime.now())
        planned = phase.planned_minutes * 60
        self.phase_label.setText(self.tr("Jetzt: %1").replace("%1", phase.title))
        text = self.tr("%1 von %2").replace("%1", format_countdown(elapsed)).replace("%2", format_countdown(planned))
        if planned and elapsed > planned:
            text += " " + self.tr("– überzogen")
        self.timer_label.setText(text)

    # ------------------------------------------------------------------ phases
    def selected_phase_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def select_phase(self, phase_id: str) -> None:
        for row, phase in enumerate(self.phases):
            if phase.id == phase_id:
                self.table.selectRow(row)

    def _act(self, action: Callable[[], object], done: str = "") -> bool:
        try:
            action()
        except OperationRefused as exc:
            self.message.show_refusal(str(exc))
            return False
        if done:
            self.message.show_ok(done)
        else:
            self.message.clear_message()
        self.refresh()
        return True

    def start_selected(self) -> bool:
        pid = self.selected_phase_id()
        return bool(pid) and self._act(lambda: agenda_ops.start_phase(self.ws, pid))

    def stop_current(self) -> bool:
        sid = self.session_id()
        return bool(sid) and self._act(lambda: agenda_ops.stop_current_phase(self.ws, sid))

    def move_selected(self, step: int) -> bool:
        pid = self.selected_phase_id()
        return bool(pid) and self._act(lambda: agenda_ops.move_phase(self.ws, pid, step))

    def remove_selected(self) -> bool:
        pid = self.selected_phase_id()
        return bool(pid) and self._act(lambda: agenda_ops.remove_phase(self.ws, pid))

    def add_phase(self) -> bool:
        sid = self.session_id()
        ok = bool(sid) and self._act(lambda: agenda_ops.add_phase(self.ws, sid, self.new_phase_edit.text(),
                                                                  self.new_phase_minutes.value()))
        if ok:
            self.new_phase_edit.clear()
        return ok

    def _phase_edited(self, item: QTableWidgetItem) -> None:
        pid = item.data(ID_ROLE)
        if item.column() == 0:
            self._act(lambda: agenda_ops.update_phase(self.ws, pid, title=item.text()))
        elif item.column() == 1:
            text = item.text().strip()
            if not text.isdigit():
                self.message.show_refusal(self.tr("Bitte die geplanten Minuten als ganze Zahl eingeben."))
                self.refresh()
                return
            self._act(lambda: agenda_ops.update_phase(self.ws, pid, planned_minutes=int(text)))

    def create_session(self) -> bool:
        """A new session with the default phases, selected at once."""
        try:
            info = agenda_ops.create_session(self.ws, self.new_session_edit.text(),
                                             kind=self.new_session_kind.currentData())
        except OperationRefused as exc:
            self.message.show_refusal(str(exc))
            return False
        self.new_session_edit.clear()
        self.message.show_ok(self.tr("Sitzung „%1“ angelegt.").replace("%1", info.title))
        self.reload_sessions(select_id=info.id)
        return True

    # ------------------------------------------------------------------ items
    def add_item(self) -> bool:
        sid = self.session_id()
        ok = bool(sid) and self._act(lambda: agenda_ops.add_item(
            self.ws, sid, self.item_kind_box.currentData(), self.item_edit.text(), owner=self.owner_edit.text()))
        if ok:
            self.item_edit.clear()
            self.owner_edit.clear()
        return ok
