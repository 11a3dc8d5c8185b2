"""Comments (threads, stance, ELSI tags, barriers, counts per card) and agendas (phases, running phase, items)
through the operations."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.comment_capture import ELSI_TAGS, STANCES, parse_comment_line
from app.operations import agenda_ops, comments_ops, participants_ops
from app.operations.errors import OperationRefused
from app.store.models.participation import ELSI_TAGS as MODEL_TAGS
from app.store.models.participation import STANCES as MODEL_STANCES

from .participation_fixtures import delete_card

T0 = datetime(2025, 3, 12, 18, 0)


def test_thread_with_replies_stance_and_tags(board):
    card = board.card_ids[0]
    anna = participants_ops.quick_add(board.ws, "Anna")
    top = comments_ops.add_comment(board.ws, "card", card, "Wer bezahlt die Begleitung?", stance="Frage",
                                   elsi_tags=["sozial", "rechtlich"], author_id=anna.id, now=T0)
    reply = comments_ops.add_comment(board.ws, "card", card, "Entlastungsbetrag §45b", stance="Idee",
                                     parent_id=top.id, anonymous=True, now=T0 + timedelta(seconds=5))
    comments_ops.add_comment(board.ws, "card", card, "Gute Sache", stance="dafür", now=T0 + timedelta(seconds=9))
    thread = comments_ops.comment_thread(board.ws, "card", card)
    assert [(e.comment.text, e.depth) for e in thread] == [
        ("Wer bezahlt die Begleitung?", 0), ("Entlastungsbetrag §45b", 1), ("Gute Sache", 0)]
    assert thread[0].comment.elsi_tags == ("rechtlich", "sozial")  # fixed order
    assert (thread[0].comment.author_label, reply.author_label, reply.author_id) == ("Anna", "anonym", None)
    assert thread[0].comment.canvas_id == board.canvas_id
    edited = comments_ops.edit_comment(board.ws, top.id, text="Wer zahlt?", elsi_tags=["ethisch"])
    assert (edited.text, edited.stance, edited.elsi_tags) == ("Wer zahlt?", "Frage", ("ethisch",))


def test_comment_refusals(board):
    with pytest.raises(OperationRefused, match="leer"):
        comments_ops.add_comment(board.ws, "card", board.card_ids[0], "   ")
    with pytest.raises(OperationRefused, match="Haltung"):
        comments_ops.add_comment(board.ws, "card", board.card_ids[0], "x", stance="vielleicht")
    delete_card(board.ws, board.card_ids[1])
    with pytest.raises(OperationRefused, match="Karte"):
        comments_ops.add_comment(board.ws, "card", board.card_ids[1], "x")
    with pytest.raises(OperationRefused, match="Bereich"):
        comments_ops.add_comment(board.ws, "block", "kein-canvas:wertangebot", "x")


def test_comments_on_block_canvas_and_session_and_counts_per_card(board):
    comments_ops.add_comment(board.ws, "block", f"{board.canvas_id}:wertangebot", "Zu allgemein")
    comments_ops.add_comment(board.ws, "canvas", board.canvas_id, "Gesamteindruck")
    on_session = comments_ops.add_comment(board.ws, "session", board.session_id, "Raum zu klein")
    assert on_session.session_id == board.session_id and on_session.canvas_id is None
    first = comments_ops.add_comment(board.ws, "card", board.card_ids[0], "a")
    comments_ops.add_comment(board.ws, "card", board.card_ids[0], "b", parent_id=first.id)
    gone = comments_ops.add_comment(board.ws, "card", board.card_ids[2], "c")
    comments_ops.delete_comment(board.ws, gone.id)
    assert comments_ops.comment_counts(board.ws, board.canvas_id) == {board.card_ids[0]: 2}


def test_barrier_list_with_status_and_measure(board):
    b1 = comments_ops.add_comment(board.ws, "card", board.card_ids[0], "Keine Anerkennung nach §45a",
                                  barrier=True, elsi_tags=["rechtlich"], now=T0)
    b2 = comments_ops.add_comment(board.ws, "card", board.card_ids[1], "Fahrer fehlen", barrier=True,
                                  now=T0 + timedelta(minutes=1))
    comments_ops.add_comment(board.ws, "card", board.card_ids[1], "kein Hindernis")
    assert b1.barrier_status == "offen"
    comments_ops.edit_comment(board.ws, b1.id, barrier_status="überwunden",
                              barrier_measure="Antrag beim Kreis gestellt")
    comments_ops.edit_comment(board.ws, b2.id, barrier_status="in Bearbeitung")
    barriers = comments_ops.list_barriers(board.ws)
    assert [(b.text, b.barrier_status, b.barrier_measure) for b in barriers] == [
        ("Fahrer fehlen", "in Bearbeitung", ""),
        ("Keine Anerkennung nach §45a", "überwunden", "Antrag beim Kreis gestellt")]
    assert barriers[1].target_label == "Karte „Einkaufsbegleitung“"
    assert [b.id for b in comments_ops.list_barriers(board.ws, status="überwunden")] == [b1.id]
    with pytest.raises(OperationRefused, match="Stand"):
        comments_ops.edit_comment(board.ws, b1.id, barrier_status="erledigt")


def test_capture_line_sets_stance_tags_and_barrier():
    got = parse_comment_line("- #rechtlich #Barriere Wer haftet bei Stürzen? #sozial")
    assert (got.text, got.stance, got.elsi_tags, got.barrier) == (
        "Wer haftet bei Stürzen?", "dagegen", ("rechtlich", "sozial"), True)
    assert parse_comment_line("-5 Grad im Winter").stance is None
    assert parse_comment_line("? #unbekannt bleibt").text == "#unbekannt bleibt"
    assert (STANCES, ELSI_TAGS) == (MODEL_STANCES, MODEL_TAGS)


@given(st.text(max_size=60))
def test_capture_never_loses_plain_words(line):
    got = parse_comment_line(line)
    assert got.stance in (None, *STANCES)
    assert set(got.elsi_tags) <= set(ELSI_TAGS)
    for word in line.split():
        if not word.startswith("#") and word not in "+-=?!":
            assert word in got.text


def test_agenda_default_phases_reorder_and_running_phase(board):
    phases = agenda_ops.list_phases(board.ws, board.session_id)
    assert [(p.title, p.planned_minutes) for p in phases] == [
        ("Ankommen", 15), ("Sammeln", 30), ("Clustern", 20), ("Bewerten", 20), ("Diskutieren", 30),
        ("Abschluss", 10)]
    moved = agenda_ops.move_phase(board.ws, phases[3].id, -2)
    assert [p.title for p in moved][:3] == ["Ankommen", "Bewerten", "Sammeln"]
    agenda_ops.start_phase(board.ws, phases[0].id, now=T0)
    agenda_ops.start_phase(board.ws, phases[1].id, now=T0 + timedelta(minutes=17))
    now = agenda_ops.list_phases(board.ws, board.session_id)
    first, second = now[0], next(p for p in now if p.title == "Sammeln")
    assert (first.state_word, first.elapsed_seconds(T0 + timedelta(hours=1))) == ("beendet", 17 * 60)
    assert second.state_word == "läuft" and agenda_ops.current_phase(board.ws, board.session_id) == second
    assert second.elapsed_seconds(T0 + timedelta(minutes=20)) == 180
    assert agenda_ops.get_session(board.ws, board.session_id).status == "laufend"
    with pytest.raises(OperationRefused, match="läuft bereits"):
        agenda_ops.start_phase(board.ws, second.id)
    stopped = agenda_ops.stop_current_phase(board.ws, board.session_id, now=T0 + timedelta(minutes=40))
    assert stopped is not None and stopped.ended_at == T0 + timedelta(minutes=40)
    assert agenda_ops.current_phase(board.ws, board.session_id) is None
    extra = agenda_ops.add_phase(board.ws, board.session_id, "Pause", 15)
    assert extra.position == 6


def test_session_items_by_kind(board):
    agenda_ops.add_item(board.ws, board.session_id, "decision", "Fahrdienst wird erprobt")
    step = agenda_ops.add_item(board.ws, board.session_id, "next_step", "Angebot einholen", owner="Frau Kaya")
    agenda_ops.add_item(board.ws, board.session_id, "open_question", "Versicherung?")
    assert [i.kind_word for i in agenda_ops.list_items(board.ws, board.session_id)] == [
        "Entscheidung", "Nächster Schritt", "Offene Frage"]
    agenda_ops.remove_item(board.ws, step.id)
    assert [i.text for i in agenda_ops.list_items(board.ws, board.session_id, "next_step")] == []
    with pytest.raises(OperationRefused, match="Unbekannte Art"):
        agenda_ops.add_item(board.ws, board.session_id, "wish", "x")
