"""Dialog to add a cooperation link between two actors."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from app.operations.actors_ops import list_actors
from app.store.workspace_file import WorkspaceFile

from .graph_view import LINK_TYPES

LINK_STATUSES = ("potenziell", "vereinbart", "aktiv")


class AddLinkDialog(QDialog):
    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verbindung hinzufügen"))
        self.actor_a = QComboBox()
        self.actor_b = QComboBox()
        for a in list_actors(ws):
            label = f"{a.name} ({a.category})" if a.category else a.name
            self.actor_a.addItem(label, a.id)
            self.actor_b.addItem(label, a.id)
        if self.actor_b.count() > 1:
            self.actor_b.setCurrentIndex(1)
        self.link_type = QComboBox()
        self.link_type.addItems(LINK_TYPES)
        self.status = QComboBox()
        self.status.addItems(LINK_STATUSES)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("z. B. Überleitung nach Krankenhausaufenthalt"))
        form = QFormLayout(self)
        form.addRow(self.tr("Akteur"), self.actor_a)
        form.addRow(self.tr("mit"), self.actor_b)
        form.addRow(self.tr("Art"), self.link_type)
        form.addRow(self.tr("Stand"), self.status)
        form.addRow(self.tr("Beschreibung"), self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {"actor_a_id": self.actor_a.currentData(), "actor_b_id": self.actor_b.currentData(),
                "link_type": self.link_type.currentText(), "status": self.status.currentText(),
                "description": self.description.text()}
