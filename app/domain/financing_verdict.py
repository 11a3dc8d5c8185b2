"""Does a financing model carry itself once the temporary money is gone?

That is the core question of every Quartier model: project grants end. The verdict looks at the months after
the last temporary revenue line ends. If the horizon stops before there are 12 such months, the model is
evaluated on a horizon extended to 12 months after the funding end (open-ended lines simply run on), so a
grant that lasts the whole horizon cannot hide the question.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

import pandas as pd

from .financing import (
    BALANCE,
    COST_TOTAL,
    NET,
    REVENUE_TOTAL,
    TEMPORARY_REVENUE,
    CostLineSpec,
    ModelSpec,
    RevenueLineSpec,
    break_even_month,
    cash_flow,
)
from .financing_sources import SourceSpec
from .translation_marker import QT_TRANSLATE_NOOP

_CTX = "Finanzierungsszenarien"
_MONTHS_ASSESSED_AFTER_FUNDING = 12


@dataclass(frozen=True)
class FinancingVerdict:
    carries_itself_after_funding: bool
    gap_cents_per_month: int  # average monthly shortfall in the assessed months, rounded up; 0 if none
    funding_end_month: int | None  # last month with temporary revenue; None if there is none
    assessed_from_month: int
    assessed_to_month: int


def _is_active(line: RevenueLineSpec | CostLineSpec, horizon: int) -> bool:
    end = horizon if line.end_month is None else line.end_month
    return line.start_month <= min(end, horizon)


def _with_line_changes(
    spec: ModelSpec, change: Callable[[RevenueLineSpec], RevenueLineSpec], **spec_changes: object
) -> ModelSpec:
    lines = tuple(change(line) if isinstance(line, RevenueLineSpec) else line for line in spec.lines)
    return dataclasses.replace(spec, lines=lines, **spec_changes)


def apply_max_years(spec: ModelSpec, sources: Mapping[str, SourceSpec]) -> ModelSpec:
    """Give open-ended temporary lines the end their source allows (e.g. 3 years for the NRW grant)."""

    def limit(line: RevenueLineSpec) -> RevenueLineSpec:
        source = sources.get(line.source_key)
        if line.end_month is not None or source is None or source.max_years <= 0:
            return line
        return dataclasses.replace(line, end_month=line.start_month + 12 * source.max_years - 1)

    return _with_line_changes(spec, limit)


def funding_end_month(spec: ModelSpec) -> int | None:
    """Last month of temporary revenue within the horizon (an open-ended temporary line ends with it)."""
    horizon = spec.horizon_months
    ends = [
        min(horizon if line.end_month is None else line.end_month, horizon)
        for line in spec.revenue_lines
        if line.temporary and _is_active(line, horizon)
    ]
    return max(ends) if ends else None


def verdict(spec: ModelSpec) -> FinancingVerdict:
    horizon = spec.horizon_months
    end = funding_end_month(spec)
    if end is None:
        frame = cash_flow(spec)
        first, last = 1, horizon
    else:
        last = max(horizon, end + _MONTHS_ASSESSED_AFTER_FUNDING)

        def close_temporary(line: RevenueLineSpec) -> RevenueLineSpec:
            if line.temporary and line.end_month is None:
                return dataclasses.replace(line, end_month=horizon)
            return line

        frame = cash_flow(_with_line_changes(spec, close_temporary, horizon_months=last))
        first = end + 1
    net = frame.loc[first:last, NET]
    shortfall = int((-net).clip(lower=0).sum())
    gap = -(-shortfall // len(net))  # ceiling: the gap is never understated by rounding
    return FinancingVerdict(
        carries_itself_after_funding=shortfall == 0,
        gap_cents_per_month=gap,
        funding_end_month=end,
        assessed_from_month=first,
        assessed_to_month=last,
    )


def _scale_uptake(factor: Decimal) -> Callable[[RevenueLineSpec], RevenueLineSpec]:
    def scale(line: RevenueLineSpec) -> RevenueLineSpec:
        if line.unit != "per_client_month":
            return line
        return dataclasses.replace(line, uptake_pct=Decimal(line.uptake_pct) * factor)

    return scale


def funding_ends_early(spec: ModelSpec, months: int = 12) -> ModelSpec:
    """Every temporary line ends ``months`` earlier (a line may vanish altogether)."""

    def shorten(line: RevenueLineSpec) -> RevenueLineSpec:
        if not line.temporary:
            return line
        end = spec.horizon_months if line.end_month is None else line.end_month
        return dataclasses.replace(line, end_month=end - months)

    return _with_line_changes(spec, shorten)


@dataclass(frozen=True)
class Scenario:
    key: str
    label: str
    spec: ModelSpec
    verdict: FinancingVerdict
    final_balance_cents: int
    break_even_month: int | None


def _scenario(key: str, label: str, spec: ModelSpec) -> Scenario:
    frame = cash_flow(spec)
    return Scenario(
        key=key,
        label=label,
        spec=spec,
        verdict=verdict(spec),
        final_balance_cents=int(frame[BALANCE].iloc[-1]),
        break_even_month=break_even_month(frame),
    )


def sensitivity(spec: ModelSpec) -> list[Scenario]:
    """The base case, uptake −20 % and +20 % (relative; may exceed 100 %), and funding ending a year early."""
    return [
        _scenario("base", QT_TRANSLATE_NOOP(_CTX, "Basis"), spec),
        _scenario(
            "uptake_minus_20",
            QT_TRANSLATE_NOOP(_CTX, "Inanspruchnahme −20 %"),
            _with_line_changes(spec, _scale_uptake(Decimal("0.8"))),
        ),
        _scenario(
            "uptake_plus_20",
            QT_TRANSLATE_NOOP(_CTX, "Inanspruchnahme +20 %"),
            _with_line_changes(spec, _scale_uptake(Decimal("1.2"))),
        ),
        _scenario(
            "funding_ends_year_early",
            QT_TRANSLATE_NOOP(_CTX, "Förderung endet ein Jahr früher"),
            funding_ends_early(spec, 12),
        ),
    ]


def compare(specs: Sequence[ModelSpec]) -> pd.DataFrame:
    """One row per model; ``.T`` puts the models side by side. Money in int cents."""
    rows = []
    for spec in specs:
        frame = cash_flow(spec)
        result = verdict(spec)
        revenue = int(frame[REVENUE_TOTAL].sum())
        temporary = int(frame[TEMPORARY_REVENUE].sum())
        rows.append(
            {
                "title": spec.title,
                "horizon_months": spec.horizon_months,
                "revenue_total": revenue,
                "cost_total": int(frame[COST_TOTAL].sum()),
                "final_balance": int(frame[BALANCE].iloc[-1]),
                "break_even_month": break_even_month(frame),
                "funding_end_month": result.funding_end_month,
                "carries_itself_after_funding": result.carries_itself_after_funding,
                "gap_cents_per_month": result.gap_cents_per_month,
                "temporary_revenue": temporary,
            }
        )
    return pd.DataFrame(rows)


def _smallest(carries: Callable[[int], bool], low: int, high: int) -> int | None:
    """Smallest n in [low, high] for which the monotone predicate holds, or None."""
    if not carries(high):
        return None
    while low < high:
        middle = (low + high) // 2
        if carries(middle):
            high = middle
        else:
            low = middle + 1
    return low


def required_uptake_to_carry(spec: ModelSpec, max_pct: int = 200) -> int | None:
    """Smallest whole uptake % (set on every per-client line) at which the model carries itself after funding.

    More uptake never lowers a month's net (amounts are not negative), so the search can bisect. None if even
    ``max_pct`` is not enough or the model has no per-client line to raise.
    """
    if not any(line.unit == "per_client_month" for line in spec.revenue_lines):
        return 0 if verdict(spec).carries_itself_after_funding else None

    def carries(pct: int) -> bool:
        def set_uptake(line: RevenueLineSpec) -> RevenueLineSpec:
            if line.unit != "per_client_month":
                return line
            return dataclasses.replace(line, uptake_pct=Decimal(pct))

        return verdict(_with_line_changes(spec, set_uptake)).carries_itself_after_funding

    return _smallest(carries, 0, max_pct)


def required_clients_to_carry(spec: ModelSpec, revenue_index: int, max_clients: int = 1000) -> int | None:
    """Smallest number of clients on the ``revenue_index``-th revenue line at which the model carries itself."""
    target = spec.revenue_lines[revenue_index]
    if target.unit != "per_client_month":
        raise ValueError("only a per-client line has clients to raise")

    def carries(clients: int) -> bool:
        lines: list[RevenueLineSpec | CostLineSpec] = []
        seen_revenue = -1
        for line in spec.lines:
            if isinstance(line, RevenueLineSpec):
                seen_revenue += 1
                if seen_revenue == revenue_index:
                    line = dataclasses.replace(line, clients=clients)
            lines.append(line)
        return verdict(dataclasses.replace(spec, lines=tuple(lines))).carries_itself_after_funding

    return _smallest(carries, 0, max_clients)
