"""Card amounts: exact yearly sums, one rounding for the monthly figure, German money text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain.card_amounts import PER_MONTH, PER_YEAR, Amount, format_euro, parse_euro, sum_amounts
from app.domain.card_look import CardFilter, card_matches

amounts = st.lists(st.builds(Amount, st.integers(0, 10**9), st.sampled_from([PER_MONTH, PER_YEAR])), max_size=30)


@given(amounts)
def test_yearly_sum_is_exact_and_monthly_is_within_half_a_cent(items):
    total = sum_amounts(items)
    assert total.yearly_cents == sum(a.cents * (12 if a.period == PER_MONTH else 1) for a in items)
    assert abs(total.monthly_cents * 12 - total.yearly_cents) <= 6


def test_only_monthly_amounts_are_not_rounded():
    total = sum_amounts([Amount(45000, PER_MONTH), Amount(1, PER_MONTH)])
    assert (total.monthly_cents, total.monthly_rounded) == (45001, False)


def test_money_is_written_and_read_the_german_way():
    assert format_euro(123456) == "1.234,56 €"
    assert format_euro(-5) == "-0,05 €"
    assert parse_euro("1.234,5") == 123450
    assert parse_euro("450") == 45000
    assert parse_euro("1.234") == 123400
    assert parse_euro("12.50 €") == 1250


@given(st.integers(-10**12, 10**12))
def test_format_and_parse_round_trip(cents):
    assert parse_euro(format_euro(cents)) == cents


def test_search_never_looks_into_face_down_cards():
    flt = CardFilter(text="apo")
    assert card_matches(flt, text="Apotheke", color="#fff", group=None, private=False)
    assert not card_matches(flt, text="Apotheke", color="#fff", group=None, private=True)
    assert card_matches(CardFilter(group="Dienstleister"), text="", color="", group="Dienstleister", private=True)
