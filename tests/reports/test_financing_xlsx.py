"""The Excel export read back with openpyxl: sheets, real numbers, € formats, German headers, formula guard."""

from __future__ import annotations

import openpyxl
import pytest

from app.operations import financing_ops as ops
from app.operations.errors import OperationRefused
from app.operations.financing_results import export_model_xlsx
from tests.operations.financing_fixtures import build_einkaufsbegleitung, new_workspace


@pytest.fixture
def ws(tmp_path):
    workspace = new_workspace(tmp_path)
    yield workspace
    workspace.close()


def test_workbook_has_four_sheets_with_numbers_euro_format_and_german_headers(ws, tmp_path):
    model_id = build_einkaufsbegleitung(ws, None)
    target = tmp_path / "einkaufsbegleitung.xlsx"
    assert export_model_xlsx(ws, model_id, target) == target
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []  # no temp file left behind
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Annahmen", "Monatlich", "Jährlich", "Ergebnis"]
    monthly = wb["Monatlich"]
    assert monthly["A1"].value == "Monat" and monthly["B1"].value == "Einnahme: Entlastungsbetrag"
    assert monthly.max_row == 61
    assert monthly["B2"].value == 3930 and monthly["B2"].number_format == "#,##0.00 €"
    assert isinstance(monthly["C2"].value, float | int) and monthly["C2"].value == pytest.approx(3333.34)
    yearly = wb["Jährlich"]
    headers = [c.value for c in yearly[1]]
    total = yearly.cell(row=2, column=headers.index("Einnahmen gesamt") + 1)
    assert total.value == 87_160 and total.number_format == "#,##0.00 €"
    share = yearly.cell(row=5, column=headers.index("Anteil befristet %") + 1)
    assert share.value == 0
    result = {row[0].value: row[1] for row in wb["Ergebnis"].iter_rows(min_row=2) if row[0].value}
    assert result["Trägt sich nach Förderende"].value == "nein"
    assert result["Lücke pro Monat"].value == 1038 and result["Lücke pro Monat"].number_format == "#,##0.00 €"
    assert result["Break-even-Monat"].value == 2
    assert result["Nötige Inanspruchnahme %"].value == 125
    assumptions = wb["Annahmen"]
    assert [c.value for c in assumptions[1]][:4] == ["Art", "Bezeichnung", "Quelle / Kostenart", "Betrag"]
    texts = [row[0].value for row in assumptions.iter_rows() if row[0].value]
    assert "So wird gerechnet:" in texts


def test_texts_that_look_like_formulas_stay_text(ws, tmp_path):
    model_id = build_einkaufsbegleitung(ws, None)
    ops.add_cost_line(ws, model_id, "Sonstiges", '=HYPERLINK("http://x","klick")', 100)
    ops.add_cost_line(ws, model_id, "Sonstiges", "-Abzug", 100)
    ops.add_cost_line(ws, model_id, "Sonstiges", "@Summe", 100)
    target = tmp_path / "guard.xlsx"
    export_model_xlsx(ws, model_id, target)
    wb = openpyxl.load_workbook(target)
    labels = [row[1].value for row in wb["Annahmen"].iter_rows(min_row=2) if row[0].value == "Kosten"]
    assert labels[-3:] == ['\'=HYPERLINK("http://x","klick")', "'-Abzug", "'@Summe"]
    header = [c.value for c in wb["Monatlich"][1]]
    assert "Kosten: @Summe" in header  # the prefix already makes it harmless text
    assert all(cell.data_type != "f" for row in wb["Annahmen"].iter_rows() for cell in row)


def test_unwritable_target_is_refused_in_german(ws, tmp_path):
    model_id = build_einkaufsbegleitung(ws, None)
    with pytest.raises(OperationRefused, match="Excel-Datei"):
        export_model_xlsx(ws, model_id, tmp_path / "fehlt" / "x.xlsx")
