"""Financing arithmetic: hand-computed cases in cents, exact yearly spreading, and properties of the verdict."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.financing import (
    BALANCE,
    COST_TOTAL,
    NET,
    PUBLIC_REVENUE,
    REVENUE_TOTAL,
    TEMPORARY_REVENUE,
    CostLineSpec,
    ModelSpec,
    RevenueLineSpec,
    break_even_month,
    cash_flow,
    line_labels,
    share_temporary_by_year,
    yearly,
)
from app.domain.financing_sources import (
    ENTLASTUNGSBETRAG_45B,
    LANDESFOERDERUNG_NRW_QUARTIERE,
    catalogue_by_key,
    default_catalogue,
    entlastungsbetrag_cents,
)
from app.domain.financing_verdict import (
    apply_max_years,
    compare,
    funding_ends_early,
    required_clients_to_carry,
    required_uptake_to_carry,
    sensitivity,
    verdict,
)

# --- the Einkaufsbegleitung scenario, all figures by hand -------------------------------------------------
# Revenue: 30 clients × €131 × 100 % = €3,930.00 = 393,000 cents a month, open-ended.
#          NRW grant €40,000 a year for months 1–36: 4,000,000 // 12 = 333,333 rest 4, so months 1–4 of each
#          grant year get 333,334 and months 5–12 get 333,333 (4 × 333,334 + 8 × 333,333 = 4,000,000).
# Costs a month: coordinator (half time) 240,000 + two mini-job helpers 166,800 + room 35,000
#          + minibus 45,000 + insurance €1,200/year = 10,000 → 496,800; one-off equipment 300,000 in month 1.
# After month 36: 393,000 − 496,800 = −103,800 cents every month → gap €1,038.00 a month.
# Totals over 60 months: revenue 60 × 393,000 + 3 × 4,000,000 = 35,580,000;
#          cost 60 × 496,800 + 300,000 = 30,108,000; final balance 5,472,000.
# Month 1 net = 393,000 + 333,334 − 496,800 − 300,000 = −70,466; month 2 net +229,534 → balance 159,068,
#          and the balance stays positive to the end (lowest later point is the end: 5,472,000) → break-even 2.


def einkaufsbegleitung(horizon: int = 60) -> ModelSpec:
    return ModelSpec(
        title="Einkaufsbegleitung",
        horizon_months=horizon,
        lines=[
            RevenueLineSpec("Entlastungsbetrag", ENTLASTUNGSBETRAG_45B, 13_100, "per_client_month", clients=30,
                            public=True),
            RevenueLineSpec("Landesförderung", LANDESFOERDERUNG_NRW_QUARTIERE, 4_000_000, "per_year",
                            end_month=36, temporary=True, public=True),
            CostLineSpec("Personal", "Koordination (halbe Stelle)", 240_000),
            CostLineSpec("Personal", "Alltagsbegleitung (2 Minijobs)", 166_800),
            CostLineSpec("Räume", "Raummiete", 35_000),
            CostLineSpec("Fahrzeuge", "Kleinbus", 45_000),
            CostLineSpec("Versicherung", "Haftpflicht", 120_000, "per_year"),
            CostLineSpec("Sonstiges", "Erstausstattung", 300_000, "one_off"),
        ],
    )


def test_entlastungsbetrag_is_131_euro_from_2025_and_125_before():
    assert entlastungsbetrag_cents(date(2025, 1, 1)) == 13_100
    assert entlastungsbetrag_cents(date(2030, 6, 1)) == 13_100
    assert entlastungsbetrag_cents(date(2024, 12, 31)) == 12_500
    assert catalogue_by_key(date(2024, 5, 1))[ENTLASTUNGSBETRAG_45B].default_amount_cents == 12_500


def test_catalogue_keys_are_stable_ascii_and_flags_match_the_facts():
    sources = catalogue_by_key(date(2025, 3, 1))
    assert len(sources) == len(default_catalogue()) == 11
    assert all(key.isascii() and key == key.lower() for key in sources)
    nrw = sources[LANDESFOERDERUNG_NRW_QUARTIERE]
    assert (nrw.default_amount_cents, nrw.default_unit, nrw.max_years) == (4_000_000, "per_year", 3)
    assert nrw.temporary and nrw.public
    assert sources[ENTLASTUNGSBETRAG_45B].requires_recognition
    assert [k for k, s in sources.items() if s.requires_recognition] == [ENTLASTUNGSBETRAG_45B]


def test_thirty_clients_at_131_euro_bring_3930_euro_a_month():
    spec = ModelSpec("x", 12, [RevenueLineSpec("§45b", ENTLASTUNGSBETRAG_45B, 13_100, "per_client_month",
                                               clients=30, uptake_pct=100)])
    frame = cash_flow(spec)
    assert (frame["rev_0"] == 393_000).all()
    assert int(frame[REVENUE_TOTAL].sum()) == 12 * 393_000


def test_uptake_rounds_clients_half_up_to_whole_people():
    def first_month(clients: int, uptake: Decimal | int | float) -> int:
        line = RevenueLineSpec("§45b", ENTLASTUNGSBETRAG_45B, 13_100, "per_client_month", clients=clients,
                               uptake_pct=uptake)
        return int(cash_flow(ModelSpec("x", 1, [line]))["rev_0"].iloc[0])

    assert first_month(30, 85) == 26 * 13_100  # 25.5 → 26
    assert first_month(30, Decimal("84.9")) == 25 * 13_100  # 25.47 → 25
    assert first_month(7, 50) == 4 * 13_100  # 3.5 → 4
    assert first_month(10, 33.3) == 3 * 13_100  # a float from the workspace, read exactly as 33.3


def test_grant_of_40000_a_year_for_36_months_spreads_to_the_cent():
    spec = ModelSpec("x", 60, [RevenueLineSpec("NRW", LANDESFOERDERUNG_NRW_QUARTIERE, 4_000_000, "per_year",
                                               end_month=36, temporary=True)])
    months = cash_flow(spec)["rev_0"]
    assert list(months.loc[1:12]) == [333_334] * 4 + [333_333] * 8
    assert list(months.loc[13:16]) == [333_334] * 4
    assert (months.loc[37:] == 0).all()
    assert list(yearly(cash_flow(spec))["rev_0"]) == [4_000_000, 4_000_000, 4_000_000, 0, 0]


def test_yearly_line_starting_mid_year_sums_exactly_over_its_own_year():
    spec = ModelSpec("x", 24, [CostLineSpec("Versicherung", "V", 100_001, "per_year", start_month=7)])
    months = cash_flow(spec)["cost_0"]
    assert int(months.loc[7:18].sum()) == 100_001
    assert int(months.loc[1:6].sum()) == 0
    assert int(months.loc[19:24].sum()) == 6 * 8_333 + 5  # remainder 5 cents go to the line-year's first months


def test_half_time_coordinator_costs_2400_euro_a_month_and_one_off_lands_in_its_month():
    spec = ModelSpec("x", 24, [
        CostLineSpec("Personal", "Koordination", 240_000),
        CostLineSpec("Sonstiges", "Laptop", 89_900, "one_off", start_month=5),
    ])
    frame = cash_flow(spec)
    assert (frame["cost_0"] == 240_000).all()
    assert int(frame["cost_1"].sum()) == 89_900 and int(frame.loc[5, "cost_1"]) == 89_900
    assert int(frame[BALANCE].iloc[-1]) == -(24 * 240_000 + 89_900)
    assert break_even_month(frame) is None


def test_money_columns_are_int64_cents():
    frame = cash_flow(einkaufsbegleitung())
    for column in ("rev_0", "rev_1", "cost_0", REVENUE_TOTAL, COST_TOTAL, NET, BALANCE, TEMPORARY_REVENUE):
        assert frame[column].dtype == np.int64
    assert yearly(frame)[REVENUE_TOTAL].dtype == np.int64
    assert line_labels(einkaufsbegleitung())["cost_0"] == "Koordination (halbe Stelle)"


def test_einkaufsbegleitung_by_hand():
    spec = einkaufsbegleitung()
    frame = cash_flow(spec)
    assert int(frame.loc[1, NET]) == -70_466
    assert int(frame.loc[2, BALANCE]) == 159_068
    assert int(frame[REVENUE_TOTAL].sum()) == 35_580_000
    assert int(frame[COST_TOTAL].sum()) == 30_108_000
    assert int(frame[BALANCE].iloc[-1]) == 5_472_000
    assert break_even_month(frame) == 2
    assert (frame.loc[37:, NET] == -103_800).all()


def test_einkaufsbegleitung_does_not_carry_itself_after_year_three():
    result = verdict(einkaufsbegleitung())
    assert result.funding_end_month == 36
    assert not result.carries_itself_after_funding
    assert result.gap_cents_per_month == 103_800  # €3,930 income against €4,968 costs a month
    assert (result.assessed_from_month, result.assessed_to_month) == (37, 60)


def test_verdict_looks_past_a_horizon_that_ends_with_the_grant():
    result = verdict(einkaufsbegleitung(horizon=36))
    assert (result.assessed_from_month, result.assessed_to_month) == (37, 48)
    assert result.gap_cents_per_month == 103_800


def test_open_ended_grant_gets_its_sources_maximum_of_three_years():
    spec = ModelSpec("x", 60, [RevenueLineSpec("NRW", LANDESFOERDERUNG_NRW_QUARTIERE, 4_000_000, "per_year",
                                               start_month=7, temporary=True)])
    limited = apply_max_years(spec, catalogue_by_key())
    assert limited.revenue_lines[0].end_month == 42
    assert verdict(limited).funding_end_month == 42


def test_shares_of_temporary_money_per_year():
    shares = share_temporary_by_year(cash_flow(einkaufsbegleitung()))
    # 4,000,000 of 8,716,000 = 45.89… % in years 1–3, none afterwards; all of it is public money.
    assert list(shares["temporary_pct"]) == [Decimal("45.9")] * 3 + [Decimal("0.0")] * 2
    assert list(shares["public_pct"]) == [Decimal("100.0")] * 5


def test_sensitivity_by_hand():
    scenarios = {s.key: s for s in sensitivity(einkaufsbegleitung())}
    assert list(scenarios) == ["base", "uptake_minus_20", "uptake_plus_20", "funding_ends_year_early"]
    # −20 %: 24 clients → 314,400 a month, 78,600 less for 60 months.
    assert scenarios["uptake_minus_20"].final_balance_cents == 5_472_000 - 60 * 78_600
    assert scenarios["uptake_minus_20"].verdict.gap_cents_per_month == 496_800 - 314_400
    # +20 %: 36 clients → 471,600 a month, still 25,200 short after the grant.
    assert scenarios["uptake_plus_20"].verdict.gap_cents_per_month == 25_200
    # A year less of the grant: 4,000,000 less, and the gap starts in month 25.
    early = scenarios["funding_ends_year_early"]
    assert early.final_balance_cents == 1_472_000
    assert early.verdict.funding_end_month == 24 and early.verdict.gap_cents_per_month == 103_800


def test_raising_uptake_shows_when_it_would_carry_itself():
    spec = einkaufsbegleitung()
    # 496,800 / 13,100 = 37.9 → 38 clients; 30 × p % ≥ 37.5 → p ≥ 125.
    assert required_uptake_to_carry(spec) == 125
    assert required_uptake_to_carry(spec, max_pct=100) is None
    assert required_clients_to_carry(spec, 0) == 38


def test_compare_puts_models_side_by_side():
    cheaper = ModelSpec("Ohne Bus", 60, [line for line in einkaufsbegleitung().lines
                                        if getattr(line, "label", "") != "Kleinbus"])
    table = compare([einkaufsbegleitung(), cheaper])
    assert list(table["title"]) == ["Einkaufsbegleitung", "Ohne Bus"]
    assert list(table["final_balance"]) == [5_472_000, 5_472_000 + 60 * 45_000]
    assert list(table["gap_cents_per_month"]) == [103_800, 58_800]
    assert list(table["carries_itself_after_funding"]) == [False, False]


def test_model_without_temporary_money_is_judged_over_the_whole_horizon():
    spec = ModelSpec("x", 12, [RevenueLineSpec("Entgelte", "entgelte", 50_000),
                               CostLineSpec("Personal", "P", 40_000)])
    result = verdict(spec)
    assert result.funding_end_month is None and result.carries_itself_after_funding
    assert result.gap_cents_per_month == 0


def test_invalid_units_and_months_are_refused():
    with pytest.raises(ValueError):
        RevenueLineSpec("x", "", 1, "per_week")
    with pytest.raises(ValueError):
        CostLineSpec("Personal", "x", 1, "per_client_month")
    with pytest.raises(ValueError):
        CostLineSpec("Personal", "x", 1, start_month=0)
    with pytest.raises(ValueError):
        ModelSpec("x", 0)


# --- properties ------------------------------------------------------------------------------------------

HORIZON = 36
months = st.integers(min_value=1, max_value=HORIZON + 6)
revenue_lines = st.builds(
    lambda amount, unit, clients, uptake, start, length, temporary, public, valued: RevenueLineSpec(
        "r", "", amount, unit, clients=clients, uptake_pct=uptake, start_month=start,
        end_month=None if length is None else start + length, temporary=temporary, public=public, valued=valued),
    st.integers(0, 5_000_000), st.sampled_from(["per_month", "per_year", "per_client_month", "one_off"]),
    st.integers(0, 80), st.integers(0, 150), months, st.none() | st.integers(-3, 48),
    st.booleans(), st.booleans(), st.booleans(),
)
cost_lines = st.builds(
    lambda amount, unit, start, length: CostLineSpec("Sonstiges", "c", amount, unit, start_month=start,
                                                     end_month=None if length is None else start + length),
    st.integers(0, 5_000_000), st.sampled_from(["per_month", "per_year", "one_off"]), months,
    st.none() | st.integers(-3, 48),
)
specs = st.builds(
    lambda revenue, cost: ModelSpec("p", HORIZON, [*revenue, *cost]),
    st.lists(revenue_lines, max_size=5), st.lists(cost_lines, max_size=5),
)


@settings(max_examples=60, deadline=None)
@given(specs)
def test_lines_sum_to_the_totals_and_the_balance_is_the_running_net(spec):
    frame = cash_flow(spec)
    revenue = [c for c in frame.columns if c.startswith("rev_")]
    cost = [c for c in frame.columns if c.startswith("cost_") and c != COST_TOTAL]
    assert (frame[revenue].sum(axis=1) == frame[REVENUE_TOTAL]).all()
    assert (frame[cost].sum(axis=1) == frame[COST_TOTAL]).all()
    assert (frame[NET] == frame[REVENUE_TOTAL] - frame[COST_TOTAL]).all()
    assert (frame[NET].cumsum() == frame[BALANCE]).all()
    assert (frame[TEMPORARY_REVENUE] <= frame[REVENUE_TOTAL]).all()
    assert (frame[PUBLIC_REVENUE] <= frame[REVENUE_TOTAL]).all()
    assert (yearly(frame)[NET].sum()) == frame[NET].sum()


@settings(max_examples=60, deadline=None)
@given(st.integers(-10_000_000, 10_000_000), st.integers(1, 24))
def test_twelve_months_of_a_yearly_line_sum_exactly_to_the_yearly_amount(amount, start):
    frame = cash_flow(ModelSpec("x", start + 35, [CostLineSpec("Sonstiges", "c", amount, "per_year",
                                                               start_month=start)]))
    for year in range(3):
        first = start + 12 * year
        assert int(frame.loc[first:first + 11, "cost_0"].sum()) == amount
    active = frame.loc[start:, "cost_0"]
    assert active.max() - active.min() <= 1


@settings(max_examples=40, deadline=None)
@given(specs, st.integers(1, 24))
def test_moving_temporary_funding_earlier_never_raises_the_final_balance(spec, months_earlier):
    before = int(cash_flow(spec)[BALANCE].iloc[-1])
    after = int(cash_flow(funding_ends_early(spec, months_earlier))[BALANCE].iloc[-1])
    assert after <= before


@settings(max_examples=25, deadline=None)
@given(specs)
def test_verdict_gap_is_zero_exactly_when_the_model_carries_itself(spec):
    result = verdict(spec)
    assert result.gap_cents_per_month >= 0
    assert result.carries_itself_after_funding == (result.gap_cents_per_month == 0)
