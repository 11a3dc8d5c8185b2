"""Which stored fields are personal data of a participant (DSGVO), and what they become when erased.

Erasure keeps what a person contributed (cards, comments, votes stay, attributed to "gelöscht") but removes
everything that identifies them. Sync applies the same rule whenever an erasure record arrives, so an old
laptop's package cannot bring a name back.
"""

from __future__ import annotations

ERASED_LABEL = "gelöscht"

#: participant fields and the value they take after erasure
PARTICIPANT_ERASED_VALUES: dict[str, object] = {
    "display_name": "",
    "pseudonym": ERASED_LABEL,
    "contact": "",
    "notes": "",
    "actor_id": None,
    "erased": True,
}

#: free-text fields of consent events that may hold personal remarks
CONSENT_EVENT_ERASED_VALUES: dict[str, object] = {"note": ""}


def needs_erasure(values: dict[str, object]) -> bool:
    """True while any personal field of a participant row still differs from its erased value."""
    return any(values.get(k) != v for k, v in PARTICIPANT_ERASED_VALUES.items())
