"""A copied workspace file is a new replica, and no edit made on a copy is ever lost (issue: copied with ``cp`` or a
file manager, edited on two laptops with skewed clocks, merged back both ways).

Also the merge alone: two different histories under one device id (a file copied by an older version, or put back
from a disk image) are never taken for one: a stamp that carries two values is a visible conflict."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from app.operations.sync_ops import list_conflicts, merge_sources
from app.store.models import Card, ConflictRecord
from app.store.workspace_file import WorkspaceFile

from .helpers import dump, make_origin

T0 = 1_800_000_000.0  # seconds; the fake wall clocks start here
HOUR = 3600.0


def _edit(path: Path, wall: float, **changes: dict[str, object]) -> None:
    """Edit cards of ``path`` with the wall clock reading ``wall`` (one user action)."""
    with WorkspaceFile.open(path, wall=lambda: wall) as ws, ws.session() as s:
        for card_id, values in changes.items():
            card = s.get(Card, card_id)
            for field, value in values.items():
                setattr(card, field, value)


def _cards(path: Path) -> dict[str, dict[str, object]]:
    with WorkspaceFile.open(path, readonly=True) as ws, ws.session() as s:
        return {c.id: {"text": c.text, "x": c.x, "deleted": c.deleted} for c in s.scalars(select(Card))}


def _visible(path: Path) -> set[tuple[str, str, object]]:
    with WorkspaceFile.open(path) as ws:
        return {(c.record_id, c.field, json.loads(c.other_value)) for c in list_conflicts(ws)}


def _kept_or_visible(path: Path, card_id: str, field: str, value: object) -> bool:
    current = _cards(path)[card_id][field]
    return current == value or (card_id, field, value) in _visible(path)


@pytest.mark.parametrize("skew", [-HOUR, +HOUR, 0.0], ids=["copy-clock-behind", "copy-clock-ahead", "same-clock"])
@pytest.mark.parametrize("first", ["original", "copy"])
def test_copy_edit_both_and_merge_both_ways_loses_nothing(tmp_path, skew, first):
    origin = tmp_path / "werkstatt.werkstatt"
    ids = make_origin(origin, cards=4, wall=lambda: T0 - HOUR)
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    copy = Path(shutil.copy2(origin, stick / origin.name))  # as a file manager copies: bytes, same name
    a, b, c, d = ids["cards"]
    # the same card differently on both, different cards on each; the copy's clock is skewed
    edits = {
        "original": (origin, T0, {a: {"text": "Fahrdienst montags"}, b: {"text": "nur im Original"}}),
        "copy": (copy, T0 + skew, {a: {"text": "Fahrdienst dienstags"}, c: {"text": "nur auf der Kopie",
                                                                               "x": 99.0}}),
    }
    order = [first, "copy" if first == "original" else "original"]
    for name in order:
        path, wall, changes = edits[name]
        _edit(path, wall, **changes)
    # the same clock reading on both laptops: without a new device id the stamps would be identical
    _edit(origin, T0 + 10, **{d: {"text": "gleichzeitig A"}})
    _edit(copy, T0 + 10, **{d: {"text": "gleichzeitig B"}})

    (into_original,) = merge_sources(origin, [copy]).summaries
    (into_copy,) = merge_sources(copy, [origin]).summaries
    assert into_original.changed_anything, "the merge must not report »nichts Neues«"
    assert dump(origin) == dump(copy), "both replicas must converge"
    for path in (origin, copy):
        assert _cards(path)[b]["text"] == "nur im Original"
        assert _cards(path)[c]["text"] == "nur auf der Kopie" and _cards(path)[c]["x"] == 99.0
        for value in ("Fahrdienst montags", "Fahrdienst dienstags"):
            assert _kept_or_visible(path, a, "text", value), value
        for value in ("gleichzeitig A", "gleichzeitig B"):
            assert _kept_or_visible(path, d, "text", value), value
    # merging again changes nothing
    (again,) = merge_sources(origin, [copy]).summaries
    assert not again.changed_anything


def _same_device_as(original: Path, copy: Path) -> None:
    """A copy that an older version opened: it kept the original's device id (what a file copied before this
    version, or a disk image put back, looks like)."""
    with sqlite3.connect(original) as con:
        device = con.execute("SELECT value FROM meta WHERE key='device_id'").fetchone()[0]
    with WorkspaceFile.open(copy) as ws:  # forks ...
        ws.set_setting("device_id", device)  # ... and is put back to the old id, as an older version would have


def test_a_stamp_that_carries_two_values_is_a_visible_conflict_not_nothing_new(tmp_path):
    origin = tmp_path / "o.werkstatt"
    ids = make_origin(origin, wall=lambda: T0 - HOUR)
    copy = Path(shutil.copyfile(origin, tmp_path / "k.werkstatt"))
    _same_device_as(origin, copy)
    card = ids["cards"][0]
    _edit(origin, T0, **{card: {"text": "Besuchsdienst"}})
    _edit(copy, T0, **{card: {"text": "Mittagstisch"}})  # identical stamp, different value
    with WorkspaceFile.open(origin, readonly=True) as o, o.session() as s1:
        with WorkspaceFile.open(copy, readonly=True) as k, k.session() as s2:
            assert s1.get(Card, card).stamps["text"] == s2.get(Card, card).stamps["text"]
    (summary,) = merge_sources(origin, [copy]).summaries
    assert summary.changed_anything and summary.tally("cards").conflicts == 1
    merge_sources(copy, [origin])
    assert dump(origin) == dump(copy)
    for path in (origin, copy):
        assert _cards(path)[card]["text"] == "Mittagstisch"  # the larger text, on every replica
        assert (card, "text", "Besuchsdienst") in _visible(path)


def test_three_values_under_one_stamp_converge_in_every_order_and_all_are_kept(tmp_path):
    origin = tmp_path / "o.werkstatt"
    ids = make_origin(origin, wall=lambda: T0 - HOUR)
    card = ids["cards"][0]
    names = ["x.werkstatt", "y.werkstatt", "z.werkstatt"]
    files = [Path(shutil.copyfile(origin, tmp_path / n)) for n in names]
    for f in files:
        _same_device_as(origin, f)
    for f, text in zip(files, ["Alpha", "Beta", "Gamma"], strict=True):
        _edit(f, T0, **{card: {"text": text}})
    # one more laptop, derived from x, replaces x's value later (a real later edit)
    later = Path(shutil.copyfile(files[0], tmp_path / "later.werkstatt"))
    _edit(later, T0 + 60, **{card: {"text": "Delta"}})
    sources = [*files, later]
    dumps = []
    for n, order in enumerate([[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]]):
        master = tmp_path / f"master-{n}.werkstatt"
        merge_sources(master, [sources[i] for i in order])
        dumps.append(dump(master))
        with WorkspaceFile.open(master, readonly=True) as ws, ws.session() as s:
            kept = {json.loads(v) for v in s.scalars(select(ConflictRecord.loser_value)
                                                     .where(ConflictRecord.record_id == card))}
            assert s.get(Card, card).text == "Delta"
        assert {"Alpha", "Beta", "Gamma"} <= kept
        assert {"Beta", "Gamma"} <= {v for (_r, f, v) in _visible(master) if f == "text"}
    assert all(d == dumps[0] for d in dumps[1:]), "merge order changed the result"


@pytest.mark.parametrize("planted_bug", [False, True], ids=["new-id", "copy-keeps-the-id"])
def test_a_later_edit_on_the_original_does_not_hide_the_copys_concurrent_edit(tmp_path, monkeypatch, planted_bug):
    """Why a copy needs its own device id: what a writer had seen is kept per device. Were the copy's edit made
    under the original's id, the original's next edit would claim to have seen it, and it would vanish from the
    conflict list (planted: the copy keeps the id, as before)."""
    if planted_bug:
        monkeypatch.setattr(WorkspaceFile, "_claim_place", lambda self: self)
    origin = tmp_path / "o.werkstatt"
    ids = make_origin(origin, wall=lambda: T0 - HOUR)
    copy = Path(shutil.copyfile(origin, tmp_path / "k.werkstatt"))
    card = ids["cards"][0]
    _edit(origin, T0 + 200, **{card: {"text": "Original eins"}})
    _edit(copy, T0 + 150, **{card: {"text": "Kopie"}})  # the copy's clock is behind
    merge_sources(origin, [copy])
    _edit(origin, T0 + 250, **{card: {"text": "Original zwei"}})  # replaces only what the original showed
    merge_sources(copy, [origin])
    for path in (origin, copy):
        assert ((card, "text", "Kopie") in _visible(path)) is not planted_bug


@pytest.mark.parametrize("kind", ["hard link", "symlink"])
def test_a_link_to_the_target_is_not_merged_into_itself(tmp_path, kind):
    import os

    from app.store.errors import WorkspaceError

    origin = tmp_path / "o.werkstatt"
    make_origin(origin)
    other = tmp_path / "zweiter-name.werkstatt"
    if kind == "hard link":
        os.link(origin, other)
    else:
        other.symlink_to(origin)
    before = dump(origin)
    with pytest.raises(WorkspaceError, match="Zieldatei selbst"):
        merge_sources(origin, [other])
    assert dump(origin) == before
