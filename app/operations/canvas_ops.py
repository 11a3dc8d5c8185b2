"""Everything the canvas board does to a workspace, in one place to import from.

The functions live in small modules (reading, cards, clusters); each opens ONE session and returns plain data.
"""

from __future__ import annotations

from app.domain.card_amounts import Amount, BlockSum, sums_by_block

from .canvas_board import (
    CanvasNotFound,
    create_canvas,
    find_canvas,
    list_actor_choices,
    list_author_choices,
    list_canvases,
    list_templates,
    load_board,
)
from .canvas_data import (
    BlockData,
    BoardData,
    CanvasSummary,
    CardData,
    CardMove,
    ChoiceData,
    ClusterData,
    NewCard,
)
from .card_ops import (
    CardNotFound,
    add_card,
    add_cards,
    delete_cards,
    link_actor,
    move_cards,
    restore_cards,
    reveal_cards,
    set_cluster,
    set_private,
    unlink_actor,
    update_card,
)
from .cluster_ops import cluster_cards, rename_cluster, uncluster_cards


def block_sums(board: BoardData) -> dict[str, BlockSum]:
    """Exact sum of card amounts per block. Face-down cards do not count yet: the sum would give them away."""
    pairs: list[tuple[str, Amount]] = []
    for card in board.cards:
        amount = None if card.private else card.amount()
        if amount is not None:
            pairs.append((card.block_key, amount))
    return sums_by_block(pairs)


__all__ = [
    "BlockData", "BoardData", "CanvasNotFound", "CanvasSummary", "CardData", "CardMove", "CardNotFound",
    "ChoiceData", "ClusterData", "NewCard", "add_card", "add_cards", "block_sums", "cluster_cards",
    "create_canvas", "delete_cards", "find_canvas", "link_actor", "list_actor_choices", "list_author_choices",
    "list_canvases", "list_templates", "load_board", "move_cards", "rename_cluster", "restore_cards",
    "reveal_cards", "set_cluster", "set_private", "uncluster_cards", "unlink_actor", "update_card",
]
