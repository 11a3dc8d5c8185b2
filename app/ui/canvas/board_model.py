"""The state of one open board. Every change goes through an operation first (durable), then the state changes
and a signal tells the scene which single card or cluster to update, so nothing reloads the whole board."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.domain.card_amounts import BlockSum
from app.domain.card_look import CardFilter, card_matches
from app.domain.templates import TemplateDef, block_at
from app.operations import canvas_ops as ops
from app.operations.canvas_data import BoardData, CardData, CardMove, ClusterData, NewCard

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


class BoardModel(QObject):
    card_added = Signal(object)  # CardData
    card_changed = Signal(object)  # CardData
    card_removed = Signal(str)
    cluster_added = Signal(object)  # ClusterData
    cluster_changed = Signal(object)
    cluster_removed = Signal(str)
    sums_changed = Signal(object)  # dict[str, BlockSum]
    filter_changed = Signal()
    board_reset = Signal()
    error_occurred = Signal(str)
    badges_changed = Signal()

    def __init__(self, ws: WorkspaceFile | None, board: BoardData, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._set_board(board)
        self.card_filter = CardFilter()
        #: annotations drawn on the cards, not card data: points of the vote round shown (empty while hidden)
        #: and comments per card; they survive a reload and are refreshed by whoever shows them
        self.dot_counts: dict[str, int] = {}
        self.comment_counts: dict[str, int] = {}
        self.conflict_ids: set[str] = set()  # cards with a merge conflict waiting for review

    # ------------------------------------------------------------------ state
    def _set_board(self, board: BoardData) -> None:
        self.board = replace(board, cards=(), clusters=())
        self.cards: dict[str, CardData] = {c.id: c for c in board.cards}
        self.clusters: dict[str, ClusterData] = {c.id: c for c in board.clusters}
        self.actor_names: dict[str, str] = dict(board.actor_names)
        self.template: TemplateDef = board.template_def()
        self.sums: dict[str, BlockSum] = {}
        self._recompute_sums(emit=False)

    @classmethod
    def load(cls, ws: WorkspaceFile, canvas_id: str, parent: QObject | None = None) -> BoardModel:
        return cls(ws, ops.load_board(ws, canvas_id), parent)

    def reload(self, board: BoardData | None = None) -> None:
        """Full reload, for a merge or a version switch only; normal edits update one card at a time.

        ``board`` is a freshly loaded picture of the same canvas, when the caller already has one.
        """
        self._set_board(board if board is not None else ops.load_board(self.ws, self.board.canvas_id))
        self.board_reset.emit()

    def snapshot(self) -> BoardData:
        return replace(self.board, cards=tuple(sorted(self.cards.values(), key=lambda c: c.z)),
                       clusters=tuple(self.clusters.values()), actor_names=dict(self.actor_names))

    @property
    def canvas_id(self) -> str:
        return self.board.canvas_id

    def block_key_at(self, x: float, y: float) -> str | None:
        return block_at(self.template, x, y)

    def _recompute_sums(self, *, emit: bool = True) -> None:
        sums = ops.block_sums(replace(self.board, cards=tuple(self.cards.values())))
        if sums != self.sums:
            self.sums = sums
            if emit:
                self.sums_changed.emit(sums)

    def _store(self, card: CardData, *, added: bool = False) -> None:
        old = self.cards.get(card.id)
        self.cards[card.id] = card
        (self.card_added if added or old is None else self.card_changed).emit(card)
        if card.amount_cents is not None or (old is not None and old.amount_cents is not None):
            self._recompute_sums()

    # ------------------------------------------------------------------ cards
    def add_cards(self, specs: Sequence[NewCard]) -> list[CardData]:
        made = ops.add_cards(self.ws, self.canvas_id, specs)
        for card in made:
            self._store(card, added=True)
        return made

    def add_card(self, block_key: str, text: str, x: float, y: float, **extra: Any) -> CardData:
        return self.add_cards([NewCard(block_key=block_key, text=text, x=x, y=y, **extra)])[0]

    def update_card(self, card_id: str, **fields: Any) -> CardData:
        card = ops.update_card(self.ws, card_id, **fields)
        self._store(card)
        return card

    def move_cards(self, moves: Iterable[CardMove]) -> None:
        for m in ops.move_cards(self.ws, moves):
            old = self.cards[m.card_id]
            self._store(replace(old, x=m.x, y=m.y, block_key=m.block_key or old.block_key))

    def delete_cards(self, card_ids: Iterable[str]) -> list[CardData]:
        """Tombstone cards; returns them as they were, so a command can bring them back."""
        gone = [self.cards[c] for c in card_ids if c in self.cards]
        ops.delete_cards(self.ws, [c.id for c in gone])
        for card in gone:
            del self.cards[card.id]
            self.card_removed.emit(card.id)
        if any(c.amount_cents is not None for c in gone):
            self._recompute_sums()
        return gone

    def restore_cards(self, card_ids: Iterable[str]) -> list[CardData]:
        back = ops.restore_cards(self.ws, list(card_ids))
        for card in back:
            self._store(card, added=True)
        return back

    def set_private(self, card_ids: Iterable[str], private: bool) -> list[str]:
        changed = ops.set_private(self.ws, card_ids, private)
        for cid in changed:
            self._store(replace(self.cards[cid], private=private))
        return changed

    def reveal(self, author_id: str | None = None) -> list[str]:
        revealed = ops.reveal_cards(self.ws, self.canvas_id, author_id)
        for cid in revealed:
            if cid in self.cards:
                self._store(replace(self.cards[cid], private=False))
        return revealed

    def link_actor(self, card_id: str, actor_id: str, actor_name: str = "") -> None:
        if actor_name:
            self.actor_names[actor_id] = actor_name
        self._store(replace(self.cards[card_id], actor_ids=ops.link_actor(self.ws, card_id, actor_id)))

    def unlink_actor(self, card_id: str, actor_id: str) -> None:
        self._store(replace(self.cards[card_id], actor_ids=ops.unlink_actor(self.ws, card_id, actor_id)))

    # ------------------------------------------------------------------ clusters
    def cluster_cards(self, block_key: str, title: str, moves: Sequence[CardMove], *,
                      cluster_id: str | None = None) -> ClusterData:
        cluster = ops.cluster_cards(self.ws, self.canvas_id, block_key, title, moves, cluster_id=cluster_id)
        is_new = cluster.id not in self.clusters
        self.clusters[cluster.id] = cluster
        for m in moves:
            if m.card_id in self.cards:
                old = self.cards[m.card_id]
                self._store(replace(old, x=m.x, y=m.y, block_key=m.block_key or old.block_key,
                                    cluster_id=cluster.id))
        (self.cluster_added if is_new else self.cluster_changed).emit(cluster)
        return cluster

    def uncluster_cards(self, cluster_id: str, previous: Mapping[str, str | None],
                        moves: Sequence[CardMove]) -> None:
        ops.uncluster_cards(self.ws, cluster_id, previous, moves)
        for m in moves:
            if m.card_id in self.cards:
                old = self.cards[m.card_id]
                self._store(replace(old, x=m.x, y=m.y, block_key=m.block_key or old.block_key,
                                    cluster_id=previous.get(m.card_id)))
        if self.clusters.pop(cluster_id, None) is not None:
            self.cluster_removed.emit(cluster_id)

    def rename_cluster(self, cluster_id: str, title: str) -> None:
        cluster = ops.rename_cluster(self.ws, cluster_id, title)
        self.clusters[cluster_id] = cluster
        self.cluster_changed.emit(cluster)

    # ------------------------------------------------------------------ annotations
    def set_badges(self, *, dots: Mapping[str, int] | None = None, comments: Mapping[str, int] | None = None,
                   conflicts: set[str] | None = None) -> None:
        """New vote points, comment counts and/or conflicted cards; ``None`` leaves that kind as it is."""
        changed = False
        if conflicts is not None and set(conflicts) != self.conflict_ids:
            self.conflict_ids, changed = set(conflicts), True
        if dots is not None and dict(dots) != self.dot_counts:
            self.dot_counts, changed = dict(dots), True
        if comments is not None and dict(comments) != self.comment_counts:
            self.comment_counts, changed = dict(comments), True
        if changed:
            self.badges_changed.emit()

    # ------------------------------------------------------------------ search
    def set_filter(self, flt: CardFilter) -> None:
        if flt != self.card_filter:
            self.card_filter = flt
            self.filter_changed.emit()

    def matches(self, card: CardData) -> bool:
        return card_matches(self.card_filter, text=card.text, color=card.color, group=card.author_group,
                            private=card.private)

    def matching_ids(self) -> list[str]:
        if self.card_filter.is_empty():
            return []
        return [c.id for c in self.cards.values() if self.matches(c)]


def same_board(a: BoardData, b: BoardData) -> bool:
    """Whether two pictures of a canvas show the same (card order and item order do not matter)."""
    def linked_names(board: BoardData) -> dict[str, str | None]:
        return {aid: board.actor_names.get(aid) for c in board.cards for aid in c.actor_ids}

    return ({c.id: c for c in a.cards} == {c.id: c for c in b.cards}
            and {c.id: c for c in a.clusters} == {c.id: c for c in b.clusters}
            and linked_names(a) == linked_names(b) and a.blocks == b.blocks and a.title == b.title
            and (a.width, a.height) == (b.width, b.height))
