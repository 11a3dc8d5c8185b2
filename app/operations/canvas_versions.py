"""Canvas versions: "Als neue Version sichern", the lineage of versions, and comparisons between canvases.

A new version is a full copy (canvas row, live cards, clusters, card-actor links) whose card and cluster ids are
derived from the old ids and the new canvas id (see ``app.domain.canvas_diff``). That keeps the schema as it is and
still lets a later comparison tell a changed card from a new one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.canvas_diff import (
    NO_GROUP,
    BlockByGroup,
    CanvasDiff,
    CardSnapshot,
    compare_by_group,
    copied_card_id,
    copied_cluster_id,
    copied_link_id,
    descendant_card_id,
    diff_cards,
)
from app.store.errors import WorkspaceError
from app.store.models import (
    Canvas,
    CanvasTemplate,
    Card,
    CardActorLink,
    Cluster,
    EventSession,
    Participant,
    TemplateBlock,
)

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


def _tr(text: str) -> str:
    return QCoreApplication.translate("CanvasVersions", text)


class VersionError(WorkspaceError):
    """A version action was refused; ``str(exc)`` is a German sentence."""


@dataclass(frozen=True)
class VersionInfo:
    id: str
    title: str
    version: int
    parent_id: str | None
    session_id: str | None
    session_title: str
    template_id: str
    status: str
    card_count: int

    @property
    def label(self) -> str:
        where = f" – {self.session_title}" if self.session_title else ""
        return _tr("Version {n}").format(n=self.version) + where


@dataclass(frozen=True)
class BlockInfo:
    key: str
    title: str


@dataclass(frozen=True)
class VersionDiff:
    """A comparison of an older with a newer canvas, plus the block titles the table groups by."""

    older: VersionInfo
    newer: VersionInfo
    diff: CanvasDiff
    blocks: tuple[BlockInfo, ...]


@dataclass(frozen=True)
class SessionComparison:
    a: VersionInfo
    b: VersionInfo
    blocks: tuple[BlockInfo, ...]
    per_block: tuple[BlockByGroup, ...]


# --------------------------------------------------------------------------- helpers inside one session


def _live_canvas(s: Session, canvas_id: str) -> Canvas:
    canvas = s.get(Canvas, canvas_id)
    if canvas is None or canvas.deleted:
        raise VersionError(_tr("Die Tafel gibt es nicht (mehr)."))
    return canvas


def _info(s: Session, c: Canvas) -> VersionInfo:
    session_title = ""
    if c.session_id:
        ev = s.get(EventSession, c.session_id)
        session_title = ev.title if ev is not None and not ev.deleted else ""
    count = len(s.scalars(select(Card.id).where(Card.canvas_id == c.id, Card.deleted.is_(False))).all())
    return VersionInfo(c.id, c.title, c.version, c.parent_id, c.session_id, session_title, c.template_id,
                       c.status, count)


def _live_cards(s: Session, canvas_id: str) -> list[Card]:
    return list(s.scalars(select(Card).where(Card.canvas_id == canvas_id, Card.deleted.is_(False))
                          .order_by(Card.z, Card.id)))


def _snapshots(s: Session, canvas_id: str, later_canvas_ids: Sequence[str] = ()) -> list[CardSnapshot]:
    titles = {cl.id: cl.title for cl in s.scalars(
        select(Cluster).where(Cluster.canvas_id == canvas_id, Cluster.deleted.is_(False)))}
    return [
        CardSnapshot(
            id=c.id, text=c.text, block_key=c.block_key, color=c.color or "", amount_cents=c.amount_cents,
            amount_period=c.amount_period or "", cluster_title=titles.get(c.cluster_id or "", ""),
            author_id=c.author_id, lineage=descendant_card_id(c.id, later_canvas_ids),
        )
        for c in _live_cards(s, canvas_id)
    ]


def _blocks(s: Session, template_id: str) -> tuple[BlockInfo, ...]:
    rows = s.scalars(select(TemplateBlock).where(TemplateBlock.template_id == template_id,
                                                 TemplateBlock.deleted.is_(False))
                     .order_by(TemplateBlock.position))
    return tuple(BlockInfo(b.key, b.title) for b in rows)


def _ancestors(s: Session, canvas: Canvas) -> list[Canvas]:
    """The canvas and its parents, newest first (stops at a missing parent or a cycle)."""
    chain = [canvas]
    seen = {canvas.id}
    while chain[-1].parent_id and chain[-1].parent_id not in seen:
        parent = s.get(Canvas, chain[-1].parent_id)
        if parent is None:
            break
        chain.append(parent)
        seen.add(parent.id)
    return chain


# --------------------------------------------------------------------------- actions


def save_as_new_version(ws: WorkspaceFile, canvas_id: str, session_id: str | None = None) -> str:
    """Copy a canvas as version n+1 (parent = the old one) and return the new canvas id; the old one is untouched.

    ``session_id`` is the session in which the new version is made; without it the new version keeps the old
    one's session.
    """
    with ws.session() as s:
        old = _live_canvas(s, canvas_id)
        if session_id is not None:
            ev = s.get(EventSession, session_id)
            if ev is None or ev.deleted:
                raise VersionError(_tr("Die Sitzung für die neue Version gibt es nicht (mehr)."))
        new = Canvas(title=old.title, template_id=old.template_id, version=old.version + 1, parent_id=old.id,
                     session_id=session_id if session_id is not None else old.session_id, status=old.status,
                     description=old.description)
        s.add(new)
        s.flush()
        cluster_map: dict[str, str] = {}
        for cl in s.scalars(select(Cluster).where(Cluster.canvas_id == old.id, Cluster.deleted.is_(False))):
            new_cl = Cluster(id=copied_cluster_id(new.id, cl.id), canvas_id=new.id, block_key=cl.block_key,
                             title=cl.title, color=cl.color)
            s.add(new_cl)
            cluster_map[cl.id] = new_cl.id
        card_map: dict[str, str] = {}
        for c in _live_cards(s, old.id):
            copy = Card(id=copied_card_id(new.id, c.id), canvas_id=new.id, block_key=c.block_key, text=c.text,
                        color=c.color, x=c.x, y=c.y, w=c.w, h=c.h, z=c.z,
                        cluster_id=cluster_map.get(c.cluster_id or ""), private=c.private, author_id=c.author_id,
                        amount_cents=c.amount_cents, amount_period=c.amount_period)
            s.add(copy)
            card_map[c.id] = copy.id
        s.flush()
        if card_map:
            links = s.scalars(select(CardActorLink).where(CardActorLink.card_id.in_(list(card_map)),
                                                         CardActorLink.deleted.is_(False)))
            for link in links:
                s.add(CardActorLink(id=copied_link_id(new.id, link.id), card_id=card_map[link.card_id],
                                    actor_id=link.actor_id))
        return new.id


def list_versions(ws: WorkspaceFile, canvas_id: str) -> list[VersionInfo]:
    """Every live canvas of the lineage (root, its descendants, branches included), oldest first."""
    with ws.session() as s:
        canvas = _live_canvas(s, canvas_id)
        root = _ancestors(s, canvas)[-1]
        family: list[Canvas] = [root]
        frontier = [root.id]
        seen = {root.id}
        while frontier:
            children = [c for c in s.scalars(select(Canvas).where(Canvas.parent_id.in_(frontier)))
                        if c.id not in seen]
            seen.update(c.id for c in children)
            family.extend(children)
            frontier = [c.id for c in children]
        family = [c for c in family if not c.deleted]
        family.sort(key=lambda c: (c.version, c.hlc, c.id))
        return [_info(s, c) for c in family]


def _steps_between(s: Session, older: Canvas, newer: Canvas) -> list[str] | None:
    """Canvas ids after ``older`` up to ``newer`` when ``older`` is an ancestor of ``newer``; else None."""
    chain = _ancestors(s, newer)
    ids = [c.id for c in chain]
    if older.id not in ids:
        return None
    return list(reversed(ids[: ids.index(older.id)]))


def diff_versions(ws: WorkspaceFile, canvas_a: str, canvas_b: str) -> VersionDiff:
    """What changed from one version to another; the older of the two is always the "before" side.

    For two versions on separate branches the common ancestor tells which cards are copies of the same card.
    """
    with ws.session() as s:
        a, b = _live_canvas(s, canvas_a), _live_canvas(s, canvas_b)
        if a.template_id != b.template_id:
            raise VersionError(_tr("Die beiden Tafeln beruhen auf verschiedenen Vorlagen."))
        steps = _steps_between(s, a, b)
        older, newer = a, b
        if steps is None:
            steps_back = _steps_between(s, b, a)
            if steps_back is not None:
                older, newer, steps = b, a, steps_back
        if steps is not None:
            old_cards = _snapshots(s, older.id, steps)
            new_cards = _snapshots(s, newer.id)
        else:
            # siblings: map both sides forward from the nearest common ancestor to a virtual joint key
            if (b.version, b.hlc) < (a.version, a.hlc):
                older, newer = b, a
            common = _common_ancestor(s, older, newer)
            if common is None:
                raise VersionError(_tr("Die beiden Tafeln sind keine Versionen derselben Tafel."))
            old_cards = _snapshots_from_common(s, older, common)
            new_cards = _snapshots_from_common(s, newer, common)
        return VersionDiff(_info(s, older), _info(s, newer), diff_cards(old_cards, new_cards),
                           _blocks(s, older.template_id))


def _common_ancestor(s: Session, a: Canvas, b: Canvas) -> Canvas | None:
    ids_a = {c.id for c in _ancestors(s, a)}
    return next((c for c in _ancestors(s, b) if c.id in ids_a), None)


def _snapshots_from_common(s: Session, canvas: Canvas, common: Canvas) -> list[CardSnapshot]:
    """Snapshots whose lineage is the card id in ``common`` they descend from (cards born later keep their id)."""
    steps = _steps_between(s, common, canvas) or []
    by_descendant: dict[str, str] = {}
    for c in s.scalars(select(Card.id).where(Card.canvas_id == common.id)):
        by_descendant[descendant_card_id(c, steps)] = c
    return [
        CardSnapshot(snap.id, snap.text, snap.block_key, snap.color, snap.amount_cents, snap.amount_period,
                     snap.cluster_title, snap.author_id, lineage=by_descendant.get(snap.id, snap.id))
        for snap in _snapshots(s, canvas.id)
    ]


def compare_sessions(ws: WorkspaceFile, canvas_a: str, canvas_b: str) -> SessionComparison:
    """Per block, the cards of two canvases on the same template by the stakeholder group of their authors."""
    with ws.session() as s:
        a, b = _live_canvas(s, canvas_a), _live_canvas(s, canvas_b)
        if a.template_id != b.template_id:
            raise VersionError(_tr("Nur Tafeln mit derselben Vorlage lassen sich vergleichen."))
        steps = _steps_between(s, a, b)
        if steps is not None:
            cards_a, cards_b = _snapshots(s, a.id, steps), _snapshots(s, b.id)
        else:
            back = _steps_between(s, b, a)
            cards_a = _snapshots(s, a.id)
            cards_b = _snapshots(s, b.id, back) if back is not None else _snapshots(s, b.id)
        author_ids = {c.author_id for c in cards_a + cards_b if c.author_id}
        groups: dict[str, str] = {}
        if author_ids:
            for p in s.scalars(select(Participant).where(Participant.id.in_(author_ids))):
                groups[p.id] = p.stakeholder_group or NO_GROUP

        def group_of(card: CardSnapshot) -> str:
            return groups.get(card.author_id or "", NO_GROUP)

        blocks = _blocks(s, a.template_id)
        per_block = compare_by_group(cards_a, cards_b, group_of, [blk.key for blk in blocks])
        return SessionComparison(_info(s, a), _info(s, b), blocks, tuple(per_block))


def comparable_canvases(ws: WorkspaceFile, canvas_id: str) -> list[VersionInfo]:
    """Live canvases on the same template as ``canvas_id`` (itself included), e.g. for "Sitzungen vergleichen"."""
    with ws.session() as s:
        canvas = _live_canvas(s, canvas_id)
        template = s.get(CanvasTemplate, canvas.template_id)
        if template is None:
            return [_info(s, canvas)]
        rows = s.scalars(select(Canvas).where(Canvas.template_id == template.id, Canvas.deleted.is_(False))
                         .order_by(Canvas.title, Canvas.version))
        return [_info(s, c) for c in rows]
