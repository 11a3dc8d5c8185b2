"""Paper rounds: counted dots per card are entered after the count and stored as votes from paper.

The counts are checked for plausibility against the number of ballots (``app.domain.voting.check_paper_counts``),
together with paper counts entered earlier for the same round, so a count entered twice is noticed.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.domain import voting
from app.store.models import Card, Vote

from .voting_ops import PAPER_TOKEN, VoteRefused, ballot_of, live_round, live_votes, now_or_wall, rules_of

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


def paper_counts(ws: WorkspaceFile, round_id: str) -> tuple[int, dict[str, int]]:
    """Ballots and points per card entered from paper so far."""
    with ws.session() as s:
        r = live_round(s, round_id)
        return r.paper_ballots, voting.tally(ballot_of(v) for v in live_votes(s, round_id) if v.source == "paper")


def enter_paper_counts(
    ws: WorkspaceFile,
    round_id: str,
    counts_per_card: Mapping[str, int],
    ballots: int,
    *,
    recorded_by: str = "",
    now: datetime | None = None,
) -> int:
    """Store the counted points of ``ballots`` paper ballots as one paper vote per card; returns points stored."""
    at = now_or_wall(now)
    with ws.session() as s:
        r = live_round(s, round_id)
        cards = {c.id: c for c in s.scalars(select(Card).where(Card.id.in_(list(counts_per_card))))}
        errors: list[str] = []
        for cid, count in counts_per_card.items():
            if not isinstance(count, int) or count <= 0:
                continue
            card = cards.get(cid)
            if card is None:
                errors.append(voting.MSG_NO_CARD)
            elif card.deleted:
                errors.append(f"Karte „{card.text}“ wurde gelöscht.")
            elif card.canvas_id != r.canvas_id:
                errors.append(f"Karte „{card.text}“ steht in dieser Runde nicht zur Wahl.")
        combined: dict[str, int] = voting.tally(ballot_of(v) for v in live_votes(s, round_id) if v.source == "paper")
        for cid, count in counts_per_card.items():
            combined[cid] = combined.get(cid, 0) + count if isinstance(count, int) else count
        total_ballots = r.paper_ballots + ballots if isinstance(ballots, int) else ballots
        found = voting.check_paper_counts(rules_of(r), combined, total_ballots,
                                          card_titles={cid: c.text for cid, c in cards.items()})
        if found and found[0] in (voting.MSG_CLOSED, voting.MSG_NOT_OPEN):
            raise VoteRefused(found[:1])
        errors += found
        if not errors and ballots <= 0:
            errors.append("Bitte die Zahl der ausgezählten Stimmzettel angeben (mindestens 1).")
        if errors:
            raise VoteRefused(list(dict.fromkeys(errors)))
        stored = 0
        for cid, count in counts_per_card.items():
            if count > 0:
                s.add(Vote(round_id=round_id, card_id=cid, participant_id=None, ballot_token=PAPER_TOKEN,
                           weight=count, source="paper", recorded_by=recorded_by.strip(), cast_at=at))
                stored += count
        r.paper_ballots = total_ballots
        return stored
