"""Cooperation links between actors, networks with members, the network graph, and where an actor appears."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain import category_tree, graph_layout
from app.store.models import (
    Actor,
    Canvas,
    Card,
    CardActorLink,
    CooperationLink,
    Network,
    NetworkMembership,
    Participant,
)
from app.store.models.actors import LINK_STATUSES, LINK_TYPES
from app.store.workspace_file import WorkspaceFile

from .actors_ops import live_actor
from .categories_ops import category_colors, category_map
from .errors import OperationRefused


def _tr(text: str) -> str:
    return QCoreApplication.translate("Kooperation", text)


@dataclass(frozen=True)
class LinkRow:
    id: str
    actor_a_id: str
    actor_a: str
    actor_b_id: str
    actor_b: str
    link_type: str
    status: str
    description: str
    compatibility: str
    compatibility_reason: str
    override_verdict: str
    override_reason: str


def _check_type_status(link_type: str, status: str) -> None:
    if link_type not in LINK_TYPES:
        raise OperationRefused(_tr("Die Art »{t}« gibt es nicht.").format(t=link_type))
    if status not in LINK_STATUSES:
        raise OperationRefused(_tr("Den Stand »{s}« gibt es nicht.").format(s=status))


def add_link(ws: WorkspaceFile, actor_a_id: str, actor_b_id: str, *, link_type: str, status: str = "potenziell",
             description: str = "") -> str:
    _check_type_status(link_type, status)
    if actor_a_id == actor_b_id:
        raise OperationRefused(_tr("Eine Verbindung braucht zwei verschiedene Akteure."))
    with ws.session() as s:
        a, b = live_actor(s, actor_a_id), live_actor(s, actor_b_id)
        twin = s.scalar(select(CooperationLink.id).where(
            CooperationLink.deleted.is_(False), CooperationLink.link_type == link_type,
            or_((CooperationLink.actor_a_id == a.id) & (CooperationLink.actor_b_id == b.id),
                (CooperationLink.actor_a_id == b.id) & (CooperationLink.actor_b_id == a.id))))
        if twin:
            raise OperationRefused(_tr("Zwischen {a} und {b} gibt es schon eine Verbindung der Art »{t}«.")
                                   .format(a=a.name, b=b.name, t=link_type))
        row = CooperationLink(actor_a_id=a.id, actor_b_id=b.id, link_type=link_type, status=status,
                              description=description.strip())
        s.add(row)
        s.flush()
        return row.id


def _live_link(s: Session, link_id: str) -> CooperationLink:
    row = s.get(CooperationLink, link_id)
    if row is None or row.deleted:
        raise OperationRefused(_tr("Diese Verbindung gibt es nicht mehr."))
    return row


def update_link(ws: WorkspaceFile, link_id: str, *, link_type: str, status: str, description: str) -> None:
    _check_type_status(link_type, status)
    with ws.session() as s:
        row = _live_link(s, link_id)
        for name, value in (("link_type", link_type), ("status", status), ("description", description.strip())):
            if getattr(row, name) != value:
                setattr(row, name, value)


def remove_link(ws: WorkspaceFile, link_id: str) -> None:
    with ws.session() as s:
        _live_link(s, link_id).deleted = True


def _link_rows(s: Session) -> list[LinkRow]:
    names = dict(s.execute(select(Actor.id, Actor.name).where(Actor.deleted.is_(False))).tuples().all())
    out = []
    for r in s.scalars(select(CooperationLink).where(CooperationLink.deleted.is_(False))):
        if r.actor_a_id in names and r.actor_b_id in names:
            out.append(LinkRow(r.id, r.actor_a_id, names[r.actor_a_id], r.actor_b_id, names[r.actor_b_id],
                               r.link_type, r.status, r.description, r.compatibility, r.compatibility_reason,
                               r.override_verdict, r.override_reason))
    return sorted(out, key=lambda r: (r.actor_a.casefold(), r.actor_b.casefold(), r.link_type))


def list_links(ws: WorkspaceFile, *, link_type: str = "", actor_id: str | None = None) -> list[LinkRow]:
    with ws.session() as s:
        rows = _link_rows(s)
    if link_type:
        rows = [r for r in rows if r.link_type == link_type]
    if actor_id:
        rows = [r for r in rows if actor_id in (r.actor_a_id, r.actor_b_id)]
    return rows


# ------------------------------------------------------------------------------------------------ networks
@dataclass(frozen=True)
class MemberRow:
    membership_id: str
    actor_id: str
    actor_name: str
    role: str


@dataclass(frozen=True)
class NetworkRow:
    id: str
    name: str
    description: str
    coordinator_actor_id: str | None
    coordinator: str
    members: tuple[MemberRow, ...] = field(default_factory=tuple)


def create_network(ws: WorkspaceFile, name: str, *, description: str = "", coordinator_actor_id: str | None = None
                   ) -> str:
    name = " ".join(name.split())
    if not name:
        raise OperationRefused(_tr("Ein Netzwerk braucht einen Namen."))
    with ws.session() as s:
        if coordinator_actor_id:
            live_actor(s, coordinator_actor_id)
        if s.scalar(select(Network.id).where(Network.deleted.is_(False), Network.name == name)):
            raise OperationRefused(_tr("Ein Netzwerk »{n}« gibt es schon.").format(n=name))
        row = Network(name=name, description=description.strip(), coordinator_actor_id=coordinator_actor_id or None)
        s.add(row)
        s.flush()
        return row.id


def remove_network(ws: WorkspaceFile, network_id: str) -> None:
    with ws.session() as s:
        row = s.get(Network, network_id)
        if row is None or row.deleted:
            raise OperationRefused(_tr("Dieses Netzwerk gibt es nicht mehr."))
        row.deleted = True
        for m in s.scalars(select(NetworkMembership).where(NetworkMembership.network_id == network_id,
                                                           NetworkMembership.deleted.is_(False))):
            m.deleted = True


def add_member(ws: WorkspaceFile, network_id: str, actor_id: str, role: str = "Mitglied") -> str:
    with ws.session() as s:
        net = s.get(Network, network_id)
        if net is None or net.deleted:
            raise OperationRefused(_tr("Dieses Netzwerk gibt es nicht mehr."))
        actor = live_actor(s, actor_id)
        if s.scalar(select(NetworkMembership.id).where(
                NetworkMembership.network_id == network_id, NetworkMembership.actor_id == actor_id,
                NetworkMembership.deleted.is_(False))):
            raise OperationRefused(_tr("{a} ist schon Mitglied in {n}.").format(a=actor.name, n=net.name))
        row = NetworkMembership(network_id=network_id, actor_id=actor_id, role=role.strip() or "Mitglied")
        s.add(row)
        s.flush()
        return row.id


def remove_member(ws: WorkspaceFile, membership_id: str) -> None:
    with ws.session() as s:
        row = s.get(NetworkMembership, membership_id)
        if row is None or row.deleted:
            raise OperationRefused(_tr("Diese Mitgliedschaft gibt es nicht mehr."))
        row.deleted = True


def list_networks(ws: WorkspaceFile) -> list[NetworkRow]:
    with ws.session() as s:
        names = dict(s.execute(select(Actor.id, Actor.name).where(Actor.deleted.is_(False))).tuples().all())
        members: dict[str, list[MemberRow]] = {}
        for m in s.scalars(select(NetworkMembership).where(NetworkMembership.deleted.is_(False))):
            if m.actor_id in names:
                members.setdefault(m.network_id, []).append(MemberRow(m.id, m.actor_id, names[m.actor_id], m.role))
        out = []
        for n in s.scalars(select(Network).where(Network.deleted.is_(False))):
            coord = n.coordinator_actor_id if n.coordinator_actor_id in names else None
            out.append(NetworkRow(n.id, n.name, n.description, coord, names.get(coord or "", ""),
                                  tuple(sorted(members.get(n.id, []), key=lambda m: m.actor_name.casefold()))))
        return sorted(out, key=lambda n: n.name.casefold())


# ------------------------------------------------------------------------------------------------ graph
@dataclass(frozen=True)
class GraphNode:
    id: str
    name: str
    category_id: str | None
    category: str  # top-level category name, written next to the node (never colour alone)
    color: str
    x: float
    y: float


@dataclass(frozen=True)
class GraphEdge:
    id: str
    a: str
    b: str
    link_type: str
    status: str


@dataclass(frozen=True)
class NetworkGraph:
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]


def network_graph(ws: WorkspaceFile, *, category_id: str | None = None, link_type: str = "",
                  only_linked: bool = False) -> NetworkGraph:
    """Actors and links with positions from the whole network, so a filter hides nodes but moves none."""
    with ws.session() as s:
        cats = category_map(s)
        colors = category_colors(s)
        actors = list(s.scalars(select(Actor).where(Actor.deleted.is_(False))))
        links = _link_rows(s)
    pos = graph_layout.layout([a.id for a in actors], [(link.actor_a_id, link.actor_b_id) for link in links])
    allowed = category_tree.descendants(category_id, cats) if category_id else None
    edges = [GraphEdge(link.id, link.actor_a_id, link.actor_b_id, link.link_type, link.status) for link in links
             if not link_type or link.link_type == link_type]
    nodes = []
    linked = {e.a for e in edges} | {e.b for e in edges}
    for a in actors:
        cat = a.category_id if a.category_id in cats else None
        if allowed is not None and cat not in allowed:
            continue
        if only_linked and a.id not in linked:
            continue
        root = category_tree.root_of(cat, cats) if cat else None
        x, y = pos.get(a.id, (0.0, 0.0))
        nodes.append(GraphNode(a.id, a.name, cat, cats[root][0] if root else _tr("ohne Kategorie"),
                               category_tree.inherited_color(cat, cats, colors), x, y))
    shown = {n.id for n in nodes}
    edges = [e for e in edges if e.a in shown and e.b in shown]
    return NetworkGraph(tuple(sorted(nodes, key=lambda n: n.id)), tuple(edges))


# ------------------------------------------------------------------------------------------------ appearances
@dataclass(frozen=True)
class Appearances:
    cards: tuple[tuple[str, str, str, str], ...]  # (card id, canvas title, block key, text)
    participants: tuple[tuple[str, str], ...]  # (participant id, display name)
    networks: tuple[tuple[str, str, str], ...]  # (network id, name, role)
    links: tuple[tuple[str, str, str, str], ...]  # (link id, other actor, type, status)

    @property
    def empty(self) -> bool:
        return not (self.cards or self.participants or self.networks or self.links)


def where_appears(ws: WorkspaceFile, actor_id: str) -> Appearances:
    """Everything that refers to the actor: cards, participants, networks and cooperation links."""
    with ws.session() as s:
        live_actor(s, actor_id)
        cards = s.execute(
            select(Card.id, Canvas.title, Card.block_key, Card.text)
            .join(CardActorLink, CardActorLink.card_id == Card.id).join(Canvas, Canvas.id == Card.canvas_id)
            .where(CardActorLink.actor_id == actor_id, CardActorLink.deleted.is_(False), Card.deleted.is_(False),
                   Canvas.deleted.is_(False))).tuples().all()
        people = s.execute(select(Participant.id, Participant.display_name).where(
            Participant.actor_id == actor_id, Participant.deleted.is_(False),
            Participant.erased.is_(False))).tuples().all()
        nets = s.execute(select(Network.id, Network.name, NetworkMembership.role)
                         .join(NetworkMembership, NetworkMembership.network_id == Network.id)
                         .where(NetworkMembership.actor_id == actor_id, NetworkMembership.deleted.is_(False),
                                Network.deleted.is_(False))).tuples().all()
        links = []
        for r in _link_rows(s):
            if actor_id in (r.actor_a_id, r.actor_b_id):
                other = r.actor_b if r.actor_a_id == actor_id else r.actor_a
                links.append((r.id, other, r.link_type, r.status))
        return Appearances(tuple(sorted(cards, key=lambda c: (c[1], c[2]))), tuple(sorted(people, key=lambda p: p[1])),
                           tuple(sorted(nets, key=lambda n: n[1])), tuple(links))
