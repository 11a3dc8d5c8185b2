"""German names and value kinds of the exported tables and columns (CSV and XLSX).

Researchers open the export in German Excel or LibreOffice: sheets, files and headers are German, and each
column knows what it holds (money, date, time stamp, yes/no, number, list, text), so a spreadsheet gets real
dates and numbers instead of ISO strings. The kind comes from the column's type in the data model; money is
every integer column ending in ``_cents``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer

from app.store.models import SYNC_MODELS


class Kind(Enum):
    TEXT = "text"
    MONEY = "money"  # integer cents in the data, euros in the export
    DATE = "date"
    DATETIME = "datetime"
    BOOL = "bool"
    INT = "int"
    FLOAT = "float"
    LIST = "list"


TABLE_TITLES = {
    "sessions": "Sitzungen",
    "participants": "Teilnehmende",
    "actors": "Akteure",
    "canvases": "Leinwände",
    "cards": "Karten",
    "vote_rounds": "Abstimmungsrunden",
    "votes": "Stimmen",
    "comments": "Kommentare",
    "agenda_phases": "Ablaufphasen",
    "attendances": "Anwesenheit",
    "canvas_templates": "Vorlagen",
    "card_actor_links": "Karten und Akteure",
    "clusters": "Kartengruppen",
    "conflict_records": "Konflikte beim Abgleich",
    "consent_events": "Einwilligungen",
    "cooperation_links": "Kooperationen",
    "cost_benefit_items": "Kosten und Nutzen",
    "cost_lines": "Kostenzeilen",
    "erasure_records": "Löschungen",
    "evaluation_criteria": "Bewertungskriterien",
    "financing_models": "Finanzierungsmodelle",
    "financing_sources": "Finanzierungsquellen",
    "measurements": "Messungen",
    "network_memberships": "Netzwerkmitglieder",
    "networks": "Netzwerke",
    "outreach_contacts": "Kontaktaufnahmen",
    "revenue_lines": "Einnahmezeilen",
    "services": "Dienstleistungen",
    "session_items": "Sitzungsergebnisse",
    "session_photos": "Fotos",
    "subject_categories": "Themenkategorien",
    "template_blocks": "Vorlagenbereiche",
    "workspace": "Werkstatt",
}

COLUMN_TITLES = {
    "id": "Kennung",
    "accessibility": "Barrierefreiheit", "actor_a_id": "Akteur A (Kennung)", "actor_b_id": "Akteur B (Kennung)",
    "actor_id": "Akteur (Kennung)", "amount_cents": "Betrag (€)", "amount_period": "Zeitraum",
    "anonymous": "anonym", "arrived_at": "angekommen um", "author_id": "verfasst von (Kennung)",
    "availability": "Verfügbarkeit", "ballot_token": "Stimmzettel", "barrier": "Umsetzungsbarriere",
    "barrier_measure": "geplante Maßnahme", "barrier_status": "Stand der Barriere", "block_key": "Bereich",
    "budget": "Punkte je Person", "builtin": "mitgeliefert", "by_whom": "durch", "canvas_id": "Leinwand (Kennung)",
    "caption": "Bildunterschrift", "card_id": "Karte (Kennung)", "card_ids": "Karten (Kennungen)",
    "cast_at": "abgegeben um", "category_id": "Kategorie (Kennung)", "certainty": "Sicherheit", "channel": "Weg",
    "city": "Ort", "clients": "Nutzende", "closed_at": "geschlossen um", "closes_at": "schließt um",
    "cluster_id": "Kartengruppe (Kennung)", "color": "Farbe", "compatibility": "Vereinbarkeit",
    "compatibility_reason": "Begründung der Vereinbarkeit", "contact": "Kontakt",
    "contact_date": "Datum des Kontakts", "contact_person": "Ansprechperson",
    "coordinator_actor_id": "koordinierender Akteur (Kennung)", "created_at": "erstellt um",
    "criterion_id": "Kriterium (Kennung)", "current_phase_id": "aktuelle Phase (Kennung)", "data": "Bilddaten",
    "date": "Datum", "default_amount_cents": "üblicher Betrag (€)", "default_unit": "übliche Einheit",
    "description": "Beschreibung", "dimension": "Dimension", "display_name": "Name",
    "due_date": "fällig am", "elsi_tags": "ELSI-Aspekte", "email": "E-Mail", "end_month": "Endmonat",
    "ended_at": "beendet um", "erased": "gelöscht", "erased_at": "gelöscht am", "erased_by": "gelöscht von",
    "facilitators": "Moderation", "field": "Feld", "filename": "Dateiname", "financing": "Finanzierung",
    "given": "erteilt", "h": "Höhe", "height": "Höhe", "hidden_until_closed": "verdeckt bis zum Schluss",
    "higher_is_better": "höher ist besser", "horizon_months": "Zeitraum (Monate)", "key": "Schlüssel",
    "key_partner": "Schlüsselpartner", "kind": "Art", "label": "Bezeichnung", "legal_form": "Rechtsform",
    "link_type": "Art der Verbindung", "loser_device": "unterlegenes Gerät", "loser_hlc": "unterlegene Zeitmarke",
    "loser_value": "unterlegener Wert", "max_years": "höchstens Jahre", "measured_on": "gemessen am",
    "method": "Verfahren", "mime": "Dateityp", "model_id": "Finanzierungsmodell (Kennung)", "name": "Name",
    "network_id": "Netzwerk (Kennung)", "next_step": "nächster Schritt", "non_profit": "gemeinnützig",
    "note": "Notiz", "notes": "Notizen", "opened_at": "geöffnet um", "organisation": "Organisation",
    "outreach_status": "Stand der Ansprache", "override_reason": "Begründung der Abweichung",
    "override_verdict": "abweichende Einschätzung", "owner": "zuständig", "paper_ballots": "Stimmzettel auf Papier",
    "parent_id": "übergeordnet (Kennung)", "participant_id": "Teilnehmende (Kennung)",
    "per_card_cap": "höchstens Punkte je Karte", "phone": "Telefon", "place": "Ort",
    "planned_minutes": "geplante Minuten", "position": "Reihenfolge", "postcode": "Postleitzahl",
    "present": "anwesend", "price_cents": "Preis (€)", "price_unit": "Preiseinheit", "private": "verdeckt",
    "project_start": "Projektbeginn", "pseudonym": "Pseudonym", "public": "öffentlich",
    "public_body": "öffentliche Stelle", "purpose": "Zweck", "quartier": "Quartier", "question": "Leitfrage",
    "recognised_45a": "anerkannt nach § 45a SGB XI", "record_id": "Datensatz (Kennung)",
    "recorded_at": "erfasst um", "recorded_by": "erfasst von", "requires_recognition": "Anerkennung nötig",
    "resolution": "Lösung", "resolved": "gelöst", "result": "Ergebnis", "role": "Rolle",
    "round_id": "Abstimmungsrunde (Kennung)", "session_id": "Sitzung (Kennung)", "source": "Quelle",
    "source_id": "Finanzierungsquelle (Kennung)", "stacking": "mehrere Punkte auf eine Karte",
    "stakeholder_group": "Gruppe", "stance": "Haltung", "start_date": "Beginn", "start_month": "Startmonat",
    "start_time": "Beginn (Uhrzeit)", "started_at": "begonnen um", "status": "Stand", "status_after": "Stand danach",
    "street": "Straße", "table_name": "Tabelle", "target_group": "Zielgruppe", "target_id": "Ziel (Kennung)",
    "target_type": "Art des Ziels", "target_value": "Zielwert", "template_id": "Vorlage (Kennung)",
    "temporary": "befristet", "text": "Text", "title": "Titel", "unit": "Einheit", "uptake_pct": "Inanspruchnahme (%)",
    "value": "Wert", "valued": "bewertet", "version": "Version", "w": "Breite", "website": "Webseite",
    "weight": "Punkte", "width": "Breite", "winner_device": "gültiges Gerät", "winner_hlc": "gültige Zeitmarke",
    "winner_value": "gültiger Wert", "x": "x", "y": "y", "z": "Stapelhöhe",
}

#: columns that exist only in the export (the participants' table is rebuilt by the dataset)
_EXTRA_KINDS = {("participants", "organisation"): Kind.TEXT}


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: Kind


def _kind_of(key: str, sa_type: object) -> Kind:
    if isinstance(sa_type, Boolean):
        return Kind.BOOL
    if isinstance(sa_type, DateTime):
        return Kind.DATETIME
    if isinstance(sa_type, Date):
        return Kind.DATE
    if isinstance(sa_type, Integer):
        return Kind.MONEY if key.endswith("_cents") else Kind.INT
    if isinstance(sa_type, Float):
        return Kind.FLOAT
    if isinstance(sa_type, JSON):
        return Kind.LIST
    return Kind.TEXT


def column_kinds(table: str) -> dict[str, Kind]:
    model = {m.__tablename__: m for m in SYNC_MODELS}[table]  # type: ignore[attr-defined]
    kinds = {c.key: _kind_of(c.key, c.type) for c in model.__table__.columns}  # type: ignore[attr-defined]
    kinds.update({k: v for (t, k), v in _EXTRA_KINDS.items() if t == table})
    return kinds


def columns_for(table: str, keys: list[str]) -> list[Column]:
    """The export columns of ``table`` for the record keys the dataset produced, in that order."""
    kinds = column_kinds(table)
    return [Column(k, COLUMN_TITLES.get(k, k), kinds.get(k, Kind.TEXT)) for k in keys]


def table_title(table: str) -> str:
    return TABLE_TITLES.get(table, table)
