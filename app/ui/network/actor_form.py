"""The detail form of one actor (Stammdaten): edits an ActorForm and saves it through the operations."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.operations.actors_ops import ActorForm, get_actor, known_kinds, save_actor
from app.operations.categories_ops import list_categories
from app.operations.errors import OperationRefused
from app.store.workspace_file import WorkspaceFile

from .widgets import MessageLine, fill_category_combo, select_data

OUTREACH_STATUSES = ("identifiziert", "kontaktiert", "interessiert", "teilnehmend", "Partner", "abgesagt")
LEGAL_FORMS = ("", "e.V.", "gGmbH", "GmbH", "eG", "Einzelunternehmen", "Körperschaft des öffentlichen Rechts")


class ActorFormWidget(QWidget):
    saved = Signal(str)  # actor id

    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.actor_id = ""
        self.name = QLineEdit()
        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.category = QComboBox()
        self.legal_form = QComboBox()
        self.legal_form.setEditable(True)
        self.legal_form.addItems(LEGAL_FORMS)
        self.non_profit = QCheckBox(self.tr("gemeinnützig"))
        self.public_body = QCheckBox(self.tr("öffentliche Stelle"))
        self.recognised_45a = QCheckBox(self.tr("anerkannt nach §45a SGB XI"))
        self.key_partner = QCheckBox(self.tr("Schlüsselpartner"))
        self.contact_person = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.street = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setMaximumWidth(90)
        self.city = QLineEdit()
        self.website = QLineEdit()
        self.status = QComboBox()
        self.status.addItems(OUTREACH_STATUSES)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kategorie"), self.category)
        form.addRow(self.tr("Art"), self.kind)
        form.addRow(self.tr("Rechtsform"), self.legal_form)
        flags = QHBoxLayout()
        for box in (self.non_profit, self.public_body, self.recognised_45a):
            flags.addWidget(box)
        flags.addStretch()
        form.addRow("", flags)
        form.addRow(self.tr("Ansprechperson"), self.contact_person)
        form.addRow(self.tr("Telefon"), self.phone)
        form.addRow(self.tr("E-Mail"), self.email)
        form.addRow(self.tr("Straße"), self.street)
        place = QHBoxLayout()
        place.addWidget(self.postcode)
        place.addWidget(self.city)
        form.addRow(self.tr("PLZ / Ort"), place)
        form.addRow(self.tr("Website"), self.website)
        form.addRow(self.tr("Ansprache-Status"), self.status)
        form.addRow("", self.key_partner)
        form.addRow(self.tr("Notiz"), self.notes)
        self.save_button = QPushButton(self.tr("Speichern"))
        self.save_button.clicked.connect(self.save)
        self.message = MessageLine()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch()
        self.reload_choices()

    def reload_choices(self) -> None:
        fill_category_combo(self.category, list_categories(self.ws), first=self.tr("(ohne Kategorie)"))
        current = self.kind.currentText()
        self.kind.clear()
        self.kind.addItems(["", *known_kinds(self.ws)])
        self.kind.setCurrentText(current)

    def show_actor(self, actor_id: str) -> None:
        self.message.clear_message()
        form = get_actor(self.ws, actor_id) if actor_id else ActorForm()
        self.actor_id = form.id
        self.name.setText(form.name)
        self.kind.setCurrentText(form.kind)
        select_data(self.category, form.category_id)
        self.legal_form.setCurrentText(form.legal_form)
        self.non_profit.setChecked(form.non_profit)
        self.public_body.setChecked(form.public_body)
        self.recognised_45a.setChecked(form.recognised_45a)
        self.key_partner.setChecked(form.key_partner)
        for widget, value in ((self.contact_person, form.contact_person), (self.phone, form.phone),
                              (self.email, form.email), (self.street, form.street), (self.postcode, form.postcode),
                              (self.city, form.city), (self.website, form.website)):
            widget.setText(value)
        self.status.setCurrentText(form.outreach_status)
        self.notes.setPlainText(form.notes)
        if not actor_id:
            self.name.setFocus()

    def form_data(self) -> ActorForm:
        return ActorForm(
            id=self.actor_id, name=self.name.text(), kind=self.kind.currentText().strip(),
            category_id=self.category.currentData(), legal_form=self.legal_form.currentText().strip(),
            non_profit=self.non_profit.isChecked(), public_body=self.public_body.isChecked(),
            recognised_45a=self.recognised_45a.isChecked(), contact_person=self.contact_person.text().strip(),
            phone=self.phone.text().strip(), email=self.email.text().strip(), street=self.street.text().strip(),
            postcode=self.postcode.text().strip(), city=self.city.text().strip(), website=self.website.text().strip(),
            outreach_status=self.status.currentText(), key_partner=self.key_partner.isChecked(),
            notes=self.notes.toPlainText())

    def save(self) -> None:
        try:
            self.actor_id = save_actor(self.ws, self.form_data())
        except OperationRefused as exc:
            self.message.error(str(exc))
            return
        self.message.info(self.tr("Gespeichert."))
        self.saved.emit(self.actor_id)
