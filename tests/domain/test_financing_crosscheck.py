"""Card amounts against model lines: exact yearly sums, rounded monthly figures, matching and guessing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain.financing_crosscheck import (
    COST_BLOCK,
    REVENUE_BLOCK,
    CardAmount,
    check_block,
    guess_cost_kind,
    guess_source_key,
    per_month_cents,
    unrepresented,
)


def card(text, cents, period="month", block=REVENUE_BLOCK):
    return CardAmount(text, block, text, cents, period)


def test_monthly_and_yearly_cards_add_up_exactly_per_year():
    check = check_block(REVENUE_BLOCK, [card("a", 100), card("b", 1_000, "year"), card("c", 7, block=COST_BLOCK)],
                        model_year_cents=2_200)
    assert (check.card_count, check.cards_year_cents, check.difference_year_cents) == (2, 2_200, 0)
    assert check.agrees and check.cards_month_cents == 183  # 2,200 / 12 = 183.33


@given(st.lists(st.tuples(st.integers(0, 10**8), st.sampled_from(["month", "year"])), max_size=8))
def test_the_yearly_sum_never_loses_a_cent(amounts):
    cards = [card(f"k{i}", cents, period) for i, (cents, period) in enumerate(amounts)]
    check = check_block(REVENUE_BLOCK, cards, 0)
    assert check.cards_year_cents == sum(c * (12 if p == "month" else 1) for c, p in amounts)
    assert abs(check.cards_month_cents * 12 - check.cards_year_cents) <= 6


def test_per_month_rounds_half_away_from_zero():
    assert per_month_cents(18) == 2 and per_month_cents(-18) == -2 and per_month_cents(17) == 1


def test_a_card_is_represented_by_its_label_or_by_the_source_it_names():
    cards = [card("§45b für 30 Personen", 1), card("Spendenlauf", 2), card("spendenlauf ", 3),
             card("Minijob", 4, block=COST_BLOCK)]
    missing = unrepresented(cards, ["Minijob"], ["entlastungsbetrag_45b"])
    assert [c.text for c in missing] == ["Spendenlauf"]  # the duplicate label is imported once


def test_guessing_source_and_cost_kind_from_card_words():
    assert guess_source_key("Zuschuss der Kommune") == "kommunaler_zuschuss"
    assert guess_source_key("Landesförderung NRW") == "landesfoerderung_nrw_altengerechte_quartiere"
    assert guess_source_key("Irgendwas") is None
    assert guess_cost_kind("Miete Stadtteilbüro") == "Räume"
    assert guess_cost_kind("Koordinationsstelle") == "Koordination"
    assert guess_cost_kind("Kaffee") == "Sonstiges"
