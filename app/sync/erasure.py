"""After every merge: blank the personal data of every participant with an erasure record (DSGVO Art. 17).

An old package, or a laptop that was offline during the erasure, may still carry a name. The erasure records are
merged by union, and this step overwrites whatever personal value won, stamped just after it (the stamp's
successor), so the blank value beats that name and everything older on every replica, in every merge order.
Conflict records that kept personal values of an erased participant are blanked the same way.
"""

from __future__ import annotations

from sqlalchemy import Table, select

from app.domain.merge_rules import successor
from app.domain.personal_data import PERSONAL_FIELDS, erased_participant_values
from app.store.models import ConflictRecord, ErasureRecord, Participant

from .conflicts import ERASED_VALUE
from .merge import MergeRun, finish_row
from .rows import Row, load_rows, update_rows

_PARTICIPANTS: Table = Participant.__table__  # type: ignore[assignment]
_ERASURES: Table = ErasureRecord.__table__  # type: ignore[assignment]
_CONFLICTS: Table = ConflictRecord.__table__  # type: ignore[assignment]


def blank_erased(run: MergeRun) -> None:
    # Every erasure record counts, even a tombstoned one: erased data cannot be restored, so it must not return.
    ids = set(run.conn.scalars(select(_ERASURES.c.participant_id)))
    run.erased_ids = ids
    if not ids:
        return
    updates: list[Row] = []
    for row in load_rows(run.conn, _PARTICIPANTS, ids).values():
        change = erased_participant_values(row)
        if not change:
            continue
        stamps = dict(row.get("stamps") or {})
        for name, value in change.items():
            stamps[name] = successor(stamps.get(name) or row["hlc"])
            row[name] = value
        row["stamps"] = stamps
        updates.append(finish_row(row))
        run.note_stamp(row["hlc"])
    update_rows(run.conn, _PARTICIPANTS, updates)
    if updates:
        run.target.rows_written(_PARTICIPANTS, updates)
    run.summary.erased_blanked += len(updates)
    _blank_conflict_records(run, ids)


def _blank_conflict_records(run: MergeRun, ids: set[str]) -> None:
    personal = PERSONAL_FIELDS["participants"]
    updates: list[Row] = []
    rows = run.conn.execute(select(_CONFLICTS).where(
        _CONFLICTS.c.table_name == "participants", _CONFLICTS.c.record_id.in_(sorted(ids)),
        _CONFLICTS.c.field.in_(personal))).mappings()
    for m in rows:
        row = dict(m)
        stamps = dict(row.get("stamps") or {})
        changed = False
        for name in ("loser_value", "winner_value"):
            if row[name] not in ("", ERASED_VALUE):
                stamps[name] = successor(stamps.get(name) or row["hlc"])
                row[name] = ERASED_VALUE
                changed = True
        if changed:
            row["stamps"] = stamps
            updates.append(finish_row(row))
    update_rows(run.conn, _CONFLICTS, updates)
    if updates:
        run.target.rows_written(_CONFLICTS, updates)
