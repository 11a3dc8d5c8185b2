"""Which column of an office's inventory list holds which actor field.

Lists come with headers like "Einrichtung", "Ansprechpartner/in", "E-Mail-Adresse" or "Straße und Hausnr.".
Headers are compared after folding case, umlauts and everything that is not a letter or digit, so
"  E-Mail " and "email" mean the same. What we cannot place is reported, never silently dropped: the user
maps it (or says "ignorieren").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .translation_marker import QT_TRANSLATE_NOOP

_CTX = "Akteursimport"
IGNORE = "ignore"

#: field key -> German label (shown in the mapping dialog and in CLI messages)
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP(_CTX, "Name"),
    "category": QT_TRANSLATE_NOOP(_CTX, "Kategorie"),
    "kind": QT_TRANSLATE_NOOP(_CTX, "Art"),
    "legal_form": QT_TRANSLATE_NOOP(_CTX, "Rechtsform"),
    "contact_person": QT_TRANSLATE_NOOP(_CTX, "Ansprechpartner"),
    "phone": QT_TRANSLATE_NOOP(_CTX, "Telefon"),
    "email": QT_TRANSLATE_NOOP(_CTX, "E-Mail"),
    "street": QT_TRANSLATE_NOOP(_CTX, "Straße"),
    "postcode": QT_TRANSLATE_NOOP(_CTX, "PLZ"),
    "city": QT_TRANSLATE_NOOP(_CTX, "Ort"),
    "postcode_city": QT_TRANSLATE_NOOP(_CTX, "PLZ und Ort"),
    "website": QT_TRANSLATE_NOOP(_CTX, "Website"),
    "outreach_status": QT_TRANSLATE_NOOP(_CTX, "Status"),
    "key_partner": QT_TRANSLATE_NOOP(_CTX, "Schlüsselpartner"),
    "non_profit": QT_TRANSLATE_NOOP(_CTX, "gemeinnützig"),
    "recognised_45a": QT_TRANSLATE_NOOP(_CTX, "anerkannt nach §45a"),
    "notes": QT_TRANSLATE_NOOP(_CTX, "Notiz"),
    "service": QT_TRANSLATE_NOOP(_CTX, "Angebot"),
    "price": QT_TRANSLATE_NOOP(_CTX, "Preis"),
    IGNORE: QT_TRANSLATE_NOOP(_CTX, "ignorieren"),
}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "einrichtung", "organisation", "organization", "anbieter", "firma", "bezeichnung",
             "institution", "einrichtungsname", "dienstleister", "akteur", "unternehmen"),
    "category": ("kategorie", "fachbereich", "bereich", "sparte", "themenfeld", "branche", "fachkategorie"),
    "kind": ("art", "traeger", "traegerart", "typ", "akteursart", "organisationsart"),
    "legal_form": ("rechtsform",),
    "contact_person": ("ansprechpartner", "ansprechpartnerin", "ansprechperson", "kontaktperson", "kontakt",
                       "ansprechpartnerinnen"),
    "phone": ("telefon", "tel", "telefonnummer", "fon", "rufnummer", "telnr"),
    "email": ("email", "mail", "emailadresse", "mailadresse"),
    "street": ("strasse", "adresse", "anschrift", "strassehausnummer", "strasseundhausnummer", "strasseundhausnr",
               "strassenr", "hausanschrift"),
    "postcode": ("plz", "postleitzahl"),
    "city": ("ort", "stadt", "wohnort", "stadtteil"),
    "postcode_city": ("plzort", "plzundort"),
    "website": ("website", "internet", "homepage", "webseite", "url", "internetseite"),
    "outreach_status": ("status", "kontaktstatus", "ansprachestatus"),
    "key_partner": ("schluesselpartner", "keypartner", "schluesselpartnerin"),
    "non_profit": ("gemeinnuetzig", "gemeinnuetzigkeit"),
    "recognised_45a": ("anerkannt45a", "anerkennung45a", "45aanerkannt", "anerkannt"),
    "notes": ("notiz", "notizen", "bemerkung", "bemerkungen", "anmerkung", "anmerkungen", "kommentar", "hinweis",
              "hinweise"),
    "service": ("angebot", "leistung", "dienstleistung", "leistungsangebot"),
    "price": ("preis", "preiseur", "preiseuro", "preisin", "preisineur", "preisineuro", "entgelt", "kosten"),
    IGNORE: ("ignore", "ignorieren", "ignoriert", "weglassen", "nichts"),
}

_LOOKUP: dict[str, str] = {}
for _field, _names in _SYNONYMS.items():
    for _n in (*_names, _field):
        _LOOKUP[_n] = _field
for _field, _label in FIELD_LABELS.items():
    _LOOKUP.setdefault(re.sub(r"[^0-9a-z]", "", _label.casefold().translate(str.maketrans(
        {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))), _field)

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def normalise_header(header: str) -> str:
    """"  Straße und Hausnr. " → "strasseundhausnr"."""
    return re.sub(r"[^0-9a-z]", "", header.casefold().translate(_FOLD))


def resolve_field(text: str) -> str | None:
    """A field key from a header, a field key ("contact_person") or a German label; None when unknown."""
    if text.strip() in FIELD_LABELS:
        return text.strip()
    return _LOOKUP.get(normalise_header(text))


class HeaderError(Exception):
    """The header row cannot be used; ``str(exc)`` is German."""


@dataclass(frozen=True)
class HeaderMapping:
    fields: tuple[str | None, ...]  # per column: field key, IGNORE, or None when unknown
    unknown: tuple[str, ...]  # headers nobody could place

    def column_of(self, field: str) -> int | None:
        return self.fields.index(field) if field in self.fields else None


def map_headers(headers: Sequence[str], overrides: Mapping[str, str] | None = None) -> HeaderMapping:
    """Map each header to a field; ``overrides`` (header → field or label) win over the automatic guess.

    Raises :class:`HeaderError` for an unknown override target or two columns meaning the same field.
    """
    by_norm = {normalise_header(k): v for k, v in (overrides or {}).items()}
    fields: list[str | None] = []
    unknown: list[str] = []
    for header in headers:
        norm = normalise_header(header)
        if norm in by_norm:
            field = resolve_field(by_norm[norm])
            if field is None:
                raise HeaderError(QT_TRANSLATE_NOOP(
                    _CTX, "Zuordnung »{h}={f}«: das Feld »{f}« gibt es nicht. Mögliche Felder: {all}."
                ).format(h=header, f=by_norm[norm], all=", ".join(FIELD_LABELS.values())))
        elif not norm:
            field = IGNORE  # an empty header over an empty column (Excel leaves those)
        else:
            field = _LOOKUP.get(norm)
            if field is None and norm.startswith("preis"):
                field = "price"
        if field is None:
            unknown.append(header.strip())
        fields.append(field)
    seen: dict[str, str] = {}
    for header, field in zip(headers, fields, strict=True):
        if field is None or field == IGNORE:
            continue
        if field in seen:
            raise HeaderError(QT_TRANSLATE_NOOP(
                _CTX, "Die Spalten »{a}« und »{b}« meinen beide »{f}«; bitte eine davon ignorieren."
            ).format(a=seen[field], b=header.strip(), f=FIELD_LABELS[field]))
        seen[field] = header.strip()
    if "name" not in seen and not unknown:
        raise HeaderError(QT_TRANSLATE_NOOP(
            _CTX, "Keine Spalte für den Namen gefunden (erwartet z. B. »Name«, »Einrichtung« oder "
                  "»Organisation«). Gefundene Spalten: {cols}."
        ).format(cols=", ".join(f"»{h.strip()}«" for h in headers) or "keine"))
    return HeaderMapping(tuple(fields), tuple(unknown))
