"""Vote rounds page: pick the canvas and round, create, open (with an optional time box), extend and close it,
let people vote on the shared screen, enter paper counts, and show the results.

Closing is final and always the facilitator's click (with a question first); when a time box runs out the rules
refuse further votes and the countdown says "Zeit abgelaufen" until the facilitator extends or closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.operations import voting_ops
from app.operations.errors import OperationRefused
from app.ui.vocabulary import tr_word

from .ballot_screen import BallotScreen
from .new_round_dialog import NewRoundDialog
from .paper_entry_dialog import PaperEntryDialog
from .results_view import ResultsView
from .widgets import MIN_HIT_PX, MessageLine, compact_combo, set_point_size

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


class VotePanel(QWidget):
    EXTEND_MINUTES = 5

    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        #: Asks before the final close; replaced in tests.
        self.ask: Callable[[str], bool] = self._ask_user
        self.canvas_box = compact_combo(QComboBox(), 20)
        self.round_box = compact_combo(QComboBox(), 24)
        self.new_button = QPushButton(self.tr("Neue Runde …"))
        self.time_box_spin = QSpinBox(minimum=0, maximum=240, value=0)
        self.time_box_spin.setSpecialValueText(self.tr("ohne Zeitbox"))
        self.time_box_spin.setSuffix(self.tr(" Min."))
        self.open_button = QPushButton(self.tr("Öffnen"))
        self.extend_button = QPushButton(self.tr("+%1 Min.").replace("%1", str(self.EXTEND_MINUTES)))
        self.close_button = QPushButton(self.tr("Schließen"))
        self.paper_button = QPushButton(self.tr("Papierstimmen …"))
        self.facilitator_edit = QLineEdit()
        self.facilitator_edit.setPlaceholderText(self.tr("Moderation (Name)"))
        self.status_label = QLabel()
        set_point_size(self.status_label, 16, bold=True)
        top = QHBoxLayout()
        for label, widget in ((self.tr("Leinwand"), self.canvas_box), (self.tr("Runde"), self.round_box)):
            top.addWidget(QLabel(label))
            top.addWidget(widget, 2)
        top.addWidget(self.new_button)
        controls = QHBoxLayout()
        for widget in (self.time_box_spin, self.open_button, self.extend_button, self.close_button,
                       self.paper_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.facilitator_edit, 1)
        for widget in (self.canvas_box, self.round_box, self.new_button, self.time_box_spin, self.open_button,
                       self.extend_button, self.close_button, self.paper_button, self.facilitator_edit):
            widget.setMinimumHeight(MIN_HIT_PX)
            set_point_size(widget, 14)
        self.message = MessageLine(points=14)
        self.ballot = BallotScreen(ws)
        self.results = ResultsView(ws)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.ballot, self.tr("Abstimmen"))
        self.tabs.addTab(self.results, self.tr("Ergebnisse"))
        set_point_size(self.tabs.tabBar(), 15)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(controls)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label)
        status_row.addWidget(self.message, 1)
        layout.addLayout(status_row)
        layout.addWidget(self.tabs, 1)

        self.canvas_box.activated.connect(lambda _i: self.reload_rounds())
        self.round_box.activated.connect(lambda _i: self._round_changed())
        self.new_button.clicked.connect(self.new_round)
        self.open_button.clicked.connect(self.open_round)
        self.extend_button.clicked.connect(self.extend_round)
        self.close_button.clicked.connect(self.close_round)
        self.paper_button.clicked.connect(self.enter_paper)
        self.facilitator_edit.textChanged.connect(self._facilitator_changed)
        self.ballot.vote_cast.connect(lambda _cid: self.results.refresh())
        self.reload()

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        current = self.canvas_box.currentData()
        self.canvas_box.clear()
        for canvas in voting_ops.list_canvas_choices(self.ws):
            self.canvas_box.addItem(f"{canvas.title} (V{canvas.version})", canvas.id)
        if current:
            self.canvas_box.setCurrentIndex(max(0, self.canvas_box.findData(current)))
        self.reload_rounds()

    def reload_rounds(self, select_id: str | None = None) -> None:
        current = select_id or self.round_box.currentData()
        self.round_box.clear()
        canvas_id = self.canvas_box.currentData()
        if canvas_id:
            for r in voting_ops.list_rounds(self.ws, canvas_id=canvas_id):
                self.round_box.addItem(r.label, r.id)
        if current:
            self.round_box.setCurrentIndex(max(0, self.round_box.findData(current)))
        elif self.round_box.count():
            self.round_box.setCurrentIndex(self.round_box.count() - 1)
        self._round_changed()

    def current_round(self) -> voting_ops.RoundInfo | None:
        round_id = self.round_box.currentData()
        return voting_ops.get_round(self.ws, round_id) if round_id else None

    def _round_changed(self) -> None:
        info = self.current_round()
        self.ballot.set_round(info)
        self._show_state(info)
        if info is not None:
            self.results.show_round(info.id)

    def _show_state(self, info: voting_ops.RoundInfo | None) -> None:
        if info is not None:
            index = self.round_box.findData(info.id)
            if index >= 0:
                self.round_box.setItemText(index, info.label)
        status = info.status if info else ""
        if info is None:
            self.status_label.setText(self.tr("Keine Runde"))
        else:
            rules = self.tr("%1, %2 Punkte pro Person").replace("%1", info.method_word).replace("%2", str(info.budget))
            self.status_label.setText(self.tr("Status: %1 – %2").replace("%1", tr_word(info.status_word)).replace("%2", rules))
        self.open_button.setEnabled(status == "draft")
        self.time_box_spin.setEnabled(status == "draft")
        self.extend_button.setEnabled(status == "open")
        self.close_button.setEnabled(status == "open")
        self.paper_button.setEnabled(status == "open")
        self.new_button.setEnabled(bool(self.canvas_box.currentData()))

    def _facilitator_changed(self, text: str) -> None:
        self.ballot.recorded_by = text

    # ------------------------------------------------------------------ actions
    def new_round(self) -> NewRoundDialog | None:
        canvas_id = self.canvas_box.currentData()
        if not canvas_id:
            return None
        cards = voting_ops.round_cards_of_canvas(self.ws, canvas_id)
        dialog = NewRoundDialog(self.ws, canvas_id, cards, self)
        dialog.finished.connect(lambda _r: self._round_created(dialog))
        dialog.open()
        return dialog

    def _round_created(self, dialog: NewRoundDialog) -> None:
        if dialog.created is not None:
            self.reload_rounds(select_id=dialog.created.id)
            self.message.show_ok(self.tr("Runde „%1“ angelegt. Zum Abstimmen „Öffnen“ wählen.")
                                 .replace("%1", dialog.created.title))

    def _run(self, action: Callable[[], voting_ops.RoundInfo], done: str) -> bool:
        try:
            info = action()
        except OperationRefused as exc:
            self.message.show_refusal(str(exc))
            return False
        self.message.show_ok(done)
        self.ballot.set_round(info)
        self._show_state(info)
        self.results.show_round(info.id)
        return True

    def open_round(self) -> bool:
        round_id = self.round_box.currentData()
        if not round_id:
            return False
        minutes = self.time_box_spin.value() or None
        done = self.tr("Die Runde ist offen.")
        if minutes:
            done = self.tr("Die Runde ist offen – %1 Minuten Zeit.").replace("%1", str(minutes))
        ok = self._run(lambda: voting_ops.open_round(self.ws, round_id, time_box_minutes=minutes), done)
        if ok:
            self.tabs.setCurrentWidget(self.ballot)
        return ok

    def extend_round(self) -> bool:
        round_id = self.round_box.currentData()
        return bool(round_id) and self._run(
            lambda: voting_ops.extend_round(self.ws, round_id, self.EXTEND_MINUTES),
            self.tr("%1 Minuten mehr Zeit.").replace("%1", str(self.EXTEND_MINUTES)))

    def close_round(self) -> bool:
        round_id = self.round_box.currentData()
        if not round_id or not self.ask(self.tr("Die Runde endgültig schließen? Danach nimmt sie keine Stimmen "
                                                "mehr an, und die Ergebnisse werden gezeigt.")):
            return False
        ok = self._run(lambda: voting_ops.close_round(self.ws, round_id), self.tr("Die Runde ist geschlossen."))
        if ok:
            self.tabs.setCurrentWidget(self.results)
        return ok

    def enter_paper(self) -> PaperEntryDialog | None:
        round_id = self.round_box.currentData()
        if not round_id:
            return None
        dialog = PaperEntryDialog(self.ws, round_id, self, recorded_by=self.facilitator_edit.text())
        dialog.accepted.connect(lambda: self._paper_done(dialog))
        dialog.open()
        return dialog

    def _paper_done(self, dialog: PaperEntryDialog) -> None:
        self.message.show_ok(self.tr("%1 Punkte von Papier eingetragen.").replace("%1", str(dialog.stored_points)))
        self.results.refresh()

    def _ask_user(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Abstimmung schließen"), question)
        return answer == QMessageBox.StandardButton.Yes
