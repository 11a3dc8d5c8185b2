"""Which stored fields are personal data of a participant (DSGVO), and what they become when erased.

Erasure keeps what a person contributed (cards, comments, votes stay, attributed to "gelöscht") but removes
everything that identifies them. Sync applies the same rule whenever an erasure record arrives, so an old
laptop's package cannot bring a name back. Kept in one pure module so the merge (which re-blanks erased people
after every merge) and the erasure action itself read the same lists.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

ERASED_LABEL = "gelöscht"
#: Pseudonym shown for an erased person who had none (the merge keeps a chosen pseudonym).
ERASED_PSEUDONYM = ERASED_LABEL

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

#: Table name -> fields that hold personal data and are blanked on erasure.
PERSONAL_FIELDS: dict[str, tuple[str, ...]] = {
    "participants": ("display_name", "contact", "notes"),
}


def needs_erasure(values: dict[str, object]) -> bool:
    """True while any personal field of a participant row still differs from its erased value."""
    return any(values.get(k) != v for k, v in PARTICIPANT_ERASED_VALUES.items())


def erased_participant_values(current: Mapping[str, Any]) -> dict[str, Any]:
    """The values an erased participant must have, given its current values (only fields that need a change)."""
    target: dict[str, Any] = {name: "" for name in PERSONAL_FIELDS["participants"]}
    if not current.get("pseudonym"):
        target["pseudonym"] = ERASED_PSEUDONYM
    target["erased"] = True
    return {name: value for name, value in target.items() if current.get(name) != value}


def is_personal_field(table: str, field: str) -> bool:
    return field in PERSONAL_FIELDS.get(table, ())
