"""Card amounts on the Finanzierungsmodell canvas against the model: sums, differences, importing missing cards."""

from __future__ import annotations

import pytest

from app.operations import financing_ops as ops
from app.operations.errors import OperationRefused
from app.operations.financing_canvas_ops import cross_check, import_card_amounts

from .financing_fixtures import add_canvas, add_card, build_einkaufsbegleitung, new_workspace


@pytest.fixture
def ws(tmp_path):
    workspace = new_workspace(tmp_path)
    yield workspace
    workspace.close()


def test_cross_check_compares_card_sums_per_month_with_the_models_first_year(ws):
    canvas = add_canvas(ws)
    model_id = build_einkaufsbegleitung(ws, canvas)
    add_card(ws, canvas, "finanzierungsquellen", "§45b Entlastungsbetrag\n30 Personen", 393_000, "month")
    add_card(ws, canvas, "finanzierungsquellen", "Landesförderung NRW", 4_000_000, "year")
    add_card(ws, canvas, "kosten", "Koordination (halbe Stelle)", 240_000, "month")
    add_card(ws, canvas, "kosten", "Idee ohne Betrag", None)
    add_card(ws, canvas, "risiken", "Förderung endet", 100, "month")
    check = cross_check(ws, model_id)
    revenue, cost = check.blocks
    assert (revenue.block_key, revenue.block_title, revenue.card_count) == ("finanzierungsquellen",
                                                                            "Finanzierungsquellen", 2)
    assert revenue.cards_year_cents == revenue.model_year_cents == 8_716_000 and revenue.agrees
    assert revenue.cards_month_cents == 726_333  # 8,716,000 / 12 rounded half up
    # model costs in year 1: 12 × 496,800 + 300,000 one-off = 6,261,600; cards 12 × 240,000 = 2,880,000
    assert (cost.model_year_cents, cost.cards_year_cents, cost.difference_year_cents) == (
        6_261_600, 2_880_000, 3_381_600)
    assert cost.difference_month_cents == 281_800 and not cost.agrees
    assert all(card.represented for card in check.cards)  # the §45b card is carried by the §45b line


def test_import_adds_only_cards_not_yet_represented_and_twice_adds_nothing(ws):
    canvas = add_canvas(ws)
    model_id = build_einkaufsbegleitung(ws, canvas)
    add_card(ws, canvas, "finanzierungsquellen", "Entlastungsbetrag", 393_000)
    add_card(ws, canvas, "finanzierungsquellen", "Mieterservice der Wohnungsgesellschaft", 50_000)
    add_card(ws, canvas, "kosten", "Büromiete Stadtteilladen", 1_200_000, "year")
    first = import_card_amounts(ws, model_id)
    assert first.revenue_labels == ("Mieterservice der Wohnungsgesellschaft",)
    assert first.cost_labels == ("Büromiete Stadtteilladen",)
    new_revenue = ops.list_revenue_lines(ws, model_id)[-1]
    assert (new_revenue.source_key, new_revenue.amount_cents, new_revenue.unit) == (
        "wohnungswirtschaft", 50_000, "per_month")
    new_cost = ops.list_cost_lines(ws, model_id)[-1]
    assert (new_cost.kind, new_cost.unit, new_cost.amount_cents) == ("Räume", "per_year", 1_200_000)
    assert import_card_amounts(ws, model_id).count == 0
    assert all(card.represented for card in cross_check(ws, model_id).cards)


def test_a_model_without_canvas_has_nothing_to_cross_check(ws):
    model_id = build_einkaufsbegleitung(ws, None)
    with pytest.raises(OperationRefused, match="keinem Canvas"):
        cross_check(ws, model_id)
