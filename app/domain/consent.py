"""Current consent of a participant, derived from append-only consent events.

Consent is never edited in place: giving and withdrawing are events, so the protocol can show when and by whom
consent was recorded, and two laptops that recorded events independently agree after a merge. The latest event
per purpose wins, ordered by the time the person stated it (``recorded_at``) and then by clock stamp. Storage
order never matters. Without any event there is no consent (DSGVO: consent must be given, not assumed).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

PURPOSE_NAME_IN_PROTOCOL = "name_in_protocol"
PURPOSE_PHOTOS = "photos"
PURPOSE_CONTACT_AFTERWARDS = "contact_afterwards"
PURPOSES = (PURPOSE_NAME_IN_PROTOCOL, PURPOSE_PHOTOS, PURPOSE_CONTACT_AFTERWARDS)


@dataclass(frozen=True)
class ConsentRecord:
    """One given or withdrawn consent, as stored (tombstoned events are left out by the caller)."""

    purpose: str
    given: bool
    recorded_at: datetime | None = None
    hlc: str = ""
    participant_id: str = ""


_EARLIEST = datetime.min


def _as_naive_utc(moment: datetime | None) -> datetime:
    """Make stored naive times and zone-aware times comparable; unknown times count as earliest."""
    if moment is None:
        return _EARLIEST
    if moment.tzinfo is not None:
        return moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def event_order(event: ConsentRecord) -> tuple[datetime, str, int]:
    """Sort key of an event; on a complete tie a withdrawal counts as later, because refusing is the safe side."""
    return (_as_naive_utc(event.recorded_at), event.hlc, 0 if event.given else 1)


def latest_consent(events: Iterable[ConsentRecord]) -> dict[str, ConsentRecord]:
    """The deciding event per purpose."""
    latest: dict[str, ConsentRecord] = {}
    for event in events:
        current = latest.get(event.purpose)
        if current is None or event_order(event) > event_order(current):
            latest[event.purpose] = event
    return latest


def consent_state(events: Iterable[ConsentRecord]) -> dict[str, bool]:
    """Given (True) or withdrawn (False) per purpose that has any event."""
    return {purpose: event.given for purpose, event in latest_consent(events).items()}


def has_consent(events: Iterable[ConsentRecord], purpose: str) -> bool:
    return consent_state(events).get(purpose, False)


def may_show_name(events: Iterable[ConsentRecord]) -> bool:
    """Whether the protocol and exports may print this participant's name (otherwise: pseudonym)."""
    return has_consent(events, PURPOSE_NAME_IN_PROTOCOL)


def consent_by_participant(events: Iterable[ConsentRecord]) -> dict[str, dict[str, bool]]:
    """Current consent per participant and purpose, for lists and reports that cover many people."""
    grouped: dict[str, list[ConsentRecord]] = {}
    for event in events:
        grouped.setdefault(event.participant_id, []).append(event)
    return {pid: consent_state(evs) for pid, evs in grouped.items()}
