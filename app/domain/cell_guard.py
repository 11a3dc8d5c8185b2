"""Neutralise spreadsheet formulas in exported cells.

A name like ``=HYPERLINK(...)`` or ``+49 209 …`` typed into the inventory would be run as a formula when the
invitation list is opened in Excel or LibreOffice. A leading apostrophe makes every spreadsheet treat the
cell as text, and a person reading the mail merge still sees the value.
"""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")

#: First characters that make a spreadsheet cell a formula (or a DDE payload in older Excel).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: T) -> T | str:
    """Return ``value`` with a leading apostrophe if it is text starting like a formula; other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
