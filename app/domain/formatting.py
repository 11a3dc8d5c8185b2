"""German display of money, dates and plain numbers, and reading money typed the German way.

One place for it, so a table, a chart label, a verdict and an Excel note all show ``1.234,50 €`` alike.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

MINUS = "-"


def _group_thousands(digits: str) -> str:
    parts = []
    while len(digits) > 3:
        parts.insert(0, digits[-3:])
        digits = digits[:-3]
    parts.insert(0, digits)
    return ".".join(parts)


def format_eur(cents: int, *, symbol: bool = True) -> str:
    """``123450`` → ``1.234,50 €``; negative amounts carry a leading minus."""
    cents = int(cents)
    sign = MINUS if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    text = f"{sign}{_group_thousands(str(euros))},{rest:02d}"
    return f"{text} €" if symbol else text


def format_date_de(day: date | None) -> str:
    """``date(2025, 3, 7)`` → ``07.03.2025``; nothing for an unknown date."""
    return "" if day is None else f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def format_number_de(value: float | int | Decimal, decimals: int = 1) -> str:
    """A measured value or share with German separators; trailing ``,0`` is dropped for whole numbers."""
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    quantum = Decimal(1).scaleb(-decimals) if decimals > 0 else Decimal(1)
    rounded = exact.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = MINUS if rounded < 0 else ""
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    text = f"{sign}{_group_thousands(whole)}"
    if fraction and fraction.strip("0"):
        text += "," + fraction.rstrip("0")
    return text


def parse_eur_cents(text: str) -> int:
    """Read an amount typed the German way (``1.234,5``, ``1234,50 €``, ``40000``) as integer cents.

    Raises ValueError with a German message when the text is not an amount.
    """
    cleaned = text.replace("€", "").replace("\u00a0", "").replace(" ", "").strip()
    if not cleaned:
        raise ValueError("Bitte einen Betrag eingeben.")
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif cleaned.count(".") > 1 or (cleaned.count(".") == 1 and len(cleaned.split(".")[1]) == 3):
        cleaned = cleaned.replace(".", "")  # 40.000 means forty thousand
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"»{text}« ist kein Betrag (Beispiel: 1.234,50).") from None
    cents = (amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(cents)
