"""Entering the counted dots of a paper round: number of ballots and points per card.

The check runs before anything is stored; a refusal keeps the dialog open with the numbers as typed, so a
miscount can be corrected instead of typed again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.operations import paper_votes_ops, voting_ops
from app.operations.errors import OperationRefused

from .widgets import MessageLine, set_point_size

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


class PaperEntryDialog(QDialog):
    def __init__(self, ws: WorkspaceFile, round_id: str, parent: QWidget | None = None, *,
                 recorded_by: str = "") -> None:
        super().__init__(parent)
        self.ws, self.round_id = ws, round_id
        self.stored_points = 0
        info = voting_ops.get_round(ws, round_id)
        earlier_ballots, earlier = paper_votes_ops.paper_counts(ws, round_id)
        self.setWindowTitle(self.tr("Papierstimmen eintragen – %1").replace("%1", info.title))
        set_point_size(self, 14)
        intro = QLabel(self.tr("Je Stimmzettel %1 Punkte. Tragen Sie die gezählten Punkte je Karte ein.")
                       .replace("%1", str(info.budget)))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.ballots_spin = QSpinBox(minimum=0, maximum=10000)
        self.ballots_spin.setMinimumHeight(40)
        form.addRow(self.tr("Ausgezählte Stimmzettel"), self.ballots_spin)
        self.count_spins: dict[str, QSpinBox] = {}
        for card in voting_ops.round_cards(ws, round_id):
            spin = QSpinBox(minimum=0, maximum=100000)
            spin.setMinimumHeight(40)
            label = card.text or self.tr("(leere Karte)")
            if earlier.get(card.id):
                label += " " + self.tr("(schon eingetragen: %1)").replace("%1", str(earlier[card.id]))
            form.addRow(label, spin)
            self.count_spins[card.id] = spin
        self.recorded_by_edit = QLineEdit(recorded_by)
        form.addRow(self.tr("Erfasst von"), self.recorded_by_edit)
        if earlier_ballots:
            form.addRow(QLabel(self.tr("Bisher eingetragen: %1 Stimmzettel.").replace("%1", str(earlier_ballots))))
        self.message = MessageLine(points=13)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Prüfen und speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def set_counts(self, ballots: int, counts: dict[str, int]) -> None:
        self.ballots_spin.setValue(ballots)
        for card_id, spin in self.count_spins.items():
            spin.setValue(counts.get(card_id, 0))

    def accept(self) -> None:
        counts = {cid: spin.value() for cid, spin in self.count_spins.items() if spin.value()}
        try:
            self.stored_points = paper_votes_ops.enter_paper_counts(
                self.ws, self.round_id, counts, self.ballots_spin.value(),
                recorded_by=self.recorded_by_edit.text())
        except OperationRefused as exc:
            self.message.show_refusal(str(exc))
            return
        super().accept()
