"""The bar above the board in "Abstimmen" mode: pick or start a vote round of this canvas, open and close it,
choose who votes (a person, by proxy, or an anonymous ballot) and show the points left in large type.

Votes are placed by touching cards on the board; the bar hands each touch to the SAME ballot logic as the shared
screen of the Sitzungen page (:class:`BallotScreen` without its card buttons), so the rules and the refusals are
one code path. While a round hides its results the bar reports no counts; once closed, the points per card come
from ``card_dot_counts`` and the board draws them on the cards.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.operations import voting_ops
from app.operations.errors import OperationRefused
from app.ui.participation.ballot_screen import BallotScreen
from app.ui.participation.new_round_dialog import NewRoundDialog
from app.ui.participation.widgets import MIN_HIT_PX, compact_combo, set_point_size

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


class BoardVoteBar(QWidget):
    #: the points per card to draw on the board changed ({} while the round hides them or none is chosen)
    counts_changed = Signal(object)

    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.canvas_id: str | None = None
        #: asks before the final close; replaced in tests
        self.ask: Callable[[str], bool] = self._ask_user
        self.ballot = BallotScreen(ws, self, with_card_buttons=False)
        self.ballot.hide()  # its controls are laid out in this bar below; the screen itself stays invisible
        self.ballot.vote_cast.connect(lambda _cid: self.emit_counts())

        self.round_box = compact_combo(QComboBox(), 26)
        self.round_box.activated.connect(lambda _i: self._round_changed())
        self.new_button = QPushButton(self.tr("Neue Runde …"))
        self.open_button = QPushButton(self.tr("Öffnen"))
        self.close_button = QPushButton(self.tr("Schließen"))
        self.new_button.clicked.connect(self.new_round)
        self.open_button.clicked.connect(self.open_round)
        self.close_button.clicked.connect(self.close_round)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        set_point_size(self.status_label, 15, bold=True)
        round_row = QHBoxLayout()
        caption = QLabel(self.tr("Abstimmung:"))
        set_point_size(caption, 15, bold=True)
        round_row.addWidget(caption)
        for widget in (self.round_box, self.new_button, self.open_button, self.close_button):
            widget.setMinimumHeight(MIN_HIT_PX)
            set_point_size(widget, 14)
            round_row.addWidget(widget)
        round_row.addStretch(1)

        b = self.ballot
        set_point_size(b.remaining_label, 44, bold=True)
        set_point_size(b.remaining_caption, 18, bold=True)
        set_point_size(b.voter_label, 18, bold=True)
        b.message.setWordWrap(True)
        for widget in (b.voter_box, b.anonymous_button, b.proxy_check, b.undo_button, b.next_button, b.weight_spin,
                       b.who_label):
            set_point_size(widget, 14)
        b.voter_box.setMinimumContentsLength(16)
        b.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_point_size(b.countdown_label, 24, bold=True)
        b.remaining_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        b.remaining_caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        round_row.addWidget(b.weight_spin)
        round_row.addWidget(b.countdown_label)
        round_row.addWidget(b.remaining_label)
        round_row.addWidget(b.remaining_caption)
        b.voter_label.setWordWrap(True)
        voter_row = QHBoxLayout()
        for widget in (b.who_label, b.voter_box, b.anonymous_button, b.proxy_check):
            voter_row.addWidget(widget)
        voter_row.addWidget(b.voter_label, 1)
        voter_row.addWidget(b.undo_button)
        voter_row.addWidget(b.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(round_row)
        layout.addWidget(self.status_label)
        layout.addLayout(voter_row)
        layout.addWidget(b.message)
        self.setStyleSheet("BoardVoteBar { background: #fff4e6; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    # ------------------------------------------------------------------ canvas and rounds
    def set_canvas(self, canvas_id: str | None) -> None:
        if canvas_id != self.canvas_id:
            self.canvas_id = canvas_id
            self.reload_rounds()

    def reload_rounds(self, select_id: str | None = None) -> None:
        current = select_id or self.round_box.currentData()
        self.round_box.clear()
        if self.canvas_id:
            for r in voting_ops.list_rounds(self.ws, canvas_id=self.canvas_id):
                self.round_box.addItem(r.label, r.id)
        index = self.round_box.findData(current) if current else -1
        self.round_box.setCurrentIndex(index if index >= 0 else self.round_box.count() - 1)
        self._round_changed()

    def current_round(self) -> voting_ops.RoundInfo | None:
        round_id = self.round_box.currentData()
        if not round_id:
            return None
        try:
            return voting_ops.get_round(self.ws, round_id)
        except OperationRefused:
            return None

    def _round_changed(self) -> None:
        self._show(self.current_round())

    def _show(self, info: voting_ops.RoundInfo | None) -> None:
        if info is None or self.ballot.round is None or info != self.ballot.round:
            self.ballot.set_round(info)
        status = info.status if info else ""
        if info is None:
            self.status_label.setText(self.tr("Noch keine Runde für diese Leinwand – »Neue Runde …« legt eine an."))
        else:
            index = self.round_box.findData(info.id)
            if index >= 0:
                self.round_box.setItemText(index, info.label)
            text = self.tr("{0}: {1}, {2} Punkte pro Person").format(info.status_word, info.method_word,
                                                                    info.budget)
            if info.status == "open" and info.hidden_until_closed:
                text += self.tr(" – Ergebnisse erst nach dem Schließen")
            elif info.status == "draft":
                text += self.tr(" – zum Abstimmen »Öffnen«")
            if info.status == "closed":
                text += self.top_cards_text(info.id)
            if info.status == "open" and not info.anonymous and self.ballot.voter_box.count() <= 1:
                text += self.tr(". Niemand ist als anwesend eingetragen: »Vertretung« ankreuzen oder "
                                "»Anonymer Stimmzettel« wählen.")
            self.status_label.setText(text)
        self.open_button.setEnabled(status == "draft")
        self.close_button.setEnabled(status == "open")
        self.new_button.setEnabled(bool(self.canvas_id))
        self.emit_counts()

    def dot_counts(self) -> dict[str, int]:
        """Points per card the whole room may see now: nothing while an open round hides its results."""
        round_id = self.round_box.currentData()
        if not round_id:
            return {}
        try:
            counts = voting_ops.card_dot_counts(self.ws, round_id, as_facilitator=False)
        except OperationRefused:
            return {}
        return dict(counts) if counts else {}

    def top_cards_text(self, round_id: str, shown: int = 3) -> str:
        """The most-voted cards in words, for the back of the room (the dots on small cards are not enough)."""
        counts = self.dot_counts()
        if not counts:
            return self.tr(". Keine Punkte vergeben.")
        texts = {c.id: c.text for c in voting_ops.round_cards(self.ws, round_id)}
        best = sorted(counts.items(), key=lambda kv: (-kv[1], texts.get(kv[0], "")))[:shown]
        parts = [self.tr("„{0}“ {1}").format(shorten(texts.get(cid, "?")), n) for cid, n in best]
        return self.tr(". Meiste Punkte: ") + " · ".join(parts)

    def emit_counts(self) -> None:
        self.counts_changed.emit(self.dot_counts())

    # ------------------------------------------------------------------ actions
    def new_round(self) -> NewRoundDialog | None:
        if not self.canvas_id:
            return None
        dialog = NewRoundDialog(self.ws, self.canvas_id, voting_ops.round_cards_of_canvas(self.ws, self.canvas_id),
                                self)
        dialog.finished.connect(lambda _r: self._round_created(dialog))
        dialog.open()
        return dialog

    def _round_created(self, dialog: NewRoundDialog) -> None:
        if dialog.created is not None:
            self.reload_rounds(select_id=dialog.created.id)
            self.ballot.message.show_ok(self.tr("Runde „{0}“ angelegt. Zum Abstimmen »Öffnen« wählen.")
                                        .format(dialog.created.title))

    def _run(self, action: Callable[[], voting_ops.RoundInfo], done: str) -> bool:
        try:
            info = action()
        except OperationRefused as exc:
            self.ballot.message.show_refusal(str(exc))
            return False
        self._show(info)
        self.ballot.message.show_ok(done)
        return True

    def open_round(self) -> bool:
        round_id = self.round_box.currentData()
        return bool(round_id) and self._run(
            lambda: voting_ops.open_round(self.ws, round_id),
            self.tr("Die Runde ist offen: wählen, wer abstimmt, dann die Karten antippen."))

    def close_round(self) -> bool:
        round_id = self.round_box.currentData()
        if not round_id or not self.ask(self.tr("Die Runde endgültig schließen? Danach nimmt sie keine Stimmen "
                                                "mehr an, und die Punkte erscheinen auf den Karten.")):
            return False
        return self._run(lambda: voting_ops.close_round(self.ws, round_id),
                         self.tr("Die Runde ist geschlossen. Die Punkte stehen jetzt auf den Karten."))

    def vote_for(self, card_id: str) -> bool:
        """A card was touched on the board: one vote through the ballot (refusals appear as a sentence)."""
        r = self.ballot.round
        if r is None:
            self.ballot.message.show_refusal(self.tr("Bitte zuerst eine Abstimmungsrunde wählen oder anlegen."))
            return False
        if r.status != "open":  # say what the facilitator can do, before asking who votes
            self.ballot.message.show_refusal(
                self.tr("Die Runde „{0}“ ist geschlossen.").format(r.title) if r.status == "closed"
                else self.tr("Die Runde „{0}“ ist noch nicht geöffnet – bitte »Öffnen« wählen.").format(r.title))
            return False
        return self.ballot.vote_for(card_id)

    def _ask_user(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Abstimmung schließen"), question)
        return answer == QMessageBox.StandardButton.Yes


def shorten(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
