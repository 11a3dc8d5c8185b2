"""Trend direction, meeting a target in either direction, and the month a version first reached it."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from app.domain.evaluation import (
    FALLING,
    STEADY,
    Point,
    first_reached_by_version,
    meets,
    month_number,
    trend,
    version_comparison_text,
)


def test_falling_values_improve_when_lower_is_better():
    points = [Point(date(2025, 1, 1), 10, "v"), Point(date(2025, 2, 1), 4, "v")]
    t = trend(points, higher_is_better=False)
    assert t.direction == FALLING and t.improving


def test_a_single_measurement_has_no_trend_yet():
    assert trend([Point(date(2025, 1, 1), 3, "v")], True).improving is None
    assert trend([], True).direction == STEADY


def test_month_number_counts_from_the_first_measurement_month():
    assert month_number(date(2025, 7, 20), date(2025, 12, 1)) == 6
    assert month_number(date(2025, 12, 1), date(2026, 1, 31)) == 2


def test_versions_without_measurements_say_so():
    reaches = first_reached_by_version([], 80, True, [("a", "v1")])
    assert version_comparison_text("Kostendeckung", "%", 80, True, reaches) == "v1: noch keine Messung."
    assert "kein Zielwert" in version_comparison_text("X", "", None, True, [])


@given(st.lists(st.tuples(st.dates(date(2020, 1, 1), date(2030, 1, 1)), st.floats(0, 200)), min_size=1))
def test_the_reported_day_is_the_earliest_measurement_meeting_the_target(measured):
    points = [Point(day, value, "v") for day, value in measured]
    [reach] = first_reached_by_version(points, 80.0, True, [("v", "v1")])
    hits = [day for day, value in measured if meets(value, 80.0, True)]
    assert reach.reached_day == (min(hits) if hits else None)
    assert reach.first_day == min(day for day, _ in measured)
