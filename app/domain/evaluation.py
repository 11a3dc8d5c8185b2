"""Evaluation in everyday use: is a criterion moving the right way, and which canvas version reached its target?

Measurements are taken over months while a model runs. A criterion (households reached, satisfaction 1–5,
cost coverage %, volunteer hours) has a target and a direction. Comparing versions answers the question the
group actually asks: "v2 reached 80 % cost coverage in month 6, v1 never".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .formatting import format_date_de, format_number_de
from .translation_marker import QT_TRANSLATE_NOOP

_CTX = "Evaluation"

RISING = "steigend"
FALLING = "fallend"
STEADY = "gleichbleibend"


@dataclass(frozen=True)
class Point:
    day: date
    value: float
    version_id: str


@dataclass(frozen=True)
class Trend:
    direction: str  # steigend | fallend | gleichbleibend
    improving: bool | None  # None when there is nothing to compare
    first_value: float | None
    last_value: float | None
    count: int


@dataclass(frozen=True)
class VersionReach:
    version_id: str
    label: str
    first_day: date | None  # first measurement of this version
    reached_day: date | None  # first day the target was met
    reached_month: int | None  # counted from the month of the version's first measurement (1-based)
    count: int


def ordered(points: Sequence[Point]) -> list[Point]:
    return sorted(points, key=lambda p: p.day)


def meets(value: float, target: float, higher_is_better: bool) -> bool:
    return value >= target if higher_is_better else value <= target


def trend(points: Sequence[Point], higher_is_better: bool) -> Trend:
    """Direction from the first to the last measurement; a change under 0.5 % of the scale counts as steady."""
    series = ordered(points)
    if not series:
        return Trend(STEADY, None, None, None, 0)
    first, last = series[0].value, series[-1].value
    scale = max(abs(first), abs(last), 1.0)
    change = last - first
    if len(series) < 2 or abs(change) < 0.005 * scale:
        return Trend(STEADY, None if len(series) < 2 else False, first, last, len(series))
    direction = RISING if change > 0 else FALLING
    return Trend(direction, (change > 0) == higher_is_better, first, last, len(series))


def month_number(start: date, day: date) -> int:
    return (day.year - start.year) * 12 + day.month - start.month + 1


def first_reached_by_version(
    points: Sequence[Point], target: float, higher_is_better: bool, versions: Sequence[tuple[str, str]]
) -> list[VersionReach]:
    """For each version (id, label), in the order given: when was the target first met?"""
    result = []
    for version_id, label in versions:
        mine = ordered([p for p in points if p.version_id == version_id])
        first_day = mine[0].day if mine else None
        hit = next((p for p in mine if meets(p.value, target, higher_is_better)), None)
        result.append(
            VersionReach(
                version_id=version_id,
                label=label,
                first_day=first_day,
                reached_day=hit.day if hit else None,
                reached_month=month_number(first_day, hit.day) if hit and first_day else None,
                count=len(mine),
            )
        )
    return result


def target_text(name: str, unit: str, target: float, higher_is_better: bool) -> str:
    sign = "≥" if higher_is_better else "≤"
    value = format_number_de(target)
    return f"{name} {sign} {value} {unit}".strip()


def version_comparison_text(
    name: str, unit: str, target: float | None, higher_is_better: bool, reaches: Sequence[VersionReach]
) -> str:
    """One German sentence per version, e.g. "v2 erreichte »Kostendeckung ≥ 80 %« im Monat 6 (am …)"."""
    if target is None:
        return QT_TRANSLATE_NOOP(_CTX, "Für dieses Kriterium ist kein Zielwert festgelegt.")
    goal = target_text(name, unit, target, higher_is_better)
    parts = []
    for reach in reaches:
        if reach.count == 0:
            parts.append(QT_TRANSLATE_NOOP(_CTX, "{label}: noch keine Messung").format(label=reach.label))
        elif reach.reached_day is None:
            parts.append(
                QT_TRANSLATE_NOOP(_CTX, "{label} erreichte »{goal}« nie ({count} Messungen)").format(
                    label=reach.label, goal=goal, count=reach.count
                )
            )
        else:
            parts.append(
                QT_TRANSLATE_NOOP(_CTX, "{label} erreichte »{goal}« im Monat {month} (am {day})").format(
                    label=reach.label, goal=goal, month=reach.reached_month, day=format_date_de(reach.reached_day)
                )
            )
    return "; ".join(parts) + "." if parts else QT_TRANSLATE_NOOP(_CTX, "Noch keine Messungen.")
