"""Rows of an invitation list for a mail merge: salutation derived from the contact person.

Inventories store the contact person as one text ("Frau Dr. Yilmaz", "Herr Kowalski", "Team Nord"); a letter
needs a salutation line. We only say "Sehr geehrte Frau …" when the text itself says Frau/Herr, never guess a
gender from a first name.
"""

from __future__ import annotations

from dataclasses import dataclass

from .translation_marker import QT_TRANSLATE_NOOP

_CTX = "Einladungsliste"
COLUMNS = ("Anrede", "Name", "Organisation", "Straße", "PLZ", "Ort", "E-Mail", "Telefon")


@dataclass(frozen=True)
class InvitationRow:
    salutation: str
    name: str
    organisation: str
    street: str
    postcode: str
    city: str
    email: str
    phone: str

    def cells(self) -> tuple[str, ...]:
        return (self.salutation, self.name, self.organisation, self.street, self.postcode, self.city,
                self.email, self.phone)


def salutation(contact_person: str) -> str:
    person = " ".join(contact_person.split())
    first = person.split(" ", 1)[0].casefold() if person else ""
    if first == "frau" and " " in person:
        return QT_TRANSLATE_NOOP(_CTX, "Sehr geehrte {person}").format(person=person)
    if first == "herr" and " " in person:
        return QT_TRANSLATE_NOOP(_CTX, "Sehr geehrter {person}").format(person=person)
    if person:
        return QT_TRANSLATE_NOOP(_CTX, "Guten Tag {person}").format(person=person)
    return QT_TRANSLATE_NOOP(_CTX, "Sehr geehrte Damen und Herren")


def invitation_row(*, contact_person: str, organisation: str, street: str, postcode: str, city: str,
                   email: str, phone: str) -> InvitationRow:
    return InvitationRow(salutation(contact_person), contact_person.strip(), organisation.strip(), street.strip(),
                         postcode.strip(), city.strip(), email.strip(), phone.strip())
