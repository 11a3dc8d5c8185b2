"""Before an erasure the facilitator sees where parts of the name still occur, and replaces each with one click:
an ordinary stamped edit that merges, also in append-only records."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.operations import agenda_ops, comments_ops, outreach_ops, participants_ops
from app.operations.errors import OperationRefused
from app.operations.name_mentions_ops import find_mentions, redact_mention, redact_open_mentions
from app.operations.privacy_ops import erase_participant
from app.operations.sync_ops import merge_sources
from app.store.errors import AppendOnlyViolation
from app.store.models import Actor, Card, OutreachContact
from app.store.workspace_file import WorkspaceFile


@pytest.fixture
def named(board):
    """Anna Zabelschmidt, named in full, by surname and by first name in several places."""
    ws = board.ws
    anna = participants_ops.quick_add(ws, "Anna Zabelschmidt")
    with ws.session() as s:
        s.get(Card, board.card_ids[0]).text = "Frau Zabelschmidt meint: Annahme prüfen"
        actor = Actor(name="Fußpflege Zabelschmidt", contact_person="Anna Zabelschmidt")
        s.add(actor)
        s.flush()
        actor_id = actor.id
    outreach_ops.log_contact(ws, actor_id, channel="Telefon", contact_date=date(2025, 3, 1),
                             result="Rückruf durch Anna am Montag")
    comments_ops.add_comment(ws, "card", board.card_ids[1], "ANNA ZABELSCHMIDT bringt den Kuchen")
    agenda_ops.add_item(ws, board.session_id, "next_step", "Flyer drucken", owner="anna zabelschmidt")
    return ws, anna.id


def _by_place(mentions):
    return {(m.place, m.found, m.automatic) for m in mentions}


def test_parts_of_the_name_are_listed_for_review_and_the_whole_name_as_replaced_anyway(named):
    ws, pid = named
    found = _by_place(find_mentions(ws, pid))
    assert ("Karten – Text", "Zabelschmidt", False) in found
    assert ("Akteure – Name", "Zabelschmidt", False) in found  # the name of a thing: the facilitator decides
    assert ("Kontaktaufnahmen – Ergebnis", "Anna", False) in found
    assert ("Kommentare – Text", "ANNA ZABELSCHMIDT", True) in found
    assert ("Sitzungsergebnisse – zuständig", "anna zabelschmidt", True) in found
    assert ("Akteure – Ansprechperson", "Anna Zabelschmidt", True) in found
    assert not any("Annahme" in m.found for m in find_mentions(ws, pid))
    # those to review come first
    flags = [m.automatic for m in find_mentions(ws, pid)]
    assert flags == sorted(flags)


def test_one_click_replaces_one_occurrence_as_a_stamped_edit_that_merges(named, tmp_path):
    ws, pid = named
    other = ws.save_as(tmp_path / "laptop.werkstatt")
    hit = next(m for m in find_mentions(ws, pid) if m.table == "cards" and not m.automatic)
    with ws.session() as s:
        before = dict(s.get(Card, hit.record_id).stamps)
    assert redact_mention(ws, hit) == "Frau [Name gelöscht] meint: Annahme prüfen"
    with ws.session() as s:
        card = s.get(Card, hit.record_id)
        assert card.stamps["text"] > before["text"] and card.hlc == card.stamps["text"]
    merge_sources(other, [ws.path])
    with WorkspaceFile.open(other, readonly=True) as o, o.session() as s:
        assert s.get(Card, hit.record_id).text == "Frau [Name gelöscht] meint: Annahme prüfen"
    assert all(m.record_id != hit.record_id for m in find_mentions(ws, pid))


def test_a_click_in_an_append_only_record_is_allowed_and_any_other_edit_there_still_is_not(named):
    ws, pid = named
    hit = next(m for m in find_mentions(ws, pid) if m.table == "outreach_contacts")
    assert redact_mention(ws, hit) == "Rückruf durch [Name gelöscht] am Montag"
    with pytest.raises(AppendOnlyViolation), ws.session() as s:
        s.scalars(select(OutreachContact)).one().result = "anders"


def test_a_stale_occurrence_is_refused_and_changes_nothing(named):
    ws, pid = named
    hit = next(m for m in find_mentions(ws, pid) if m.table == "cards")
    with ws.session() as s:
        s.get(Card, hit.record_id).text = "ganz neuer Text"
    with pytest.raises(OperationRefused, match="geändert"):
        redact_mention(ws, hit)
    with ws.session() as s:
        assert s.get(Card, hit.record_id).text == "ganz neuer Text"


def test_all_open_occurrences_at_once_then_the_erasure_leaves_no_part_of_the_name(named):
    ws, pid = named
    with ws.session() as s:  # two occurrences in one text: the second moves when the first is replaced
        s.get(Card, named_card(s)).text = "Zabelschmidt und nochmal Zabelschmidt"
    assert redact_open_mentions(ws, pid) >= 4
    assert all(m.automatic for m in find_mentions(ws, pid))
    erase_participant(ws, pid)
    raw = ws.path.read_bytes() + b"".join(p.read_bytes() for p in ws.path.parent.glob(ws.path.name + "-wal"))
    assert b"Zabelschmidt" not in raw and b"ZABELSCHMIDT" not in raw and b"zabelschmidt" not in raw
    assert find_mentions(ws, pid) == []  # an erased person has no name left to look for


def named_card(s) -> str:  # type: ignore[no-untyped-def]
    return s.scalars(select(Card.id).where(Card.text.contains("Annahme"))).one()


def test_unknown_person_is_refused(board):
    with pytest.raises(OperationRefused, match="gibt es nicht"):
        find_mentions(board.ws, "nobody")
