"""Clusters: cards grouped under a heading. Grouping, moving the cards into a tidy stack and naming is ONE action."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.store.models import Card, Cluster
from app.store.workspace_file import WorkspaceFile

from .canvas_board import cluster_data
from .canvas_data import CardMove, ClusterData


def cluster_cards(ws: WorkspaceFile, canvas_id: str, block_key: str, title: str, moves: Iterable[CardMove], *,
                  cluster_id: str | None = None, color: str = "") -> ClusterData:
    """Create (or, on redo, revive) a cluster, put the moved cards in it and place them where ``moves`` say."""
    with ws.session() as s:
        row = s.get(Cluster, cluster_id) if cluster_id else None
        if row is None:
            row = Cluster(canvas_id=canvas_id, block_key=block_key, title=title.strip(), color=color)
            if cluster_id:
                row.id = cluster_id
            s.add(row)
            s.flush()
        else:
            row.deleted = False
            row.title = title.strip()
        for m in moves:
            card = s.get(Card, m.card_id)
            if card is None or card.deleted:
                continue
            card.cluster_id = row.id
            card.x, card.y = m.x, m.y
            if m.block_key is not None:
                card.block_key = m.block_key
        s.flush()
        return cluster_data(row)


def uncluster_cards(ws: WorkspaceFile, cluster_id: str, previous: Mapping[str, str | None],
                    moves: Iterable[CardMove]) -> None:
    """Undo of ``cluster_cards``: tombstone the cluster, give cards their former cluster and place back."""
    with ws.session() as s:
        row = s.get(Cluster, cluster_id)
        if row is not None:
            row.deleted = True
        for m in moves:
            card = s.get(Card, m.card_id)
            if card is None:
                continue
            card.cluster_id = previous.get(m.card_id)
            card.x, card.y = m.x, m.y
            if m.block_key is not None:
                card.block_key = m.block_key


def rename_cluster(ws: WorkspaceFile, cluster_id: str, title: str) -> ClusterData:
    with ws.session() as s:
        row = s.get(Cluster, cluster_id)
        if row is None or row.deleted:
            raise LookupError("Diese Gruppe gibt es nicht (mehr).")
        row.title = title.strip()
        s.flush()
        return cluster_data(row)
