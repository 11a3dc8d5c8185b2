"""German money, date and number display, and reading German amounts back without losing a cent."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.formatting import format_date_de, format_eur, format_number_de, parse_eur_cents


@pytest.mark.parametrize(("cents", "text"), [
    (0, "0,00 €"), (5, "0,05 €"), (123_450, "1.234,50 €"), (-103_800, "-1.038,00 €"),
    (123_456_789, "1.234.567,89 €"), (100_000, "1.000,00 €"),
])
def test_format_eur_uses_german_separators(cents, text):
    assert format_eur(cents) == text


def test_format_date_and_numbers_the_german_way():
    assert format_date_de(date(2025, 3, 7)) == "07.03.2025"
    assert format_date_de(None) == ""
    assert format_number_de(82.5) == "82,5"
    assert format_number_de(80.0) == "80"
    assert format_number_de(12345.678, 2) == "12.345,68"


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_formatted_money_reads_back_to_the_same_cents(cents):
    assert parse_eur_cents(format_eur(cents)) == cents


@pytest.mark.parametrize(("text", "cents"), [
    ("40000", 4_000_000), ("40.000", 4_000_000), ("1.234,5", 123_450), ("131", 13_100), ("131,00 €", 13_100),
    ("12.5", 1_250),
])
def test_amounts_typed_in_many_ways_are_read_as_cents(text, cents):
    assert parse_eur_cents(text) == cents


def test_non_amount_is_refused_in_german():
    with pytest.raises(ValueError, match="kein Betrag"):
        parse_eur_cents("viel")
