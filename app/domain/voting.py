"""Rules of a vote round: who may put how many dots or points on which card, and when.

Every rule answers with German messages instead of exceptions where the UI has to explain a refusal to a
participant at the projector ("Die Abstimmungsrunde ist geschlossen."); state changes of the round itself raise
``VotingError`` because they are a facilitator's deliberate action that must not silently do nothing.

Two methods exist: ``dots`` (Punktabfrage: a few sticky dots, usually 1 per click, stacking optional) and
``points`` (a budget of e.g. 100 points spread in any positive amounts). The per-card cap counts dots or points;
stacking only concerns dots. Tallies and rankings live in ``vote_results`` and are re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from app.domain.vote_results import (
    ANONYMOUS_GROUP,
    RankedCard,
    RoundComparison,
    compare_rounds,
    ranking,
    tally,
    tally_by_group,
)

__all__ = [
    "ANONYMOUS_GROUP",
    "METHODS",
    "SOURCES",
    "STATUSES",
    "Ballot",
    "RankedCard",
    "RoundComparison",
    "RoundRules",
    "VotingError",
    "check_paper_counts",
    "check_vote",
    "close_round",
    "compare_rounds",
    "extend_round",
    "is_expired",
    "open_round",
    "ranking",
    "remaining",
    "tally",
    "tally_by_group",
    "validate_rules",
    "visible_results",
]

METHODS = ("dots", "points")
SOURCES = ("screen", "proxy", "paper")
STATUSES = ("draft", "open", "closed")

MSG_NOT_OPEN = "Die Abstimmungsrunde ist noch nicht geöffnet."
MSG_CLOSED = "Die Abstimmungsrunde ist geschlossen."
MSG_EXPIRED = "Die Zeit für diese Abstimmungsrunde ist abgelaufen."
MSG_ABSENT = "Nur anwesende Teilnehmende können abstimmen."
MSG_NO_CARD = "Diese Karte gibt es nicht."
MSG_CARD_DELETED = "Diese Karte wurde gelöscht."
MSG_CARD_NOT_IN_ROUND = "Diese Karte steht in dieser Runde nicht zur Wahl."
MSG_BAD_WEIGHT = "Eine Stimme muss mindestens einen Punkt haben (ganze Zahl)."
MSG_NO_STACKING = "In dieser Runde ist nur ein Punkt pro Karte erlaubt."


class VotingError(ValueError):
    """A facilitator's change to a round that the rules forbid; the message is German and shown as is."""


@dataclass(frozen=True)
class RoundRules:
    method: str = "dots"
    budget: int = 5
    per_card_cap: int = 0  # 0 = no cap
    stacking: bool = True
    anonymous: bool = False
    hidden_until_closed: bool = True
    status: str = "draft"
    card_ids: frozenset[str] | None = None  # None = every card of the canvas
    opened_at: datetime | None = None
    closes_at: datetime | None = None
    closed_at: datetime | None = None


@dataclass(frozen=True)
class Ballot:
    """One accepted vote: ``weight`` dots or points from one voter on one card.

    ``voter_key`` is a participant id, or a ballot token ("Stimmzettel 12") when the voter stays anonymous.
    """

    round_id: str
    voter_key: str
    card_id: str
    weight: int
    source: str = "screen"


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _points(n: int) -> str:
    return "1 Punkt" if n == 1 else f"{n} Punkte"


def _points_dative(n: int) -> str:
    return "1 Punkt" if n == 1 else f"{n} Punkten"


def _ballots_dative(n: int) -> str:
    return "1 Stimmzettel" if n == 1 else f"{n} Stimmzetteln"


def validate_rules(rules: RoundRules) -> list[str]:
    """What keeps a drafted round from being opened."""
    errors: list[str] = []
    if rules.method not in METHODS:
        errors.append(f"Unbekannte Abstimmungsart „{rules.method}“.")
    if rules.status not in STATUSES:
        errors.append(f"Unbekannter Status „{rules.status}“.")
    if not _is_count(rules.budget) or rules.budget < 1:
        errors.append("Jede Person braucht mindestens einen Punkt.")
    if not _is_count(rules.per_card_cap) or rules.per_card_cap < 0:
        errors.append("Die Obergrenze pro Karte darf nicht negativ sein (0 = keine Obergrenze).")
    if rules.card_ids is not None and not rules.card_ids:
        errors.append("Es ist keine Karte zur Abstimmung ausgewählt.")
    return errors


def remaining(rules: RoundRules, votes_of_voter: Iterable[Ballot]) -> int:
    """Dots or points the voter can still give (never negative, even if imported data overshot)."""
    return max(0, rules.budget - sum(v.weight for v in votes_of_voter))


def is_expired(rules: RoundRules, now: datetime) -> bool:
    """An open round whose end time has passed: refuse votes; the operation may then close it."""
    return rules.status == "open" and rules.closes_at is not None and now >= rules.closes_at


def _status_refusal(rules: RoundRules) -> str | None:
    if rules.status == "closed":
        return MSG_CLOSED
    if rules.status != "open":
        return MSG_NOT_OPEN
    return None


def check_vote(
    rules: RoundRules,
    existing_votes_of_voter: Iterable[Ballot],
    card_id: str,
    weight: int,
    *,
    card_exists: bool = True,
    card_deleted: bool = False,
    voter_present: bool = True,
    now: datetime | None = None,
) -> list[str]:
    """Why this vote must be refused (empty list = accept it).

    ``existing_votes_of_voter`` are the voter's accepted, non-retracted votes in this round. Whether a proxy vote
    counts as "present" is the caller's decision (a proxy stands in for someone who is not there).
    """
    refusal = _status_refusal(rules)
    if refusal:
        return [refusal]
    if now is not None and is_expired(rules, now):
        return [MSG_EXPIRED]

    errors: list[str] = []
    if not voter_present:
        errors.append(MSG_ABSENT)
    if not card_exists:
        errors.append(MSG_NO_CARD)
    elif card_deleted:
        errors.append(MSG_CARD_DELETED)
    elif rules.card_ids is not None and card_id not in rules.card_ids:
        errors.append(MSG_CARD_NOT_IN_ROUND)
    if not _is_count(weight) or weight <= 0:
        errors.append(MSG_BAD_WEIGHT)
        return errors

    votes = list(existing_votes_of_voter)
    left = remaining(rules, votes)
    if weight > left:
        if left == 0:
            errors.append(f"Alle Punkte sind schon vergeben (0 von {rules.budget} übrig).")
        else:
            errors.append(f"So viele Punkte sind nicht mehr übrig: noch {left} von {rules.budget}.")
    on_card = sum(v.weight for v in votes if v.card_id == card_id)
    if rules.method == "dots" and not rules.stacking and on_card + weight > 1:
        errors.append(MSG_NO_STACKING)
    elif rules.per_card_cap and on_card + weight > rules.per_card_cap:
        already = f"; auf dieser Karte haben Sie schon {_points(on_card)} vergeben" if on_card else ""
        errors.append(f"Höchstens {_points(rules.per_card_cap)} pro Karte erlaubt{already}.")
    return errors


def check_paper_counts(
    rules: RoundRules,
    counts_per_card: Mapping[str, int],
    ballots: int,
    *,
    card_titles: Mapping[str, str] | None = None,
) -> list[str]:
    """Plausibility of counted paper ballots: could ``ballots`` rule-abiding ballots add up to these counts?

    Paper counts are entered while the round is open, like screen votes: once closed, a round takes nothing.
    """
    refusal = _status_refusal(rules)
    if refusal:
        return [refusal]
    titles = card_titles or {}

    def name(card_id: str) -> str:
        return f"„{titles.get(card_id) or card_id}“"

    errors: list[str] = []
    if not _is_count(ballots) or ballots < 0:
        errors.append("Die Zahl der Stimmzettel muss eine ganze Zahl ab 0 sein.")
        return errors
    valid: dict[str, int] = {}
    for card_id, count in counts_per_card.items():
        if not _is_count(count):
            errors.append(f"Die Zahl für Karte {name(card_id)} muss eine ganze Zahl sein.")
        elif count < 0:
            errors.append(f"Die Zahl für Karte {name(card_id)} darf nicht negativ sein.")
        else:
            valid[card_id] = count
            if count and rules.card_ids is not None and card_id not in rules.card_ids:
                errors.append(f"Karte {name(card_id)} steht in dieser Runde nicht zur Wahl.")

    total, most = sum(valid.values()), rules.budget * ballots
    if total > most:
        errors.append(
            f"Insgesamt {_points(total)} – bei {_ballots_dative(ballots)} mit je "
            f"{_points_dative(rules.budget)} sind höchstens {most} möglich."
        )
    per_ballot = 1 if rules.method == "dots" and not rules.stacking else rules.per_card_cap
    if per_ballot:
        for card_id, count in valid.items():
            if count > per_ballot * ballots:
                errors.append(
                    f"Karte {name(card_id)}: {_points(count)} – bei höchstens {_points_dative(per_ballot)} pro Karte "
                    f"und Stimmzettel sind höchstens {per_ballot * ballots} möglich."
                )
    return errors


def open_round(rules: RoundRules, now: datetime, closes_at: datetime | None = None) -> RoundRules:
    if rules.status == "open":
        raise VotingError("Die Abstimmungsrunde ist bereits geöffnet.")
    if rules.status == "closed":
        raise VotingError("Eine geschlossene Abstimmungsrunde kann nicht wieder geöffnet werden.")
    errors = validate_rules(rules)
    if errors:
        raise VotingError(" ".join(errors))
    if closes_at is not None and closes_at <= now:
        raise VotingError("Das Ende der Abstimmung muss in der Zukunft liegen.")
    return replace(rules, status="open", opened_at=now, closes_at=closes_at, closed_at=None)


def extend_round(rules: RoundRules, closes_at: datetime, *, now: datetime | None = None) -> RoundRules:
    """Give more time; an open round whose time ran out can still be extended until it is closed."""
    if rules.status == "closed":
        raise VotingError("Eine geschlossene Abstimmungsrunde kann nicht verlängert werden.")
    if rules.status != "open":
        raise VotingError(MSG_NOT_OPEN)
    if rules.closes_at is not None and closes_at <= rules.closes_at:
        raise VotingError("Das neue Ende muss nach dem bisherigen liegen.")
    if now is not None and closes_at <= now:
        raise VotingError("Das Ende der Abstimmung muss in der Zukunft liegen.")
    return replace(rules, closes_at=closes_at)


def close_round(rules: RoundRules, now: datetime) -> RoundRules:
    """Closing is final: results become visible and the round never takes another vote."""
    if rules.status == "closed":
        raise VotingError("Die Abstimmungsrunde ist bereits geschlossen.")
    if rules.status != "open":
        raise VotingError("Eine Abstimmungsrunde, die nie geöffnet war, kann nicht geschlossen werden.")
    return replace(rules, status="closed", closed_at=now)


def visible_results(rules: RoundRules, viewer_is_facilitator: bool) -> bool:
    """Whether a viewer may see interim counts; hiding them while open keeps early results from steering votes.

    The facilitator always sees them (to watch turnout); the UI must not put that view on the projector.
    """
    if viewer_is_facilitator or rules.status == "closed":
        return True
    return not rules.hidden_until_closed
