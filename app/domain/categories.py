"""The default subject categories of the provider inventory (DOMAIN.md), with examples as sub-categories."""

from __future__ import annotations

import uuid

from app.domain.templates import BUILTIN_NAMESPACE

DEFAULT_CATEGORIES: dict[str, tuple[str, ...]] = {
    "Pflege": ("ambulanter Pflegedienst", "Tagespflege", "Pflegestützpunkt"),
    "Gesundheit": ("Hausarztpraxis", "Apotheke", "Physiotherapie", "Fußpflege"),
    "Haushaltsnahe Dienstleistungen": ("Alltagshelfer", "Reinigungsdienst", "Einkaufsservice", "Mahlzeitendienst"),
    "Mobilität": ("Fahrdienst", "Bürgerbus", "Begleitdienst"),
    "Nahversorgung / Einzelhandel": ("Bäckerei", "Gemüseladen", "Supermarkt", "Post/Paketshop", "Friseur"),
    "Wohnen": ("Wohnungsbaugesellschaft", "Wohnberatung", "Hausmeisterdienst"),
    "Begegnung / Kultur / Freizeit": ("Begegnungsstätte", "Bürgercafé", "Bibliothek", "Sportverein",
                                      "Kirchengemeinde"),
    "Beratung": ("Seniorenbüro", "Sozialberatung", "Techniktreff"),
    "Engagement": ("Nachbarschaftshilfe", "Seniorengenossenschaft", "Besuchsdienst", "Förderverein"),
}

#: A readable, distinct pale colour per top-level category (used in the network graph and the inventory).
CATEGORY_COLORS: dict[str, str] = {
    "Pflege": "#f4a6a6",
    "Gesundheit": "#a6d8f4",
    "Haushaltsnahe Dienstleistungen": "#f4d6a6",
    "Mobilität": "#c6a6f4",
    "Nahversorgung / Einzelhandel": "#a6f4b8",
    "Wohnen": "#f4f0a6",
    "Begegnung / Kultur / Freizeit": "#f4a6e0",
    "Beratung": "#a6f4ee",
    "Engagement": "#d0d0d0",
}


def category_id(path: str) -> str:
    """Deterministic id of a default category ("Pflege" or "Pflege/Tagespflege"), equal on every laptop."""
    return str(uuid.uuid5(BUILTIN_NAMESPACE, "category:" + path))
