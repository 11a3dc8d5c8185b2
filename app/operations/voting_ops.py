"""Vote rounds as user actions: create, open, extend, close, cast and retract votes, enter paper counts.

The rules are ``app.domain.voting``; this module only fetches what they need, stores what they accept and turns
their German refusals into :class:`OperationRefused`. A refused vote stores nothing: every check runs before the
first row is added. Results are in ``vote_results_ops``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import voting
from app.domain.voting import Ballot, RoundRules, VotingError
from app.store.models import Canvas, Card, EventSession, Participant, Vote, VoteRound

from .errors import OperationRefused
from .participants_ops import participant_label, present_participant_ids

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

BALLOT_PREFIX = "Stimmzettel"
PAPER_TOKEN = "Papier"
_BALLOT_RE = re.compile(rf"^{BALLOT_PREFIX} (\d+)$")
STATUS_WORDS = {"draft": "Entwurf", "open": "offen", "closed": "geschlossen"}
METHOD_WORDS = {"dots": "Klebepunkte", "points": "Punkte verteilen"}
SOURCE_WORDS = {"screen": "Bildschirm", "proxy": "Vertretung", "paper": "Papier"}
_ROUND_STATE_REFUSALS = (voting.MSG_CLOSED, voting.MSG_NOT_OPEN, voting.MSG_EXPIRED)


class VoteRefused(OperationRefused):
    """A vote or paper count the round's rules do not accept; nothing was stored."""


@dataclass(frozen=True)
class RoundInfo:
    id: str
    canvas_id: str
    canvas_title: str
    session_id: str | None
    title: str
    method: str
    budget: int
    per_card_cap: int
    stacking: bool
    anonymous: bool
    hidden_until_closed: bool
    status: str
    card_ids: tuple[str, ...] | None
    paper_ballots: int
    opened_at: datetime | None
    closes_at: datetime | None
    closed_at: datetime | None

    @property
    def status_word(self) -> str:
        return STATUS_WORDS.get(self.status, self.status)

    @property
    def method_word(self) -> str:
        return METHOD_WORDS.get(self.method, self.method)

    @property
    def label(self) -> str:
        return f"{self.title or 'Abstimmung'} ({self.status_word})"


@dataclass(frozen=True)
class CardChoice:
    id: str
    text: str
    block_key: str


@dataclass(frozen=True)
class CanvasChoice:
    id: str
    title: str
    version: int


@dataclass(frozen=True)
class VoterChoice:
    participant_id: str
    label: str
    stakeholder_group: str


@dataclass(frozen=True)
class CastResult:
    vote_id: str
    round_id: str
    card_id: str
    voter_key: str
    weight: int
    source: str
    remaining: int


def now_or_wall(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now()


def _canvas_title(s: Session, canvas_id: str) -> str:
    canvas = s.get(Canvas, canvas_id)
    return canvas.title if canvas is not None else ""


def _info(s: Session, r: VoteRound) -> RoundInfo:
    return RoundInfo(
        id=r.id, canvas_id=r.canvas_id, canvas_title=_canvas_title(s, r.canvas_id), session_id=r.session_id,
        title=r.title, method=r.method, budget=r.budget, per_card_cap=r.per_card_cap, stacking=r.stacking,
        anonymous=r.anonymous, hidden_until_closed=r.hidden_until_closed, status=r.status,
        card_ids=tuple(r.card_ids) if r.card_ids is not None else None, paper_ballots=r.paper_ballots,
        opened_at=r.opened_at, closes_at=r.closes_at, closed_at=r.closed_at,
    )


def rules_of(r: VoteRound | RoundInfo) -> RoundRules:
    return RoundRules(
        method=r.method, budget=r.budget, per_card_cap=r.per_card_cap, stacking=r.stacking, anonymous=r.anonymous,
        hidden_until_closed=r.hidden_until_closed, status=r.status,
        card_ids=frozenset(r.card_ids) if r.card_ids is not None else None,
        opened_at=r.opened_at, closes_at=r.closes_at, closed_at=r.closed_at,
    )


def _apply(r: VoteRound, rules: RoundRules) -> None:
    for name in ("status", "opened_at", "closes_at", "closed_at"):
        if getattr(r, name) != getattr(rules, name):
            setattr(r, name, getattr(rules, name))


def live_round(s: Session, round_id: str) -> VoteRound:
    r = s.get(VoteRound, round_id)
    if r is None or r.deleted:
        raise OperationRefused("Diese Abstimmungsrunde gibt es nicht (mehr).")
    return r


def live_votes(s: Session, round_id: str) -> list[Vote]:
    return list(s.scalars(select(Vote).where(Vote.round_id == round_id, Vote.deleted.is_(False))
                          .order_by(Vote.hlc)))


def ballot_of(v: Vote) -> Ballot:
    return Ballot(v.round_id, v.participant_id or v.ballot_token, v.card_id, v.weight, v.source)


def list_canvas_choices(ws: WorkspaceFile) -> list[CanvasChoice]:
    with ws.session() as s:
        rows = s.scalars(select(Canvas).where(Canvas.deleted.is_(False))).all()
        return sorted((CanvasChoice(c.id, c.title, c.version) for c in rows), key=lambda c: (c.title, c.version))


def create_round(
    ws: WorkspaceFile,
    canvas_id: str,
    *,
    title: str = "",
    session_id: str | None = None,
    card_ids: Iterable[str] | None = None,
    method: str = "dots",
    budget: int = 5,
    per_card_cap: int = 0,
    stacking: bool = True,
    anonymous: bool = False,
    hidden_until_closed: bool = True,
) -> RoundInfo:
    """A drafted round; ``card_ids`` None means every card of the canvas (also cards added later)."""
    chosen = None if card_ids is None else tuple(dict.fromkeys(card_ids))
    rules = RoundRules(method=method, budget=budget, per_card_cap=per_card_cap, stacking=stacking,
                       anonymous=anonymous, hidden_until_closed=hidden_until_closed,
                       card_ids=None if chosen is None else frozenset(chosen))
    errors = voting.validate_rules(rules)
    if errors:
        raise OperationRefused(errors)
    with ws.session() as s:
        canvas = s.get(Canvas, canvas_id)
        if canvas is None or canvas.deleted:
            raise OperationRefused("Diese Leinwand gibt es nicht (mehr).")
        if session_id is not None:
            event = s.get(EventSession, session_id)
            if event is None or event.deleted:
                raise OperationRefused("Diese Sitzung gibt es nicht (mehr).")
        for cid in chosen or ():
            card = s.get(Card, cid)
            if card is None or card.deleted or card.canvas_id != canvas_id:
                raise OperationRefused("Eine ausgewählte Karte liegt nicht (mehr) auf dieser Leinwand.")
        row = VoteRound(canvas_id=canvas_id, session_id=session_id, title=title.strip() or "Abstimmung",
                        method=method, budget=budget, per_card_cap=per_card_cap, stacking=stacking,
                        anonymous=anonymous, hidden_until_closed=hidden_until_closed, status="draft",
                        card_ids=list(chosen) if chosen is not None else None)
        s.add(row)
        s.flush()
        return _info(s, row)


def get_round(ws: WorkspaceFile, round_id: str) -> RoundInfo:
    with ws.session() as s:
        return _info(s, live_round(s, round_id))


def list_rounds(ws: WorkspaceFile, *, canvas_id: str | None = None) -> list[RoundInfo]:
    with ws.session() as s:
        query = select(VoteRound).where(VoteRound.deleted.is_(False)).order_by(VoteRound.hlc)
        if canvas_id is not None:
            query = query.where(VoteRound.canvas_id == canvas_id)
        return [_info(s, r) for r in s.scalars(query)]


def _transition(ws: WorkspaceFile, round_id: str, change: Callable[[RoundRules], RoundRules]) -> RoundInfo:
    with ws.session() as s:
        r = live_round(s, round_id)
        try:
            new_rules = change(rules_of(r))
        except VotingError as exc:
            raise OperationRefused(str(exc)) from None
        _apply(r, new_rules)
        return _info(s, r)


def open_round(
    ws: WorkspaceFile, round_id: str, *, time_box_minutes: int | None = None, now: datetime | None = None
) -> RoundInfo:
    """Open for votes; a time box sets the end time (votes after it are refused until extended or closed)."""
    at = now_or_wall(now)
    if time_box_minutes is not None and time_box_minutes <= 0:
        raise OperationRefused("Die Zeitbox muss mindestens eine Minute lang sein.")
    closes_at = at + timedelta(minutes=time_box_minutes) if time_box_minutes else None
    return _transition(ws, round_id, lambda rules: voting.open_round(rules, at, closes_at))


def extend_round(ws: WorkspaceFile, round_id: str, minutes: int, *, now: datetime | None = None) -> RoundInfo:
    """More time: ``minutes`` after the current end, or after now when the time already ran out."""
    at = now_or_wall(now)
    if minutes <= 0:
        raise OperationRefused("Bitte um mindestens eine Minute verlängern.")

    def change(rules: RoundRules) -> RoundRules:
        base = max(rules.closes_at, at) if rules.closes_at is not None else at
        return voting.extend_round(rules, base + timedelta(minutes=minutes), now=at)

    return _transition(ws, round_id, change)


def close_round(ws: WorkspaceFile, round_id: str, *, now: datetime | None = None) -> RoundInfo:
    """Final: the round takes no more votes and its results become visible."""
    at = now_or_wall(now)
    return _transition(ws, round_id, lambda rules: voting.close_round(rules, at))


def _round_cards(s: Session, r: VoteRound) -> list[Card]:
    if r.card_ids is not None:
        by_id = {c.id: c for c in s.scalars(select(Card).where(Card.id.in_(r.card_ids)))}
        cards = [by_id[c] for c in r.card_ids if c in by_id]
    else:
        cards = list(s.scalars(select(Card).where(Card.canvas_id == r.canvas_id).order_by(Card.block_key, Card.y,
                                                                                            Card.x)))
    return [c for c in cards if not c.deleted]


def round_cards(ws: WorkspaceFile, round_id: str) -> list[CardChoice]:
    """The live cards one can vote for in this round, in board order."""
    with ws.session() as s:
        return [CardChoice(c.id, c.text, c.block_key) for c in _round_cards(s, live_round(s, round_id))]


def round_cards_of_canvas(ws: WorkspaceFile, canvas_id: str) -> list[CardChoice]:
    """Live cards of a canvas, for choosing which of them a new round offers."""
    with ws.session() as s:
        rows = s.scalars(select(Card).where(Card.canvas_id == canvas_id, Card.deleted.is_(False))
                         .order_by(Card.block_key, Card.y, Card.x)).all()
        return [CardChoice(c.id, c.text, c.block_key) for c in rows]


def eligible_voters(ws: WorkspaceFile, round_id: str, *, for_proxy: bool = False) -> list[VoterChoice]:
    """Who can vote by name: present people of the round's session, or everyone when the round has none.

    ``for_proxy`` lists everyone, because a proxy votes for someone who is not at the screen.
    """
    with ws.session() as s:
        r = live_round(s, round_id)
        if r.anonymous:
            return []
        people = s.scalars(select(Participant).where(Participant.deleted.is_(False))).all()
        if r.session_id is not None and not for_proxy:
            present = present_participant_ids(s, r.session_id)
            people = [p for p in people if p.id in present]
        choices = [VoterChoice(p.id, participant_label(p.display_name, p.pseudonym, p.erased), p.stakeholder_group)
                   for p in people]
    return sorted(choices, key=lambda c: (c.label.casefold(), c.participant_id))


def next_ballot_token(ws: WorkspaceFile, round_id: str, *, taken: Iterable[str] = ()) -> str:
    """The next "Stimmzettel N" of this round, after every token already used or handed out (``taken``)."""
    with ws.session() as s:
        tokens = set(s.scalars(select(Vote.ballot_token).where(Vote.round_id == round_id)))
    highest = 0
    for token in tokens | set(taken):
        match = _BALLOT_RE.match(token or "")
        if match:
            highest = max(highest, int(match.group(1)))
    return f"{BALLOT_PREFIX} {highest + 1}"


def _voter_key(participant_id: str | None, ballot_token: str) -> str:
    if bool(participant_id) == bool(ballot_token.strip()):
        raise VoteRefused("Bitte genau eine Person oder einen Stimmzettel auswählen.")
    return participant_id or ballot_token.strip()


def remaining_for(
    ws: WorkspaceFile, round_id: str, *, participant_id: str | None = None, ballot_token: str = ""
) -> int:
    key = _voter_key(participant_id, ballot_token)
    with ws.session() as s:
        r = live_round(s, round_id)
        mine = [ballot_of(v) for v in live_votes(s, round_id) if (v.participant_id or v.ballot_token) == key]
        return voting.remaining(rules_of(r), mine)


def voter_points(
    ws: WorkspaceFile, round_id: str, *, participant_id: str | None = None, ballot_token: str = ""
) -> dict[str, int]:
    """Card id → points this voter gave in the round (their own view; never hidden from themselves)."""
    key = _voter_key(participant_id, ballot_token)
    with ws.session() as s:
        mine = [ballot_of(v) for v in live_votes(s, round_id) if (v.participant_id or v.ballot_token) == key]
        return voting.tally(mine)


def cast_vote(
    ws: WorkspaceFile,
    round_id: str,
    card_id: str,
    *,
    participant_id: str | None = None,
    ballot_token: str = "",
    weight: int = 1,
    proxy: bool = False,
    recorded_by: str = "",
    now: datetime | None = None,
) -> CastResult:
    """One vote from a person (or an anonymous ballot); ``proxy`` when the facilitator votes on their behalf.

    A proxy stands in for someone who is not at the screen, so presence is not required for a proxy vote.
    """
    at = now_or_wall(now)
    key = _voter_key(participant_id, ballot_token)
    with ws.session() as s:
        r = live_round(s, round_id)
        rules = rules_of(r)
        present = True
        if participant_id is not None and r.session_id is not None and not proxy:
            present = participant_id in present_participant_ids(s, r.session_id)
        card = s.get(Card, card_id)
        mine = [ballot_of(v) for v in live_votes(s, round_id) if (v.participant_id or v.ballot_token) == key]
        found = voting.check_vote(rules, mine, card_id, weight, card_exists=card is not None,
                                  card_deleted=bool(card and card.deleted), voter_present=present, now=at)
        if found and found[0] in _ROUND_STATE_REFUSALS:
            raise VoteRefused(found[:1])
        errors: list[str] = []
        if participant_id is not None:
            person = s.get(Participant, participant_id)
            if person is None or person.deleted:
                errors.append("Diese Person steht nicht (mehr) auf der Teilnehmendenliste.")
            elif r.anonymous:
                errors.append("In dieser anonymen Runde wird nur mit Stimmzetteln abgestimmt.")
        errors += found
        if card is not None and not card.deleted and card.canvas_id != r.canvas_id \
                and voting.MSG_CARD_NOT_IN_ROUND not in errors:
            errors.append(voting.MSG_CARD_NOT_IN_ROUND)
        if errors:
            raise VoteRefused(errors)
        row = Vote(round_id=round_id, card_id=card_id, participant_id=participant_id,
                   ballot_token="" if participant_id else key, weight=weight,
                   source="proxy" if proxy else "screen", recorded_by=recorded_by.strip(), cast_at=at)
        s.add(row)
        s.flush()
        left = voting.remaining(rules, [*mine, ballot_of(row)])
        return CastResult(row.id, round_id, card_id, key, weight, row.source, left)


def retract_vote(ws: WorkspaceFile, vote_id: str) -> None:
    """Take a vote back while the round is open (a tombstone, so the record stays traceable)."""
    with ws.session() as s:
        vote = s.get(Vote, vote_id)
        if vote is None or vote.deleted:
            raise OperationRefused("Diese Stimme gibt es nicht (mehr).")
        r = live_round(s, vote.round_id)
        if r.status != "open":
            raise OperationRefused(voting.MSG_CLOSED if r.status == "closed" else voting.MSG_NOT_OPEN)
        vote.deleted = True


def retract_last_vote(
    ws: WorkspaceFile, round_id: str, *, participant_id: str | None = None, ballot_token: str = ""
) -> str | None:
    """Undo the voter's latest screen or proxy vote (a mis-click); returns its card id, or None if none."""
    key = _voter_key(participant_id, ballot_token)
    with ws.session() as s:
        votes = [v for v in live_votes(s, round_id)
                 if (v.participant_id or v.ballot_token) == key and v.source != "paper"]
        if not votes:
            return None
        last = votes[-1].id
    retract_vote(ws, last)
    with ws.session() as s:
        vote = s.get(Vote, last)
        return vote.card_id if vote is not None else None


def card_dot_counts(ws: WorkspaceFile, round_id: str, as_facilitator: bool) -> dict[str, int] | None:
    """Points per card for the board, or None while the round hides its results from this viewer."""
    with ws.session() as s:
        r = live_round(s, round_id)
        if not voting.visible_results(rules_of(r), as_facilitator):
            return None
        return voting.tally(ballot_of(v) for v in live_votes(s, round_id))
