"""Read-only overviews of a workspace for the app shell's lists.

Each function opens one session, reads the live (non-tombstoned) rows and returns frozen dataclasses, so the GUI
never holds ORM rows whose attributes could expire or lazy-load on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.store.models import (
    Actor,
    Canvas,
    CanvasTemplate,
    CooperationLink,
    EventSession,
    FinancingModel,
    Participant,
    SubjectCategory,
    Workspace,
)

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


@dataclass(frozen=True)
class WorkspaceSummary:
    quartier: str
    city: str


@dataclass(frozen=True)
class SessionRow:
    id: str
    title: str
    kind: str
    date: date | None
    start_time: str
    place: str
    status: str


@dataclass(frozen=True)
class CanvasRow:
    id: str
    title: str
    template: str
    version: int
    status: str


@dataclass(frozen=True)
class ActorRow:
    id: str
    name: str
    category: str
    kind: str
    outreach_status: str
    key_partner: bool


@dataclass(frozen=True)
class CooperationRow:
    id: str
    actor_a: str
    actor_b: str
    link_type: str
    status: str
    compatibility: str


@dataclass(frozen=True)
class FinancingModelRow:
    id: str
    title: str
    canvas: str
    start_date: date | None
    horizon_months: int


@dataclass(frozen=True)
class ParticipantRow:
    """Only what may be shown on a projector: the pseudonym and the group, never the real name or contact."""

    id: str
    pseudonym: str
    stakeholder_group: str


def _text_key(value: str) -> str:
    return value.casefold()


def workspace_summary(ws: WorkspaceFile) -> WorkspaceSummary:
    with ws.session() as s:
        row = s.execute(
            select(Workspace.quartier, Workspace.city).where(Workspace.deleted.is_(False)).limit(1)
        ).first()
    if row is None:
        return WorkspaceSummary(quartier="", city="")
    return WorkspaceSummary(quartier=row.quartier or "", city=row.city or "")


def list_sessions(ws: WorkspaceFile) -> list[SessionRow]:
    """Sessions in calendar order; undated ones (still being planned) last."""
    with ws.session() as s:
        rows = s.scalars(select(EventSession).where(EventSession.deleted.is_(False))).all()
        result = [
            SessionRow(r.id, r.title, r.kind, r.date, r.start_time, r.place, r.status) for r in rows
        ]
    return sorted(result, key=lambda r: (r.date is None, r.date or date.min, _text_key(r.title)))


def list_canvases(ws: WorkspaceFile) -> list[CanvasRow]:
    with ws.session() as s:
        rows = s.execute(
            select(Canvas.id, Canvas.title, CanvasTemplate.name, Canvas.version, Canvas.status)
            .outerjoin(CanvasTemplate, CanvasTemplate.id == Canvas.template_id)
            .where(Canvas.deleted.is_(False))
        ).all()
    result = [CanvasRow(r[0], r[1], r[2] or "", r[3], r[4]) for r in rows]
    return sorted(result, key=lambda r: (_text_key(r.title), r.version))


def list_actors(ws: WorkspaceFile) -> list[ActorRow]:
    live_category = (SubjectCategory.id == Actor.category_id) & SubjectCategory.deleted.is_(False)
    with ws.session() as s:
        rows = s.execute(
            select(Actor.id, Actor.name, SubjectCategory.name, Actor.kind, Actor.outreach_status, Actor.key_partner)
            .outerjoin(SubjectCategory, live_category)
            .where(Actor.deleted.is_(False))
        ).all()
    result = [ActorRow(r[0], r[1], r[2] or "", r[3], r[4], bool(r[5])) for r in rows]
    return sorted(result, key=lambda r: _text_key(r.name))


def list_cooperation_links(ws: WorkspaceFile) -> list[CooperationRow]:
    """Links between two live actors; a link to a deleted actor is not shown."""
    actor_a = aliased(Actor)
    actor_b = aliased(Actor)
    with ws.session() as s:
        rows = s.execute(
            select(
                CooperationLink.id,
                actor_a.name,
                actor_b.name,
                CooperationLink.link_type,
                CooperationLink.status,
                CooperationLink.compatibility,
            )
            .join(actor_a, actor_a.id == CooperationLink.actor_a_id)
            .join(actor_b, actor_b.id == CooperationLink.actor_b_id)
            .where(
                CooperationLink.deleted.is_(False), actor_a.deleted.is_(False), actor_b.deleted.is_(False)
            )
        ).all()
    result = [CooperationRow(*r) for r in rows]
    return sorted(result, key=lambda r: (_text_key(r.actor_a), _text_key(r.actor_b)))


def list_financing_models(ws: WorkspaceFile) -> list[FinancingModelRow]:
    live_canvas = (Canvas.id == FinancingModel.canvas_id) & Canvas.deleted.is_(False)
    with ws.session() as s:
        rows = s.execute(
            select(
                FinancingModel.id,
                FinancingModel.title,
                Canvas.title,
                FinancingModel.start_date,
                FinancingModel.horizon_months,
            )
            .outerjoin(Canvas, live_canvas)
            .where(FinancingModel.deleted.is_(False))
        ).all()
    result = [FinancingModelRow(r[0], r[1], r[2] or "", r[3], r[4]) for r in rows]
    return sorted(result, key=lambda r: _text_key(r.title))


def list_participants(ws: WorkspaceFile) -> list[ParticipantRow]:
    """Pseudonym and stakeholder group only; the query does not even read names or contact data."""
    with ws.session() as s:
        rows = s.execute(
            select(Participant.id, Participant.pseudonym, Participant.stakeholder_group).where(
                Participant.deleted.is_(False)
            )
        ).all()
    result = [ParticipantRow(*r) for r in rows]
    return sorted(result, key=lambda r: (_text_key(r.stakeholder_group), _text_key(r.pseudonym)))
