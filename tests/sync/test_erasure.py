"""Erasure (DSGVO Art. 17) reaches every field and every copy: records that arrive later from packages made before
the erasure, laptops that learn of it in a merge, in any merge order, merged again and again."""

from __future__ import annotations

import itertools
import json
import sqlite3

import pytest
from sqlalchemy import select

from app.operations.privacy_ops import erase_participant
from app.operations.sync_ops import list_conflicts, merge_sources
from app.operations.transport_ops import pack_workspace
from app.store.models import Card, ConflictRecord, ConsentEvent, ErasureRecord, SessionItem
from app.store.workspace_file import WorkspaceFile

from .erasure_fixtures import (
    CONTACT,
    NAME,
    file_bytes,
    leaked,
    mention_everywhere,
    name_the_person,
    redact_columns_hold_no_name,
)
from .helpers import copies, dump, make_origin


@pytest.fixture
def laptops(tmp_path):
    origin = tmp_path / "origin.werkstatt"
    ids = make_origin(origin)
    name_the_person(origin, ids["participant"])
    a, b, c = copies(origin, ["a.werkstatt", "b.werkstatt", "c.werkstatt"])
    return {"a": a, "b": b, "c": c, **ids}


def _erase(path, pid) -> None:
    with WorkspaceFile.open(path) as ws:
        erase_participant(ws, pid, erased_by="Moderation")


def _assert_gone(path) -> None:
    assert redact_columns_hold_no_name(path) == []
    assert leaked(file_bytes(path)) == [], f"the name is still in the bytes of {path.name}"


def test_a_package_made_before_the_erasure_brings_no_name_back(laptops, tmp_path):
    pid = laptops["participant"]
    mention_everywhere(laptops["b"], pid)
    package = tmp_path / "b.qwpaket"
    with WorkspaceFile.open(laptops["b"]) as ws:
        pack_workspace(ws, package)  # made before the erasure, merged after it
    _erase(laptops["a"], pid)
    _assert_gone(laptops["a"])
    (summary,) = merge_sources(laptops["a"], [package]).summaries
    assert summary.erased_blanked > 0
    _assert_gone(laptops["a"])
    # the rows are there, with the name replaced and everything else kept
    with WorkspaceFile.open(laptops["a"], readonly=True) as ws, ws.session() as s:
        owners = [i.owner for i in s.scalars(select(SessionItem))]
        assert owners and all(o.startswith("laut [Name gelöscht]: [Name gelöscht]") for o in owners)
        own = [e.note for e in s.scalars(select(ConsentEvent).where(ConsentEvent.participant_id == pid))]
        assert own and set(own) == {""}
    # a second merge of the same package changes nothing
    (again,) = merge_sources(laptops["a"], [package]).summaries
    assert not again.changed_anything


def test_a_laptop_that_holds_the_name_loses_it_when_it_learns_of_the_erasure(laptops):
    pid = laptops["participant"]
    mention_everywhere(laptops["b"], pid)
    _erase(laptops["a"], pid)
    merge_sources(laptops["b"], [laptops["a"]])
    _assert_gone(laptops["b"])
    # and both laptops agree afterwards, whichever way they merge
    merge_sources(laptops["a"], [laptops["b"]])
    merge_sources(laptops["b"], [laptops["a"]])
    assert dump(laptops["a"]) == dump(laptops["b"])
    _assert_gone(laptops["a"])


def test_records_written_after_the_erasure_on_an_unaware_laptop_are_cleaned_where_they_arrive(laptops):
    pid = laptops["participant"]
    _erase(laptops["a"], pid)
    mention_everywhere(laptops["b"], pid)  # later clock stamps than the erasure
    merge_sources(laptops["a"], [laptops["b"]])
    _assert_gone(laptops["a"])


def test_the_name_typed_again_after_the_erasure_is_replaced_at_the_next_merge(laptops):
    pid = laptops["participant"]
    _erase(laptops["a"], pid)
    with WorkspaceFile.open(laptops["a"]) as ws, ws.session() as s:
        card = s.get(Card, laptops["cards"][0])
        card.text = f"{NAME} kommt doch"
    merge_sources(laptops["a"], [laptops["c"]])
    with WorkspaceFile.open(laptops["a"], readonly=True) as ws, ws.session() as s:
        assert s.get(Card, laptops["cards"][0]).text == "[Name gelöscht] kommt doch"
    _assert_gone(laptops["a"])


def test_superseded_values_naming_the_person_are_kept_with_the_name_replaced(laptops):
    pid = laptops["participant"]
    card = laptops["cards"][0]
    for laptop, text in (("b", f"Idee von {NAME}"), ("c", f"Idee von {NAME}, überarbeitet")):
        with WorkspaceFile.open(laptops[laptop]) as ws, ws.session() as s:
            s.get(Card, card).text = text
    merge_sources(laptops["b"], [laptops["c"]])  # a real conflict, recorded with the name
    _erase(laptops["a"], pid)
    merge_sources(laptops["a"], [laptops["b"]])
    _assert_gone(laptops["a"])
    with WorkspaceFile.open(laptops["a"]) as ws:
        texts = [json.loads(c.other_value) for c in list_conflicts(ws) if c.field == "text"]
    assert "Idee von [Name gelöscht]" in texts


def test_any_order_of_sources_gives_the_same_clean_master(laptops, tmp_path):
    pid = laptops["participant"]
    mention_everywhere(laptops["b"], pid)
    _erase(laptops["a"], pid)
    with WorkspaceFile.open(laptops["c"]) as ws, ws.session() as s:
        s.get(Card, laptops["cards"][1]).text = f"{NAME.upper()} und der Fahrdienst"
    dumps = []
    for n, order in enumerate(itertools.permutations(["a", "b", "c"])):
        master = tmp_path / f"master-{n}.werkstatt"
        merge_sources(master, [laptops[k] for k in order])
        _assert_gone(master)
        dumps.append(dump(master))
        (again,) = merge_sources(master, [laptops[order[0]]]).summaries
        assert not again.changed_anything, "merging a source again changed something"
    assert all(d == dumps[0] for d in dumps[1:])


def test_two_erasures_arriving_in_any_order_give_the_same_master(laptops, tmp_path):
    """Each erasure record replaces its own names; applied one after another or together, the result and the
    stamps are the same."""
    pid = laptops["participant"]
    with WorkspaceFile.open(laptops["b"]) as ws, ws.session() as s:
        from app.store.models import Participant

        karl = Participant(display_name="Karl Overbeck", contact="")
        s.add(karl)
        s.flush()
        karl_id = karl.id
        s.get(Card, laptops["cards"][2]).text = f"{NAME} und Karl Overbeck fahren"
    merge_sources(laptops["c"], [laptops["b"]])
    _erase(laptops["a"], pid)
    merge_sources(laptops["c"], [laptops["b"]])
    _erase(laptops["c"], karl_id)
    dumps = []
    for n, order in enumerate(itertools.permutations(["a", "b", "c"])):
        master = tmp_path / f"m{n}.werkstatt"
        merge_sources(master, [laptops[k] for k in order])
        dumps.append(dump(master))
        with WorkspaceFile.open(master, readonly=True) as ws, ws.session() as s:
            assert s.get(Card, laptops["cards"][2]).text == "[Name gelöscht] und [Name gelöscht] fahren"
    assert all(d == dumps[0] for d in dumps[1:])


def test_the_erasure_record_keeps_no_name_only_digests(laptops):
    pid = laptops["participant"]
    _erase(laptops["a"], pid)
    con = sqlite3.connect(laptops["a"])
    row = con.execute("SELECT erased_by, digest_salt, name_digests FROM erasure_records").fetchone()
    con.close()
    erased_by, salt, digests = row
    assert erased_by == "Moderation" and len(salt) == 32
    assert digests and not leaked(digests) and "wilhelmine" not in digests.casefold()
    with WorkspaceFile.open(laptops["a"], readonly=True) as ws, ws.session() as s:
        assert s.scalars(select(ErasureRecord)).one().participant_id == pid


def test_an_erasure_from_an_older_version_without_digests_still_blanks_the_person(laptops):
    """Erasure records written before digests existed: the person's own fields and remarks go by id."""
    pid = laptops["participant"]
    with WorkspaceFile.open(laptops["a"]) as ws, ws.session() as s:
        s.add(ErasureRecord(participant_id=pid, erased_by="Moderation"))
        s.add(ConsentEvent(participant_id=pid, purpose="photos", given=True, note=f"{NAME} am Eingang"))
    merge_sources(laptops["a"], [laptops["b"]])
    with WorkspaceFile.open(laptops["a"], readonly=True) as ws, ws.session() as s:
        assert {e.note for e in s.scalars(select(ConsentEvent))} == {""}
        assert s.scalars(select(ConflictRecord).where(ConflictRecord.loser_value.contains("Zabel"))).all() == []
    assert CONTACT.encode() not in file_bytes(laptops["a"])


def test_while_the_master_stays_open_neither_its_file_nor_its_log_keeps_the_merged_in_name(laptops, tmp_path):
    """The GUI keeps the file open: the merge itself must leave the write-ahead log without the old text."""
    pid = laptops["participant"]
    mention_everywhere(laptops["b"], pid)
    _erase(laptops["a"], pid)
    with WorkspaceFile.open(laptops["a"]) as ws:
        with ws.session() as s:  # the open file has a log with frames in it
            s.get(Card, laptops["cards"][0]).text = "Einkaufshilfe"
        merge_sources(ws, [laptops["b"]])
        assert leaked(file_bytes(laptops["a"])) == []
        # a later merge that only replaces a name typed again still truncates the log
        with ws.session() as s:
            s.get(Card, laptops["cards"][0]).text = f"{NAME} kommt doch"
        merge_sources(ws, [laptops["c"]])
        assert leaked(file_bytes(laptops["a"])) == []


def test_a_name_typed_after_the_erasure_and_cleaned_elsewhere_leaves_no_frame_in_the_log(laptops):
    """Found by the sync state machine: a vote recorded here by the erased name after the erasure is cleaned on
    another laptop; merging that cleaned version back overwrites the row (no erasure step needed here), and the
    write-ahead log must not keep the frame with the name."""
    from app.store.models import Vote

    pid = laptops["participant"]
    _erase(laptops["a"], pid)
    with WorkspaceFile.open(laptops["a"]) as ws:
        with ws.session() as s:
            s.add(Vote(round_id=laptops["round"], card_id=laptops["cards"][0], ballot_token="Papier",
                       recorded_by=NAME))
        merge_sources(laptops["b"], [laptops["a"]])  # b cleans the vote
        (summary,) = merge_sources(ws, [laptops["b"]]).summaries
        assert summary.erased_blanked == 0  # the cleaned row came from b; nothing for the erasure step to do
        assert leaked(file_bytes(laptops["a"])) == []
