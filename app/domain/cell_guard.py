"""Make exported cells safe for spreadsheets: no formula runs, and no character a workbook cannot hold.

Formulas: a name like ``=HYPERLINK(...)`` or ``+49 209 …`` typed into the inventory would be run as a formula when
the list is opened in Excel or LibreOffice. Spreadsheets are generous about what starts a formula: a full-width
``＝`` typed with an East Asian input method, a small-form ``﹢``, a minus sign ``−``, or any of these after blanks,
a no-break space or an invisible zero-width space. So the guard skips everything invisible at the start and then
asks whether the first visible character looks like ``= + - @`` (its compatibility form, or its Unicode name). A
leading apostrophe makes every spreadsheet treat the cell as text, and a person reading it still sees the value.

Control characters: XLSX (XML 1.0) cannot hold most of them. Word's Shift+Enter puts a vertical tab into pasted
text, and damaged data may hold NUL or ESC. They are replaced by their visible Unicode pictures (``␋``, ``␀``,
``␛``), so the text stays readable and nobody loses a character without seeing it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TypeVar

T = TypeVar("T")

#: First characters that make a spreadsheet cell a formula (or a DDE payload in older Excel).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: Words in Unicode names of characters that look like a formula start: ＝ ﹦ ⁼ ₌ ꞊ ＋ ﹢ ⁺ ➕ − ‐ – — ﹣ － ＠ ﹫ …
_LOOKALIKE_WORDS = ("EQUALS SIGN", "PLUS SIGN", "MINUS SIGN", "HYPHEN", "DASH", "HORIZONTAL BAR",
                    "COMMERCIAL AT")

#: Invisible characters a spreadsheet may skip before a formula: Unicode's default-ignorable code points (zero-width
#: spaces and joiners, bidi marks, variation selectors, the BOM, fillers, tags) besides spaces and control characters.
_IGNORABLE_RANGES = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5),
    (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x2800, 0x2800), (0x3164, 0x3164),
    (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)


@lru_cache(maxsize=4096)
def is_invisible(ch: str) -> bool:
    """Whitespace, control and format characters and the default-ignorable ones: nothing a reader sees."""
    if ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl", "Zp"):
        return True
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _IGNORABLE_RANGES)


@lru_cache(maxsize=4096)
def looks_like_formula_start(ch: str) -> bool:
    """``ch`` is one of ``= + - @`` or a character that a spreadsheet (or a reader) takes for one."""
    if ch in "=+-@":
        return True
    if unicodedata.normalize("NFKC", ch)[:1] in ("=", "+", "-", "@"):
        return True
    name = unicodedata.name(ch, "")
    return any(word in name for word in _LOOKALIKE_WORDS)


def needs_guard(text: str) -> bool:
    """True when ``text`` would start a formula: after any invisible prefix, a formula character or lookalike."""
    if text.startswith(FORMULA_STARTS):
        return True
    for ch in text:
        if is_invisible(ch):
            continue
        return looks_like_formula_start(ch)
    return False


def neutralise(value: T) -> T | str:
    """Return ``value`` with a leading apostrophe if it is text starting like a formula; other values unchanged."""
    if isinstance(value, str) and needs_guard(value):
        return "'" + value
    return value


# ------------------------------------------------------------------------------------------- control characters

#: What XML 1.0 (and so XLSX) cannot hold: C0 controls but tab, line feed and carriage return; lone surrogates;
#: U+FFFE and U+FFFF.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _picture(match: re.Match[str]) -> str:
    ch = match.group(0)
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ ␁ … ␋ … ␛ …
    return "\ufffd"


def xml_safe(value: T) -> T | str:
    """Text with the characters a workbook cannot hold replaced by visible pictures; other values unchanged."""
    if isinstance(value, str) and _NOT_IN_XML.search(value):
        return _NOT_IN_XML.sub(_picture, value)
    return value


def has_unstorable(value: object) -> bool:
    return isinstance(value, str) and _NOT_IN_XML.search(value) is not None


def spreadsheet_cell(value: T) -> T | str:
    """A text cell as it goes into XLSX: characters replaced visibly first, then the formula guard."""
    return neutralise(xml_safe(value))
