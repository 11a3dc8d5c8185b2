"""What changed between two versions of a canvas, and what each stakeholder group put on two canvases.

How cards of two versions are matched
-------------------------------------
"Als neue Version sichern" copies every live card into a new canvas, so the copy has a new id. The card table has
no column for the card it was copied from, and the schema stays as it is; instead the copy's id is *derived*:
``copied_card_id(new_canvas_id, old_card_id) == uuid5(new_canvas_id, old_card_id)``. That is deterministic, so

* the diff finds the copy of card ``c1`` in version ``v2`` by computing ``uuid5(v2.id, c1.id)``; across several
  versions the derivation is applied once per step (``descendant_card_id``), so ``v1`` can be compared with ``v3``;
* a card created later in ``v2`` has a random id, matches nothing older and counts as added;
* two laptops that copy the same version into the same new canvas during a merge produce the same card ids, so a
  merge never doubles a copied card.

The operations layer puts the id a card would have in the newer canvas into ``CardSnapshot.lineage``; this module
only compares snapshots and knows nothing about storage.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from app.domain.translation_marker import QT_TRANSLATE_NOOP

#: Namespace for canvas ids that are not UUIDs (never change it: stored copies depend on it).
VERSION_NAMESPACE = uuid.UUID("2c8e6f0a-71d3-5b49-a6e2-9f1d4c7b3e58")

#: The fields a change can touch, in the order they are named to the user.
CHANGE_FIELDS = ("text", "block", "amount", "colour", "cluster")

#: German names of the changed fields, shown as "geändert: Text, Bereich".
FIELD_LABELS = {
    "text": QT_TRANSLATE_NOOP("CanvasDiff", "Text"),
    "block": QT_TRANSLATE_NOOP("CanvasDiff", "Bereich"),
    "amount": QT_TRANSLATE_NOOP("CanvasDiff", "Betrag"),
    "colour": QT_TRANSLATE_NOOP("CanvasDiff", "Farbe"),
    "cluster": QT_TRANSLATE_NOOP("CanvasDiff", "Gruppe"),
}

#: The group of cards whose author is unknown.
NO_GROUP = QT_TRANSLATE_NOOP("CanvasDiff", "ohne Angabe")


def _namespace(canvas_id: str) -> uuid.UUID:
    try:
        return uuid.UUID(canvas_id)
    except ValueError:
        return uuid.uuid5(VERSION_NAMESPACE, canvas_id)


def copied_card_id(new_canvas_id: str, old_card_id: str) -> str:
    """Id of the copy of ``old_card_id`` in the canvas ``new_canvas_id`` (uuid5: same on every laptop)."""
    return str(uuid.uuid5(_namespace(new_canvas_id), old_card_id))


def copied_cluster_id(new_canvas_id: str, old_cluster_id: str) -> str:
    return str(uuid.uuid5(_namespace(new_canvas_id), f"cluster:{old_cluster_id}"))


def copied_link_id(new_canvas_id: str, old_link_id: str) -> str:
    return str(uuid.uuid5(_namespace(new_canvas_id), f"card-actor-link:{old_link_id}"))


def descendant_card_id(card_id: str, later_canvas_ids: Sequence[str]) -> str:
    """The id the card would carry after being copied into each of ``later_canvas_ids`` in turn."""
    for canvas_id in later_canvas_ids:
        card_id = copied_card_id(canvas_id, card_id)
    return card_id


@dataclass(frozen=True)
class CardSnapshot:
    """A card as the comparison sees it. ``lineage`` is the key that matches it across versions."""

    id: str
    text: str
    block_key: str
    color: str = ""
    amount_cents: int | None = None
    amount_period: str = ""
    cluster_title: str = ""
    author_id: str | None = None
    lineage: str = ""

    @property
    def match_key(self) -> str:
        return self.lineage or self.id


@dataclass(frozen=True)
class CardChange:
    old: CardSnapshot
    new: CardSnapshot
    fields: tuple[str, ...]

    @property
    def block_key(self) -> str:
        return self.new.block_key


@dataclass(frozen=True)
class CanvasDiff:
    """Every card of both sides falls into exactly one of the four lists."""

    added: tuple[CardSnapshot, ...] = ()
    removed: tuple[CardSnapshot, ...] = ()
    changed: tuple[CardChange, ...] = ()
    unchanged: tuple[tuple[CardSnapshot, CardSnapshot], ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def changed_fields(old: CardSnapshot, new: CardSnapshot) -> tuple[str, ...]:
    found: list[str] = []
    if old.text != new.text:
        found.append("text")
    if old.block_key != new.block_key:
        found.append("block")
    if (old.amount_cents, old.amount_period) != (new.amount_cents, new.amount_period):
        found.append("amount")
    if old.color.lower() != new.color.lower():
        found.append("colour")
    if old.cluster_title != new.cluster_title:
        found.append("cluster")
    return tuple(found)


def diff_cards(old_cards: Iterable[CardSnapshot], new_cards: Iterable[CardSnapshot]) -> CanvasDiff:
    """Compare an older and a newer version; cards are matched by ``match_key`` (see the module docstring)."""
    old_by_key = {c.match_key: c for c in old_cards}
    new_list = list(new_cards)
    new_keys = {c.match_key for c in new_list}
    added: list[CardSnapshot] = []
    changed: list[CardChange] = []
    unchanged: list[tuple[CardSnapshot, CardSnapshot]] = []
    for card in new_list:
        before = old_by_key.get(card.match_key)
        if before is None:
            added.append(card)
            continue
        fields = changed_fields(before, card)
        if fields:
            changed.append(CardChange(before, card, fields))
        else:
            unchanged.append((before, card))
    removed = [c for key, c in old_by_key.items() if key not in new_keys]
    return CanvasDiff(tuple(added), tuple(removed), tuple(changed), tuple(unchanged))


@dataclass(frozen=True)
class DiffRow:
    """One line of the comparison table: a card that is new, removed or changed, under the block it sits in."""

    block_key: str
    kind: str  # "added", "removed", "changed"
    text: str
    old_text: str = ""
    fields: tuple[str, ...] = ()
    old: CardSnapshot | None = None  # for a changed card: how it was before


def diff_rows(diff: CanvasDiff, block_order: Sequence[str] = ()) -> list[DiffRow]:
    """The diff as table rows grouped by block (in ``block_order``, unknown blocks after), then new/changed/removed."""
    rows = [DiffRow(c.block_key, "added", c.text) for c in diff.added]
    rows += [DiffRow(ch.new.block_key, "changed", ch.new.text, ch.old.text, ch.fields, ch.old) for ch in diff.changed]
    rows += [DiffRow(c.block_key, "removed", c.text) for c in diff.removed]
    order = {key: i for i, key in enumerate(block_order)}
    kind_order = {"added": 0, "changed": 1, "removed": 2}
    return sorted(rows, key=lambda r: (order.get(r.block_key, len(order)), r.block_key, kind_order[r.kind],
                                       r.text.casefold()))


# --------------------------------------------------------------------------- comparison by stakeholder group


def normalised_text(text: str) -> str:
    """Two cards say the same when their words match regardless of case and spacing."""
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class BlockByGroup:
    """One block of two canvases on the same template: who said what on each side."""

    block_key: str
    cards_a: dict[str, tuple[CardSnapshot, ...]] = field(default_factory=dict)  # group -> cards
    cards_b: dict[str, tuple[CardSnapshot, ...]] = field(default_factory=dict)
    only_a: tuple[CardSnapshot, ...] = ()
    only_b: tuple[CardSnapshot, ...] = ()

    @property
    def counts_a(self) -> dict[str, int]:
        return {g: len(cs) for g, cs in self.cards_a.items()}

    @property
    def counts_b(self) -> dict[str, int]:
        return {g: len(cs) for g, cs in self.cards_b.items()}

    @property
    def groups(self) -> list[str]:
        return sorted(set(self.cards_a) | set(self.cards_b), key=lambda g: (g == NO_GROUP, g))


def _by_group(cards: Iterable[CardSnapshot], group_of_card: Callable[[CardSnapshot], str]) -> dict[str, tuple]:
    grouped: dict[str, list[CardSnapshot]] = {}
    for card in cards:
        grouped.setdefault(group_of_card(card) or NO_GROUP, []).append(card)
    return {g: tuple(cs) for g, cs in grouped.items()}


def compare_by_group(
    cards_a: Iterable[CardSnapshot],
    cards_b: Iterable[CardSnapshot],
    group_of_card: Callable[[CardSnapshot], str],
    block_order: Sequence[str] = (),
) -> list[BlockByGroup]:
    """Per block: the cards of each side by the author's stakeholder group, and what only one side has.

    A card counts as said on both sides when the other side has a card of the same lineage (a copied version) or
    with the same words; everything else is "only here". Blocks come in ``block_order``, others after by key.
    """
    list_a, list_b = list(cards_a), list(cards_b)
    keys_a = {c.match_key for c in list_a} | {normalised_text(c.text) for c in list_a}
    keys_b = {c.match_key for c in list_b} | {normalised_text(c.text) for c in list_b}

    def shared(card: CardSnapshot, other: set[str]) -> bool:
        return card.match_key in other or normalised_text(card.text) in other

    order = {key: i for i, key in enumerate(block_order)}
    blocks = sorted({c.block_key for c in list_a} | {c.block_key for c in list_b},
                    key=lambda k: (order.get(k, len(order)), k))
    result = []
    for key in blocks:
        in_a = [c for c in list_a if c.block_key == key]
        in_b = [c for c in list_b if c.block_key == key]
        result.append(BlockByGroup(
            block_key=key,
            cards_a=_by_group(in_a, group_of_card),
            cards_b=_by_group(in_b, group_of_card),
            only_a=tuple(c for c in in_a if not shared(c, keys_b)),
            only_b=tuple(c for c in in_b if not shared(c, keys_a)),
        ))
    return result
