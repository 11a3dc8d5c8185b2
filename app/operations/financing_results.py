"""What a financing model yields: cash flow, balance, break-even, the verdict after funding, scenarios.

``compute`` reads the model in one session and hands everything to the domain arithmetic; the result is plain
frozen data (cents as int), so the page, the charts and the Excel export all show the same figures.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain import financing as fin
from app.domain.financing import ModelSpec
from app.domain.financing_verdict import (
    FinancingVerdict,
    compare,
    required_clients_to_carry,
    required_uptake_to_carry,
    sensitivity,
    verdict,
)
from app.domain.formatting import format_eur
from app.store.models import FinancingModel

from .errors import OperationRefused
from .financing_catalogue_ops import source_specs
from .financing_ops import (
    CostLineRow,
    ModelRow,
    RevenueLineRow,
    cost_rows_in,
    model_row_in,
    revenue_rows_in,
    spec_from_rows,
)
from .financing_rows import live

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


@dataclass(frozen=True)
class PeriodRow:
    """One month or one year. ``balance`` is the cumulative balance at its end."""

    number: int
    revenue_by_line: tuple[int, ...]
    cost_by_line: tuple[int, ...]
    revenue_total: int
    cost_total: int
    net: int
    balance: int
    temporary_revenue: int
    public_revenue: int
    temporary_pct: Decimal
    public_pct: Decimal


@dataclass(frozen=True)
class VerdictInfo:
    carries: bool
    gap_cents_per_month: int
    funding_end_month: int | None
    assessed_from_month: int
    assessed_to_month: int
    text: str  # "Trägt sich nach Förderende: NEIN – Lücke 1.038,00 € pro Monat"


@dataclass(frozen=True)
class ScenarioInfo:
    key: str
    label: str
    carries: bool
    gap_cents_per_month: int
    final_balance_cents: int
    break_even_month: int | None


@dataclass(frozen=True)
class RequiredClients:
    line_id: str
    label: str
    clients: int
    required: int | None  # None: not reachable within 1000 clients


@dataclass(frozen=True)
class ModelResult:
    model: ModelRow
    revenue_lines: tuple[RevenueLineRow, ...]
    cost_lines: tuple[CostLineRow, ...]
    revenue_groups: tuple[str, ...]  # source (or label) per group, for the stacked chart
    revenue_by_group_per_year: tuple[tuple[int, ...], ...]  # [group][year]
    monthly: tuple[PeriodRow, ...]
    yearly: tuple[PeriodRow, ...]
    break_even_month: int | None
    verdict: VerdictInfo
    scenarios: tuple[ScenarioInfo, ...]
    required_uptake_pct: int | None
    required_clients: tuple[RequiredClients, ...]

    @property
    def final_balance_cents(self) -> int:
        return self.monthly[-1].balance if self.monthly else 0


def verdict_text(v: FinancingVerdict) -> str:
    head = "Trägt sich nach Förderende" if v.funding_end_month is not None else "Trägt sich (ohne befristete Förderung)"
    if v.carries_itself_after_funding:
        return f"{head}: JA"
    return f"{head}: NEIN – Lücke {format_eur(v.gap_cents_per_month)} pro Monat"


def _percent(part: int, whole: int) -> Decimal:
    if whole == 0:
        return Decimal(0)
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _period_rows(frame, n_revenue: int, n_cost: int) -> tuple[PeriodRow, ...]:  # type: ignore[no-untyped-def]
    rows = []
    for number, rec in frame.iterrows():
        revenue, temporary, public = int(rec[fin.REVENUE_TOTAL]), int(rec[fin.TEMPORARY_REVENUE]), int(
            rec[fin.PUBLIC_REVENUE])
        rows.append(PeriodRow(
            number=int(number),
            revenue_by_line=tuple(int(rec[fin.revenue_column(i)]) for i in range(n_revenue)),
            cost_by_line=tuple(int(rec[fin.cost_column(i)]) for i in range(n_cost)),
            revenue_total=revenue, cost_total=int(rec[fin.COST_TOTAL]), net=int(rec[fin.NET]),
            balance=int(rec[fin.BALANCE]), temporary_revenue=temporary, public_revenue=public,
            temporary_pct=_percent(temporary, revenue), public_pct=_percent(public, revenue),
        ))
    return tuple(rows)


def result_from_spec(model: ModelRow, revenue: Sequence[RevenueLineRow], cost: Sequence[CostLineRow],
                     spec: ModelSpec) -> ModelResult:
    frame = fin.cash_flow(spec)
    per_year = fin.yearly(frame)
    monthly = _period_rows(frame, len(revenue), len(cost))
    yearly_rows = _period_rows(per_year, len(revenue), len(cost))
    groups: list[str] = []
    for line in revenue:
        name = line.source_name or line.label
        if name not in groups:
            groups.append(name)
    by_group = tuple(
        tuple(sum(y.revenue_by_line[i] for i, line in enumerate(revenue) if (line.source_name or line.label) == g)
              for y in yearly_rows)
        for g in groups
    )
    v = verdict(spec)
    scenarios = tuple(
        ScenarioInfo(sc.key, sc.label, sc.verdict.carries_itself_after_funding, sc.verdict.gap_cents_per_month,
                     sc.final_balance_cents, sc.break_even_month)
        for sc in sensitivity(spec)
    )
    required = tuple(
        RequiredClients(line.id, line.label, line.clients, required_clients_to_carry(spec, i))
        for i, line in enumerate(revenue) if line.unit == "per_client_month" and line.valued
    )
    return ModelResult(
        model=model, revenue_lines=tuple(revenue), cost_lines=tuple(cost), revenue_groups=tuple(groups),
        revenue_by_group_per_year=by_group, monthly=monthly, yearly=yearly_rows,
        break_even_month=fin.break_even_month(frame),
        verdict=VerdictInfo(v.carries_itself_after_funding, v.gap_cents_per_month, v.funding_end_month,
                            v.assessed_from_month, v.assessed_to_month, verdict_text(v)),
        scenarios=scenarios, required_uptake_pct=required_uptake_to_carry(spec), required_clients=required,
    )


def compute(ws: WorkspaceFile, model_id: str) -> ModelResult:
    with ws.session() as s:
        m = live(s, FinancingModel, model_id, "Dieses Finanzierungsmodell")
        model = model_row_in(s, m)
        revenue, cost = revenue_rows_in(s, model_id), cost_rows_in(s, model_id)
        catalogue = source_specs(s)
    spec = spec_from_rows(model.title, model.horizon_months, revenue, cost, catalogue)
    return result_from_spec(model, revenue, cost, spec)


@dataclass(frozen=True)
class ModelComparison:
    model_id: str
    title: str
    horizon_months: int
    revenue_total_cents: int
    cost_total_cents: int
    final_balance_cents: int
    break_even_month: int | None
    funding_end_month: int | None
    carries: bool
    gap_cents_per_month: int
    temporary_revenue_cents: int
    verdict_text: str


def compare_models(ws: WorkspaceFile, model_ids: Sequence[str]) -> list[ModelComparison]:
    """The chosen models side by side, in the order given (figures from the domain's ``compare``)."""
    specs = []
    with ws.session() as s:
        catalogue = source_specs(s)
        for model_id in model_ids:
            m = live(s, FinancingModel, model_id, "Dieses Finanzierungsmodell")
            specs.append(spec_from_rows(m.title, m.horizon_months, revenue_rows_in(s, model_id),
                                        cost_rows_in(s, model_id), catalogue))
    table = compare(specs)
    out = []
    for model_id, spec, row in zip(model_ids, specs, table.to_dict("records"), strict=True):
        out.append(ModelComparison(
            model_id=model_id, title=str(row["title"]), horizon_months=int(row["horizon_months"]),
            revenue_total_cents=int(row["revenue_total"]), cost_total_cents=int(row["cost_total"]),
            final_balance_cents=int(row["final_balance"]), break_even_month=_optional_int(row["break_even_month"]),
            funding_end_month=_optional_int(row["funding_end_month"]),
            carries=bool(row["carries_itself_after_funding"]), gap_cents_per_month=int(row["gap_cents_per_month"]),
            temporary_revenue_cents=int(row["temporary_revenue"]), verdict_text=verdict_text(verdict(spec)),
        ))
    return out


def _optional_int(value: object) -> int | None:
    """pandas turns a missing month into NaN (a float that is not equal to itself)."""
    if value is None or value != value:
        return None
    return int(value)  # type: ignore[call-overload]


def export_model_xlsx(ws: WorkspaceFile, model_id: str, path: str | os.PathLike[str]) -> Path:
    """Write the model's workbook (Annahmen, Monatlich, Jährlich, Ergebnis) atomically to ``path``."""
    from app.reports.financing_xlsx import write_model_workbook
    from app.store.disk_errors import DiskError, user_message

    try:
        return write_model_workbook(compute(ws, model_id), path)
    except (OSError, DiskError) as exc:
        raise OperationRefused(f"Die Excel-Datei kann nicht geschrieben werden. {user_message(exc)}") from exc
