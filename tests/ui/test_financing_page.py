"""The Finanzierung page offscreen: a cell edit changes the verdict and the charts; a measurement the trend."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from app.operations import financing_ops as ops
from app.ui.financing.financing_page import FinancingPage
from tests.operations.financing_fixtures import add_canvas, add_card, build_einkaufsbegleitung, new_workspace


@pytest.fixture
def ws(tmp_path):
    workspace = new_workspace(tmp_path)
    yield workspace
    workspace.close()


@pytest.fixture
def page(qtbot, ws):
    canvas = add_canvas(ws)
    build_einkaufsbegleitung(ws, canvas)
    add_card(ws, canvas, "finanzierungsquellen", "Spenden der Kirchengemeinde", 120_000, "year")
    widget = FinancingPage(ws)
    qtbot.addWidget(widget)
    widget.resize(1600, 900)
    return widget


def column(model, field):
    return next(i for i, c in enumerate(model.columns) if c.field == field)


def test_editing_clients_in_the_table_turns_the_verdict_and_moves_the_charts(page):
    assert page.editor.result_panel.verdict_label.text() == (
        "Trägt sich nach Förderende: NEIN – Lücke 1.038,00 € pro Monat")
    assert page.revenue_chart.revenue_values()[0][0] == pytest.approx(47_160.0)  # 30 × 131 € × 12
    assert page.revenue_chart.cost_values()[1] == pytest.approx(59_616.0)
    balance_before = page.balance_chart.balance_values()[-1]
    model = page.editor.revenue_model
    index = model.index(0, column(model, "clients"))
    assert model.data(index) == "30"
    assert model.setData(index, "38")
    assert page.editor.result_panel.verdict_label.text() == "Trägt sich nach Förderende: JA"
    assert page.revenue_chart.revenue_values()[0][0] == pytest.approx(59_736.0)  # 38 × 131 € × 12
    assert page.balance_chart.balance_values()[-1] > balance_before
    assert model.data(model.index(0, column(model, "clients"))) == "38"


def test_amounts_are_shown_and_typed_the_german_way_and_refusals_appear_in_the_message_line(page):
    costs = page.editor.cost_model
    amount = costs.index(0, column(costs, "amount_cents"))
    assert costs.data(amount) == "2.400,00 €"
    assert costs.setData(amount, "2.600,50")
    assert ops.list_cost_lines(page.ws, page.current_model_id())[0].amount_cents == 260_050
    assert not costs.setData(amount, "viel")
    assert "kein Betrag" in page.message_label.text()
    end = costs.index(0, column(costs, "end_month"))
    assert not costs.setData(costs.index(0, column(costs, "start_month")), "0")
    assert "Startmonat" in page.message_label.text()
    assert costs.data(end) == ""


def test_checkbox_column_edits_the_flag(page):
    revenue = page.editor.revenue_model
    temporary = revenue.index(1, column(revenue, "temporary"))
    assert revenue.data(temporary, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert revenue.setData(temporary, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert "ohne befristete Förderung" in page.editor.result_panel.verdict_label.text()


def test_adding_a_measurement_updates_the_trend_chart(page):
    evaluation = page.evaluation
    evaluation.name_edit.setText("Kostendeckung")
    evaluation.unit_edit.setText("%")
    evaluation.target_edit.setText("80")
    evaluation.add_criterion()
    assert evaluation.criteria_list.count() == 1
    assert evaluation.chart.values() == []
    for day, value in ((QDate(2025, 1, 15), "55"), (QDate(2025, 6, 15), "82,5")):
        evaluation.date_edit.setDate(day)
        evaluation.value_edit.setText(value)
        evaluation.add_measurement()
    assert evaluation.chart.values() == [55.0, 82.5]
    assert [p.y() for p in evaluation.chart.target_series.points()] == [80.0, 80.0]
    assert evaluation.table.item(1, 1).text() == "82,5"
    assert "im Monat 6 (am 15.06.2025)" in evaluation.comparison_label.text()


def test_cross_check_tab_lists_the_card_and_imports_it(page):
    page.tabs.setCurrentWidget(page.crosscheck)
    check = page.crosscheck
    assert check.card_table.rowCount() == 1 and check.card_table.item(0, 4).text() == "fehlt"
    check.import_cards()
    assert check.card_table.item(0, 4).text() == "ja"
    assert page.editor.revenue_model.rowCount() == 3


def test_new_model_and_export_from_the_page(page, tmp_path):
    page.new_title.setText("Fahrdienst")
    page.create_model()
    assert page.model_list.currentItem().text() == "Fahrdienst"
    assert page.editor.revenue_model.rowCount() == 0
    assert page.compare.table.columnCount() == 2
    target = page.export_to(tmp_path / "fahrdienst.xlsx")
    assert target is not None and target.exists()
