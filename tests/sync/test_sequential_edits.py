"""A value someone replaced after seeing it is an ordinary later edit, not a conflict; concurrent edits are."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.merge_rules import add_seen, has_seen
from app.operations.sync_ops import list_conflicts, merge_sources
from app.store.workspace_file import WorkspaceFile

from .helpers import copies, make_origin, set_card


@pytest.fixture
def laptops(tmp_path):
    origin = tmp_path / "origin.werkstatt"
    ids = make_origin(origin)
    a, b, c = copies(origin, ["a.werkstatt", "b.werkstatt", "c.werkstatt"])
    return {"a": a, "b": b, "c": c, "card": ids["cards"][0]}


def _conflict_values(path) -> list[str]:
    with WorkspaceFile.open(path) as ws:
        return sorted(json.loads(c.other_value) for c in list_conflicts(ws) if c.field == "text")


def test_an_edit_made_after_merging_the_other_laptops_edit_shows_no_conflict(laptops):
    a, b, card = laptops["a"], laptops["b"], laptops["card"]
    set_card(a, card, text="Fahrdienst montags")
    merge_sources(b, [a])
    set_card(b, card, text="Fahrdienst dienstags")  # B saw A's value and replaced it
    (summary,) = merge_sources(a, [b]).summaries
    assert summary.tally("cards").conflicts == 0
    assert _conflict_values(a) == []
    merge_sources(b, [a])
    assert _conflict_values(b) == []


def test_a_chain_of_edits_over_three_laptops_shows_no_conflict(laptops):
    a, b, c, card = laptops["a"], laptops["b"], laptops["c"], laptops["card"]
    set_card(a, card, text="eins")
    merge_sources(b, [a])
    set_card(b, card, text="zwei")
    set_card(b, card, text="drei")  # B edits twice
    merge_sources(c, [b])
    set_card(c, card, text="vier")
    merge_sources(a, [c])  # A never saw B directly: its "eins" was still seen by C's writer
    assert _conflict_values(a) == []


def test_concurrent_edits_on_two_laptops_still_show_the_conflict(laptops):
    a, b, card = laptops["a"], laptops["b"], laptops["card"]
    set_card(a, card, text="Fahrdienst montags")
    set_card(b, card, text="Fahrdienst dienstags")  # neither saw the other's
    (summary,) = merge_sources(a, [b]).summaries
    assert summary.tally("cards").conflicts == 1
    assert _conflict_values(a) == ["Fahrdienst montags"]
    merge_sources(b, [a])
    assert _conflict_values(b) == ["Fahrdienst montags"]


def test_an_edit_after_a_merge_that_lost_a_concurrent_value_keeps_that_conflict(laptops):
    """B had two concurrent values (its own lost); its next edit replaced only the winner it saw."""
    a, b, card = laptops["a"], laptops["b"], laptops["card"]
    set_card(b, card, text="B alt")
    set_card(a, card, text="A")  # later: wins on B
    merge_sources(b, [a])
    assert _conflict_values(b) == ["B alt"]
    set_card(b, card, text="B neu")
    merge_sources(a, [b])
    assert _conflict_values(a) == ["B alt"]


_devices = st.sampled_from(["d1", "d2", "d3"])
_stamps = st.builds(lambda wall, counter, dev: f"{wall:015d}-{counter:06d}-{dev}",
                    st.integers(0, 50), st.integers(0, 3), _devices)


@given(st.lists(_stamps, max_size=8), _stamps)
def test_seen_knows_every_added_version_and_older_ones_of_the_same_device(added, probe):
    seen = ""
    for stamp in added:
        seen = add_seen(seen, stamp)
    assert all(has_seen(seen, s) for s in added)
    expected = any(s.rsplit("-", 1)[1] == probe.rsplit("-", 1)[1] and s >= probe for s in added)
    assert has_seen(seen, probe) is expected


@given(st.lists(_stamps, max_size=8))
def test_seen_does_not_depend_on_the_order_versions_were_seen_in(added):
    forward = backward = ""
    for stamp in added:
        forward = add_seen(forward, stamp)
    for stamp in reversed(added):
        backward = add_seen(backward, stamp)
    assert forward == backward
