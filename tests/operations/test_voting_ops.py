"""Vote rounds through the operations: every refusal stores nothing, proxies and paper are recorded as such,
anonymous ballots carry no person, and hidden results stay hidden until the round is closed."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app.operations import paper_votes_ops, participants_ops, vote_results_ops, voting_ops
from app.operations.errors import OperationRefused
from app.store.models import Vote

from .participation_fixtures import add_canvas_with_cards, delete_card, vote_rows

T0 = datetime(2025, 3, 12, 18, 0)


def _open_round(board, **kw):
    r = voting_ops.create_round(board.ws, board.canvas_id, title="Prioritäten", session_id=board.session_id, **kw)
    return voting_ops.open_round(board.ws, r.id, now=T0)


def _present(board, name, group="Bürger*innen"):
    return participants_ops.quick_add(board.ws, name, stakeholder_group=group,
                                      present_in_session=board.session_id)


def _refused(board, fn, *args, **kw) -> str:
    before = vote_rows(board.ws)
    with pytest.raises(OperationRefused) as info:
        fn(*args, **kw)
    assert vote_rows(board.ws) == before
    return str(info.value)


def test_vote_over_budget_is_refused_and_stores_nothing(board):
    r = _open_round(board, budget=3)
    anna = _present(board, "Anna")
    for card in board.card_ids[:3]:
        voting_ops.cast_vote(board.ws, r.id, card, participant_id=anna.id, now=T0)
    msg = _refused(board, voting_ops.cast_vote, board.ws, r.id, board.card_ids[3], participant_id=anna.id, now=T0)
    assert "Alle Punkte sind schon vergeben" in msg


def test_vote_over_per_card_cap_is_refused_and_stores_nothing(board):
    r = _open_round(board, budget=5, per_card_cap=2)
    anna = _present(board, "Anna")
    voting_ops.cast_vote(board.ws, r.id, board.card_ids[0], participant_id=anna.id, weight=2, now=T0)
    msg = _refused(board, voting_ops.cast_vote, board.ws, r.id, board.card_ids[0], participant_id=anna.id, now=T0)
    assert "Höchstens 2 Punkte pro Karte" in msg


def test_closed_and_unopened_rounds_take_no_votes(board):
    draft = voting_ops.create_round(board.ws, board.canvas_id, session_id=board.session_id)
    anna = _present(board, "Anna")
    assert "noch nicht geöffnet" in _refused(board, voting_ops.cast_vote, board.ws, draft.id, board.card_ids[0],
                                             participant_id=anna.id)
    r = _open_round(board)
    voting_ops.close_round(board.ws, r.id, now=T0 + timedelta(minutes=5))
    assert voting_ops.get_round(board.ws, r.id).status == "closed"
    assert _refused(board, voting_ops.cast_vote, board.ws, r.id, board.card_ids[0],
                    participant_id=anna.id) == "Die Abstimmungsrunde ist geschlossen."


def test_deleted_card_and_card_outside_the_round_are_refused(board):
    r = _open_round(board, card_ids=board.card_ids[:2])
    anna = _present(board, "Anna")
    assert "nicht zur Wahl" in _refused(board, voting_ops.cast_vote, board.ws, r.id, board.card_ids[3],
                                        participant_id=anna.id, now=T0)
    delete_card(board.ws, board.card_ids[0])
    assert "gelöscht" in _refused(board, voting_ops.cast_vote, board.ws, r.id, board.card_ids[0],
                                  participant_id=anna.id, now=T0)
    other_canvas, other_cards = add_canvas_with_cards(board.ws, ["Fremde Karte"])
    r_all = _open_round(board)
    assert "nicht zur Wahl" in _refused(board, voting_ops.cast_vote, board.ws, r_all.id, other_cards[0],
                                        participant_id=anna.id, now=T0)
    assert [c.text for c in voting_ops.round_cards(board.ws, r.id)] == ["Fahrdienst zum Arzt"]


def test_absent_person_cannot_vote_but_a_proxy_for_them_is_recorded_as_proxy(board):
    r = _open_round(board)
    bernd = participants_ops.quick_add(board.ws, "Bernd")  # never marked present
    assert "anwesende" in _refused(board, voting_ops.cast_vote, board.ws, r.id, board.card_ids[0],
                                   participant_id=bernd.id, now=T0)
    carla = _present(board, "Carla")
    participants_ops.set_attendance(board.ws, board.session_id, carla.id, False)
    _refused(board, voting_ops.cast_vote, board.ws, r.id, board.card_ids[0], participant_id=carla.id, now=T0)
    assert [v.label for v in voting_ops.eligible_voters(board.ws, r.id)] == []

    result = voting_ops.cast_vote(board.ws, r.id, board.card_ids[0], participant_id=bernd.id, proxy=True,
                                  recorded_by="Moderation", now=T0)
    assert result.source == "proxy" and result.remaining == 4
    with board.ws.session() as s:
        vote = s.get(Vote, result.vote_id)
        assert (vote.source, vote.participant_id, vote.recorded_by) == ("proxy", bernd.id, "Moderation")


def test_anonymous_ballots_carry_no_participant_and_count_as_anonym(board):
    r = _open_round(board, hidden_until_closed=False)
    token = voting_ops.next_ballot_token(board.ws, r.id)
    assert token == "Stimmzettel 1"
    voting_ops.cast_vote(board.ws, r.id, board.card_ids[1], ballot_token=token, weight=2, now=T0)
    assert voting_ops.next_ballot_token(board.ws, r.id) == "Stimmzettel 2"
    assert voting_ops.next_ballot_token(board.ws, r.id, taken=["Stimmzettel 2"]) == "Stimmzettel 3"
    with board.ws.session() as s:
        votes = s.scalars(select(Vote).where(Vote.round_id == r.id)).all()
        assert [(v.participant_id, v.ballot_token, v.weight) for v in votes] == [(None, "Stimmzettel 1", 2)]
    results = vote_results_ops.round_results(board.ws, r.id)
    assert results.by_group == {"anonym": {board.card_ids[1]: 2}}


def test_anonymous_round_refuses_named_votes(board):
    r = _open_round(board, anonymous=True)
    anna = _present(board, "Anna")
    assert "Stimmzetteln" in _refused(board, voting_ops.cast_vote, board.ws, r.id, board.card_ids[0],
                                      participant_id=anna.id, now=T0)
    assert voting_ops.eligible_voters(board.ws, r.id) == []


def test_results_hidden_while_open_except_for_the_facilitator(board):
    r = _open_round(board)
    anna = _present(board, "Anna")
    voting_ops.cast_vote(board.ws, r.id, board.card_ids[0], participant_id=anna.id, now=T0)
    assert voting_ops.card_dot_counts(board.ws, r.id, as_facilitator=False) is None
    assert voting_ops.card_dot_counts(board.ws, r.id, as_facilitator=True) == {board.card_ids[0]: 1}
    hidden = vote_results_ops.round_results(board.ws, r.id)
    assert not hidden.visible and hidden.ranking == [] and "geschlossen" in hidden.hidden_message
    voting_ops.close_round(board.ws, r.id, now=T0 + timedelta(minutes=1))
    shown = vote_results_ops.round_results(board.ws, r.id)
    assert shown.visible and shown.ranking[0].card_id == board.card_ids[0] and shown.total == 1


def test_results_rank_cards_and_split_by_stakeholder_group(board):
    r = _open_round(board, budget=3)
    anna = _present(board, "Anna", "Bürger*innen")
    pflege = _present(board, "Pflegedienst Sonne", "Dienstleister")
    voting_ops.cast_vote(board.ws, r.id, board.card_ids[2], participant_id=anna.id, weight=3, now=T0)
    voting_ops.cast_vote(board.ws, r.id, board.card_ids[2], participant_id=pflege.id, now=T0)
    voting_ops.cast_vote(board.ws, r.id, board.card_ids[1], participant_id=pflege.id, weight=2, now=T0)
    voting_ops.close_round(board.ws, r.id, now=T0 + timedelta(minutes=3))
    res = vote_results_ops.round_results(board.ws, r.id)
    assert [(row.rank, row.title, row.count) for row in res.ranking[:2]] == [
        (1, "Bürgercafé", 4), (2, "Fahrdienst zum Arzt", 2)]
    assert res.groups == ("Bürger*innen", "Dienstleister")
    assert res.by_group["Dienstleister"] == {board.card_ids[2]: 1, board.card_ids[1]: 2}
    assert res.voters == 2 and res.total == 6
    assert len(res.ranking) == 4  # cards without points are listed with 0


def test_retract_sets_a_tombstone_and_gives_the_point_back(board):
    r = _open_round(board, budget=2)
    anna = _present(board, "Anna")
    first = voting_ops.cast_vote(board.ws, r.id, board.card_ids[0], participant_id=anna.id, now=T0)
    assert first.remaining == 1
    assert voting_ops.retract_last_vote(board.ws, r.id, participant_id=anna.id) == board.card_ids[0]
    assert voting_ops.remaining_for(board.ws, r.id, participant_id=anna.id) == 2
    with board.ws.session() as s:
        assert s.get(Vote, first.vote_id).deleted is True


def test_time_box_expiry_refuses_votes_until_extended(board):
    r = voting_ops.create_round(board.ws, board.canvas_id, session_id=board.session_id)
    r = voting_ops.open_round(board.ws, r.id, time_box_minutes=5, now=T0)
    assert r.closes_at == T0 + timedelta(minutes=5)
    anna = _present(board, "Anna")
    late = T0 + timedelta(minutes=6)
    assert "abgelaufen" in _refused(board, voting_ops.cast_vote, board.ws, r.id, board.card_ids[0],
                                    participant_id=anna.id, now=late)
    r = voting_ops.extend_round(board.ws, r.id, 3, now=late)
    assert r.closes_at == late + timedelta(minutes=3)
    voting_ops.cast_vote(board.ws, r.id, board.card_ids[0], participant_id=anna.id, now=late)


def test_round_transitions_refused_in_german(board):
    r = _open_round(board)
    with pytest.raises(OperationRefused, match="bereits geöffnet"):
        voting_ops.open_round(board.ws, r.id, now=T0)
    voting_ops.close_round(board.ws, r.id, now=T0)
    with pytest.raises(OperationRefused, match="nicht wieder geöffnet"):
        voting_ops.open_round(board.ws, r.id, now=T0)
    with pytest.raises(OperationRefused, match="mindestens einen Punkt"):
        voting_ops.create_round(board.ws, board.canvas_id, budget=0)


def test_paper_counts_are_checked_against_budget_times_ballots_and_stored_as_paper(board):
    r = _open_round(board, budget=3)
    counts = {board.card_ids[0]: 4, board.card_ids[1]: 3}
    msg = _refused(board, paper_votes_ops.enter_paper_counts, board.ws, r.id, counts, 2)
    assert "höchstens 6 möglich" in msg
    assert paper_votes_ops.enter_paper_counts(board.ws, r.id, counts, 3, recorded_by="Moderation") == 7
    with board.ws.session() as s:
        votes = s.scalars(select(Vote).where(Vote.round_id == r.id)).all()
        assert {(v.source, v.participant_id, v.weight) for v in votes} == {("paper", None, 4), ("paper", None, 3)}
    # a second batch is checked together with the first: 7 + 3 > 3 × (3 + 0)
    _refused(board, paper_votes_ops.enter_paper_counts, board.ws, r.id, {board.card_ids[2]: 3}, 0)
    assert paper_votes_ops.paper_counts(board.ws, r.id) == (3, counts)
    voting_ops.close_round(board.ws, r.id, now=T0)
    assert voting_ops.get_round(board.ws, r.id).paper_ballots == 3
    assert "geschlossen" in _refused(board, paper_votes_ops.enter_paper_counts, board.ws, r.id, counts, 3)


def test_compare_two_rounds_on_different_canvas_versions_matches_cards_by_text(board):
    first = _open_round(board, budget=3)
    anna = _present(board, "Anna")
    voting_ops.cast_vote(board.ws, first.id, board.card_ids[0], participant_id=anna.id, weight=3, now=T0)
    voting_ops.close_round(board.ws, first.id, now=T0)
    canvas2, cards2 = add_canvas_with_cards(board.ws, ["Einkaufsbegleitung", "Bürgercafé"])
    second = voting_ops.create_round(board.ws, canvas2, budget=3)
    voting_ops.open_round(board.ws, second.id, now=T0)
    voting_ops.cast_vote(board.ws, second.id, cards2[1], participant_id=anna.id, weight=3, now=T0)
    with pytest.raises(OperationRefused):
        vote_results_ops.compare_round_results(board.ws, first.id, second.id)
    voting_ops.close_round(board.ws, second.id, now=T0)
    rows = {row.title: row for row in vote_results_ops.compare_round_results(board.ws, first.id, second.id)}
    assert rows["Bürgercafé"].rank_after == 1 and rows["Bürgercafé"].count_change == 3
    assert rows["Einkaufsbegleitung"].rank_before == 1 and rows["Einkaufsbegleitung"].rank_change == -1
    assert rows["Techniktreff"].rank_after is None
