"""Reading and creating canvases: the whole board in one session with one batched query per table."""

from __future__ import annotations

from sqlalchemy import func, select

from app.store.models import (
    Actor,
    Canvas,
    CanvasTemplate,
    Card,
    CardActorLink,
    Cluster,
    Participant,
    TemplateBlock,
)
from app.store.workspace_file import WorkspaceFile

from .canvas_data import BlockData, BoardData, CanvasSummary, CardData, ChoiceData, ClusterData


class CanvasNotFound(LookupError):
    """No live canvas with that id or title (message in German)."""


def card_data(row: Card, *, group: str | None, actor_ids: tuple[str, ...] = ()) -> CardData:
    return CardData(
        id=row.id, canvas_id=row.canvas_id, block_key=row.block_key, text=row.text, color=row.color,
        x=row.x, y=row.y, w=row.w, h=row.h, z=row.z, cluster_id=row.cluster_id, private=bool(row.private),
        author_id=row.author_id, author_group=group, amount_cents=row.amount_cents,
        amount_period=row.amount_period or "", actor_ids=actor_ids)


def cluster_data(row: Cluster) -> ClusterData:
    return ClusterData(id=row.id, canvas_id=row.canvas_id, block_key=row.block_key, title=row.title,
                       color=row.color)


def load_board(ws: WorkspaceFile, canvas_id: str) -> BoardData:
    """Everything the board shows. Columns are selected as tuples (no ORM identity map) to stay fast at 5,000."""
    with ws.session() as s:
        canvas = s.get(Canvas, canvas_id)
        if canvas is None or canvas.deleted:
            raise CanvasNotFound(f"Die Leinwand {canvas_id} gibt es nicht (mehr).")
        template = s.get(CanvasTemplate, canvas.template_id)
        blocks = tuple(
            BlockData(key=b.key, title=b.title, question=b.question, x=b.x, y=b.y, w=b.w, h=b.h, color=b.color,
                      position=b.position)
            for b in s.execute(
                select(TemplateBlock.key, TemplateBlock.title, TemplateBlock.question, TemplateBlock.x,
                       TemplateBlock.y, TemplateBlock.w, TemplateBlock.h, TemplateBlock.color,
                       TemplateBlock.position)
                .where(TemplateBlock.template_id == canvas.template_id, TemplateBlock.deleted.is_(False))
                .order_by(TemplateBlock.position))
        )
        links: dict[str, list[str]] = {}
        actor_ids: set[str] = set()
        for card_id, actor_id in s.execute(
                select(CardActorLink.card_id, CardActorLink.actor_id)
                .join(Card, Card.id == CardActorLink.card_id)
                .where(Card.canvas_id == canvas_id, Card.deleted.is_(False), CardActorLink.deleted.is_(False))):
            links.setdefault(card_id, []).append(actor_id)
            actor_ids.add(actor_id)
        actor_names = dict(s.execute(select(Actor.id, Actor.name).where(Actor.id.in_(actor_ids))).tuples().all()) \
            if actor_ids else {}
        groups = dict(s.execute(
            select(Participant.id, Participant.stakeholder_group)
            .where(Participant.id.in_(select(Card.author_id).where(Card.canvas_id == canvas_id)))).tuples().all())
        cards = tuple(
            CardData(id=r.id, canvas_id=canvas_id, block_key=r.block_key, text=r.text, color=r.color, x=r.x, y=r.y,
                     w=r.w, h=r.h, z=r.z, cluster_id=r.cluster_id, private=bool(r.private), author_id=r.author_id,
                     author_group=groups.get(r.author_id) if r.author_id else None,
                     amount_cents=r.amount_cents, amount_period=r.amount_period or "",
                     actor_ids=tuple(sorted(links.get(r.id, ()))))
            for r in s.execute(
                select(Card.id, Card.block_key, Card.text, Card.color, Card.x, Card.y, Card.w, Card.h, Card.z,
                       Card.cluster_id, Card.private, Card.author_id, Card.amount_cents, Card.amount_period)
                .where(Card.canvas_id == canvas_id, Card.deleted.is_(False)).order_by(Card.z))
        )
        clusters = tuple(cluster_data(c) for c in s.scalars(
            select(Cluster).where(Cluster.canvas_id == canvas_id, Cluster.deleted.is_(False))))
        return BoardData(
            canvas_id=canvas.id, title=canvas.title, version=canvas.version, template_id=canvas.template_id,
            template_name=template.name if template else "", width=template.width if template else 1600.0,
            height=template.height if template else 900.0, blocks=blocks, cards=cards, clusters=clusters,
            actor_names=actor_names, status=canvas.status)


def list_canvases(ws: WorkspaceFile) -> list[CanvasSummary]:
    """Live canvases, newest title/version order, with their card counts (one grouped query)."""
    with ws.session() as s:
        counts = dict(s.execute(select(Card.canvas_id, func.count()).where(Card.deleted.is_(False))
                                .group_by(Card.canvas_id)).tuples().all())
        rows = s.execute(
            select(Canvas.id, Canvas.title, Canvas.version, Canvas.template_id, CanvasTemplate.name, Canvas.status)
            .join(CanvasTemplate, CanvasTemplate.id == Canvas.template_id, isouter=True)
            .where(Canvas.deleted.is_(False)).order_by(Canvas.title, Canvas.version))
        return [CanvasSummary(id=r[0], title=r[1], version=r[2], template_id=r[3], template_name=r[4] or "",
                              status=r[5], card_count=counts.get(r[0], 0)) for r in rows]


def find_canvas(ws: WorkspaceFile, id_or_title: str, version: int | None = None) -> str:
    """Canvas id for a given id or title (latest version unless ``version`` is given)."""
    matches = [c for c in list_canvases(ws) if c.id == id_or_title or c.title == id_or_title]
    if version is not None:
        matches = [c for c in matches if c.version == version]
    if not matches:
        extra = f" in Version {version}" if version is not None else ""
        raise CanvasNotFound(f"Eine Leinwand „{id_or_title}“{extra} gibt es in dieser Datei nicht.")
    return max(matches, key=lambda c: c.version).id


def list_templates(ws: WorkspaceFile) -> list[ChoiceData]:
    with ws.session() as s:
        rows = s.execute(select(CanvasTemplate.id, CanvasTemplate.name, CanvasTemplate.description)
                         .where(CanvasTemplate.deleted.is_(False))
                         .order_by(CanvasTemplate.builtin.desc(), CanvasTemplate.name))
        return [ChoiceData(id=r[0], name=r[1], detail=r[2]) for r in rows]


def create_canvas(ws: WorkspaceFile, template_id: str, title: str, session_id: str | None = None) -> CanvasSummary:
    title = title.strip()
    if not title:
        raise ValueError("Bitte der Leinwand einen Titel geben.")
    with ws.session() as s:
        template = s.get(CanvasTemplate, template_id)
        if template is None or template.deleted:
            raise ValueError("Diese Vorlage gibt es nicht (mehr).")
        row = Canvas(title=title, template_id=template_id, version=1, session_id=session_id, status="aktiv")
        s.add(row)
        s.flush()
        return CanvasSummary(id=row.id, title=row.title, version=row.version, template_id=template_id,
                             template_name=template.name, status=row.status, card_count=0)


def list_actor_choices(ws: WorkspaceFile) -> list[ChoiceData]:
    with ws.session() as s:
        rows = s.execute(select(Actor.id, Actor.name, Actor.kind).where(Actor.deleted.is_(False))
                         .order_by(Actor.name))
        return [ChoiceData(id=r[0], name=r[1], detail=r[2]) for r in rows]


def list_author_choices(ws: WorkspaceFile) -> list[ChoiceData]:
    """Participants who can author a card; the name shown is the pseudonym when one is set, never erased data."""
    with ws.session() as s:
        rows = s.execute(select(Participant.id, Participant.display_name, Participant.pseudonym,
                                Participant.stakeholder_group)
                         .where(Participant.deleted.is_(False), Participant.erased.is_(False))
                         .order_by(Participant.pseudonym, Participant.display_name))
        return [ChoiceData(id=r[0], name=r[2] or r[1], detail=r[3]) for r in rows]
