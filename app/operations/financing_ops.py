"""User actions on financing models: models linked to a canvas, revenue and cost lines, the source catalogue.

One function per action, one session per call; rows go out as frozen dataclasses. Deleting is a tombstone.
Every refusal is a German :class:`OperationRefused` the page can show as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.financing import (
    CERTAINTIES,
    COST_UNITS,
    REVENUE_UNITS,
    CostLineSpec,
    ModelSpec,
    RevenueLineSpec,
)
from app.domain.financing_sources import SourceSpec
from app.domain.financing_verdict import apply_max_years
from app.store.models import Canvas, CanvasTemplate, CostLine, FinancingModel, FinancingSource, RevenueLine
from app.store.models.financing import COST_KINDS

from .errors import OperationRefused
from .financing_catalogue_ops import source_specs
from .financing_rows import apply_changes, check_amount, live

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

FINANCING_TEMPLATE_KEY = "finanzierungsmodell"
MAX_HORIZON_MONTHS = 240
COST_KIND_NAMES: tuple[str, ...] = tuple(COST_KINDS)  # for the UI, which does not import the store models


@dataclass(frozen=True)
class CanvasChoice:
    id: str
    title: str
    version: int
    template_key: str
    template_name: str


@dataclass(frozen=True)
class ModelRow:
    id: str
    title: str
    canvas_id: str | None
    canvas_title: str
    canvas_version: int | None
    start_date: date | None
    horizon_months: int
    notes: str


@dataclass(frozen=True)
class RevenueLineRow:
    id: str
    model_id: str
    source_id: str | None
    source_key: str
    source_name: str
    label: str
    amount_cents: int
    unit: str
    clients: int
    uptake_pct: float
    start_month: int
    end_month: int | None
    certainty: str
    temporary: bool
    public: bool
    valued: bool
    position: int


@dataclass(frozen=True)
class CostLineRow:
    id: str
    model_id: str
    kind: str
    label: str
    amount_cents: int
    unit: str
    start_month: int
    end_month: int | None
    position: int


# ----------------------------------------------------------------------------------------------- helpers
def _revenue_row(r: RevenueLine, source: FinancingSource | None) -> RevenueLineRow:
    return RevenueLineRow(
        id=r.id, model_id=r.model_id, source_id=r.source_id,
        source_key=source.key if source else "", source_name=source.name if source else "",
        label=r.label, amount_cents=r.amount_cents, unit=r.unit, clients=r.clients, uptake_pct=r.uptake_pct,
        start_month=r.start_month, end_month=r.end_month, certainty=r.certainty, temporary=r.temporary,
        public=r.public, valued=r.valued, position=r.position,
    )


def _cost_row(r: CostLine) -> CostLineRow:
    return CostLineRow(r.id, r.model_id, r.kind, r.label, r.amount_cents, r.unit, r.start_month, r.end_month,
                       r.position)


def _check_months(start: int, end: int | None) -> None:
    if start < 1:
        raise OperationRefused("Der Startmonat zählt ab 1 (erster Monat des Modells).")
    if end is not None and end < start:
        raise OperationRefused("Der Endmonat liegt vor dem Startmonat.")


def _check_revenue(row: RevenueLine) -> None:
    check_amount(row.amount_cents)
    if row.unit not in REVENUE_UNITS:
        raise OperationRefused(f"Unbekannte Einheit »{row.unit}«.")
    if row.certainty not in CERTAINTIES:
        raise OperationRefused(f"Unbekannte Sicherheit »{row.certainty}« (sicher, wahrscheinlich, offen).")
    if row.clients < 0:
        raise OperationRefused("Die Zahl der Nutzenden darf nicht negativ sein.")
    if not 0 <= row.uptake_pct <= 1000:
        raise OperationRefused("Die Inanspruchnahme liegt zwischen 0 und 1000 %.")
    _check_months(row.start_month, row.end_month)


def _check_cost(row: CostLine) -> None:
    check_amount(row.amount_cents)
    if row.unit not in COST_UNITS:
        raise OperationRefused(f"Kosten gibt es pro Monat, pro Jahr oder einmalig, nicht »{row.unit}«.")
    if row.kind not in COST_KINDS:
        raise OperationRefused(f"Unbekannte Kostenart »{row.kind}«.")
    _check_months(row.start_month, row.end_month)


def _next_position(s: Session, model: Any, model_id: str) -> int:
    top = s.scalar(select(func.max(model.position)).where(model.model_id == model_id, model.deleted.is_(False)))
    return 0 if top is None else top + 1


# ----------------------------------------------------------------------------------------------- models
def list_link_canvases(ws: WorkspaceFile) -> list[CanvasChoice]:
    """Canvases a model can be linked to; Finanzierungsmodell canvases first, then by title and version."""
    with ws.session() as s:
        rows = s.execute(select(Canvas, CanvasTemplate).join(CanvasTemplate, Canvas.template_id == CanvasTemplate.id)
                         .where(Canvas.deleted.is_(False))).all()
        choices = [CanvasChoice(c.id, c.title, c.version, t.key, t.name) for c, t in rows]
    return sorted(choices, key=lambda c: (c.template_key != FINANCING_TEMPLATE_KEY, c.title.casefold(), c.version))


def model_row_in(s: Session, m: FinancingModel) -> ModelRow:
    canvas = s.get(Canvas, m.canvas_id) if m.canvas_id else None
    return ModelRow(m.id, m.title, m.canvas_id, canvas.title if canvas else "",
                    canvas.version if canvas else None, m.start_date, m.horizon_months, m.notes)


def list_models(ws: WorkspaceFile) -> list[ModelRow]:
    with ws.session() as s:
        rows = s.scalars(select(FinancingModel).where(FinancingModel.deleted.is_(False))
                         .order_by(FinancingModel.title))
        return [model_row_in(s, m) for m in rows]


def get_model(ws: WorkspaceFile, model_id: str) -> ModelRow:
    with ws.session() as s:
        return model_row_in(s, live(s, FinancingModel, model_id, "Dieses Finanzierungsmodell"))


def _check_model(s: Session, m: FinancingModel) -> None:
    if not m.title.strip():
        raise OperationRefused("Das Finanzierungsmodell braucht einen Titel.")
    if not 1 <= m.horizon_months <= MAX_HORIZON_MONTHS:
        raise OperationRefused(f"Der Zeitraum liegt zwischen 1 und {MAX_HORIZON_MONTHS} Monaten.")
    if m.canvas_id is not None:
        live(s, Canvas, m.canvas_id, "Dieser Canvas")


def create_model(ws: WorkspaceFile, title: str, *, canvas_id: str | None = None, horizon_months: int = 60,
                 start_date: date | None = None, notes: str = "") -> ModelRow:
    with ws.session() as s:
        m = FinancingModel(title=title.strip(), canvas_id=canvas_id, horizon_months=horizon_months,
                           start_date=start_date, notes=notes)
        _check_model(s, m)
        s.add(m)
        s.flush()
        return model_row_in(s, m)


def rename_model(ws: WorkspaceFile, model_id: str, title: str) -> ModelRow:
    return update_model(ws, model_id, title=title.strip())


def update_model(ws: WorkspaceFile, model_id: str, **changes: Any) -> ModelRow:
    """Change title, linked canvas, start date, horizon or notes."""
    with ws.session() as s:
        m = live(s, FinancingModel, model_id, "Dieses Finanzierungsmodell")
        apply_changes(m, changes, frozenset({"title", "canvas_id", "start_date", "horizon_months", "notes"}))
        _check_model(s, m)
        return model_row_in(s, m)


def delete_model(ws: WorkspaceFile, model_id: str) -> None:
    """Tombstone the model and its lines (so a merge removes them on the other laptop as well)."""
    with ws.session() as s:
        m = live(s, FinancingModel, model_id, "Dieses Finanzierungsmodell")
        m.deleted = True
        for line_model in (RevenueLine, CostLine):
            for line in s.scalars(select(line_model).where(line_model.model_id == model_id,
                                                           line_model.deleted.is_(False))):
                line.deleted = True


# ----------------------------------------------------------------------------------------------- lines
def list_revenue_lines(ws: WorkspaceFile, model_id: str) -> list[RevenueLineRow]:
    with ws.session() as s:
        return revenue_rows_in(s, model_id)


def revenue_rows_in(s: Session, model_id: str) -> list[RevenueLineRow]:
    rows = s.execute(select(RevenueLine, FinancingSource)
                     .outerjoin(FinancingSource, RevenueLine.source_id == FinancingSource.id)
                     .where(RevenueLine.model_id == model_id, RevenueLine.deleted.is_(False))
                     .order_by(RevenueLine.position, RevenueLine.hlc)).all()
    return [_revenue_row(r, src) for r, src in rows]


def list_cost_lines(ws: WorkspaceFile, model_id: str) -> list[CostLineRow]:
    with ws.session() as s:
        return cost_rows_in(s, model_id)


def cost_rows_in(s: Session, model_id: str) -> list[CostLineRow]:
    rows = s.scalars(select(CostLine).where(CostLine.model_id == model_id, CostLine.deleted.is_(False))
                     .order_by(CostLine.position, CostLine.hlc))
    return [_cost_row(r) for r in rows]


_REVENUE_FIELDS = frozenset({"source_id", "label", "amount_cents", "unit", "clients", "uptake_pct", "start_month",
                             "end_month", "certainty", "temporary", "public", "valued"})


def add_revenue_line(ws: WorkspaceFile, model_id: str, source_id: str | None = None, **fields: Any) -> RevenueLineRow:
    """A new revenue line; a catalogue source fills in its name, default amount, unit and flags."""
    with ws.session() as s:
        live(s, FinancingModel, model_id, "Dieses Finanzierungsmodell")
        source = live(s, FinancingSource, source_id, "Diese Finanzierungsquelle") if source_id else None
        row = RevenueLine(model_id=model_id, source_id=source_id, label=source.name if source else "",
                          amount_cents=source.default_amount_cents if source else 0,
                          unit=source.default_unit if source else "per_month", clients=0, uptake_pct=100.0,
                          start_month=1, end_month=None, certainty="sicher",
                          temporary=source.temporary if source else False,
                          public=source.public if source else False, valued=True,
                          position=_next_position(s, RevenueLine, model_id))
        apply_changes(row, fields, _REVENUE_FIELDS - {"source_id"})
        if not row.label.strip():
            raise OperationRefused("Die Einnahmezeile braucht eine Bezeichnung oder eine Quelle.")
        _check_revenue(row)
        s.add(row)
        s.flush()
        return _revenue_row(row, source)


def edit_revenue_line(ws: WorkspaceFile, line_id: str, **changes: Any) -> RevenueLineRow:
    with ws.session() as s:
        row = live(s, RevenueLine, line_id, "Diese Einnahmezeile")
        if changes.get("source_id"):
            live(s, FinancingSource, changes["source_id"], "Diese Finanzierungsquelle")
        if "uptake_pct" in changes:
            changes["uptake_pct"] = float(changes["uptake_pct"])
        apply_changes(row, changes, _REVENUE_FIELDS)
        _check_revenue(row)
        source = s.get(FinancingSource, row.source_id) if row.source_id else None
        return _revenue_row(row, source)


def remove_revenue_line(ws: WorkspaceFile, line_id: str) -> None:
    with ws.session() as s:
        live(s, RevenueLine, line_id, "Diese Einnahmezeile").deleted = True


def add_cost_line(ws: WorkspaceFile, model_id: str, kind: str, label: str, amount_cents: int,
                  unit: str = "per_month", start_month: int = 1, end_month: int | None = None) -> CostLineRow:
    with ws.session() as s:
        live(s, FinancingModel, model_id, "Dieses Finanzierungsmodell")
        row = CostLine(model_id=model_id, kind=kind, label=label.strip() or kind, amount_cents=amount_cents,
                       unit=unit, start_month=start_month, end_month=end_month,
                       position=_next_position(s, CostLine, model_id))
        _check_cost(row)
        s.add(row)
        s.flush()
        return _cost_row(row)


def edit_cost_line(ws: WorkspaceFile, line_id: str, **changes: Any) -> CostLineRow:
    with ws.session() as s:
        row = live(s, CostLine, line_id, "Diese Kostenzeile")
        apply_changes(row, changes, frozenset({"kind", "label", "amount_cents", "unit", "start_month", "end_month"}))
        _check_cost(row)
        return _cost_row(row)


def remove_cost_line(ws: WorkspaceFile, line_id: str) -> None:
    with ws.session() as s:
        live(s, CostLine, line_id, "Diese Kostenzeile").deleted = True


# ----------------------------------------------------------------------------------------------- spec
def spec_from_rows(title: str, horizon: int, revenue: list[RevenueLineRow], cost: list[CostLineRow],
                   catalogue: dict[str, SourceSpec]) -> ModelSpec:
    lines: list[RevenueLineSpec | CostLineSpec] = [
        RevenueLineSpec(label=r.label, source_key=r.source_key, amount_cents=r.amount_cents, unit=r.unit,
                        clients=r.clients, uptake_pct=Decimal(repr(r.uptake_pct)), start_month=r.start_month,
                        end_month=r.end_month, certainty=r.certainty, temporary=r.temporary, public=r.public,
                        valued=r.valued)
        for r in revenue
    ]
    lines += [CostLineSpec(kind=c.kind, label=c.label, amount_cents=c.amount_cents, unit=c.unit,
                           start_month=c.start_month, end_month=c.end_month) for c in cost]
    return apply_max_years(ModelSpec(title=title, horizon_months=horizon, lines=lines), catalogue)


def build_spec(ws: WorkspaceFile, model_id: str) -> ModelSpec:
    """The model as the domain computes it, with each source's maximum duration applied to open-ended lines."""
    with ws.session() as s:
        return _build_spec(s, model_id)


def _build_spec(s: Session, model_id: str) -> ModelSpec:
    m = live(s, FinancingModel, model_id, "Dieses Finanzierungsmodell")
    return spec_from_rows(m.title, m.horizon_months, revenue_rows_in(s, model_id), cost_rows_in(s, model_id),
                          source_specs(s))


def build_spec_in(s: Session, model_id: str) -> ModelSpec:
    """``build_spec`` inside a session another operation already holds."""
    return _build_spec(s, model_id)
