"""Display of money, dates and plain numbers in the user's language, and reading money typed that way.

One place for it, so a table, a chart label, a verdict and an Excel note all show ``1.234,50 €`` alike – or, in
English, ``€1,234.50``. The domain knows no Qt, so the UI tells this module the language once
(``set_default_locale``); every function also takes an explicit ``locale`` for output that must not follow the
screen (a German document).

=======  ============  ============  ==========
locale   money         date          number
=======  ============  ============  ==========
``de``   1.234,50 €    26.11.2026    1.234,5
``en``   €1,234.50     26/11/2026    1,234.5
=======  ============  ============  ==========

English follows British usage (day before month), matching the ``en_GB`` catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

MINUS = "-"


@dataclass(frozen=True)
class NumberStyle:
    group: str
    decimal: str
    date_pattern: str  # strftime
    qt_date_pattern: str  # for QDateEdit.setDisplayFormat

    def money(self, sign: str, amount: str, symbol: bool) -> str:
        if not symbol:
            return f"{sign}{amount}"
        return f"{sign}{amount} €" if self is STYLES["de"] else f"{sign}€{amount}"


STYLES: dict[str, NumberStyle] = {
    "de": NumberStyle(".", ",", "%d.%m.%Y", "dd.MM.yyyy"),
    "en": NumberStyle(",", ".", "%d/%m/%Y", "dd/MM/yyyy"),
}
_default = "de"


def set_default_locale(locale: str) -> str:
    """Called by the UI when the language is chosen; an unknown language falls back to German."""
    global _default
    _default = locale if locale in STYLES else "de"
    return _default


def default_locale() -> str:
    return _default


def style(locale: str | None = None) -> NumberStyle:
    return STYLES.get(locale or _default, STYLES["de"])


def _group_thousands(digits: str, sep: str = ".") -> str:
    parts = []
    while len(digits) > 3:
        parts.insert(0, digits[-3:])
        digits = digits[:-3]
    parts.insert(0, digits)
    return sep.join(parts)


def format_eur(cents: int, *, symbol: bool = True, locale: str | None = None) -> str:
    """``123450`` → ``1.234,50 €`` (de) or ``€1,234.50`` (en); negative amounts carry a leading minus."""
    st = style(locale)
    cents = int(cents)
    sign = MINUS if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return st.money(sign, f"{_group_thousands(str(euros), st.group)}{st.decimal}{rest:02d}", symbol)


def format_date(day: date | None, locale: str | None = None) -> str:
    """``date(2025, 3, 7)`` → ``07.03.2025`` (de) or ``07/03/2025`` (en); nothing for an unknown date."""
    return "" if day is None else day.strftime(style(locale).date_pattern)


def format_datetime(moment: datetime | None, locale: str | None = None) -> str:
    """Date as ``format_date`` and the time as ``14:05``."""
    return "" if moment is None else f"{format_date(moment, locale)} {moment:%H:%M}"


def format_date_de(day: date | None) -> str:
    """Always German (``07.03.2025``): for documents written in German whatever the screen language."""
    return format_date(day, "de")


def format_number(value: float | int | Decimal, decimals: int = 1, locale: str | None = None) -> str:
    """A measured value or share with the locale's separators; a trailing zero fraction is dropped."""
    st = style(locale)
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    quantum = Decimal(1).scaleb(-decimals) if decimals > 0 else Decimal(1)
    rounded = exact.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = MINUS if rounded < 0 else ""
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    text = f"{sign}{_group_thousands(whole, st.group)}"
    if fraction and fraction.strip("0"):
        text += st.decimal + fraction.rstrip("0")
    return text


def format_number_de(value: float | int | Decimal, decimals: int = 1) -> str:
    """Numbers in the screen language (the name is historical: it was German only)."""
    return format_number(value, decimals)


def parse_decimal(text: str, locale: str | None = None) -> Decimal:
    """A number typed the locale's way (``1.234,5`` de, ``1,234.5`` en); raises InvalidOperation otherwise."""
    st = style(locale)
    cleaned = text.replace("€", "").replace("%", "").replace("\u00a0", "").replace(" ", "").strip()
    if st.decimal in cleaned:
        cleaned = cleaned.replace(st.group, "").replace(st.decimal, ".")
    elif cleaned.count(st.group) > 1 or (cleaned.count(st.group) == 1 and len(cleaned.split(st.group)[1]) == 3):
        cleaned = cleaned.replace(st.group, "")  # 40.000 (de) or 40,000 (en) means forty thousand
    elif st.group == "." and cleaned.count(".") == 1:
        pass  # a German user typing 12.5 means twelve and a half
    else:
        cleaned = cleaned.replace(st.group, ".")
    return Decimal(cleaned)


def parse_eur_cents(text: str, locale: str | None = None) -> int:
    """Read an amount typed the locale's way (de: ``1.234,5``, ``1234,50 €``, ``40000``) as integer cents.

    Raises ValueError with a German message when the text is not an amount.
    """
    if not text.replace("€", "").strip():
        raise ValueError("Bitte einen Betrag eingeben.")
    try:
        amount = parse_decimal(text, locale)
    except InvalidOperation:
        example = format_eur(123450, symbol=False, locale=locale)
        raise ValueError(f"»{text}« ist kein Betrag (Beispiel: {example}).") from None
    cents = (amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(cents)
