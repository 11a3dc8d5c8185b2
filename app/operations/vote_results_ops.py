"""Results of vote rounds: ranking, split by stakeholder group, and the comparison of two rounds.

Interim results of a round that hides them stay hidden until it is closed, except on the facilitator's console
(``as_facilitator``), so early counts on the projector do not steer the remaining voters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import voting
from app.domain.vote_results import ANONYMOUS_GROUP, RankedCard, RoundComparison
from app.store.models import Card, Participant, VoteRound
from app.store.models.sessions import STAKEHOLDER_GROUPS

from .errors import OperationRefused
from .voting_ops import RoundInfo, _info, _round_cards, ballot_of, live_round, live_votes, rules_of

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

#: Order of the groups in tables and charts; "anonym" last.
GROUP_ORDER: tuple[str, ...] = (*STAKEHOLDER_GROUPS, ANONYMOUS_GROUP)

MSG_HIDDEN = "Die Ergebnisse werden erst gezeigt, wenn die Runde geschlossen ist."


@dataclass(frozen=True)
class RoundResults:
    round: RoundInfo
    visible: bool
    ranking: list[RankedCard] = field(default_factory=list)
    by_group: dict[str, dict[str, int]] = field(default_factory=dict)  # group → card id → points
    groups: tuple[str, ...] = ()  # groups that gave points, in GROUP_ORDER
    voters: int = 0  # distinct people and ballot tokens on screen; paper ballots are counted separately
    total: int = 0

    @property
    def hidden_message(self) -> str:
        return "" if self.visible else MSG_HIDDEN


def _group_of_voters(s: Session, r: VoteRound, voter_keys: set[str]) -> dict[str, str | None]:
    if r.anonymous:
        return {}
    rows = s.execute(select(Participant.id, Participant.stakeholder_group)
                     .where(Participant.id.in_(voter_keys))).tuples().all()
    return dict(rows)


def _titles(s: Session, r: VoteRound, card_ids: set[str]) -> dict[str, str]:
    """Titles of the round's live cards plus every card that got points (even if deleted since)."""
    titles = {c.id: c.text for c in _round_cards(s, r)}
    missing = card_ids - set(titles)
    if missing:
        titles.update({c.id: c.text for c in s.scalars(select(Card).where(Card.id.in_(missing)))})
    return titles


def round_results(ws: WorkspaceFile, round_id: str, *, as_facilitator: bool = False) -> RoundResults:
    with ws.session() as s:
        r = live_round(s, round_id)
        info = _info(s, r)
        if not voting.visible_results(rules_of(r), as_facilitator):
            return RoundResults(round=info, visible=False)
        ballots = [ballot_of(v) for v in live_votes(s, round_id)]
        totals = voting.tally(ballots)
        titles = _titles(s, r, set(totals))
        groups = _group_of_voters(s, r, {b.voter_key for b in ballots})
    by_group = voting.tally_by_group(ballots, groups)
    order = [g for g in GROUP_ORDER if g in by_group] + sorted(g for g in by_group if g not in GROUP_ORDER)
    on_screen = {b.voter_key for b in ballots if b.source != "paper"}
    return RoundResults(round=info, visible=True, ranking=voting.ranking(totals, titles), by_group=by_group,
                        groups=tuple(order), voters=len(on_screen), total=sum(totals.values()))


def _key_by_text(text: str) -> str:
    return " ".join(text.split()).casefold()


def compare_round_results(
    ws: WorkspaceFile, first_id: str, second_id: str, *, as_facilitator: bool = False
) -> list[RoundComparison]:
    """Rank and points of each card in both rounds, in the order of the second round.

    Rounds on the same canvas match cards by id; rounds on different canvases (e.g. a later canvas version) match
    cards by their text, because a new version copies cards under new ids.
    """
    first = round_results(ws, first_id, as_facilitator=as_facilitator)
    second = round_results(ws, second_id, as_facilitator=as_facilitator)
    if not (first.visible and second.visible):
        raise OperationRefused(MSG_HIDDEN)
    same_canvas = first.round.canvas_id == second.round.canvas_id

    def keyed(results: RoundResults) -> tuple[dict[str, int], dict[str, str]]:
        counts: dict[str, int] = {}
        titles: dict[str, str] = {}
        for row in results.ranking:
            key = row.card_id if same_canvas else _key_by_text(row.title)
            counts[key] = counts.get(key, 0) + row.count
            titles.setdefault(key, row.title)
        return counts, titles

    counts_1, titles_1 = keyed(first)
    counts_2, titles_2 = keyed(second)
    return voting.compare_rounds(counts_1, counts_2, {**titles_1, **titles_2})
