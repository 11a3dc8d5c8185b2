"""Diffs of canvas versions and the comparison by stakeholder group: rules that hold for any pair of card sets."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from app.domain.canvas_diff import (
    NO_GROUP,
    CardSnapshot,
    compare_by_group,
    copied_card_id,
    descendant_card_id,
    diff_cards,
    diff_rows,
)

BLOCKS = ("partner", "angebot", "kosten")
GROUPS = ("Bürger*innen", "Dienstleister", "")

texts = st.sampled_from(["Fahrdienst", "Bürgercafé", "Einkaufshilfe", "Besuchsdienst", "fahrdienst "])


@st.composite
def cards(draw, prefix: str = "c") -> list[CardSnapshot]:
    n = draw(st.integers(min_value=0, max_value=8))
    return [
        CardSnapshot(
            id=f"{prefix}{i}",
            text=draw(texts),
            block_key=draw(st.sampled_from(BLOCKS)),
            color=draw(st.sampled_from(["#ffec99", "#d0ebff"])),
            amount_cents=draw(st.one_of(st.none(), st.integers(0, 20_000))),
            author_id=draw(st.sampled_from(GROUPS)) or None,
        )
        for i in range(n)
    ]


@st.composite
def version_pairs(draw):
    """An older card set and a newer one made from it: some cards copied (maybe edited), some dropped, some new."""
    old = draw(cards("alt"))
    new: list[CardSnapshot] = []
    for c in old:
        fate = draw(st.sampled_from(["keep", "edit", "drop"]))
        if fate == "drop":
            continue
        text = c.text + " (überarbeitet)" if fate == "edit" else c.text
        new.append(CardSnapshot(f"kopie-{c.id}", text, c.block_key, c.color, c.amount_cents, lineage=c.id))
    new += draw(cards("neu"))
    return old, new


def _group(card: CardSnapshot) -> str:
    return card.author_id or NO_GROUP


@given(cards())
def test_a_version_compared_with_itself_shows_no_difference(version):
    diff = diff_cards(version, version)
    assert diff.is_empty
    assert len(diff.unchanged) == len(version)


@given(version_pairs())
def test_added_removed_changed_are_disjoint_and_account_for_every_card(pair):
    old, new = pair
    diff = diff_cards(old, new)
    new_ids = [c.id for c in diff.added] + [ch.new.id for ch in diff.changed] + [n.id for _, n in diff.unchanged]
    old_ids = [c.id for c in diff.removed] + [ch.old.id for ch in diff.changed] + [o.id for o, _ in diff.unchanged]
    assert sorted(new_ids) == sorted(c.id for c in new)
    assert sorted(old_ids) == sorted(c.id for c in old)
    assert all(ch.fields for ch in diff.changed)


@given(version_pairs())
def test_edited_copies_are_changed_and_fresh_cards_are_added(pair):
    old, new = pair
    diff = diff_cards(old, new)
    assert {c.id for c in diff.added} == {c.id for c in new if not c.lineage}
    assert all(ch.fields == ("text",) and ch.new.text.endswith("(überarbeitet)") for ch in diff.changed)


def test_changed_card_names_every_changed_field():
    old = CardSnapshot("a", "Fahrdienst", "angebot", "#ffec99", 500, "month")
    new = CardSnapshot("b", "Fahrdienst am Abend", "kosten", "#FFEC99", 700, "month", lineage="a")
    (change,) = diff_cards([old], [new]).changed
    assert change.fields == ("text", "block", "amount")  # colour differs only in case: not a change


def test_rows_are_grouped_by_block_in_template_order():
    old = [CardSnapshot("a", "weg", "kosten"), CardSnapshot("b", "alt", "partner")]
    new = [CardSnapshot("x", "neu", "kosten"), CardSnapshot("y", "alt!", "partner", lineage="b")]
    rows = diff_rows(diff_cards(old, new), block_order=BLOCKS)
    assert [(r.block_key, r.kind) for r in rows] == [("partner", "changed"), ("kosten", "added"),
                                                      ("kosten", "removed")]


def test_copied_ids_are_deterministic_and_chain_over_versions():
    v2, v3 = str(uuid.uuid4()), str(uuid.uuid4())
    card = str(uuid.uuid4())
    assert copied_card_id(v2, card) == copied_card_id(v2, card) != copied_card_id(v3, card)
    assert descendant_card_id(card, [v2, v3]) == copied_card_id(v3, copied_card_id(v2, card))
    assert copied_card_id("keine-uuid", card) == copied_card_id("keine-uuid", card)


@given(cards("a"), cards("b"))
def test_group_counts_sum_to_the_cards_of_each_side(side_a, side_b):
    result = compare_by_group(side_a, side_b, _group, BLOCKS)
    assert sum(sum(b.counts_a.values()) for b in result) == len(side_a)
    assert sum(sum(b.counts_b.values()) for b in result) == len(side_b)
    for block in result:
        assert set(block.only_a) <= {c for cs in block.cards_a.values() for c in cs}
        assert set(block.only_b) <= {c for cs in block.cards_b.values() for c in cs}


def test_what_citizens_said_and_providers_did_not():
    citizens = [CardSnapshot("a", "Bürgercafé", "angebot", author_id="Bürger*innen"),
                CardSnapshot("b", "Fahrdienst", "angebot", author_id="Bürger*innen")]
    providers = [CardSnapshot("c", "fahrdienst ", "angebot", author_id="Dienstleister"),
                 CardSnapshot("d", "Abrechnung §45b", "kosten")]
    result = {b.block_key: b for b in compare_by_group(citizens, providers, _group, BLOCKS)}
    assert [c.text for c in result["angebot"].only_a] == ["Bürgercafé"]
    assert result["angebot"].only_b == ()
    assert result["angebot"].counts_a == {"Bürger*innen": 2}
    assert result["kosten"].counts_b == {NO_GROUP: 1}
    assert list(result) == ["angebot", "kosten"]
