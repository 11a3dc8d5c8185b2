"""Stamp every change of a shared record with the hybrid logical clock, field by field, at flush time.

Doing this in one ``before_flush`` hook means no operation can forget it. An edit also notes, per field, which
version it replaced (``stamps["<field>@seen"]``, see ``app.domain.merge_rules.add_seen``): a value it replaced
knowingly is no conflict when the edit reaches another laptop. A merge sets ``session.info["merging"]``
and writes the stamps it decided itself. A delete also notes what it knew of the record and what belongs to it
(``stamps["deleted@knew"]``), so an edit made elsewhere without knowing of the delete is never hidden under it.
Append-only records refuse edits, except the replacement of an erased person's name (``session.info[REDACTING]``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from app.domain.merge_rules import add_seen, is_invented, is_seen_key, knew_key, seen_key

from .dependents import dependents
from .errors import AppendOnlyViolation
from .models.base import SyncMixin

#: ``session.info`` key: this session replaces a person's name in text (DSGVO erasure), the one edit that
#: append-only records (consent events, outreach contacts, votes) also receive; it is stamped like any edit.
REDACTING = "redacting"


def _changed_fields(obj: SyncMixin) -> list[str]:
    state = inspect(obj)
    changed = []
    for name in obj.data_columns():
        hist = state.attrs[name].history
        if hist.has_changes():
            changed.append(name)
    return changed


def _knowledge(session: Session, obj: SyncMixin, stamps: dict[str, Any]) -> str:
    """What a delete knows: per device the latest stamp of the record's fields and of everything that belongs to
    or refers to it. An edit elsewhere that is not in here was not in front of the person who deleted."""
    known = ""
    for key, stamp in stamps.items():
        if not is_seen_key(key) and stamp and not is_invented(stamp):
            known = add_seen(known, stamp)
    table = type(obj).__tablename__  # type: ignore[attr-defined]
    for dep in dependents(session.connection(), table, obj.id):
        if dep.stamp and not is_invented(dep.stamp):
            known = add_seen(known, dep.stamp)
    return known


@event.listens_for(Session, "before_flush")
def _stamp_changes(session: Session, _ctx: Any, _instances: Any) -> None:
    if session.info.get("merging"):
        return
    clock = session.info.get("clock")
    if clock is None:
        return
    device = clock.device_id
    for obj in session.new:
        if isinstance(obj, SyncMixin):
            ts = clock.now()
            obj.hlc = ts
            obj.device_id = device
            if obj.deleted is None:
                obj.deleted = False
            obj.stamps = {name: ts for name in obj.data_columns()}
    for obj in session.dirty:
        if not isinstance(obj, SyncMixin) or obj in session.new:
            continue
        fields = _changed_fields(obj)
        if not fields:
            continue
        if obj.__append_only__ and set(fields) - {"deleted"} and not session.info.get(REDACTING):
            raise AppendOnlyViolation(
                f"{type(obj).__tablename__} ist nur anhängbar: Einträge werden nicht verändert, nur zurückgezogen."
            )
        ts = clock.now()
        stamps = dict(obj.stamps or {})
        if "deleted" in fields and obj.deleted:
            stamps[knew_key("deleted")] = _knowledge(session, obj, stamps)
        for name in fields:
            # remember which version this edit replaced, so a merge elsewhere can tell a later edit from a conflict
            seen = add_seen(stamps.get(seen_key(name), ""), stamps.get(name, ""))
            if seen:
                stamps[seen_key(name)] = seen
            stamps[name] = ts
        obj.stamps = stamps
        obj.hlc = ts
        obj.device_id = device
