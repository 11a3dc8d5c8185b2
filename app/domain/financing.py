"""Monthly cash flow of a financing model, in exact integer cents.

Rules of the arithmetic (they decide what the workbench shows, so they are fixed here, not in the UI):

* Months are counted 1-based over the horizon. A line is active from ``start_month`` to ``end_month``
  inclusive; ``end_month=None`` means "until the end of the horizon". An end before the start makes the line
  inactive (that is what "the grant ends a year early" may do to a short grant).
* ``per_month``: the amount in every active month.
* ``per_year``: the yearly amount is spread over the 12 months of each year *of the line* (counted from its
  start month), ``amount // 12`` per month, and the remainder cents go one each to the first months of that
  year. Twelve active months therefore sum to exactly the yearly amount. A line that stops mid-year gets only
  the months it is active.
* ``per_client_month``: ``amount × clients``, where the clients actually served are
  ``clients × uptake_pct / 100`` rounded half up to whole people: a §45b invoice is per person, nobody is
  billed as 0.4 of a client.
* ``one_off``: the whole amount in the start month (nothing if that month lies outside the horizon).
* A revenue line with ``valued=False`` (time credits kept unvalued) is shown but counts 0 cents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd

REVENUE_UNITS = ("per_month", "per_year", "per_client_month", "one_off")
COST_UNITS = ("per_month", "per_year", "one_off")
CERTAINTIES = ("sicher", "wahrscheinlich", "offen")

# Column names of the cash-flow frame (English keys; the UI puts German headers on them).
REVENUE_TOTAL = "revenue_total"
COST_TOTAL = "cost_total"
NET = "net"
BALANCE = "balance"
TEMPORARY_REVENUE = "temporary_revenue"
PUBLIC_REVENUE = "public_revenue"
TEMPORARY_SHARE = "temporary_share"
PUBLIC_SHARE = "public_share"
MONEY_TOTALS = (REVENUE_TOTAL, COST_TOTAL, NET, TEMPORARY_REVENUE, PUBLIC_REVENUE)


def _as_percent(value: Decimal | int | float | str) -> Decimal:
    """Uptake as an exact Decimal; floats (as stored in the workspace) go through their shortest repr."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


@dataclass(frozen=True)
class RevenueLineSpec:
    label: str
    source_key: str
    amount_cents: int
    unit: str = "per_month"
    clients: int = 0
    uptake_pct: Decimal | int = 100
    start_month: int = 1
    end_month: int | None = None
    certainty: str = "sicher"
    temporary: bool = False
    public: bool = False
    valued: bool = True

    def __post_init__(self) -> None:
        if self.unit not in REVENUE_UNITS:
            raise ValueError(f"unknown revenue unit {self.unit!r}")
        if self.certainty not in CERTAINTIES:
            raise ValueError(f"unknown certainty {self.certainty!r}")
        if self.start_month < 1:
            raise ValueError("start_month is 1-based")
        if self.clients < 0 or _as_percent(self.uptake_pct) < 0:
            raise ValueError("clients and uptake must not be negative")
        object.__setattr__(self, "uptake_pct", _as_percent(self.uptake_pct))

    @property
    def effective_clients(self) -> int:
        """Whole clients served: clients × uptake, rounded half up."""
        exact = Decimal(self.clients) * self.uptake_pct / Decimal(100)
        return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class CostLineSpec:
    kind: str
    label: str
    amount_cents: int
    unit: str = "per_month"
    start_month: int = 1
    end_month: int | None = None

    def __post_init__(self) -> None:
        if self.unit not in COST_UNITS:
            raise ValueError(f"unknown cost unit {self.unit!r}")
        if self.start_month < 1:
            raise ValueError("start_month is 1-based")


@dataclass(frozen=True)
class ModelSpec:
    """A financing model: revenue and cost lines in one list, in the order the group entered them."""

    title: str
    horizon_months: int = 60
    lines: Sequence[RevenueLineSpec | CostLineSpec] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if self.horizon_months < 1:
            raise ValueError("the horizon needs at least one month")
        object.__setattr__(self, "lines", tuple(self.lines))

    @property
    def revenue_lines(self) -> tuple[RevenueLineSpec, ...]:
        return tuple(line for line in self.lines if isinstance(line, RevenueLineSpec))

    @property
    def cost_lines(self) -> tuple[CostLineSpec, ...]:
        return tuple(line for line in self.lines if isinstance(line, CostLineSpec))


def revenue_column(index: int) -> str:
    """Column of the ``index``-th revenue line (counted among revenue lines only)."""
    return f"rev_{index}"


def cost_column(index: int) -> str:
    return f"cost_{index}"


def line_labels(spec: ModelSpec) -> dict[str, str]:
    """Column key → the line's label, so tables can show what each ``rev_i``/``cost_i`` column holds."""
    labels = {revenue_column(i): line.label for i, line in enumerate(spec.revenue_lines)}
    labels.update({cost_column(i): line.label for i, line in enumerate(spec.cost_lines)})
    return labels


def _monthly_amounts(
    amount: int, unit: str, start: int, end: int | None, horizon: int, per_client: int = 1
) -> list[int]:
    """Cents in each month 1..horizon for one line (see the module docstring for the rules)."""
    months = [0] * horizon
    last = horizon if end is None else min(end, horizon)
    if unit == "one_off":
        if start <= horizon and (end is None or end >= start):
            months[start - 1] = amount
        return months
    if unit == "per_year":
        base, remainder = divmod(amount, 12)
        for month in range(start, last + 1):
            month_of_line_year = (month - start) % 12
            months[month - 1] = base + (1 if month_of_line_year < remainder else 0)
        return months
    monthly = amount * per_client if unit == "per_client_month" else amount
    for month in range(start, last + 1):
        months[month - 1] = monthly
    return months


def revenue_months(line: RevenueLineSpec, horizon: int) -> list[int]:
    if not line.valued:
        return [0] * horizon
    return _monthly_amounts(
        line.amount_cents, line.unit, line.start_month, line.end_month, horizon, line.effective_clients
    )


def cost_months(line: CostLineSpec, horizon: int) -> list[int]:
    return _monthly_amounts(line.amount_cents, line.unit, line.start_month, line.end_month, horizon)


def _share(part: pd.Series, whole: pd.Series) -> pd.Series:
    """Ratio for display only (never summed); 0 where there is no revenue."""
    ratio = part.astype("float64") / whole.where(whole != 0).astype("float64")
    return ratio.fillna(0.0)


def cash_flow(spec: ModelSpec) -> pd.DataFrame:
    """One row per month (index ``month``, 1-based): each line, totals, net, balance, shares.

    Money columns are int64 cents. ``temporary_share``/``public_share`` are float ratios of the month's
    revenue, meant for display.
    """
    horizon = spec.horizon_months
    index = pd.RangeIndex(1, horizon + 1, name="month")
    columns: dict[str, np.ndarray] = {}
    revenue_total = np.zeros(horizon, dtype=np.int64)
    temporary = np.zeros(horizon, dtype=np.int64)
    public = np.zeros(horizon, dtype=np.int64)
    for i, line in enumerate(spec.revenue_lines):
        values = np.array(revenue_months(line, horizon), dtype=np.int64)
        columns[revenue_column(i)] = values
        revenue_total += values
        if line.temporary:
            temporary += values
        if line.public:
            public += values
    cost_total = np.zeros(horizon, dtype=np.int64)
    for i, line in enumerate(spec.cost_lines):
        values = np.array(cost_months(line, horizon), dtype=np.int64)
        columns[cost_column(i)] = values
        cost_total += values
    net = revenue_total - cost_total
    frame = pd.DataFrame(columns, index=index)
    frame[REVENUE_TOTAL] = revenue_total
    frame[COST_TOTAL] = cost_total
    frame[NET] = net
    frame[BALANCE] = np.cumsum(net, dtype=np.int64)
    frame[TEMPORARY_REVENUE] = temporary
    frame[PUBLIC_REVENUE] = public
    frame[TEMPORARY_SHARE] = _share(frame[TEMPORARY_REVENUE], frame[REVENUE_TOTAL])
    frame[PUBLIC_SHARE] = _share(frame[PUBLIC_REVENUE], frame[REVENUE_TOTAL])
    return frame


def yearly(df: pd.DataFrame) -> pd.DataFrame:
    """Sums per year of the horizon (months 1–12 are year 1); ``balance`` is the balance at the year's end."""
    money = [c for c in df.columns if c not in (BALANCE, TEMPORARY_SHARE, PUBLIC_SHARE)]
    years = pd.Index((df.index.to_numpy() - 1) // 12 + 1, name="year")
    grouped = df.groupby(years)
    result = grouped[money].sum().astype(np.int64)
    result[BALANCE] = grouped[BALANCE].last().astype(np.int64)
    result[TEMPORARY_SHARE] = _share(result[TEMPORARY_REVENUE], result[REVENUE_TOTAL])
    result[PUBLIC_SHARE] = _share(result[PUBLIC_REVENUE], result[REVENUE_TOTAL])
    return result


def break_even_month(df: pd.DataFrame) -> int | None:
    """First month from which the cumulative balance never drops below zero again, or None."""
    balance = df[BALANCE].to_numpy()
    months = df.index.to_numpy()
    first_ok: int | None = None
    for month, value in zip(months[::-1], balance[::-1], strict=True):
        if value < 0:
            break
        first_ok = int(month)
    return first_ok


def share_temporary_by_year(df: pd.DataFrame) -> pd.DataFrame:
    """Per year: revenue, temporary and public revenue (cents) and their share in whole per cent (Decimal)."""
    per_year = yearly(df)[[REVENUE_TOTAL, TEMPORARY_REVENUE, PUBLIC_REVENUE]].copy()

    def percent(part: int, whole: int) -> Decimal:
        if whole == 0:
            return Decimal(0)
        return (Decimal(int(part)) * 100 / Decimal(int(whole))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    per_year["temporary_pct"] = [
        percent(p, w) for p, w in zip(per_year[TEMPORARY_REVENUE], per_year[REVENUE_TOTAL], strict=True)
    ]
    per_year["public_pct"] = [
        percent(p, w) for p, w in zip(per_year[PUBLIC_REVENUE], per_year[REVENUE_TOTAL], strict=True)
    ]
    return per_year
