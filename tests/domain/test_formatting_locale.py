"""Money, dates and numbers in German and English; reading money typed either way gives the same cents."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import formatting as fmt


@pytest.fixture(autouse=True)
def german_again():
    yield
    fmt.set_default_locale("de")


def test_german_money_date_and_number():
    assert fmt.format_eur(123450, locale="de") == "1.234,50 €"
    assert fmt.format_eur(-5, locale="de") == "-0,05 €"
    assert fmt.format_date(date(2026, 11, 26), "de") == "26.11.2026"
    assert fmt.format_number(1234.5, locale="de") == "1.234,5"


def test_english_money_date_and_number():
    assert fmt.format_eur(123450, locale="en") == "€1,234.50"
    assert fmt.format_eur(-123450, locale="en") == "-€1,234.50"
    assert fmt.format_eur(123450, symbol=False, locale="en") == "1,234.50"
    assert fmt.format_date(date(2026, 11, 26), "en") == "26/11/2026"
    assert fmt.format_datetime(datetime(2026, 11, 26, 14, 5), "en") == "26/11/2026 14:05"
    assert fmt.format_number(1234.5, locale="en") == "1,234.5"


def test_default_locale_set_by_the_ui_is_followed_and_german_documents_stay_german():
    fmt.set_default_locale("en")
    assert fmt.format_eur(100) == "€1.00"
    assert fmt.format_number_de(2.5) == "2.5"
    assert fmt.format_date_de(date(2026, 1, 2)) == "02.01.2026"
    assert fmt.set_default_locale("fr") == "de"
    assert fmt.format_eur(100) == "1,00 €"


def test_reading_money_the_english_way():
    assert fmt.parse_eur_cents("1,234.50", "en") == 123450
    assert fmt.parse_eur_cents("€40,000", "en") == 4000000
    assert fmt.parse_eur_cents("12.5", "en") == 1250
    assert fmt.parse_eur_cents("1.234,50 €", "de") == 123450
    assert fmt.parse_eur_cents("40.000", "de") == 4000000
    with pytest.raises(ValueError, match="1,234.50"):
        fmt.parse_eur_cents("zwölf", "en")


@given(cents=st.integers(min_value=-10**11, max_value=10**11), locale=st.sampled_from(["de", "en"]))
def test_formatted_money_reads_back_to_the_same_cents(cents, locale):
    text = fmt.format_eur(cents, locale=locale)
    assert fmt.parse_eur_cents(text, locale) == cents
