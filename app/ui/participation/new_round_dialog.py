"""Dialog for a new vote round: method, budget, cap, stacking, anonymity, hidden results, chosen cards."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.operations import participants_ops, voting_ops
from app.operations.errors import OperationRefused
from app.ui.vocabulary import tr_word

from .widgets import MessageLine

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


class NewRoundDialog(QDialog):
    """Creates the round itself on OK (``created`` holds it); a refusal keeps the dialog open with the reason."""

    def __init__(self, ws: WorkspaceFile, canvas_id: str, cards: list[voting_ops.CardChoice],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.canvas_id = ws, canvas_id
        self.created: voting_ops.RoundInfo | None = None
        self.setWindowTitle(self.tr("Neue Abstimmungsrunde"))
        form = QFormLayout()
        self.title_edit = QLineEdit(self.tr("Prioritäten"))
        self.session_box = QComboBox()
        self.session_box.addItem(self.tr("ohne Sitzung (alle dürfen abstimmen)"), None)
        for choice in participants_ops.list_session_choices(ws):
            self.session_box.addItem(choice.label, choice.id)
        if self.session_box.count() > 1:
            self.session_box.setCurrentIndex(1)
        self.method_box = QComboBox()
        for key, word in voting_ops.METHOD_WORDS.items():
            self.method_box.addItem(tr_word(word), key)
        self.budget_spin = QSpinBox(minimum=1, maximum=1000, value=5)
        self.cap_spin = QSpinBox(minimum=0, maximum=1000, value=0)
        self.cap_spin.setSpecialValueText(self.tr("keine Obergrenze"))
        self.stacking_check = QCheckBox(self.tr("mehrere Punkte auf dieselbe Karte erlaubt"), checked=True)
        self.anonymous_check = QCheckBox(self.tr("anonym (nur Stimmzettel, keine Namen)"))
        self.hidden_check = QCheckBox(self.tr("Ergebnisse erst nach dem Schließen zeigen"), checked=True)
        self.card_list = QListWidget()
        for card in cards:
            item = QListWidgetItem(card.text or self.tr("(leere Karte)"))
            item.setData(Qt.ItemDataRole.UserRole, card.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.card_list.addItem(item)
        form.addRow(self.tr("Titel"), self.title_edit)
        form.addRow(self.tr("Sitzung"), self.session_box)
        form.addRow(self.tr("Art"), self.method_box)
        form.addRow(self.tr("Punkte pro Person"), self.budget_spin)
        form.addRow(self.tr("Höchstens pro Karte"), self.cap_spin)
        form.addRow("", self.stacking_check)
        form.addRow("", self.anonymous_check)
        form.addRow("", self.hidden_check)
        form.addRow(QLabel(self.tr("Karten zur Wahl (alle angehakt = alle Karten der Leinwand)")))
        self.message = MessageLine(points=12)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Runde anlegen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.card_list)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def round_settings(self) -> dict[str, Any]:
        ids = [self.card_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.card_list.count())
               if self.card_list.item(i).checkState() == Qt.CheckState.Checked]
        all_cards = len(ids) == self.card_list.count()
        return {
            "title": self.title_edit.text(), "session_id": self.session_box.currentData(),
            "card_ids": None if all_cards else ids, "method": self.method_box.currentData(),
            "budget": self.budget_spin.value(), "per_card_cap": self.cap_spin.value(),
            "stacking": self.stacking_check.isChecked(), "anonymous": self.anonymous_check.isChecked(),
            "hidden_until_closed": self.hidden_check.isChecked(),
        }

    def accept(self) -> None:
        try:
            self.created = voting_ops.create_round(self.ws, self.canvas_id, **self.round_settings())
        except OperationRefused as exc:
            self.message.show_refusal(str(exc))
            return
        super().accept()
