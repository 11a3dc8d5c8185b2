"""The shared screen where people vote one after another: choose who votes, then click cards.

Shown on the projector, so everything is large: the remaining points as a big number, every card as a big
button, refusals as a sentence. The countdown only displays time; when it runs out the rules refuse further
votes and the facilitator decides to extend or close (closing is final, so it is never done by a timer).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.operations import voting_ops
from app.operations.errors import OperationRefused
from app.ui.vocabulary import tr_word

from .widgets import MIN_HIT_PX, MessageLine, WrappingButton, compact_combo, set_point_size

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


def format_countdown(seconds: int) -> str:
    minutes, secs = divmod(max(0, seconds), 60)
    return f"{minutes:02d}:{secs:02d}"


class BallotScreen(QWidget):
    vote_cast = Signal(str)  # card id

    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None, *, with_card_buttons: bool = True) -> None:
        """``with_card_buttons=False``: people vote by touching the cards on the board itself, which calls
        :meth:`vote_for`; this screen then only keeps the voter, the remaining points and the messages."""
        super().__init__(parent)
        self.ws = ws
        self.with_card_buttons = with_card_buttons
        self.round: voting_ops.RoundInfo | None = None
        self.participant_id: str | None = None
        self.ballot_token = ""
        self.issued_tokens: list[str] = []
        self.recorded_by = ""
        self.card_buttons: dict[str, WrappingButton] = {}
        self._cards: list[voting_ops.CardChoice] = []

        self.voter_box = compact_combo(QComboBox(), 24)
        self.voter_box.setMinimumHeight(MIN_HIT_PX)
        set_point_size(self.voter_box, 16)
        self.voter_box.activated.connect(self._voter_chosen)
        self.anonymous_button = QPushButton(self.tr("Anonymer Stimmzettel"))
        self.anonymous_button.setMinimumHeight(MIN_HIT_PX)
        set_point_size(self.anonymous_button, 16)
        self.anonymous_button.clicked.connect(self.new_anonymous_ballot)
        self.proxy_check = QCheckBox(self.tr("für jemand anderen (Vertretung)"))
        set_point_size(self.proxy_check, 15)
        self.proxy_check.setStyleSheet("QCheckBox::indicator { width: 28px; height: 28px; }")
        self.proxy_check.toggled.connect(self._reload_voters)
        chooser = QHBoxLayout()
        self.who_label = QLabel(self.tr("Wer stimmt ab?"))
        set_point_size(self.who_label, 16)
        chooser.addWidget(self.who_label)
        chooser.addWidget(self.voter_box, 2)
        chooser.addWidget(self.anonymous_button)
        chooser.addWidget(self.proxy_check)

        self.voter_label = QLabel()
        self.voter_label.setWordWrap(True)
        set_point_size(self.voter_label, 24, bold=True)
        self.remaining_label = QLabel("–")
        self.remaining_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_point_size(self.remaining_label, 80, bold=True)
        self.remaining_caption = QLabel(self.tr("Punkte übrig"))
        self.remaining_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_point_size(self.remaining_caption, 20)
        self.countdown_label = QLabel()
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_point_size(self.countdown_label, 36, bold=True)
        self.weight_spin = QSpinBox(minimum=1, maximum=1000, value=1)
        self.weight_spin.setPrefix(self.tr("Punkte pro Klick: "))
        self.weight_spin.setMinimumHeight(MIN_HIT_PX)
        set_point_size(self.weight_spin, 16)
        side = QVBoxLayout()
        side.addWidget(self.remaining_label)
        side.addWidget(self.remaining_caption)
        side.addWidget(self.weight_spin)
        side.addWidget(self.countdown_label)
        self.undo_button = QPushButton(self.tr("Letzten Punkt zurücknehmen"))
        self.next_button = QPushButton(self.tr("Fertig – nächste Person"))
        for button in (self.undo_button, self.next_button):
            button.setMinimumHeight(MIN_HIT_PX + 8)
            set_point_size(button, 16)
            side.addWidget(button)
        side.addStretch(1)
        self.undo_button.clicked.connect(self.undo_last)
        self.next_button.clicked.connect(self.finish_voter)

        self.message = MessageLine(points=18, keep_space=True)
        self.cards_host = QWidget()
        self.cards_grid = QGridLayout(self.cards_host)
        self.cards_grid.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.cards_host)
        middle = QVBoxLayout()
        middle.addWidget(self.voter_label)
        middle.addWidget(self.message)
        middle.addWidget(scroll, 1)
        body = QHBoxLayout()
        body.addLayout(middle, 3)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addLayout(body, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.update_countdown)
        self.set_round(None)

    # ------------------------------------------------------------------ round
    def set_round(self, info: voting_ops.RoundInfo | None) -> None:
        changed = info is None or self.round is None or info.id != self.round.id
        self.round = info
        if changed:
            self.participant_id, self.ballot_token, self.issued_tokens = None, "", []
            self.message.clear_message()
        self._cards = voting_ops.round_cards(self.ws, info.id) if info else []
        self._build_card_buttons()
        self._reload_voters()
        self.weight_spin.setVisible(bool(info and info.method == "points"))
        is_open = bool(info and info.status == "open")
        self.anonymous_button.setEnabled(is_open)
        self.voter_box.setVisible(not (info and info.anonymous))
        self.proxy_check.setVisible(not (info and info.anonymous))
        if is_open and info and info.closes_at:
            self.timer.start()
        else:
            self.timer.stop()
        self.update_countdown()
        self._refresh_voter()

    def _build_card_buttons(self) -> None:
        for button in self.card_buttons.values():
            self.cards_grid.removeWidget(button)
            button.deleteLater()
        self.card_buttons = {}
        if not self.with_card_buttons:
            return
        for i, card in enumerate(self._cards):
            button = WrappingButton(card.text or self.tr("(leere Karte)"))
            button.clicked.connect(lambda _=False, cid=card.id: self.vote_for(cid))
            self.cards_grid.addWidget(button, i // 2, i % 2)
            self.card_buttons[card.id] = button

    def _reload_voters(self) -> None:
        self.voter_box.clear()
        self.voter_box.addItem(self.tr("— Person auswählen —"), None)
        if self.round is None or self.round.anonymous:
            return
        voters = voting_ops.eligible_voters(self.ws, self.round.id, for_proxy=self.proxy_check.isChecked())
        for voter in voters:
            self.voter_box.addItem(f"{voter.label} ({tr_word(voter.stakeholder_group)})", voter.participant_id)
        if self.participant_id:
            index = self.voter_box.findData(self.participant_id)
            self.voter_box.setCurrentIndex(max(0, index))

    # ------------------------------------------------------------------ voter
    def _voter_chosen(self, index: int) -> None:
        pid = self.voter_box.itemData(index)
        self.choose_participant(pid)

    def choose_participant(self, participant_id: str | None) -> None:
        self.participant_id, self.ballot_token = participant_id, ""
        index = self.voter_box.findData(participant_id) if participant_id else 0
        self.voter_box.setCurrentIndex(max(0, index))
        self.message.clear_message()
        self._refresh_voter()

    def new_anonymous_ballot(self) -> str:
        if self.round is None:
            return ""
        token = voting_ops.next_ballot_token(self.ws, self.round.id, taken=self.issued_tokens)
        self.issued_tokens.append(token)
        self.participant_id, self.ballot_token = None, token
        self.voter_box.setCurrentIndex(0)
        self.message.clear_message()
        self._refresh_voter()
        return token

    def finish_voter(self) -> None:
        self.participant_id, self.ballot_token = None, ""
        self.proxy_check.setChecked(False)
        self.voter_box.setCurrentIndex(0)
        self.message.show_ok(self.tr("Danke! Die nächste Person kann abstimmen."))
        self._refresh_voter()

    def _voter_kwargs(self) -> dict[str, str | None]:
        return {"participant_id": self.participant_id, "ballot_token": self.ballot_token}

    def has_voter(self) -> bool:
        return bool(self.participant_id or self.ballot_token)

    def _refresh_voter(self) -> None:
        r = self.round
        is_open = bool(r and r.status == "open")
        if r is None:
            self.voter_label.setText(self.tr("Keine Abstimmungsrunde ausgewählt."))
        elif r.status == "draft":
            self.voter_label.setText(self.tr("Die Runde „%1“ ist noch nicht geöffnet.").replace("%1", r.title))
        elif r.status == "closed":
            self.voter_label.setText(self.tr("Die Runde „%1“ ist geschlossen.").replace("%1", r.title))
        elif not self.has_voter():
            self.voter_label.setText(self.tr("Bitte zuerst auswählen, wer abstimmt."))
        else:
            name = self.ballot_token or self.voter_box.currentText().rsplit(" (", 1)[0]
            text = self.tr("Es stimmt ab: %1").replace("%1", name)
            if self.proxy_check.isChecked() and self.participant_id:
                text += " " + self.tr("(Vertretung)")
            self.voter_label.setText(text)
        mine: dict[str, int] = {}
        if r is not None and self.has_voter():
            mine = voting_ops.voter_points(self.ws, r.id, **self._voter_kwargs())
            left = voting_ops.remaining_for(self.ws, r.id, **self._voter_kwargs())
            self.remaining_label.setText(str(left))
            self.remaining_caption.setText(self.tr("Punkt übrig") if left == 1 else self.tr("Punkte übrig"))
        else:
            self.remaining_label.setText("–")
            self.remaining_caption.setText(self.tr("Punkte übrig"))
        for card in self._cards:
            button = self.card_buttons.get(card.id)
            if button is None:
                continue
            text = card.text or self.tr("(leere Karte)")
            if mine.get(card.id):
                text += "\n" + self.tr("Ihre Punkte hier: %1").replace("%1", str(mine[card.id]))
            button.set_label_text(text)
            button.setEnabled(is_open and self.has_voter())
        self.undo_button.setEnabled(is_open and self.has_voter())
        self.next_button.setEnabled(self.has_voter())

    # ------------------------------------------------------------------ voting
    def vote_for(self, card_id: str) -> bool:
        if self.round is None:
            return False
        if not self.has_voter():
            self.message.show_refusal(self.tr("Bitte zuerst auswählen, wer abstimmt."))
            return False
        weight = self.weight_spin.value() if self.round.method == "points" else 1
        try:
            result = voting_ops.cast_vote(self.ws, self.round.id, card_id, weight=weight,
                                          proxy=self.proxy_check.isChecked() and bool(self.participant_id),
                                          recorded_by=self.recorded_by, **self._voter_kwargs())
        except OperationRefused as exc:
            self.message.show_refusal(str(exc))
            self._refresh_voter()
            return False
        title = next((c.text for c in self._cards if c.id == card_id), "")
        self.message.show_ok(self.tr("Angenommen: %1 auf „%2“. Noch %3 übrig.")
                             .replace("%1", self._points_text(result.weight)).replace("%2", title)
                             .replace("%3", str(result.remaining)))
        self._refresh_voter()
        self.vote_cast.emit(card_id)
        return True

    def _points_text(self, n: int) -> str:
        return self.tr("1 Punkt") if n == 1 else self.tr("%1 Punkte").replace("%1", str(n))

    def undo_last(self) -> None:
        if self.round is None or not self.has_voter():
            return
        try:
            card_id = voting_ops.retract_last_vote(self.ws, self.round.id, **self._voter_kwargs())
        except OperationRefused as exc:
            self.message.show_refusal(str(exc))
            return
        if card_id is None:
            self.message.show_refusal(self.tr("Es gibt keinen Punkt zum Zurücknehmen."))
        else:
            self.message.show_ok(self.tr("Der letzte Punkt wurde zurückgenommen."))
        self._refresh_voter()

    def update_countdown(self) -> None:
        r = self.round
        if r is None or r.status != "open" or r.closes_at is None:
            self.countdown_label.setText("")
            return
        left = int((r.closes_at - datetime.now()).total_seconds())
        if left > 0:
            self.countdown_label.setText(self.tr("Noch %1").replace("%1", format_countdown(left)))
        else:
            self.countdown_label.setText(self.tr("Zeit abgelaufen"))
