"""Pure rules of the field-by-field merge: which stamp wins, whose device a stamp names, and the ids and stamps
the merge itself has to invent (conflict records, erasure blanking) so that every replica invents the same ones.

A stamp is the encoded hybrid-logical-clock string (see :mod:`app.domain.hlc`); plain string comparison orders
stamps by (wall time, counter, device id), so two stamps are equal only when they are the same write.
"""

from __future__ import annotations

import hashlib
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


def is_invented(stamp: str) -> bool:
    """True for a stamp the merge made itself (a successor): its value is derived, not something a person wrote,
    so it is not kept when replaced (a replica that never derived it must end with the same records)."""
    return stamp.endswith(SUCCESSOR_MARK)


def device_of(stamp: str) -> str:
    """The device that made a stamp ("" for the empty stamp)."""
    if not stamp:
        return ""
    return Stamp.decode(stamp).device_id.rstrip(SUCCESSOR_MARK)


def latest(stamps: Iterable[str]) -> str:
    return max(stamps, default="")


def conflict_id(table: str, record_id: str, field: str, loser_stamp: str, variant: str = "") -> str:
    """Deterministic id of the record that keeps one superseded value: the same on every replica, so conflict
    records merged in any order form the same set. ``variant`` tells apart different values that carry the same
    stamp (two histories under one device id, see :func:`value_variant`); an ordinary loser has none."""
    name = f"{table}\x1f{record_id}\x1f{field}\x1f{loser_stamp}"
    return str(uuid.uuid5(CONFLICT_NAMESPACE, f"{name}\x1f{variant}" if variant else name))


def value_variant(encoded_value: str) -> str:
    """A short digest of a value (its JSON text), for :func:`conflict_id` when one stamp carries several values."""
    return hashlib.sha256(encoded_value.encode("utf-8")).hexdigest()[:24]


def collision_wins(candidate_encoded: str, current_encoded: str) -> bool:
    """Two different values under one stamp (two histories that shared a device id, e.g. a file copied by an older
    version): neither is later, so the larger JSON text wins, the same on every replica, and the other is kept as
    a conflict. Never "nothing new"."""
    return candidate_encoded > current_encoded


#: Key suffix in a row's per-field stamps for what the writer of the field's value had seen of that field before:
#: ``stamps["text@seen"]`` lists, per device, the latest stamp of ``text`` the writer's copy held when it wrote.
SEEN_SUFFIX = "@seen"


#: Key suffix, on the tombstone only, for what a delete knew of the record: ``stamps["deleted@knew"]`` lists, per
#: device, the latest stamp of the record's fields and of the records that belong to it when it was deleted. An
#: edit the delete did not know is shown as "deleted, but edited later" (see ``app.operations.deletion_conflicts``).
KNEW_SUFFIX = "@knew"


def seen_key(field: str) -> str:
    return field + SEEN_SUFFIX


def knew_key(field: str) -> str:
    return field + KNEW_SUFFIX


def companion_keys(field: str) -> tuple[str, str]:
    """Keys of ``stamps`` that describe the value of ``field`` and travel with it when it wins a merge."""
    return seen_key(field), knew_key(field)


def is_seen_key(key: str) -> bool:
    """True for a key of ``stamps`` that is no field stamp but a companion (what a writer had seen or knew)."""
    return key.endswith((SEEN_SUFFIX, KNEW_SUFFIX))


def common_knowledge(a: str, b: str) -> str:
    """What two writers both had seen: per device the earlier of their stamps, devices known to both only. Used
    when one version arrives with two different companions (two histories under one device id): knowing less
    shows more conflicts, never fewer; and it is the same in any merge order."""
    mine, theirs = _seen_map(a), _seen_map(b)
    return " ".join(sorted(min(mine[d], theirs[d]) for d in mine.keys() & theirs.keys()))


def _seen_map(seen: str) -> dict[str, str]:
    return {device_of(stamp): stamp for stamp in seen.split()}


def add_seen(seen: str, stamp: str) -> str:
    """``seen`` plus ``stamp`` (the value an edit replaces), keeping the latest stamp per device.

    One stamp per device is enough: a device's later version of a field comes after all its earlier ones, so
    having seen it means having seen them too."""
    if not stamp:
        return seen
    known = _seen_map(seen)
    device = device_of(stamp)
    if stamp > known.get(device, ""):
        known[device] = stamp
    return " ".join(sorted(known.values()))


def has_seen(seen: str, stamp: str) -> bool:
    """True when a writer whose knowledge is ``seen`` had the version ``stamp`` (or a later one of its device) in
    front of it: replacing that value was an ordinary later edit, not a conflict."""
    if not stamp or not seen:
        return False
    return _seen_map(seen).get(device_of(stamp), "") >= stamp
