"""Which fields hold personal data, and what they look like once erased (DSGVO Art. 17).

Kept in one pure module so the merge (which re-blanks erased people after every merge, so an old package cannot
bring their data back) and the erasure action itself agree on the same list.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: Table name -> fields that hold personal data and are blanked on erasure.
PERSONAL_FIELDS: dict[str, tuple[str, ...]] = {
    "participants": ("display_name", "contact", "notes"),
}

#: Pseudonym shown for an erased person who had none (the pseudonym itself is kept: it was chosen not to identify).
ERASED_PSEUDONYM = "gelöscht"


def erased_participant_values(current: Mapping[str, Any]) -> dict[str, Any]:
    """The values an erased participant must have, given its current values (only fields that need a change)."""
    target: dict[str, Any] = {name: "" for name in PERSONAL_FIELDS["participants"]}
    if not current.get("pseudonym"):
        target["pseudonym"] = ERASED_PSEUDONYM
    target["erased"] = True
    return {name: value for name, value in target.items() if current.get(name) != value}


def is_personal_field(table: str, field: str) -> bool:
    return field in PERSONAL_FIELDS.get(table, ())
