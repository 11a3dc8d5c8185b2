"""Cross-check between the amounts written on Finanzierungsmodell cards and the lines of a financing model.

A workshop writes "§45b: 3.930 € im Monat" on a card long before anyone fills in a spreadsheet. The check shows
where card and model disagree. Sums are kept as exact yearly cents (a monthly card counts twelve times); the
per-month figure shown is that yearly sum divided by 12 and rounded half up, so no cent is lost in the sum.
Cards and lines are matched by label: the first line of the card text, compared without case.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .financing_sources import (
    ENTGELTE,
    ENTLASTUNGSBETRAG_45B,
    KOMMUNALER_ZUSCHUSS,
    LANDESFOERDERUNG_NRW_QUARTIERE,
    MITGLIEDSBEITRAEGE,
    SPENDEN,
    SPONSORING,
    STAEDTEBAUFOERDERUNG,
    STIFTUNG,
    WOHNUNGSWIRTSCHAFT,
    ZEITGUTSCHRIFTEN,
)

REVENUE_BLOCK = "finanzierungsquellen"
COST_BLOCK = "kosten"
CARD_PERIODS = ("month", "year")

# Words on a card that point to a catalogue source (checked in this order; the first hit wins).
_SOURCE_HINTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (ENTLASTUNGSBETRAG_45B, ("45b", "entlastungsbetrag")),
    (LANDESFOERDERUNG_NRW_QUARTIERE, ("landesförder", "altengerecht", "land nrw")),
    (STAEDTEBAUFOERDERUNG, ("städtebau", "sozialer zusammenhalt", "soziale stadt")),
    (KOMMUNALER_ZUSCHUSS, ("kommun", "stadt ", "zuschuss")),
    (STIFTUNG, ("stiftung",)),
    (MITGLIEDSBEITRAEGE, ("mitglied",)),
    (ZEITGUTSCHRIFTEN, ("zeitgutschrift", "zeitkonto")),
    (WOHNUNGSWIRTSCHAFT, ("wohnungs", "vermiet")),
    (SPONSORING, ("sponsor",)),
    (SPENDEN, ("spende",)),
    (ENTGELTE, ("entgelt", "selbstzahl", "gebühr")),
)

_COST_HINTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Koordination", ("koordin",)),
    ("Ehrenamtspauschalen", ("ehrenamt", "übungsleiter", "aufwandsentschädigung")),
    ("Personal", ("personal", "stelle", "gehalt", "minijob", "lohn")),
    ("Räume", ("raum", "räume", "miete", "büro")),
    ("Fahrzeuge", ("fahrzeug", "bus", "auto", "kfz", "leasing")),
    ("Versicherung", ("versicher", "haftpflicht")),
)


@dataclass(frozen=True)
class CardAmount:
    card_id: str
    block_key: str
    text: str
    amount_cents: int
    period: str  # month | year

    @property
    def label(self) -> str:
        return card_label(self.text)

    @property
    def yearly_cents(self) -> int:
        return self.amount_cents * 12 if self.period == "month" else self.amount_cents


@dataclass(frozen=True)
class BlockCheck:
    """One block: what the cards say and what the model says, per year (exact) and per month (rounded)."""

    block_key: str
    card_count: int
    cards_year_cents: int
    model_year_cents: int

    @property
    def difference_year_cents(self) -> int:
        """Model minus cards: positive when the model holds more than the cards."""
        return self.model_year_cents - self.cards_year_cents

    @property
    def cards_month_cents(self) -> int:
        return per_month_cents(self.cards_year_cents)

    @property
    def model_month_cents(self) -> int:
        return per_month_cents(self.model_year_cents)

    @property
    def difference_month_cents(self) -> int:
        return per_month_cents(self.difference_year_cents)

    @property
    def agrees(self) -> bool:
        return self.difference_year_cents == 0


def per_month_cents(year_cents: int) -> int:
    """A yearly sum as a monthly figure, rounded half up (away from zero) to whole cents."""
    exact = Decimal(year_cents) / Decimal(12)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def card_label(text: str) -> str:
    """The first non-empty line of a card, as the label of a line made from it."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return ""


def _matches(label: str) -> str:
    return " ".join(label.casefold().split())


def check_block(block_key: str, cards: Iterable[CardAmount], model_year_cents: int) -> BlockCheck:
    mine = [card for card in cards if card.block_key == block_key]
    return BlockCheck(
        block_key=block_key,
        card_count=len(mine),
        cards_year_cents=sum(card.yearly_cents for card in mine),
        model_year_cents=model_year_cents,
    )


def unrepresented(
    cards: Iterable[CardAmount], line_labels: Sequence[str], line_source_keys: Iterable[str] = ()
) -> list[CardAmount]:
    """Cards no line of the model carries yet, so importing twice adds nothing twice.

    A card is carried by a line with the same label, or (for revenue) by a line of the source the card names:
    "§45b: 30 Personen" is the §45b line even if the line is called "Entlastungsbetrag".
    """
    known = {_matches(label) for label in line_labels}
    used_sources = {key for key in line_source_keys if key}
    result = []
    for card in cards:
        if not card.label or _matches(card.label) in known:
            continue
        if card.block_key == REVENUE_BLOCK and guess_source_key(card.text) in used_sources:
            continue
        known.add(_matches(card.label))
        result.append(card)
    return result


def guess_source_key(text: str) -> str | None:
    folded = f" {text.casefold()} "
    for key, hints in _SOURCE_HINTS:
        if any(hint in folded for hint in hints):
            return key
    return None


def guess_cost_kind(text: str) -> str:
    folded = text.casefold()
    for kind, hints in _COST_HINTS:
        if any(hint in folded for hint in hints):
            return kind
    return "Sonstiges"
