"""Vote rounds never accept more than the rules allow, count exactly what they accepted, and rank the same way
everywhere."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.voting import (
    ANONYMOUS_GROUP,
    MSG_ABSENT,
    MSG_BAD_WEIGHT,
    MSG_CARD_DELETED,
    MSG_CARD_NOT_IN_ROUND,
    MSG_CLOSED,
    MSG_EXPIRED,
    MSG_NO_CARD,
    MSG_NO_STACKING,
    MSG_NOT_OPEN,
    Ballot,
    RoundRules,
    VotingError,
    check_paper_counts,
    check_vote,
    close_round,
    compare_rounds,
    extend_round,
    is_expired,
    open_round,
    ranking,
    remaining,
    tally,
    tally_by_group,
    validate_rules,
    visible_results,
)

T0 = datetime(2025, 3, 12, 18, 0)
CARDS = ("k1", "k2", "k3", "k4")
VOTERS = ("anna", "bernd", "cem", "Stimmzettel 7")


def _open(**kw) -> RoundRules:
    return open_round(RoundRules(**kw), T0)


def _b(card: str, weight: int = 1, voter: str = "anna") -> Ballot:
    return Ballot(round_id="r", voter_key=voter, card_id=card, weight=weight)


# --- single refusals -------------------------------------------------------------------------------------------


def test_draft_round_refuses_with_not_open_message():
    assert check_vote(RoundRules(), [], "k1", 1) == [MSG_NOT_OPEN]


def test_closed_round_refuses_with_the_agreed_message():
    rules = close_round(_open(), T0 + timedelta(minutes=5))
    assert check_vote(rules, [], "k1", 1) == ["Die Abstimmungsrunde ist geschlossen."]


def test_open_round_accepts_a_plain_dot():
    assert check_vote(_open(), [], "k1", 1) == []


def test_over_budget_says_how_many_dots_are_left():
    rules = _open(budget=5)
    votes = [_b("k1"), _b("k2"), _b("k3")]
    assert remaining(rules, votes) == 2
    assert check_vote(rules, votes, "k4", 3) == ["So viele Punkte sind nicht mehr übrig: noch 2 von 5."]
    assert check_vote(rules, votes + [_b("k4", 2)], "k1", 1) == ["Alle Punkte sind schon vergeben (0 von 5 übrig)."]


def test_per_card_cap_is_enforced_with_the_cap_in_the_message():
    rules = _open(budget=5, per_card_cap=2)
    errors = check_vote(rules, [_b("k1", 2)], "k1", 1)
    assert errors == ["Höchstens 2 Punkte pro Karte erlaubt; auf dieser Karte haben Sie schon 2 Punkte vergeben."]
    assert check_vote(rules, [], "k1", 3) == ["Höchstens 2 Punkte pro Karte erlaubt."]
    assert check_vote(rules, [_b("k1", 2)], "k2", 2) == []


def test_without_stacking_only_one_dot_per_card():
    rules = _open(budget=5, stacking=False)
    assert check_vote(rules, [_b("k1")], "k1", 1) == [MSG_NO_STACKING]
    assert check_vote(rules, [], "k1", 2) == [MSG_NO_STACKING]
    assert check_vote(rules, [_b("k1")], "k2", 1) == []


def test_deleted_missing_or_excluded_cards_are_refused():
    rules = _open(card_ids=frozenset({"k1"}))
    assert check_vote(rules, [], "k1", 1, card_deleted=True) == [MSG_CARD_DELETED]
    assert check_vote(rules, [], "kx", 1, card_exists=False) == [MSG_NO_CARD]
    assert check_vote(rules, [], "k2", 1) == [MSG_CARD_NOT_IN_ROUND]


def test_absent_voter_is_refused():
    assert check_vote(_open(), [], "k1", 1, voter_present=False) == [MSG_ABSENT]


@pytest.mark.parametrize("weight", [0, -1, True, 1.5])
def test_non_positive_or_non_integer_weight_is_refused(weight):
    assert check_vote(_open(), [], "k1", weight) == [MSG_BAD_WEIGHT]


def test_points_method_takes_any_positive_amount_within_budget_and_ignores_stacking():
    rules = _open(method="points", budget=100, stacking=False)
    assert check_vote(rules, [], "k1", 70) == []
    assert check_vote(rules, [_b("k1", 70)], "k1", 30) == []
    assert check_vote(rules, [_b("k1", 70)], "k2", 31) == ["So viele Punkte sind nicht mehr übrig: noch 30 von 100."]


def test_expired_round_refuses_even_before_it_is_closed():
    rules = open_round(RoundRules(), T0, closes_at=T0 + timedelta(minutes=10))
    assert not is_expired(rules, T0 + timedelta(minutes=9))
    assert check_vote(rules, [], "k1", 1, now=T0 + timedelta(minutes=9)) == []
    assert check_vote(rules, [], "k1", 1, now=T0 + timedelta(minutes=10)) == [MSG_EXPIRED]


# --- state transitions -----------------------------------------------------------------------------------------


def test_open_extend_close_walks_the_round_through_its_states():
    rules = open_round(RoundRules(), T0, closes_at=T0 + timedelta(minutes=10))
    assert (rules.status, rules.opened_at) == ("open", T0)
    rules = extend_round(rules, T0 + timedelta(minutes=15), now=T0 + timedelta(minutes=12))
    assert rules.closes_at == T0 + timedelta(minutes=15)
    rules = close_round(rules, T0 + timedelta(minutes=14))
    assert (rules.status, rules.closed_at) == ("closed", T0 + timedelta(minutes=14))


def test_closing_is_final():
    closed = close_round(_open(), T0)
    with pytest.raises(VotingError, match="nicht wieder geöffnet"):
        open_round(closed, T0)
    with pytest.raises(VotingError, match="bereits geschlossen"):
        close_round(closed, T0)
    with pytest.raises(VotingError, match="nicht verlängert"):
        extend_round(closed, T0 + timedelta(hours=1))


def test_invalid_transitions_raise_german_errors():
    with pytest.raises(VotingError, match="bereits geöffnet"):
        open_round(_open(), T0)
    with pytest.raises(VotingError, match="nie geöffnet"):
        close_round(RoundRules(), T0)
    with pytest.raises(VotingError, match="noch nicht geöffnet"):
        extend_round(RoundRules(), T0)
    with pytest.raises(VotingError, match="Zukunft"):
        open_round(RoundRules(), T0, closes_at=T0)
    timed = open_round(RoundRules(), T0, closes_at=T0 + timedelta(minutes=10))
    with pytest.raises(VotingError, match="nach dem bisherigen"):
        extend_round(timed, T0 + timedelta(minutes=5))


def test_a_round_with_broken_settings_cannot_be_opened():
    assert validate_rules(RoundRules(budget=0, per_card_cap=-1, method="x", card_ids=frozenset())) == [
        "Unbekannte Abstimmungsart „x“.",
        "Jede Person braucht mindestens einen Punkt.",
        "Die Obergrenze pro Karte darf nicht negativ sein (0 = keine Obergrenze).",
        "Es ist keine Karte zur Abstimmung ausgewählt.",
    ]
    with pytest.raises(VotingError, match="mindestens einen Punkt"):
        open_round(RoundRules(budget=0), T0)


def test_results_stay_hidden_from_participants_until_close_when_asked():
    hidden = _open(hidden_until_closed=True)
    assert not visible_results(hidden, viewer_is_facilitator=False)
    assert visible_results(hidden, viewer_is_facilitator=True)
    assert visible_results(close_round(hidden, T0), viewer_is_facilitator=False)
    assert visible_results(_open(hidden_until_closed=False), viewer_is_facilitator=False)
    assert not visible_results(RoundRules(hidden_until_closed=True), viewer_is_facilitator=False)


# --- random sequences of attempts ------------------------------------------------------------------------------

rules_strategy = st.builds(
    RoundRules,
    method=st.sampled_from(["dots", "points"]),
    budget=st.integers(1, 12),
    per_card_cap=st.integers(0, 4),
    stacking=st.booleans(),
    card_ids=st.one_of(st.none(), st.frozensets(st.sampled_from(CARDS), min_size=1)),
)
attempt_strategy = st.tuples(
    st.sampled_from(VOTERS), st.sampled_from(CARDS), st.integers(-1, 6), st.booleans(), st.booleans()
)


def _run(rules: RoundRules, attempts) -> list[Ballot]:
    accepted: list[Ballot] = []
    for voter, card, weight, present, deleted in attempts:
        mine = [b for b in accepted if b.voter_key == voter]
        errors = check_vote(rules, mine, card, weight, voter_present=present, card_deleted=deleted)
        if not errors:
            accepted.append(_b(card, weight, voter))
    return accepted


@given(rules_strategy, st.lists(attempt_strategy, max_size=40))
def test_accepted_votes_never_exceed_budget_cap_or_stacking(rules, attempts):
    rules = open_round(rules, T0)
    accepted = _run(rules, attempts)
    for voter in VOTERS:
        mine = [b for b in accepted if b.voter_key == voter]
        assert sum(b.weight for b in mine) <= rules.budget
        assert remaining(rules, mine) == rules.budget - sum(b.weight for b in mine)
        for card, count in tally(mine).items():
            if rules.per_card_cap:
                assert count <= rules.per_card_cap
            if rules.method == "dots" and not rules.stacking:
                assert count <= 1
            if rules.card_ids is not None:
                assert card in rules.card_ids
    assert all(b.weight > 0 for b in accepted)


@given(rules_strategy, st.lists(attempt_strategy, max_size=40))
def test_a_vote_within_every_rule_is_never_refused(rules, attempts):
    rules = open_round(rules, T0)
    accepted: list[Ballot] = []
    for voter, card, weight, _present, _deleted in attempts:
        mine = [b for b in accepted if b.voter_key == voter]
        on_card = sum(b.weight for b in mine if b.card_id == card)
        allowed = (
            weight > 0
            and sum(b.weight for b in mine) + weight <= rules.budget
            and (not rules.per_card_cap or on_card + weight <= rules.per_card_cap)
            and (rules.method == "points" or rules.stacking or on_card + weight <= 1)
            and (rules.card_ids is None or card in rules.card_ids)
        )
        errors = check_vote(rules, mine, card, weight)
        assert (errors == []) == allowed, errors
        if allowed:
            accepted.append(_b(card, weight, voter))


@given(rules_strategy, st.lists(attempt_strategy, max_size=40))
def test_tally_equals_the_sum_of_accepted_weights(rules, attempts):
    accepted = _run(open_round(rules, T0), attempts)
    totals = tally(accepted)
    assert sum(totals.values()) == sum(b.weight for b in accepted)
    for card in CARDS:
        assert totals.get(card, 0) == sum(b.weight for b in accepted if b.card_id == card)


@given(rules_strategy, st.lists(attempt_strategy, max_size=20))
def test_after_close_nothing_is_accepted(rules, attempts):
    closed = close_round(open_round(rules, T0), T0)
    assert _run(closed, attempts) == []
    for _voter, card, weight, *_ in attempts:
        assert check_vote(closed, [], card, weight) == [MSG_CLOSED]
    assert check_paper_counts(closed, {"k1": 0}, 3) == [MSG_CLOSED]


# --- paper ballots ---------------------------------------------------------------------------------------------


def test_paper_counts_within_limits_pass():
    assert check_paper_counts(_open(budget=5, per_card_cap=2), {"k1": 10, "k2": 5, "k3": 0}, 5) == []


def test_paper_counts_catch_each_impossible_total():
    rules = _open(budget=3, per_card_cap=2, card_ids=frozenset({"k1", "k2"}))
    errors = check_paper_counts(rules, {"k1": 7, "k2": 2, "k9": 1, "k3": -1}, 3, card_titles={"k1": "Fahrdienst"})
    assert errors == [
        "Karte „k9“ steht in dieser Runde nicht zur Wahl.",
        "Die Zahl für Karte „k3“ darf nicht negativ sein.",
        "Insgesamt 10 Punkte – bei 3 Stimmzetteln mit je 3 Punkten sind höchstens 9 möglich.",
        "Karte „Fahrdienst“: 7 Punkte – bei höchstens 2 Punkten pro Karte und Stimmzettel sind höchstens 6 möglich.",
    ]
    assert check_paper_counts(rules, {"k1": 1.5}, 3) == ["Die Zahl für Karte „k1“ muss eine ganze Zahl sein."]
    assert check_paper_counts(rules, {}, -1) == ["Die Zahl der Stimmzettel muss eine ganze Zahl ab 0 sein."]
    assert check_paper_counts(RoundRules(), {}, 1) == [MSG_NOT_OPEN]


def test_paper_counts_without_stacking_allow_one_dot_per_card_and_ballot():
    rules = _open(budget=3, stacking=False)
    assert check_paper_counts(rules, {"k1": 4}, 4) == []
    assert len(check_paper_counts(rules, {"k1": 5}, 4)) == 1


@given(rules_strategy, st.lists(st.lists(attempt_strategy, max_size=12), max_size=8))
def test_counts_of_rule_abiding_paper_ballots_always_pass(rules, ballots):
    rules = open_round(rules, T0)
    counts: dict[str, int] = {}
    for n, attempts in enumerate(ballots):
        own = [(f"zettel{n}", card, w, True, False) for _voter, card, w, _p, _d in attempts]
        for card, count in tally(_run(rules, own)).items():
            counts[card] = counts.get(card, 0) + count
    assert check_paper_counts(rules, counts, len(ballots)) == []


@given(st.integers(1, 10), st.integers(0, 10), st.integers(1, 5))
def test_paper_total_above_budget_times_ballots_fails(budget, ballots, extra):
    rules = _open(budget=budget)
    assert check_paper_counts(rules, {"k1": budget * ballots}, ballots) == []
    assert check_paper_counts(rules, {"k1": budget * ballots + extra}, ballots) != []


# --- results ---------------------------------------------------------------------------------------------------


def test_ranking_breaks_ties_by_title_then_id_and_shares_ranks():
    totals = {"c": 3, "a": 5, "b": 3, "d": 3, "e": 0}
    titles = {"a": "Fahrdienst", "b": "Bürgercafé", "c": "bürgercafé", "d": "Apotheke", "e": "Zeitbank"}
    result = ranking(totals, titles)
    assert [(r.rank, r.card_id, r.count) for r in result] == [
        (1, "a", 5), (2, "d", 3), (2, "b", 3), (2, "c", 3), (5, "e", 0),
    ]


def test_ranking_lists_cards_without_votes_when_titles_are_given():
    assert [r.card_id for r in ranking({"k1": 2}, {"k1": "B", "k2": "A"})] == ["k1", "k2"]


@given(st.dictionaries(st.sampled_from(CARDS + ("k5", "k6")), st.integers(0, 5)), st.randoms())
def test_ranking_order_does_not_depend_on_dict_order(totals, rnd):
    titles = {c: ("gleich" if c in ("k1", "k2") else c.upper()) for c in totals}
    items = list(totals.items())
    rnd.shuffle(items)
    assert ranking(dict(items), titles) == ranking(totals, titles)
    counts = [r.count for r in ranking(totals, titles)]
    assert counts == sorted(counts, reverse=True)


@given(st.lists(attempt_strategy, max_size=40), st.dictionaries(st.sampled_from(VOTERS), st.sampled_from(
    ["Bürger*innen", "Dienstleister", "kommunale Akteure", None])))
def test_tally_by_group_sums_to_the_tally(attempts, groups):
    votes = [_b(card, max(1, w), voter) for voter, card, w, *_ in attempts]
    by_group = tally_by_group(votes, groups)
    summed: dict[str, int] = {}
    for totals in by_group.values():
        for card, count in totals.items():
            summed[card] = summed.get(card, 0) + count
    assert summed == tally(votes)


def test_ballot_tokens_and_unknown_voters_count_as_anonymous():
    votes = [_b("k1", 2, "anna"), _b("k1", 1, "Stimmzettel 7"), _b("k2", 1, "bernd")]
    assert tally_by_group(votes, {"anna": "Bürger*innen", "bernd": None}) == {
        "Bürger*innen": {"k1": 2},
        ANONYMOUS_GROUP: {"k1": 1, "k2": 1},
    }


def test_compare_rounds_reports_rank_and_count_changes():
    first = {"k1": 5, "k2": 3, "k3": 1}
    second = {"k2": 6, "k1": 2, "k4": 1}
    rows = {r.card_id: r for r in compare_rounds(first, second, {"k1": "A", "k2": "B", "k3": "C", "k4": "D"})}
    assert [r.card_id for r in compare_rounds(first, second)] == ["k2", "k1", "k4", "k3"]
    assert (rows["k2"].rank_before, rows["k2"].rank_after, rows["k2"].rank_change) == (2, 1, 1)
    assert (rows["k1"].count_before, rows["k1"].count_after, rows["k1"].count_change) == (5, 2, -3)
    assert (rows["k4"].rank_before, rows["k4"].count_before, rows["k4"].rank_change) == (None, 0, None)
    assert (rows["k3"].rank_after, rows["k3"].count_after) == (None, 0)
    assert rows["k4"].title == "D"


def test_rules_are_immutable_values():
    rules = _open()
    with pytest.raises(AttributeError):
        rules.status = "closed"  # type: ignore[misc]
    assert replace(rules, budget=3).budget == 3 and rules.budget == 5
