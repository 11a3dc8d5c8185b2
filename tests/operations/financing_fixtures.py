"""Workspaces in tmp_path with a Finanzierungsmodell canvas and the Einkaufsbegleitung model, built through the
operations as a group would (canvases and cards are written directly: the canvas operations are not under test)."""

from __future__ import annotations

from pathlib import Path

from app.domain.financing_sources import ENTLASTUNGSBETRAG_45B, LANDESFOERDERUNG_NRW_QUARTIERE
from app.domain.templates import builtin_template_id
from app.operations import financing_ops as ops
from app.operations.financing_catalogue_ops import list_sources
from app.store.models import Canvas, Card
from app.store.workspace_file import WorkspaceFile


def new_workspace(tmp_path: Path) -> WorkspaceFile:
    return WorkspaceFile.create(tmp_path / "quartier.werkstatt", quartier="Schaffrath")


def add_canvas(ws: WorkspaceFile, title: str = "Einkaufsbegleitung", version: int = 1,
               parent_id: str | None = None) -> str:
    with ws.session() as s:
        canvas = Canvas(title=title, template_id=builtin_template_id("finanzierungsmodell"), version=version,
                        parent_id=parent_id)
        s.add(canvas)
        s.flush()
        return canvas.id


def add_card(ws: WorkspaceFile, canvas_id: str, block_key: str, text: str, cents: int | None,
             period: str = "month") -> str:
    with ws.session() as s:
        card = Card(canvas_id=canvas_id, block_key=block_key, text=text, amount_cents=cents, amount_period=period)
        s.add(card)
        s.flush()
        return card.id


def source_id(ws: WorkspaceFile, key: str) -> str:
    return next(src.id for src in list_sources(ws) if src.key == key)


def build_einkaufsbegleitung(ws: WorkspaceFile, canvas_id: str | None) -> str:
    """30 clients on §45b (13,100 cents each), the NRW grant (4,000,000 cents a year, 3 years), six cost lines."""
    model = ops.create_model(ws, "Einkaufsbegleitung", canvas_id=canvas_id, horizon_months=60)
    ops.add_revenue_line(ws, model.id, source_id(ws, ENTLASTUNGSBETRAG_45B), label="Entlastungsbetrag",
                         amount_cents=13_100, clients=30)
    ops.add_revenue_line(ws, model.id, source_id(ws, LANDESFOERDERUNG_NRW_QUARTIERE), label="Landesförderung")
    ops.add_cost_line(ws, model.id, "Koordination", "Koordination (halbe Stelle)", 240_000)
    ops.add_cost_line(ws, model.id, "Personal", "Alltagsbegleitung (2 Minijobs)", 166_800)
    ops.add_cost_line(ws, model.id, "Räume", "Raummiete", 35_000)
    ops.add_cost_line(ws, model.id, "Fahrzeuge", "Kleinbus", 45_000)
    ops.add_cost_line(ws, model.id, "Versicherung", "Haftpflicht", 120_000, "per_year")
    ops.add_cost_line(ws, model.id, "Sonstiges", "Erstausstattung", 300_000, "one_off")
    return model.id
