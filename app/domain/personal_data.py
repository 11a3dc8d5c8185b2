"""Which stored fields are personal data of a participant (DSGVO), and what they become when erased.

Erasure keeps what a person contributed (cards, comments, votes stay, attributed to "gelöscht") but removes
everything that identifies them. The erasure action and the merge (which re-blanks erased people after every
merge, so an old laptop's package cannot bring a name back) use this one list.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

ERASED_LABEL = "gelöscht"
ERASED_PSEUDONYM = ERASED_LABEL

#: Table name -> fields that hold personal data and are blanked on erasure.
PERSONAL_FIELDS: dict[str, tuple[str, ...]] = {
    "participants": ("display_name", "contact", "notes"),
}

#: participant fields and the value they take after erasure
PARTICIPANT_ERASED_VALUES: dict[str, object] = {
    "display_name": "",
    "pseudonym": ERASED_PSEUDONYM,
    "contact": "",
    "notes": "",
    "actor_id": None,  # a small organisation can identify its one member
    "erased": True,
}

#: free-text fields of consent events that may hold personal remarks
CONSENT_EVENT_ERASED_VALUES: dict[str, object] = {"note": ""}



def erased_participant_values(current: Mapping[str, Any]) -> dict[str, Any]:
    """The values an erased participant must have, given its current values (only fields that need a change)."""
    return {name: value for name, value in PARTICIPANT_ERASED_VALUES.items() if current.get(name) != value}


def needs_erasure(values: Mapping[str, Any]) -> bool:
    """True while any personal field of a participant row still differs from its erased value."""
    return bool(erased_participant_values(values))


def is_personal_field(table: str, field: str) -> bool:
    return field in PERSONAL_FIELDS.get(table, ()) or (table == "participants" and field in ("pseudonym",
                                                                                            "actor_id"))
