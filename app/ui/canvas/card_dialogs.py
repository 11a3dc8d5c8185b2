"""Small dialogs of the board: new canvas, amount on a card, actors linked to a card."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.card_amounts import PER_MONTH, PER_YEAR, format_euro, parse_euro
from app.operations.canvas_data import ChoiceData


class NewCanvasDialog(QDialog):
    def __init__(self, templates: Sequence[ChoiceData], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Neue Leinwand"))
        self.template = QComboBox()
        for t in templates:
            self.template.addItem(t.name, t.id)
            self.template.setItemData(self.template.count() - 1, t.detail, Qt.ItemDataRole.ToolTipRole)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("z. B. Einkaufsbegleitung Schaffrath"))
        form = QFormLayout(self)
        form.addRow(self.tr("Vorlage:"), self.template)
        form.addRow(self.tr("Titel:"), self.title)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #c92a2a")
        form.addRow(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.hint.setText(self.tr("Bitte einen Titel eingeben."))
            return
        self.accept()

    def values(self) -> tuple[str, str]:
        return self.template.currentData(), self.title.text().strip()


class AmountDialog(QDialog):
    """Betrag auf der Karte: € pro Monat oder pro Jahr; leer lassen entfernt den Betrag."""

    def __init__(self, cents: int | None, period: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Betrag"))
        self.amount = QLineEdit(format_euro(cents).replace(" €", "") if cents is not None else "")
        self.amount.setPlaceholderText(self.tr("z. B. 450,00 – leer lassen: kein Betrag"))
        self.period = QComboBox()
        self.period.addItem(self.tr("pro Monat"), PER_MONTH)
        self.period.addItem(self.tr("pro Jahr"), PER_YEAR)
        self.period.setCurrentIndex(1 if period == PER_YEAR else 0)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #c92a2a")
        form = QFormLayout(self)
        form.addRow(self.tr("Betrag in €:"), self.amount)
        form.addRow(self.tr("Zeitraum:"), self.period)
        form.addRow(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.result_value: tuple[int | None, str] = (cents, period)

    def _accept(self) -> None:
        text = self.amount.text().strip()
        if not text:
            self.result_value = (None, "")
            self.accept()
            return
        try:
            cents = parse_euro(text)
        except ValueError as exc:
            self.hint.setText(str(exc))
            return
        self.result_value = (cents, self.period.currentData())
        self.accept()


class ActorPickerDialog(QDialog):
    """Tick the actors a card is about; the search field narrows a long list quickly."""

    def __init__(self, actors: Sequence[ChoiceData], linked: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Akteure verknüpfen"))
        self.resize(420, 480)
        linked_ids = set(linked)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Akteur suchen …"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        for actor in actors:
            item = QListWidgetItem(f"{actor.name}  ({actor.detail})" if actor.detail else actor.name)
            item.setData(Qt.ItemDataRole.UserRole, actor.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if actor.id in linked_ids else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.names = {a.id: a.name for a in actors}
        self.search.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        if not actors:
            layout.addWidget(QLabel(self.tr("Es sind noch keine Akteure erfasst.")))
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def checked_ids(self) -> set[str]:
        return {self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked}
