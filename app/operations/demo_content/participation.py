"""Demo votes and comments on version 1 of the Kooperationsmodell.

Round 1 (provider conference) is a closed, named dot round with one proxy vote and a paper count; round 2 (citizen
workshop) is an anonymous round with ballot tokens that is still open. Both cover the same cards, so the results
of the two events can be set side by side, and round 1 by stakeholder group.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.store.models import Card, Comment, Participant, Vote, VoteRound

from .builder import DemoBuilder, at
from .canvas_texts import COMMENTS, PREFERENCES, VOTE_CARDS, CommentSpec
from .session_texts import GROUP_BY_LETTER

LETTER_BY_GROUP = {group: letter for letter, group in GROUP_BY_LETTER.items()}


def build_participation(b: DemoBuilder) -> None:
    cards: dict[str, Card] = b.refs["v1_cards"]
    vote_keys = [k for k in VOTE_CARDS if k in cards]
    _closed_round(b, cards, vote_keys)
    _anonymous_round(b, cards, vote_keys)
    b.s.flush()
    _comments(b, cards)
    b.s.flush()


def _dots(b: DemoBuilder, letter: str, keys: list[str], budget: int, cap: int) -> dict[str, int]:
    """One voter's dots, drawn from the group's preferences (every card keeps a small chance)."""
    prefs = PREFERENCES.get(letter, {})
    weights = [prefs.get(k, 0) + 1 for k in keys]
    used = b.rng.choice((budget, budget, budget, budget - 1, budget - 2))
    out: dict[str, int] = {}
    for _ in range(200):
        if sum(out.values()) >= used:
            break
        key = b.rng.choices(keys, weights=weights)[0]
        if out.get(key, 0) < cap:
            out[key] = out.get(key, 0) + 1
    return out


def _closed_round(b: DemoBuilder, cards: dict[str, Card], keys: list[str]) -> None:
    session = b.refs["sessions"]["dlk"]
    started, ended = b.refs["dlk_voting"]
    moderator = b.refs["by_group"]["Wissenschaft/Moderation"][0].display_name
    rnd = b.add(VoteRound(
        canvas_id=b.refs["v1"].id, session_id=session.id, title="Punktabfrage: Was ist uns am wichtigsten?",
        method="dots", budget=5, per_card_cap=3, stacking=True, anonymous=False, hidden_until_closed=True,
        status="closed", card_ids=[cards[k].id for k in keys], paper_ballots=3, opened_at=started + timedelta(
            minutes=2), closed_at=ended - timedelta(minutes=1)))
    b.refs["round_closed"] = rnd
    b.s.flush()
    voters: list[Participant] = [p for p in b.refs["present"]["dlk"]
                                 if p.stakeholder_group != "Wissenschaft/Moderation"]
    proxy = next(p for p in voters if p.stakeholder_group == "Dienstleister")
    moment = rnd.opened_at
    for voter in voters:
        letter = LETTER_BY_GROUP[voter.stakeholder_group]
        source = "proxy" if voter is proxy else "screen"
        for key, count in sorted(_dots(b, letter, keys, rnd.budget, rnd.per_card_cap).items()):
            for _ in range(count):
                moment = moment + timedelta(seconds=b.rng.randint(2, 20))
                b.add(Vote(round_id=rnd.id, card_id=cards[key].id, participant_id=voter.id, weight=1,
                           source=source, recorded_by=moderator if source == "proxy" else "",
                           cast_at=min(moment, rnd.closed_at)))
    paper: dict[str, int] = {}
    for _ in range(rnd.paper_ballots):
        for key, count in _dots(b, "B", keys, rnd.budget, rnd.per_card_cap).items():
            paper[key] = paper.get(key, 0) + count
    for key, count in sorted(paper.items()):
        b.add(Vote(round_id=rnd.id, card_id=cards[key].id, participant_id=None, ballot_token="Papier",
                   weight=count, source="paper", recorded_by=moderator, cast_at=rnd.closed_at))


def _anonymous_round(b: DemoBuilder, cards: dict[str, Card], keys: list[str]) -> None:
    session = b.refs["sessions"]["workshop"]
    opened = b.refs["workshop_voting_started"] + timedelta(minutes=3)
    rnd = b.add(VoteRound(
        canvas_id=b.refs["v1"].id, session_id=session.id, title="Geheime Abstimmung im Bürgerworkshop",
        method="dots", budget=3, per_card_cap=1, stacking=False, anonymous=True, hidden_until_closed=True,
        status="open", card_ids=[cards[k].id for k in keys], opened_at=opened))
    b.refs["round_anonymous"] = rnd
    b.s.flush()
    voters = [p for p in b.refs["present"]["workshop"] if p.stakeholder_group != "Wissenschaft/Moderation"]
    voted = b.sample(voters, max(1, len(voters) * 3 // 4))
    moment: datetime = opened
    for number, voter in enumerate(voted, start=1):
        letter = LETTER_BY_GROUP[voter.stakeholder_group]
        for key in sorted(_dots(b, letter, keys, rnd.budget, 1)):
            moment = moment + timedelta(seconds=b.rng.randint(3, 25))
            b.add(Vote(round_id=rnd.id, card_id=cards[key].id, participant_id=None,
                       ballot_token=f"Stimmzettel {number}", weight=1, source="screen", cast_at=moment))


def _comments(b: DemoBuilder, cards: dict[str, Card]) -> None:
    sessions = b.refs["sessions"]
    v1 = b.refs["v1"]
    for i, spec in enumerate(COMMENTS):
        if spec.card not in cards and spec.card not in ("canvas", "session") and not spec.card.startswith("block:"):
            continue  # the card is not part of this seed's canvas
        session_key = "workshop" if spec.group == "B" or spec.card == "session" else "dlk"
        session = sessions[session_key]
        target_type, target_id, canvas_id = _target(spec, cards, v1.id, session.id)
        moment = at(session.date, session.start_time, 95 + 3 * i)
        parent = b.add(Comment(
            target_type=target_type, target_id=target_id, canvas_id=canvas_id, session_id=session.id,
            text=spec.text, stance=spec.stance, elsi_tags=list(spec.elsi), barrier=bool(spec.barrier),
            barrier_status=spec.barrier, barrier_measure=spec.measure,
            author_id=None if spec.anonymous else _author(b, spec.group, session_key),
            anonymous=spec.anonymous, created_at=moment))
        b.s.flush()
        for j, (text, stance, group) in enumerate(spec.replies, start=1):
            b.add(Comment(target_type=target_type, target_id=target_id, canvas_id=canvas_id,
                          session_id=session.id, parent_id=parent.id, text=text, stance=stance, elsi_tags=[],
                          author_id=_author(b, group, session_key), created_at=moment + timedelta(minutes=2 * j)))


def _target(spec: CommentSpec, cards: dict[str, Card], canvas_id: str, session_id: str
            ) -> tuple[str, str, str | None]:
    if spec.card == "canvas":
        return "canvas", canvas_id, canvas_id
    if spec.card == "session":
        return "session", session_id, None
    if spec.card.startswith("block:"):
        return "block", f"{canvas_id}:{spec.card.split(':', 1)[1]}", canvas_id
    return "card", cards[spec.card].id, canvas_id


def _author(b: DemoBuilder, letter: str, session_key: str) -> str:
    group = GROUP_BY_LETTER[letter]
    here = [p for p in b.refs["present"][session_key] if p.stakeholder_group == group]
    return b.pick(here or b.refs["by_group"][group]).id
