"""Which actors must be contacted again, and how far outreach has come (the funnel).

The outreach log is append-only, so "what is the next step with this actor" is always the step noted at the
*latest* contact: a later call without a due date means the earlier reminder is done.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

FUNNEL_PATH = ("identifiziert", "kontaktiert", "interessiert", "teilnehmend", "Partner")
DECLINED = "abgesagt"


@dataclass(frozen=True)
class ContactFact:
    """The parts of one logged contact the rules need. ``order_key`` breaks ties of the same day (clock stamp)."""

    contact_id: str
    actor_id: str
    contact_date: date | None
    order_key: str
    due_date: date | None


def latest_per_actor(contacts: Iterable[ContactFact]) -> dict[str, ContactFact]:
    """The latest contact of every actor: by contact date (undated counts as oldest), then by clock stamp."""
    best: dict[str, ContactFact] = {}
    for c in contacts:
        cur = best.get(c.actor_id)
        if cur is None or _key(c) > _key(cur):
            best[c.actor_id] = c
    return best


def _key(c: ContactFact) -> tuple[date, str]:
    return (c.contact_date or date.min, c.order_key)


def due_contacts(contacts: Iterable[ContactFact], on: date) -> list[ContactFact]:
    """Latest contacts whose due date is on or before ``on``, most overdue first."""
    due = [c for c in latest_per_actor(contacts).values() if c.due_date is not None and c.due_date <= on]
    return sorted(due, key=lambda c: (c.due_date or date.min, c.actor_id))


@dataclass(frozen=True)
class FunnelStage:
    status: str
    count: int  # actors whose current status is this one
    reached: int  # actors who got at least this far (abgesagt counts as having been contacted)


def funnel(statuses: Iterable[str]) -> list[FunnelStage]:
    """Counts per outreach status in funnel order, with abgesagt last.

    ``reached`` answers "how many did we get this far": an actor at "teilnehmend" has also been identified,
    contacted and interested. An actor who declined was at least contacted, so counts up to "kontaktiert".
    Unknown statuses count as "identifiziert".
    """
    counts = {s: 0 for s in (*FUNNEL_PATH, DECLINED)}
    for s in statuses:
        counts[s if s in counts else FUNNEL_PATH[0]] += 1
    stages = []
    for i, status in enumerate(FUNNEL_PATH):
        reached = sum(counts[s] for s in FUNNEL_PATH[i:])
        if i <= 1:
            reached += counts[DECLINED]
        stages.append(FunnelStage(status, counts[status], reached))
    stages.append(FunnelStage(DECLINED, counts[DECLINED], counts[DECLINED]))
    return stages
