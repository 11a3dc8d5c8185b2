"""Default catalogue of financing sources for care and services in the Quartier.

The catalogue is data, not code: the workspace copies it into its editable ``financing_sources`` table, and the
financing arithmetic and the compatibility rules refer to entries only by their stable ASCII ``key``. Amounts are
integer cents. A default amount of 0 means "no sensible general figure; the group enters its own".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .translation_marker import QT_TRANSLATE_NOOP

_CTX = "Finanzierungsquellen"

UNITS = ("per_month", "per_year", "per_client_month", "one_off")

ENTLASTUNGSBETRAG_45B = "entlastungsbetrag_45b"
ENTGELTE = "entgelte"
MITGLIEDSBEITRAEGE = "mitgliedsbeitraege"
KOMMUNALER_ZUSCHUSS = "kommunaler_zuschuss"
STAEDTEBAUFOERDERUNG = "staedtebaufoerderung_sozialer_zusammenhalt"
LANDESFOERDERUNG_NRW_QUARTIERE = "landesfoerderung_nrw_altengerechte_quartiere"
STIFTUNG = "stiftung"
SPONSORING = "sponsoring"
WOHNUNGSWIRTSCHAFT = "wohnungswirtschaft"
ZEITGUTSCHRIFTEN = "zeitgutschriften"
SPENDEN = "spenden"

# (valid from, cents per client and month); the last entry whose date is not after the day asked for applies.
_ENTLASTUNGSBETRAG_STEPS: tuple[tuple[date, int], ...] = (
    (date.min, 12_500),
    (date(2025, 1, 1), 13_100),
)


def entlastungsbetrag_cents(on_date: date) -> int:
    """Monthly §45b SGB XI relief amount per person with a care grade, valid on ``on_date``.

    Kept as a step table because the amount is raised by law from time to time; adding a row is enough.
    """
    cents = _ENTLASTUNGSBETRAG_STEPS[0][1]
    for valid_from, amount in _ENTLASTUNGSBETRAG_STEPS:
        if on_date >= valid_from:
            cents = amount
    return cents


@dataclass(frozen=True)
class SourceSpec:
    """One financing source with the flags the arithmetic and the compatibility rules need."""

    key: str
    name: str
    default_amount_cents: int = 0
    default_unit: str = "per_month"
    temporary: bool = False
    public: bool = False
    max_years: int = 0  # 0 = open-ended
    requires_recognition: bool = False
    note: str = ""

    def __post_init__(self) -> None:
        if not self.key.isascii() or not self.key:
            raise ValueError(f"source key must be non-empty ASCII: {self.key!r}")
        if self.default_unit not in UNITS:
            raise ValueError(f"unknown unit {self.default_unit!r}")
        if self.max_years < 0:
            raise ValueError("max_years must not be negative")


def default_catalogue(on_date: date | None = None) -> tuple[SourceSpec, ...]:
    """The sources a new workspace starts with; §45b uses the amount valid on ``on_date`` (today if None)."""
    day = on_date or date.today()
    return (
        SourceSpec(
            key=ENTLASTUNGSBETRAG_45B,
            name=QT_TRANSLATE_NOOP(_CTX, "Entlastungsbetrag §45b SGB XI"),
            default_amount_cents=entlastungsbetrag_cents(day),
            default_unit="per_client_month",
            public=True,
            requires_recognition=True,
            note=QT_TRANSLATE_NOOP(
                _CTX,
                "Für Pflegebedürftige (Pflegegrad 1–5) zu Hause; Erstattung gegen Rechnung, nur für nach §45a "
                "anerkannte Angebote zur Unterstützung im Alltag. Nicht genutzte Beträge verfallen am 30. Juni "
                "des Folgejahres.",
            ),
        ),
        SourceSpec(
            key=ENTGELTE,
            name=QT_TRANSLATE_NOOP(_CTX, "Entgelte der Nutzenden"),
            default_unit="per_client_month",
            note=QT_TRANSLATE_NOOP(_CTX, "Selbstzahler-Entgelte für die Leistung."),
        ),
        SourceSpec(
            key=MITGLIEDSBEITRAEGE,
            name=QT_TRANSLATE_NOOP(_CTX, "Mitgliedsbeiträge"),
            default_unit="per_client_month",
            note=QT_TRANSLATE_NOOP(_CTX, "Nur für Vereine und Genossenschaften."),
        ),
        SourceSpec(
            key=KOMMUNALER_ZUSCHUSS,
            name=QT_TRANSLATE_NOOP(_CTX, "Kommunaler Zuschuss"),
            default_unit="per_year",
            public=True,
            note=QT_TRANSLATE_NOOP(_CTX, "Freiwillige Leistung der Kommune, jährlich im Haushalt beschlossen."),
        ),
        SourceSpec(
            key=STAEDTEBAUFOERDERUNG,
            name=QT_TRANSLATE_NOOP(_CTX, "Städtebauförderung „Sozialer Zusammenhalt“"),
            default_unit="per_year",
            temporary=True,
            public=True,
            note=QT_TRANSLATE_NOOP(
                _CTX,
                "Quartiersmanagement als Kerninstrument; Zuwendungsempfängerin ist die Kommune. "
                "Laufzeit nach dem Fördergebiet.",
            ),
        ),
        SourceSpec(
            key=LANDESFOERDERUNG_NRW_QUARTIERE,
            name=QT_TRANSLATE_NOOP(_CTX, "Landesförderung NRW „Entwicklung altengerechter Quartiere“"),
            default_amount_cents=4_000_000,
            default_unit="per_year",
            temporary=True,
            public=True,
            max_years=3,
            note=QT_TRANSLATE_NOOP(
                _CTX,
                "Bis zu 40.000 € im Jahr für höchstens drei Jahre je Quartier, für eine Stelle zur "
                "Quartiersentwicklung (etwa die Hälfte der Personalkosten).",
            ),
        ),
        SourceSpec(
            key=STIFTUNG,
            name=QT_TRANSLATE_NOOP(_CTX, "Stiftungsmittel"),
            default_unit="per_year",
            temporary=True,
            note=QT_TRANSLATE_NOOP(
                _CTX, "Projektförderung, z. B. Stiftung Wohlfahrtspflege NRW oder Bürgerstiftung; befristet."
            ),
        ),
        SourceSpec(
            key=SPONSORING,
            name=QT_TRANSLATE_NOOP(_CTX, "Sponsoring"),
            default_unit="per_year",
            note=QT_TRANSLATE_NOOP(_CTX, "Unterstützung durch örtliche Unternehmen gegen Nennung."),
        ),
        SourceSpec(
            key=WOHNUNGSWIRTSCHAFT,
            name=QT_TRANSLATE_NOOP(_CTX, "Finanzierung durch die Wohnungswirtschaft"),
            default_unit="per_month",
            note=QT_TRANSLATE_NOOP(_CTX, "Wohnungsunternehmen finanzieren Leistungen für ihre Mieterschaft."),
        ),
        SourceSpec(
            key=ZEITGUTSCHRIFTEN,
            name=QT_TRANSLATE_NOOP(_CTX, "Zeitgutschriften"),
            default_unit="per_month",
            note=QT_TRANSLATE_NOOP(
                _CTX,
                "Geleistete Stunden werden gutgeschrieben (Seniorengenossenschaft, Verein); "
                "können mit einem Geldwert angesetzt oder unbewertet geführt werden.",
            ),
        ),
        SourceSpec(
            key=SPENDEN,
            name=QT_TRANSLATE_NOOP(_CTX, "Spenden"),
            default_unit="per_year",
            note=QT_TRANSLATE_NOOP(_CTX, "Zuwendungsbestätigungen nur durch gemeinnützige oder öffentliche Träger."),
        ),
    )


def catalogue_by_key(on_date: date | None = None) -> dict[str, SourceSpec]:
    """The default catalogue keyed by source key."""
    return {source.key: source for source in default_catalogue(on_date)}
