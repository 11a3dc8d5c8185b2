"""Evaluation in everyday use: criteria of a canvas lineage, measurements over time, trends, version comparison.

Criteria belong to the canvas lineage (all versions derived from one another), so v1 and v2 are measured against
the same yardstick; each measurement records the version it measured and, optionally, the Evaluationstreffen
where it was taken.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.evaluation import (
    Point,
    Trend,
    VersionReach,
    first_reached_by_version,
    trend,
    version_comparison_text,
)
from app.store.models import Canvas, EvaluationCriterion, EventSession, FinancingModel, Measurement

from .errors import OperationRefused
from .financing_rows import apply_changes, live

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

EVALUATION_SESSION_KIND = "Evaluationstreffen"


@dataclass(frozen=True)
class VersionRow:
    id: str
    title: str
    version: int

    @property
    def label(self) -> str:
        return f"v{self.version}"


@dataclass(frozen=True)
class CriterionRow:
    id: str
    canvas_id: str
    name: str
    unit: str
    target_value: float | None
    higher_is_better: bool
    position: int


@dataclass(frozen=True)
class MeasurementRow:
    id: str
    criterion_id: str
    canvas_id: str
    version_label: str
    measured_on: date | None
    value: float
    source: str
    session_id: str | None
    session_title: str
    note: str


@dataclass(frozen=True)
class SessionChoice:
    id: str
    title: str
    day: date | None


@dataclass(frozen=True)
class CriterionEvaluation:
    criterion: CriterionRow
    measurements: tuple[MeasurementRow, ...]  # oldest first
    trend: Trend
    reaches: tuple[VersionReach, ...]
    comparison_text: str


def _lineage(s: Session, canvas_id: str) -> list[Canvas]:
    """All versions of the canvas: up to the root through ``parent_id``, then every descendant."""
    root = live(s, Canvas, canvas_id, "Dieser Canvas")
    seen = {root.id}
    while root.parent_id and root.parent_id not in seen:
        parent = s.get(Canvas, root.parent_id)
        if parent is None:
            break
        root = parent
        seen.add(root.id)
    family, frontier = {root.id: root}, [root.id]
    while frontier:
        children = s.scalars(select(Canvas).where(Canvas.parent_id.in_(frontier))).all()
        frontier = [c.id for c in children if c.id not in family]
        family.update({c.id: c for c in children})
    return sorted((c for c in family.values() if not c.deleted), key=lambda c: (c.version, c.hlc))


def _canvas_of_model(s: Session, model_id: str) -> str:
    m = live(s, FinancingModel, model_id, "Dieses Finanzierungsmodell")
    if not m.canvas_id:
        raise OperationRefused("Das Finanzierungsmodell ist mit keinem Canvas verknüpft; "
                               "Kriterien gehören zu einem Canvas.")
    return m.canvas_id


def model_canvas(ws: WorkspaceFile, model_id: str) -> str:
    with ws.session() as s:
        return _canvas_of_model(s, model_id)


def list_versions(ws: WorkspaceFile, canvas_id: str) -> list[VersionRow]:
    with ws.session() as s:
        return [VersionRow(c.id, c.title, c.version) for c in _lineage(s, canvas_id)]


def _criterion_row(c: EvaluationCriterion) -> CriterionRow:
    return CriterionRow(c.id, c.canvas_id, c.name, c.unit, c.target_value, c.higher_is_better, c.position)


def list_criteria(ws: WorkspaceFile, canvas_id: str) -> list[CriterionRow]:
    with ws.session() as s:
        ids = [c.id for c in _lineage(s, canvas_id)]
        rows = s.scalars(select(EvaluationCriterion).where(EvaluationCriterion.canvas_id.in_(ids),
                                                           EvaluationCriterion.deleted.is_(False))
                         .order_by(EvaluationCriterion.position, EvaluationCriterion.name))
        return [_criterion_row(c) for c in rows]


def _check_criterion(c: EvaluationCriterion) -> None:
    if not c.name.strip():
        raise OperationRefused("Das Kriterium braucht einen Namen.")


def add_criterion(ws: WorkspaceFile, canvas_id: str, name: str, *, unit: str = "",
                  target_value: float | None = None, higher_is_better: bool = True) -> CriterionRow:
    with ws.session() as s:
        live(s, Canvas, canvas_id, "Dieser Canvas")
        top = s.scalar(select(func.max(EvaluationCriterion.position))
                       .where(EvaluationCriterion.canvas_id == canvas_id))
        c = EvaluationCriterion(canvas_id=canvas_id, name=name.strip(), unit=unit.strip(),
                                target_value=target_value, higher_is_better=higher_is_better,
                                position=0 if top is None else top + 1)
        _check_criterion(c)
        s.add(c)
        s.flush()
        return _criterion_row(c)


def edit_criterion(ws: WorkspaceFile, criterion_id: str, **changes: Any) -> CriterionRow:
    with ws.session() as s:
        c = live(s, EvaluationCriterion, criterion_id, "Dieses Kriterium")
        apply_changes(c, changes, frozenset({"name", "unit", "target_value", "higher_is_better"}))
        _check_criterion(c)
        return _criterion_row(c)


def remove_criterion(ws: WorkspaceFile, criterion_id: str) -> None:
    """Tombstone the criterion and its measurements."""
    with ws.session() as s:
        live(s, EvaluationCriterion, criterion_id, "Dieses Kriterium").deleted = True
        for m in s.scalars(select(Measurement).where(Measurement.criterion_id == criterion_id,
                                                     Measurement.deleted.is_(False))):
            m.deleted = True


def list_evaluation_sessions(ws: WorkspaceFile) -> list[SessionChoice]:
    with ws.session() as s:
        rows = s.scalars(select(EventSession).where(EventSession.kind == EVALUATION_SESSION_KIND,
                                                    EventSession.deleted.is_(False)).order_by(EventSession.date))
        return [SessionChoice(e.id, e.title, e.date) for e in rows]


def _measurement_rows(s: Session, criterion_id: str) -> list[MeasurementRow]:
    rows = s.execute(select(Measurement, Canvas, EventSession)
                     .join(Canvas, Measurement.canvas_id == Canvas.id)
                     .outerjoin(EventSession, Measurement.session_id == EventSession.id)
                     .where(Measurement.criterion_id == criterion_id, Measurement.deleted.is_(False))
                     .order_by(Measurement.measured_on, Measurement.hlc)).all()
    return [MeasurementRow(m.id, m.criterion_id, m.canvas_id, f"v{c.version}", m.measured_on, m.value, m.source,
                           m.session_id, e.title if e else "", m.note) for m, c, e in rows]


def list_measurements(ws: WorkspaceFile, criterion_id: str) -> list[MeasurementRow]:
    with ws.session() as s:
        return _measurement_rows(s, criterion_id)


def _check_measurement(s: Session, m: Measurement, criterion: EvaluationCriterion) -> None:
    if m.measured_on is None:
        raise OperationRefused("Die Messung braucht ein Datum.")
    if m.canvas_id not in {c.id for c in _lineage(s, criterion.canvas_id)}:
        raise OperationRefused("Die gemessene Canvas-Version gehört nicht zu diesem Modell.")
    if m.session_id:
        live(s, EventSession, m.session_id, "Dieses Treffen")


def add_measurement(ws: WorkspaceFile, criterion_id: str, measured_on: date, value: float, *,
                    canvas_id: str | None = None, source: str = "", session_id: str | None = None,
                    note: str = "") -> MeasurementRow:
    """Record a value; without a version the criterion's own canvas version counts as measured."""
    with ws.session() as s:
        criterion = live(s, EvaluationCriterion, criterion_id, "Dieses Kriterium")
        m = Measurement(criterion_id=criterion_id, canvas_id=canvas_id or criterion.canvas_id,
                        measured_on=measured_on, value=float(value), source=source.strip(), session_id=session_id,
                        note=note)
        _check_measurement(s, m, criterion)
        s.add(m)
        s.flush()
        return next(r for r in _measurement_rows(s, criterion_id) if r.id == m.id)


def edit_measurement(ws: WorkspaceFile, measurement_id: str, **changes: Any) -> MeasurementRow:
    with ws.session() as s:
        m = live(s, Measurement, measurement_id, "Diese Messung")
        apply_changes(m, changes, frozenset({"measured_on", "value", "source", "canvas_id", "session_id", "note"}))
        _check_measurement(s, m, live(s, EvaluationCriterion, m.criterion_id, "Dieses Kriterium"))
        s.flush()
        return next(r for r in _measurement_rows(s, m.criterion_id) if r.id == m.id)


def remove_measurement(ws: WorkspaceFile, measurement_id: str) -> None:
    with ws.session() as s:
        live(s, Measurement, measurement_id, "Diese Messung").deleted = True


def evaluate_criterion(ws: WorkspaceFile, criterion_id: str) -> CriterionEvaluation:
    """Trend over all measurements and, per canvas version, when the target was first met."""
    with ws.session() as s:
        c = live(s, EvaluationCriterion, criterion_id, "Dieses Kriterium")
        criterion = _criterion_row(c)
        versions = [(v.id, f"v{v.version}") for v in _lineage(s, c.canvas_id)]
        measurements = _measurement_rows(s, criterion_id)
    points = [Point(m.measured_on, m.value, m.canvas_id) for m in measurements if m.measured_on]
    reaches = (first_reached_by_version(points, criterion.target_value, criterion.higher_is_better, versions)
               if criterion.target_value is not None else [])
    return CriterionEvaluation(
        criterion=criterion, measurements=tuple(measurements),
        trend=trend(points, criterion.higher_is_better), reaches=tuple(reaches),
        comparison_text=version_comparison_text(criterion.name, criterion.unit, criterion.target_value,
                                                criterion.higher_is_better, reaches),
    )
