"""Merging workspace files: last writer per field, nothing lost, erasure sticks, any order gives the same master."""

from __future__ import annotations

import itertools
import json
import sqlite3

import pytest
from sqlalchemy import select

from app.operations.sync_ops import list_conflicts, merge_sources, resolve_conflict
from app.store.migrations import head_revision
from app.store.models import Card, ConflictRecord, Participant, Vote
from app.store.workspace_file import WorkspaceFile
from app.sync.errors import SourceRefused

from .helpers import (
    add_comment,
    add_vote,
    card_text,
    copies,
    dump,
    erase_participant,
    make_origin,
    quartier,
    set_card,
)


@pytest.fixture
def family(tmp_path):
    origin = tmp_path / "origin.werkstatt"
    ids = make_origin(origin)
    a, b, c = copies(origin, ["a.werkstatt", "b.werkstatt", "c.werkstatt"])
    return {"origin": origin, "a": a, "b": b, "c": c, **ids}


def _merge(master, *sources):
    return merge_sources(master, list(sources)).summaries


def test_concurrent_text_edits_keep_the_later_value_and_the_other_as_conflict(family):
    card = family["cards"][0]
    set_card(family["a"], card, text="Einkaufshilfe dienstags")
    set_card(family["b"], card, text="Einkaufshilfe donnerstags")  # later stamp
    (summary,) = _merge(family["a"], family["b"])
    assert card_text(family["a"], card) == "Einkaufshilfe donnerstags"
    assert summary.tally("cards").conflicts == 1
    with WorkspaceFile.open(family["a"]) as ws:
        conflicts = [c for c in list_conflicts(ws) if c.field == "text"]
    assert [json.loads(c.other_value) for c in conflicts] == ["Einkaufshilfe dienstags"]
    # and the other direction keeps the same value and the same conflict record
    _merge(family["b"], family["a"])
    assert dump(family["a"]) == dump(family["b"])


def test_edits_of_different_fields_both_survive(family):
    card = family["cards"][0]
    set_card(family["a"], card, text="neu")
    set_card(family["b"], card, x=333.0)
    _merge(family["a"], family["b"])
    with WorkspaceFile.open(family["a"], readonly=True) as ws, ws.session() as s:
        row = s.get(Card, card)
        assert (row.text, row.x) == ("neu", 333.0)


def test_delete_against_edit_keeps_the_edit_under_the_tombstone_and_undelete_brings_it_back(family):
    card = family["cards"][1]
    set_card(family["a"], card, deleted=True)
    set_card(family["b"], card, text="noch gebraucht")
    _merge(family["a"], family["b"])
    with WorkspaceFile.open(family["a"], readonly=True) as ws, ws.session() as s:
        row = s.get(Card, card)
        assert row.deleted and row.text == "noch gebraucht"
    _merge(family["c"], family["a"])
    set_card(family["c"], card, deleted=False)  # an undo of the delete elsewhere, later
    _merge(family["a"], family["c"])
    with WorkspaceFile.open(family["a"], readonly=True) as ws, ws.session() as s:
        row = s.get(Card, card)
        assert not row.deleted and row.text == "noch gebraucht"


def test_votes_and_comments_come_together_by_union(family):
    card, rnd = family["cards"][0], family["round"]
    votes = {add_vote(family["a"], rnd, card, "Stimmzettel 1"), add_vote(family["b"], rnd, card, "Stimmzettel 2")}
    comments = {add_comment(family["a"], card, "gut"), add_comment(family["b"], card, "zu teuer")}
    _merge(family["c"], family["a"], family["b"])
    with WorkspaceFile.open(family["c"], readonly=True) as ws, ws.session() as s:
        assert set(s.scalars(select(Vote.id))) == votes
        from app.store.models import Comment

        assert set(s.scalars(select(Comment.id))) == comments


def test_merging_the_same_source_twice_changes_nothing(family):
    set_card(family["b"], family["cards"][0], text="B")
    add_vote(family["b"], family["round"], family["cards"][0], "Stimmzettel 3")
    _merge(family["a"], family["b"])
    before = dump(family["a"])
    (again,) = _merge(family["a"], family["b"])
    assert not again.changed_anything
    assert dump(family["a"]) == before


def test_any_order_of_sources_gives_the_same_master(family, tmp_path):
    card = family["cards"][0]
    set_card(family["a"], card, text="A", y=5.0)
    set_card(family["b"], card, text="B")
    set_card(family["c"], card, text="A")  # same value as a, later stamp
    set_card(family["a"], family["cards"][2], deleted=True)
    set_card(family["c"], family["cards"][2], text="C2")
    add_vote(family["b"], family["round"], card, "Stimmzettel 9")
    erase_participant(family["c"], family["participant"])
    with WorkspaceFile.open(family["b"]) as ws, ws.session() as s:
        s.get(Participant, family["participant"]).notes = "neue Notiz nach der Löschung anderswo"
    dumps = []
    for n, order in enumerate(itertools.permutations(["a", "b", "c"])):
        master = tmp_path / f"master-{n}.werkstatt"
        _merge(master, *(family[k] for k in order))
        dumps.append(dump(master))
    assert all(d == dumps[0] for d in dumps[1:])
    # associativity: merging a pre-merged (a+b) into c equals merging a, b, c one by one
    _merge(family["a"], family["b"])
    grouped = tmp_path / "grouped.werkstatt"
    _merge(grouped, family["c"], family["a"])
    assert dump(grouped) == dumps[0]


def test_erasure_wins_against_a_stale_package_and_a_later_edit_of_the_name(family, tmp_path):
    pid = family["participant"]
    stale = tmp_path / "stale.werkstatt"
    with WorkspaceFile.open(family["b"]) as ws:
        ws.save_as(stale)  # an old copy from before the erasure, still holding the name
    erase_participant(family["a"], pid)
    with WorkspaceFile.open(family["b"]) as ws, ws.session() as s:
        s.get(Participant, pid).display_name = "Erna B. (korrigiert)"  # later than the erasure
    (summary,) = _merge(family["a"], family["b"])
    _merge(family["a"], stale)
    _merge(family["c"], stale, family["a"])
    for path in (family["a"], family["c"]):
        with WorkspaceFile.open(path, readonly=True) as ws, ws.session() as s:
            p = s.get(Participant, pid)
            assert (p.display_name, p.contact, p.notes, p.erased) == ("", "", "", True)
            kept = s.scalars(select(ConflictRecord.loser_value).where(ConflictRecord.record_id == pid)).all()
            assert not any("Erna" in v or "@" in v or "Rollator" in v for v in kept)
    # the participant blanked again, and b's overwritten name, contact and notes kept blank in conflict records
    assert summary.erased_blanked == 4


def test_local_edit_after_a_merge_wins_over_merged_future_stamps(family):
    card = family["cards"][0]
    # b's clock runs a day ahead
    with WorkspaceFile.open(family["b"], wall=lambda: 1e10) as ws:  # far future
        with ws.session() as s:
            s.get(Card, card).text = "aus der Zukunft"
    with WorkspaceFile.open(family["a"]) as ws:
        merge_sources(ws, [family["b"]])
        with ws.session() as s:
            s.get(Card, card).text = "jetzt"
    assert card_text(family["a"], card) == "jetzt"
    _merge(family["b"], family["a"])
    assert card_text(family["b"], card) == "jetzt"


def test_resolving_a_conflict_takes_the_other_value_as_an_ordinary_edit(family):
    card = family["cards"][0]
    set_card(family["a"], card, text="mein Text")
    set_card(family["b"], card, text="ihr Text")
    _merge(family["a"], family["b"])
    with WorkspaceFile.open(family["a"]) as ws:
        (conflict,) = [c for c in list_conflicts(ws) if c.field == "text"]
        resolve_conflict(ws, conflict.id, take_other=True)
        assert [c for c in list_conflicts(ws) if c.id == conflict.id] == []
    assert card_text(family["a"], card) == "mein Text"
    _merge(family["b"], family["a"])
    assert card_text(family["b"], card) == "mein Text"


def test_a_source_of_another_workspace_is_refused(family, tmp_path):
    other = tmp_path / "other.werkstatt"
    WorkspaceFile.create(other, quartier="Anderswo").close()
    before = dump(family["a"])
    with pytest.raises(SourceRefused, match="anderen Werkstatt"):
        _merge(family["a"], other)
    assert dump(family["a"]) == before


def test_a_source_from_a_newer_version_is_refused_and_nothing_changes(family):
    con = sqlite3.connect(family["b"])
    con.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    con.commit()
    con.close()
    before = dump(family["a"])
    with pytest.raises(SourceRefused, match="neueren Version"):
        _merge(family["a"], family["c"], family["b"])
    assert dump(family["a"]) == before


def test_a_source_from_an_older_version_is_migrated_in_a_copy(family):
    set_card(family["b"], family["cards"][0], text="alt aber gültig")
    con = sqlite3.connect(family["b"])
    con.execute("DROP INDEX ix_cards_canvas_live")
    con.execute("DROP INDEX ix_votes_round_live")
    con.execute("ALTER TABLE erasure_records DROP COLUMN digest_salt")
    con.execute("ALTER TABLE erasure_records DROP COLUMN name_digests")
    con.execute("UPDATE alembic_version SET version_num='0001_initial'")
    con.commit()
    con.close()
    (summary,) = _merge(family["a"], family["b"])
    assert card_text(family["a"], family["cards"][0]) == "alt aber gültig"
    con = sqlite3.connect(family["b"])  # the source itself is untouched
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001_initial"
    con.close()
    assert head_revision() != "0001_initial"


def test_new_master_is_created_with_its_own_device_and_adopts_the_workspace(family, tmp_path):
    master = tmp_path / "neu.werkstatt"
    result = merge_sources(master, [family["a"]])
    assert result.created
    assert quartier(master) == "Schaffrath"
    with WorkspaceFile.open(master) as m, WorkspaceFile.open(family["a"]) as a:
        assert m.device_id and m.device_id != a.device_id
