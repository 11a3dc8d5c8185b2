"""Consent of one participant: the current state per purpose in words, buttons to record a statement, and the
full ledger of statements (who recorded what, when)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.consent import PURPOSES
from app.domain.formatting import format_datetime
from app.operations import consent_ops
from app.operations.errors import OperationRefused
from app.ui.vocabulary import tr_word

from .widgets import MIN_HIT_PX, MessageLine, set_point_size

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


class ConsentPanel(QGroupBox):
    changed = Signal(str)  # participant id

    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Einwilligungen"), parent)
        self.ws = ws
        self.participant_id: str | None = None
        self.person_label = QLabel(self.tr("Bitte eine Person in der Liste auswählen."))
        set_point_size(self.person_label, 15, bold=True)
        self.recorded_by_edit = QLineEdit()
        self.recorded_by_edit.setPlaceholderText(self.tr("erfasst von (Name der Moderation)"))
        grid = QGridLayout()
        self.state_labels: dict[str, QLabel] = {}
        self.give_buttons: dict[str, QPushButton] = {}
        self.withdraw_buttons: dict[str, QPushButton] = {}
        for row, purpose in enumerate(PURPOSES):
            name = QLabel(tr_word(consent_ops.PURPOSE_LABELS[purpose]))
            set_point_size(name, 14, bold=True)
            state = QLabel()
            set_point_size(state, 14)
            give = QPushButton(self.tr("Einwilligung erteilt"))
            withdraw = QPushButton(self.tr("Einwilligung widerrufen"))
            for button in (give, withdraw):
                button.setMinimumHeight(MIN_HIT_PX)
            give.clicked.connect(lambda _=False, p=purpose: self.record(p, True))
            withdraw.clicked.connect(lambda _=False, p=purpose: self.record(p, False))
            grid.addWidget(name, row, 0)
            grid.addWidget(state, row, 1)
            grid.addWidget(give, row, 2)
            grid.addWidget(withdraw, row, 3)
            self.state_labels[purpose], self.give_buttons[purpose] = state, give
            self.withdraw_buttons[purpose] = withdraw
        self.message = MessageLine(points=12)
        self.ledger = QTableWidget(0, 4)
        self.ledger.setHorizontalHeaderLabels([self.tr("Zeitpunkt"), self.tr("Zweck"), self.tr("Erklärung"),
                                               self.tr("erfasst von")])
        self.ledger.verticalHeader().setVisible(False)
        self.ledger.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ledger.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.person_label)
        layout.addLayout(grid)
        layout.addWidget(self.recorded_by_edit)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Verlauf (wird nie geändert, nur ergänzt)")))
        layout.addWidget(self.ledger, 1)
        self.show_participant(None, "")

    def show_participant(self, participant_id: str | None, label: str) -> None:
        self.participant_id = participant_id
        self.person_label.setText(label or self.tr("Bitte eine Person in der Liste auswählen."))
        self.message.clear_message()
        for buttons in (self.give_buttons, self.withdraw_buttons):
            for button in buttons.values():
                button.setEnabled(participant_id is not None)
        self.refresh()

    def refresh(self) -> None:
        state = consent_ops.current_consent(self.ws, self.participant_id) if self.participant_id else {}
        for purpose, label in self.state_labels.items():
            label.setText(tr_word(consent_ops.consent_word(state.get(purpose))) if self.participant_id else "")
        entries = consent_ops.consent_ledger(self.ws, self.participant_id) if self.participant_id else []
        self.ledger.setRowCount(len(entries))
        for row, entry in enumerate(reversed(entries)):
            when = format_datetime(entry.recorded_at)
            for col, text in enumerate((when, tr_word(entry.purpose_label), tr_word(entry.state_word),
                                        entry.recorded_by)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.ledger.setItem(row, col, item)

    def record(self, purpose: str, given: bool) -> bool:
        if self.participant_id is None:
            return False
        try:
            consent_ops.record_consent(self.ws, self.participant_id, purpose, given,
                                       recorded_by=self.recorded_by_edit.text())
        except OperationRefused as exc:
            self.message.show_refusal(str(exc))
            return False
        word = self.tr("erteilt") if given else self.tr("widerrufen")
        self.message.show_ok(self.tr("%1: %2 – gespeichert.")
                             .replace("%1", tr_word(consent_ops.PURPOSE_LABELS[purpose])).replace("%2", word))
        self.refresh()
        self.changed.emit(self.participant_id)
        return True
