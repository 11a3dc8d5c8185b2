"""Counting accepted votes: totals per card, a deterministic ranking, results per stakeholder group, and the
comparison of two rounds (e.g. the provider conference against the citizen workshop on the same canvas).

Rankings must come out identical on every laptop and in every printed protocol, so ties are broken by title and
then card id, never by dict or database order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

#: Group for ballots whose voter is not (or must not be) tied to a stakeholder group.
ANONYMOUS_GROUP = "anonym"


class CountedVote(Protocol):
    @property
    def voter_key(self) -> str: ...

    @property
    def card_id(self) -> str: ...

    @property
    def weight(self) -> int: ...


@dataclass(frozen=True)
class RankedCard:
    rank: int  # competition ranking: equal counts share a rank (1, 2, 2, 4)
    card_id: str
    title: str
    count: int


@dataclass(frozen=True)
class RoundComparison:
    card_id: str
    title: str
    rank_before: int | None  # None: the card was not in the first round
    count_before: int
    rank_after: int | None  # None: the card was not in the second round
    count_after: int

    @property
    def count_change(self) -> int:
        return self.count_after - self.count_before

    @property
    def rank_change(self) -> int | None:
        """Places moved up (positive) or down (negative); None unless the card was in both rounds."""
        if self.rank_before is None or self.rank_after is None:
            return None
        return self.rank_before - self.rank_after


def tally(votes: Iterable[CountedVote]) -> dict[str, int]:
    """Sum of weights per card (only cards that received a vote)."""
    totals: dict[str, int] = {}
    for v in votes:
        totals[v.card_id] = totals.get(v.card_id, 0) + v.weight
    return totals


def _order_key(card_id: str, count: int, title: str) -> tuple[int, str, str, str]:
    return (-count, title.casefold(), title, card_id)


def ranking(totals: Mapping[str, int], card_titles: Mapping[str, str] | None = None) -> list[RankedCard]:
    """Cards by count, most first. Cards named in ``card_titles`` but without votes are listed with 0."""
    titles = card_titles or {}
    cards = set(totals) | set(titles)
    ordered = sorted(cards, key=lambda c: _order_key(c, totals.get(c, 0), titles.get(c, "")))
    result: list[RankedCard] = []
    for position, card_id in enumerate(ordered, start=1):
        count = totals.get(card_id, 0)
        rank = result[-1].rank if result and result[-1].count == count else position
        result.append(RankedCard(rank, card_id, titles.get(card_id, ""), count))
    return result


def tally_by_group(
    votes: Iterable[CountedVote], group_of_voter: Mapping[str, str | None]
) -> dict[str, dict[str, int]]:
    """Totals per stakeholder group; voters without a known group (ballot tokens, paper) count as "anonym"."""
    by_group: dict[str, dict[str, int]] = {}
    for v in votes:
        group = group_of_voter.get(v.voter_key) or ANONYMOUS_GROUP
        totals = by_group.setdefault(group, {})
        totals[v.card_id] = totals.get(v.card_id, 0) + v.weight
    return by_group


def compare_rounds(
    first: Mapping[str, int], second: Mapping[str, int], card_titles: Mapping[str, str] | None = None
) -> list[RoundComparison]:
    """Rank and count of every card in both rounds, in the order of the second round.

    A card is "in" a round when its tally has the card as a key (pass 0 for cards that got no vote). Cards of
    different canvas versions must be mapped to one key by the caller before comparing.
    """
    titles = card_titles or {}
    before = {r.card_id: r for r in ranking(first, {c: titles.get(c, "") for c in first})}
    after = {r.card_id: r for r in ranking(second, {c: titles.get(c, "") for c in second})}
    order = list(after) + [c for c in before if c not in after]
    rows: list[RoundComparison] = []
    for card_id in order:
        b, a = before.get(card_id), after.get(card_id)
        rows.append(
            RoundComparison(
                card_id=card_id,
                title=titles.get(card_id, ""),
                rank_before=b.rank if b else None,
                count_before=b.count if b else 0,
                rank_after=a.rank if a else None,
                count_after=a.count if a else 0,
            )
        )
    return rows
