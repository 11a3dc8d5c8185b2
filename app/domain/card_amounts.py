"""Amounts on cards (€ per month or per year) and their exact sums per canvas block.

A facilitator notes "Miete 450 € im Monat" on one card and "Zuschuss 6.000 € im Jahr" on another; the block
shows both sums side by side. The yearly sum is exact (monthly amounts × 12). The monthly sum of a yearly amount
is a twelfth, which is not always whole cents: it is rounded half up *once*, on the block total, and marked as
rounded, so nobody adds up rounded parts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

PER_MONTH = "month"
PER_YEAR = "year"
AMOUNT_PERIODS = (PER_MONTH, PER_YEAR)


@dataclass(frozen=True)
class Amount:
    cents: int
    period: str  # PER_MONTH | PER_YEAR

    def yearly_cents(self) -> int:
        return self.cents * 12 if self.period == PER_MONTH else self.cents


@dataclass(frozen=True)
class BlockSum:
    """Sum of all amounts in one block. ``monthly_rounded`` is True when the monthly figure lost a fraction."""

    yearly_cents: int
    monthly_cents: int
    monthly_rounded: bool
    count: int


def sum_amounts(amounts: Iterable[Amount]) -> BlockSum:
    yearly = 0
    count = 0
    for a in amounts:
        if a.period not in AMOUNT_PERIODS:
            raise ValueError(f"Unbekannter Zeitraum „{a.period}“ (erlaubt: Monat oder Jahr).")
        yearly += a.yearly_cents()
        count += 1
    monthly = (Decimal(yearly) / Decimal(12)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return BlockSum(yearly_cents=yearly, monthly_cents=int(monthly), monthly_rounded=yearly % 12 != 0,
                    count=count)


def sums_by_block(items: Iterable[tuple[str, Amount]]) -> dict[str, BlockSum]:
    """Group (block_key, amount) pairs and sum each group; blocks without amounts are absent."""
    groups: dict[str, list[Amount]] = {}
    for key, amount in items:
        groups.setdefault(key, []).append(amount)
    return {key: sum_amounts(amounts) for key, amounts in groups.items()}


def format_euro(cents: int) -> str:
    """German money format: 1.234,56 € (minus sign in front)."""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    grouped = f"{whole:,}".replace(",", ".")
    return f"{sign}{grouped},{rest:02d} €"


def parse_euro(text: str) -> int:
    """Cents from what a facilitator types: "450", "450,50", "1.234,5", "1234.56 €". Raises ValueError (German)."""
    raw = text.strip().replace("€", "").replace(" ", "").replace("\u00a0", "")
    if not raw:
        raise ValueError("Bitte einen Betrag eingeben.")
    if "," in raw:
        raw = raw.replace(".", "").replace(",", ".")
    elif raw.count(".") == 1 and len(raw.split(".")[1]) == 3:
        raw = raw.replace(".", "")  # "1.234" is a thousands separator, not 1,234 €
    elif raw.count(".") > 1:
        raw = raw.replace(".", "")
    try:
        value = Decimal(raw)
    except ArithmeticError:
        raise ValueError(f"„{text}“ ist kein Betrag.") from None
    if not value.is_finite():
        raise ValueError(f"„{text}“ ist kein Betrag.")
    cents = (value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(cents)
