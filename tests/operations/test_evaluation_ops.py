"""Criteria belong to the canvas lineage; measurements over time give a trend and a comparison of versions."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.evaluation import RISING
from app.operations import evaluation_ops as ev
from app.operations.errors import OperationRefused
from app.store.models import EventSession

from .financing_fixtures import add_canvas, new_workspace


@pytest.fixture
def ws(tmp_path):
    workspace = new_workspace(tmp_path)
    yield workspace
    workspace.close()


def test_v2_reached_cost_coverage_in_month_six_and_v1_never(ws):
    v1 = add_canvas(ws, version=1)
    v2 = add_canvas(ws, version=2, parent_id=v1)
    criterion = ev.add_criterion(ws, v1, "Kostendeckung", unit="%", target_value=80)
    assert [c.id for c in ev.list_criteria(ws, v2)] == [criterion.id]  # the lineage shares its criteria
    for day, value in ((date(2025, 1, 10), 50), (date(2025, 3, 10), 62), (date(2025, 6, 10), 71)):
        ev.add_measurement(ws, criterion.id, day, value, canvas_id=v1, source="Kassenbuch")
    for day, value in ((date(2025, 7, 1), 66), (date(2025, 10, 1), 78), (date(2025, 12, 15), 82.5),
                       (date(2026, 2, 1), 85)):
        ev.add_measurement(ws, criterion.id, day, value, canvas_id=v2, source="Kassenbuch")
    result = ev.evaluate_criterion(ws, criterion.id)
    assert [m.measured_on for m in result.measurements] == sorted(m.measured_on for m in result.measurements)
    assert result.trend.direction == RISING and result.trend.improving
    reach = {r.label: r for r in result.reaches}
    assert reach["v2"].reached_month == 6 and reach["v2"].reached_day == date(2025, 12, 15)
    assert reach["v1"].reached_day is None
    assert result.comparison_text == (
        "v1 erreichte »Kostendeckung ≥ 80 %« nie (3 Messungen); "
        "v2 erreichte »Kostendeckung ≥ 80 %« im Monat 6 (am 15.12.2025).")


def test_lower_is_better_criteria_fall_towards_their_target(ws):
    v1 = add_canvas(ws)
    waiting = ev.add_criterion(ws, v1, "Wartezeit", unit="Tage", target_value=3, higher_is_better=False)
    ev.add_measurement(ws, waiting.id, date(2025, 1, 1), 9)
    ev.add_measurement(ws, waiting.id, date(2025, 4, 1), 2.5)
    result = ev.evaluate_criterion(ws, waiting.id)
    assert result.trend.improving and result.reaches[0].reached_month == 4


def test_measurement_of_a_foreign_canvas_or_without_date_is_refused(ws):
    v1 = add_canvas(ws)
    other = add_canvas(ws, "Anderes Modell")
    criterion = ev.add_criterion(ws, v1, "Haushalte erreicht", unit="Haushalte", target_value=40)
    with pytest.raises(OperationRefused, match="gehört nicht"):
        ev.add_measurement(ws, criterion.id, date(2025, 1, 1), 10, canvas_id=other)
    with pytest.raises(OperationRefused, match="Datum"):
        ev.add_measurement(ws, criterion.id, None, 10)  # type: ignore[arg-type]
    assert ev.list_measurements(ws, criterion.id) == []


def test_measurement_records_its_evaluation_meeting_and_removal_is_a_tombstone(ws):
    v1 = add_canvas(ws)
    with ws.session() as s:
        meeting = EventSession(title="Evaluationstreffen Herbst", kind="Evaluationstreffen", date=date(2025, 10, 1))
        s.add(meeting)
        s.flush()
        meeting_id = meeting.id
    assert [m.title for m in ev.list_evaluation_sessions(ws)] == ["Evaluationstreffen Herbst"]
    criterion = ev.add_criterion(ws, v1, "Zufriedenheit", unit="(1–5)", target_value=4)
    row = ev.add_measurement(ws, criterion.id, date(2025, 10, 1), 4.2, source="Fragebogen", session_id=meeting_id)
    assert (row.session_title, row.version_label, row.source) == ("Evaluationstreffen Herbst", "v1", "Fragebogen")
    ev.remove_measurement(ws, row.id)
    assert ev.list_measurements(ws, criterion.id) == []
    ev.remove_criterion(ws, criterion.id)
    assert ev.list_criteria(ws, v1) == []
