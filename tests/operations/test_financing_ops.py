"""Financing models through the operations on a real workspace file: the Einkaufsbegleitung case end to end."""

from __future__ import annotations

import pytest

from app.domain.financing import CostLineSpec, ModelSpec, RevenueLineSpec
from app.domain.financing_sources import (
    ENTLASTUNGSBETRAG_45B,
    LANDESFOERDERUNG_NRW_QUARTIERE,
    ZEITGUTSCHRIFTEN,
)
from app.domain.financing_verdict import verdict
from app.operations import financing_ops as ops
from app.operations.errors import OperationRefused
from app.operations.financing_catalogue_ops import add_source, edit_source, list_sources
from app.operations.financing_results import compare_models, compute
from app.store.models import FinancingModel, RevenueLine

from .financing_fixtures import add_canvas, build_einkaufsbegleitung, new_workspace, source_id


@pytest.fixture
def ws(tmp_path):
    workspace = new_workspace(tmp_path)
    yield workspace
    workspace.close()


def hand_spec() -> ModelSpec:
    return ModelSpec("Einkaufsbegleitung", 60, [
        RevenueLineSpec("Entlastungsbetrag", ENTLASTUNGSBETRAG_45B, 13_100, "per_client_month", clients=30,
                        public=True),
        RevenueLineSpec("Landesförderung", LANDESFOERDERUNG_NRW_QUARTIERE, 4_000_000, "per_year", end_month=36,
                        temporary=True, public=True),
        CostLineSpec("Koordination", "Koordination (halbe Stelle)", 240_000),
        CostLineSpec("Personal", "Alltagsbegleitung (2 Minijobs)", 166_800),
        CostLineSpec("Räume", "Raummiete", 35_000),
        CostLineSpec("Fahrzeuge", "Kleinbus", 45_000),
        CostLineSpec("Versicherung", "Haftpflicht", 120_000, "per_year"),
        CostLineSpec("Sonstiges", "Erstausstattung", 300_000, "one_off"),
    ])


def test_catalogue_source_fills_in_its_defaults_and_grant_ends_after_its_three_years(ws):
    model_id = build_einkaufsbegleitung(ws, add_canvas(ws))
    grant = next(r for r in ops.list_revenue_lines(ws, model_id) if r.source_key == LANDESFOERDERUNG_NRW_QUARTIERE)
    assert (grant.amount_cents, grant.unit, grant.temporary, grant.public, grant.end_month) == (
        4_000_000, "per_year", True, True, None)
    spec = ops.build_spec(ws, model_id)
    assert spec.revenue_lines[1].end_month == 36  # max_years applied by the operation, not stored on the line
    assert spec == hand_spec()


def test_einkaufsbegleitung_does_not_carry_itself_after_year_three_gap_as_domain_computes(ws):
    model_id = build_einkaufsbegleitung(ws, add_canvas(ws))
    result = compute(ws, model_id)
    expected = verdict(hand_spec())
    assert not result.verdict.carries
    assert result.verdict.gap_cents_per_month == expected.gap_cents_per_month == 103_800
    assert result.verdict.funding_end_month == 36
    assert result.verdict.text == "Trägt sich nach Förderende: NEIN – Lücke 1.038,00 € pro Monat"
    assert result.break_even_month == 2
    assert result.final_balance_cents == 5_472_000
    assert [y.revenue_total for y in result.yearly][:4] == [8_716_000, 8_716_000, 8_716_000, 4_716_000]
    assert result.yearly[3].temporary_pct == 0 and result.yearly[0].temporary_pct > 45
    assert [sc.key for sc in result.scenarios] == ["base", "uptake_minus_20", "uptake_plus_20",
                                                   "funding_ends_year_early"]
    assert result.required_uptake_pct == 125
    assert [(need.clients, need.required) for need in result.required_clients] == [(30, 38)]
    assert result.revenue_groups == ("Entlastungsbetrag §45b SGB XI",
                                     "Landesförderung NRW „Entwicklung altengerechter Quartiere“")


def test_raising_uptake_or_clients_to_the_required_figure_makes_it_carry_itself(ws):
    model_id = build_einkaufsbegleitung(ws, add_canvas(ws))
    line = ops.list_revenue_lines(ws, model_id)[0]
    ops.edit_revenue_line(ws, line.id, uptake_pct=124)
    assert not compute(ws, model_id).verdict.carries
    ops.edit_revenue_line(ws, line.id, uptake_pct=125)
    assert compute(ws, model_id).verdict.carries
    ops.edit_revenue_line(ws, line.id, uptake_pct=100, clients=38)
    result = compute(ws, model_id)
    assert result.verdict.carries and result.verdict.text == "Trägt sich nach Förderende: JA"


def test_refusals_are_german_and_leave_the_line_unchanged(ws):
    model_id = build_einkaufsbegleitung(ws, None)
    line = ops.list_revenue_lines(ws, model_id)[0]
    with pytest.raises(OperationRefused, match="negativ"):
        ops.edit_revenue_line(ws, line.id, amount_cents=-5)
    with pytest.raises(OperationRefused, match="Endmonat liegt vor dem Startmonat"):
        ops.edit_revenue_line(ws, line.id, start_month=10, end_month=3)
    with pytest.raises(OperationRefused, match="Kostenart"):
        ops.add_cost_line(ws, model_id, "Catering", "Kaffee", 100)
    with pytest.raises(OperationRefused, match="Titel"):
        ops.create_model(ws, "   ")
    assert ops.list_revenue_lines(ws, model_id)[0] == line


def test_removed_lines_and_deleted_models_are_tombstones(ws):
    model_id = build_einkaufsbegleitung(ws, None)
    grant = ops.list_revenue_lines(ws, model_id)[1]
    ops.remove_revenue_line(ws, grant.id)
    assert compute(ws, model_id).verdict.funding_end_month is None
    ops.delete_model(ws, model_id)
    assert ops.list_models(ws) == []
    with ws.session() as s:
        assert s.get(FinancingModel, model_id).deleted
        assert all(r.deleted for r in s.query(RevenueLine).filter_by(model_id=model_id))
    with pytest.raises(OperationRefused, match="gibt es nicht"):
        compute(ws, model_id)


def test_model_links_a_canvas_version_and_can_be_renamed(ws):
    canvas_id = add_canvas(ws, "Fahrdienst", version=2)
    model = ops.create_model(ws, "Fahrdienst", canvas_id=canvas_id)
    assert (model.canvas_title, model.canvas_version) == ("Fahrdienst", 2)
    assert ops.rename_model(ws, model.id, "Fahrdienst mit Bürgerbus").title == "Fahrdienst mit Bürgerbus"
    assert ops.list_link_canvases(ws)[0].template_key == "finanzierungsmodell"


def test_unvalued_time_credits_are_listed_but_count_nothing(ws):
    model_id = build_einkaufsbegleitung(ws, None)
    before = compute(ws, model_id).final_balance_cents
    ops.add_revenue_line(ws, model_id, source_id(ws, ZEITGUTSCHRIFTEN), amount_cents=50_000, valued=False)
    result = compute(ws, model_id)
    assert len(result.revenue_lines) == 3 and result.final_balance_cents == before


def test_edited_catalogue_feeds_new_lines_and_own_sources_get_an_ascii_key(ws):
    sid = source_id(ws, ENTLASTUNGSBETRAG_45B)
    edit_source(ws, sid, default_amount_cents=13_500)
    own = add_source(ws, "Förderverein Schaffrath", default_unit="per_year", default_amount_cents=250_000)
    assert own.key == "forderverein_schaffrath"
    assert {s.key for s in list_sources(ws)} >= {own.key, ENTLASTUNGSBETRAG_45B}
    model = ops.create_model(ws, "Test")
    line = ops.add_revenue_line(ws, model.id, sid, clients=1)
    assert line.amount_cents == 13_500
    with pytest.raises(OperationRefused, match="Namen"):
        add_source(ws, "")


def test_compare_models_side_by_side_in_the_order_given(ws):
    first = build_einkaufsbegleitung(ws, None)
    second = ops.create_model(ws, "Nur Entgelte", horizon_months=24).id
    ops.add_revenue_line(ws, second, label="Entgelte", amount_cents=100_000)
    ops.add_cost_line(ws, second, "Personal", "Helferin", 80_000)
    rows = compare_models(ws, [second, first])
    assert [r.title for r in rows] == ["Nur Entgelte", "Einkaufsbegleitung"]
    assert rows[0].carries and rows[0].funding_end_month is None and rows[0].final_balance_cents == 480_000
    assert not rows[1].carries and rows[1].gap_cents_per_month == 103_800 and rows[1].break_even_month == 2
