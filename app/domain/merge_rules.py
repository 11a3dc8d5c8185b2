"""Pure rules of the field-by-field merge: which stamp wins, whose device a stamp names, and the ids and stamps
the merge itself has to invent (conflict records, erasure blanking) so that every replica invents the same ones.

A stamp is the encoded hybrid-logical-clock string (see :mod:`app.domain.hlc`); plain string comparison orders
stamps by (wall time, counter, device id), so two stamps are equal only when they are the same write.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from .hlc import Stamp

#: Appended to the device part of a stamp to make its immediate successor. Device ids are UUIDs (hex digits and
#: dashes), and "~" sorts after all of them, so no real stamp lies between a stamp and its successor.
SUCCESSOR_MARK = "~"

#: Namespace of the deterministic ids of conflict records.
CONFLICT_NAMESPACE = uuid.UUID("6f1d3c52-2b8e-4a57-9c1e-4b51574b5301")


def stamp_wins(candidate: str, current: str) -> bool:
    """True when ``candidate`` is a later write than ``current`` (last writer wins; the device id in the stamp
    decides between equal clock readings, so every replica picks the same winner)."""
    return candidate > current


def successor(stamp: str) -> str:
    """The smallest stamp greater than ``stamp``: used when the merge overwrites a value on its own (erasure), so
    the overwrite beats exactly that value and everything older, and is the same on every replica."""
    return stamp + SUCCESSOR_MARK


def device_of(stamp: str) -> str:
    """The device that made a stamp ("" for the empty stamp)."""
    if not stamp:
        return ""
    return Stamp.decode(stamp).device_id.rstrip(SUCCESSOR_MARK)


def latest(stamps: Iterable[str]) -> str:
    return max(stamps, default="")


def conflict_id(table: str, record_id: str, field: str, loser_stamp: str) -> str:
    """Deterministic id of the record that keeps one superseded value: the same on every replica, so conflict
    records merged in any order form the same set."""
    return str(uuid.uuid5(CONFLICT_NAMESPACE, f"{table}\x1f{record_id}\x1f{field}\x1f{loser_stamp}"))
