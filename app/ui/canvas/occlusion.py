"""Which cards lie hidden under others, so that painting the board can skip them.

After a busy wall session cards pile up: the same spot holds dozens of cards, and "fit to screen" of such a board
spent nearly all its time drawing text that the cards on top hide. A card is BURIED when one opaque card above it
covers its whole rectangle, and its text is COVERED when one opaque card above it covers its text area. Only
single cards count as covers: cheap to decide, and exactly what a pile is. A card dimmed by a filter is
translucent and covers nothing.

On screen a buried card is not painted and a covered one without its text. Vector output (SVG, PDF) is written in
full, so the protocol still holds every card's text. While a card is dragged, the cards under it are uncovered
until the move is stored (then the model's change sets everything right again).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

from .painting import CARD_PADDING

if TYPE_CHECKING:
    from .card_item import CardItem

VISIBLE, TEXT_COVERED, BURIED = 0, 1, 2
CELL = 256.0

#: x, y, right, bottom of the card and of its text area, its stacking value, whether it covers what lies below
_Entry = tuple["CardItem", float, float, float, float, float, float, float, float, float, bool]


def _entry(item: CardItem) -> _Entry:
    rect = item.card_rect()
    x, y = item.x() + rect.x(), item.y() + rect.y()
    r, b = x + rect.width(), y + rect.height()
    return (item, x, y, r, b, x + CARD_PADDING, y + CARD_PADDING, r - CARD_PADDING, b - CARD_PADDING,
            item.zValue(), not item.dimmed)


def _cover(e: _Entry, candidates: Iterable[_Entry]) -> int:
    found = VISIBLE
    for o in candidates:
        if o[9] <= e[9] or not o[10] or o[0] is e[0]:
            continue
        if o[1] <= e[1] and o[2] <= e[2] and o[3] >= e[3] and o[4] >= e[4]:
            return BURIED
        if o[1] <= e[5] and o[2] <= e[6] and o[3] >= e[7] and o[4] >= e[8]:
            found = TEXT_COVERED
    return found


def _set(item: CardItem, cover: int) -> None:
    if item.cover != cover:
        item.cover = cover
        item.update()


def recompute_all(items: Iterable[CardItem]) -> None:
    """Decide every card at once (building or resetting the board): top-most first, with a grid of the cards
    already seen, so each card only meets the cards above it at its own centre."""
    entries = sorted((_entry(i) for i in items), key=lambda e: -e[9])
    grid: dict[tuple[int, int], list[_Entry]] = {}
    for e in entries:
        centre = (int(((e[1] + e[3]) / 2) // CELL), int(((e[2] + e[4]) / 2) // CELL))
        _set(e[0], _cover(e, grid.get(centre, ())))
        if e[10]:
            for cx in range(int(e[1] // CELL), int(e[3] // CELL) + 1):
                for cy in range(int(e[2] // CELL), int(e[4] // CELL) + 1):
                    grid.setdefault((cx, cy), []).append(e)


def recompute_around(scene_items, area: QRectF) -> None:  # type: ignore[no-untyped-def]
    """Decide again every card that touches ``area`` (where a card was, or is now). ``scene_items`` is the
    scene's ``items`` query, answered from its index."""
    from .card_item import CardItem

    for item in scene_items(area):
        if isinstance(item, CardItem):
            e = _entry(item)
            centre = QRectF(e[1], e[2], e[3] - e[1], e[4] - e[2]).center()
            _set(item, _cover(e, (_entry(o) for o in scene_items(centre) if isinstance(o, CardItem))))


def uncover_under(scene_items, items: Iterable[CardItem]) -> None:  # type: ignore[no-untyped-def]
    """Everything under the given cards shows in full (they are about to be dragged or resized)."""
    from .card_item import CardItem

    for moving in items:
        for item in scene_items(moving.sceneBoundingRect()):
            if isinstance(item, CardItem):
                _set(item, VISIBLE)
