"""Excel workbook of a financing model: assumptions, monthly and yearly figures, and the result.

Figures are real numbers with a € number format, so the group's treasurer can keep calculating in Excel or
LibreOffice. Texts that would start a formula (= + - @, tab, carriage return) get a leading apostrophe, so a
line called "=HYPERLINK(...)" stays text. The file is written to a temporary file next to the target and moved
into place, so a crash never leaves half a workbook under the real name.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.cell_guard import spreadsheet_cell
from app.store.atomic_file import write_with

if TYPE_CHECKING:
    from app.operations.financing_results import ModelResult, PeriodRow

EUR_FORMAT = "#,##0.00 €"
PERCENT_FORMAT = "0.0"
UNIT_NAMES = {"per_month": "pro Monat", "per_year": "pro Jahr", "per_client_month": "pro Person und Monat",
              "one_off": "einmalig"}

METHOD_TEXT = (
    "So wird gerechnet:",
    "Alle Beträge werden in ganzen Cent gerechnet; es gibt keine Rundungsfehler in den Summen.",
    "Monate zählen ab dem ersten Monat des Modells. Eine Zeile gilt vom Startmonat bis einschließlich Endmonat; "
    "ohne Endmonat bis zum Ende des Zeitraums.",
    "Pro Jahr: der Jahresbetrag wird auf die zwölf Monate jedes Zeilenjahres verteilt; die Restcent gehen an die "
    "ersten Monate, so dass zwölf Monate genau den Jahresbetrag ergeben.",
    "Pro Person und Monat: Betrag × tatsächlich versorgte Personen; das sind Nutzende × Inanspruchnahme, "
    "kaufmännisch auf ganze Personen gerundet.",
    "Einmalig: der ganze Betrag im Startmonat.",
    "Unbewertete Zeilen (etwa Zeitgutschriften ohne Geldwert) werden gezeigt, zählen aber 0 €.",
    "Befristete Quellen ohne Endmonat enden nach ihrer Höchstdauer laut Quellenkatalog (z. B. 3 Jahre).",
    "Trägt sich nach Förderende: bewertet werden die Monate nach dem letzten Monat befristeter Einnahmen, "
    "mindestens zwölf Monate. Die Lücke ist der durchschnittliche Fehlbetrag pro Monat in diesen Monaten, "
    "auf den Cent aufgerundet.",
    "Break-even: der erste Monat, ab dem der kumulierte Kontostand nie mehr unter null fällt.",
    "Sensitivität: Inanspruchnahme aller Zeilen pro Person um 20 % niedriger bzw. höher; "
    "alle befristeten Förderungen enden ein Jahr früher.",
)


def _cell(value: Any) -> Any:
    """Keep text text (no formula runs) and storable (control characters shown as pictures)."""
    return spreadsheet_cell(value)


def _euros(cents: int) -> Decimal:
    return Decimal(int(cents)) / 100


def _yes_no(flag: bool) -> str:
    return "ja" if flag else "nein"


def _header(ws: Worksheet, titles: list[str]) -> None:
    ws.append([_cell(t) for t in titles])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "B2"


def _widths(ws: Worksheet, first: int = 14, rest: int = 16) -> None:
    for index in range(1, ws.max_column + 1):
        ws.column_dimensions[get_column_letter(index)].width = first if index == 1 else rest


def _money_row(ws: Worksheet, values: list[Any], money_from: int, money_to: int) -> None:
    ws.append([_cell(v) for v in values])
    row = ws.max_row
    for col in range(money_from, money_to + 1):
        ws.cell(row=row, column=col).number_format = EUR_FORMAT


def _assumptions(ws: Worksheet, result: ModelResult) -> None:
    _header(ws, ["Art", "Bezeichnung", "Quelle / Kostenart", "Betrag", "Einheit", "Nutzende",
                 "Inanspruchnahme %", "Startmonat", "Endmonat", "Sicherheit", "befristet", "öffentlich",
                 "bewertet"])
    for r in result.revenue_lines:
        _money_row(ws, ["Einnahme", r.label, r.source_name, _euros(r.amount_cents), UNIT_NAMES.get(r.unit, r.unit),
                        r.clients, r.uptake_pct, r.start_month, r.end_month, r.certainty, _yes_no(r.temporary),
                        _yes_no(r.public), _yes_no(r.valued)], 4, 4)
    for c in result.cost_lines:
        _money_row(ws, ["Kosten", c.label, c.kind, _euros(c.amount_cents), UNIT_NAMES.get(c.unit, c.unit), None,
                        None, c.start_month, c.end_month, None, None, None, None], 4, 4)
    ws.append([])
    ws.append(["Zeitraum (Monate)", result.model.horizon_months])
    for line in METHOD_TEXT:
        ws.append([_cell(line)])
    _widths(ws, first=18, rest=18)
    ws.column_dimensions["B"].width = 36


def _period_sheet(ws: Worksheet, result: ModelResult, rows: tuple[PeriodRow, ...], first_title: str,
                  with_shares: bool) -> None:
    labels = [f"Einnahme: {r.label}" for r in result.revenue_lines] + [f"Kosten: {c.label}" for c in result.cost_lines]
    titles = [first_title, *labels, "Einnahmen gesamt", "Kosten gesamt", "Saldo",
              "Kontostand kumuliert", "befristete Einnahmen", "öffentliche Einnahmen"]
    if with_shares:
        titles += ["Anteil befristet %", "Anteil öffentlich %"]
    _header(ws, titles)
    money_count = len(labels) + 6
    for p in rows:
        values: list[Any] = [p.number, *(_euros(v) for v in p.revenue_by_line), *(_euros(v) for v in p.cost_by_line),
                             _euros(p.revenue_total), _euros(p.cost_total), _euros(p.net), _euros(p.balance),
                             _euros(p.temporary_revenue), _euros(p.public_revenue)]
        if with_shares:
            values += [p.temporary_pct, p.public_pct]
        _money_row(ws, values, 2, 1 + money_count)
        if with_shares:
            for col in (money_count + 2, money_count + 3):
                ws.cell(row=ws.max_row, column=col).number_format = PERCENT_FORMAT
    _widths(ws)


def _result(ws: Worksheet, result: ModelResult) -> None:
    v = result.verdict
    ws.append(["Ergebnis", _cell(result.model.title)])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["Trägt sich nach Förderende", "ja" if v.carries else "nein"])
    _money_row(ws, ["Lücke pro Monat", _euros(v.gap_cents_per_month)], 2, 2)
    ws.append(["Letzter Monat befristeter Förderung", v.funding_end_month])
    ws.append(["Bewertete Monate", f"{v.assessed_from_month} bis {v.assessed_to_month}"])
    ws.append(["Break-even-Monat", result.break_even_month])
    _money_row(ws, ["Kontostand am Ende", _euros(result.final_balance_cents)], 2, 2)
    ws.append(["Nötige Inanspruchnahme %", result.required_uptake_pct])
    for need in result.required_clients:
        ws.append([_cell(f"Nötige Nutzende: {need.label}"), need.required])
    ws.append([])
    ws.append(["Sensitivität"])
    ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
    ws.append(["Szenario", "trägt sich", "Lücke pro Monat", "Kontostand am Ende", "Break-even-Monat"])
    for sc in result.scenarios:
        _money_row(ws, [sc.label, _yes_no(sc.carries), _euros(sc.gap_cents_per_month),
                        _euros(sc.final_balance_cents), sc.break_even_month], 3, 4)
    ws.column_dimensions["A"].width = 40
    for col in "BCDE":
        ws.column_dimensions[col].width = 22


def write_model_workbook(result: ModelResult, path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = "Annahmen"
    _assumptions(first, result)
    _period_sheet(wb.create_sheet("Monatlich"), result, result.monthly, "Monat", with_shares=False)
    _period_sheet(wb.create_sheet("Jährlich"), result, result.yearly, "Jahr", with_shares=True)
    _result(wb.create_sheet("Ergebnis"), result)
    return write_with(target, wb.save)
