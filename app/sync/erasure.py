"""Apply every erasure record (DSGVO Art. 17) again: after every merge, every hub push and pull, and as the last
step of the erasure action itself (which is a merge of nothing, so it follows exactly the same rules).

An old package, a laptop that was offline during the erasure, or a hub an old laptop synced with may still carry
a name. The erasure records are merged by union, and this step then

- blanks the personal fields of every erased participant (``PARTICIPANT_ERASED_VALUES``) and the remarks in rows
  that belong to them (``OWN_RECORDS``: consent-event notes),
- replaces every erased name (recognised by the salted digests in the erasure record, see
  ``app.domain.erased_names``) in every free-text column marked ``REDACT`` (``app.domain.personal_data``),
- and does the same to the conflict records that keep superseded values of those columns.

Each overwrite is stamped just after the value it replaces (the successor stamp), so the blank value beats that
value and everything older on every replica, in every merge order, while an edit made later elsewhere still wins
(and is cleaned again where it arrives). Replaced values are kept as conflict records like any superseded value,
with the names already replaced. Everything is a pure function of the rows and the erasure records, so merging
stays order-free and idempotent.

Which rows are looked at: all of them in a workspace file (a person may have typed the name again since the last
merge); on the hub only the rows this push wrote, unless the push brought a new erasure record (every hub row
came through a merge, so all others were cleaned when they arrived).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Table, select

from app.domain.erased_names import ErasedName, Redactor, redaction_stamp
from app.domain.merge_rules import is_invented, successor
from app.domain.personal_data import (
    CONFLICT_VALUE_COLUMNS,
    OWN_RECORDS,
    PERSONAL_FIELDS,
    REDACT_COLUMNS,
    erased_participant_values,
    is_redacted_column,
)
from app.store.models import MODEL_BY_TABLE, SYNC_MODELS, ConflictRecord, ErasureRecord, Participant

from .conflicts import ERASED_VALUE
from .local import WorkspaceTarget
from .merge import NO_CONFLICT_TABLES, MergeRun, MergeSummary, Superseded, finish_row, merge_source
from .rows import Row, load_rows, update_rows
from .values import encode_value

_PARTICIPANTS: Table = Participant.__table__  # type: ignore[assignment]
_ERASURES: Table = ErasureRecord.__table__  # type: ignore[assignment]
_CONFLICTS: Table = ConflictRecord.__table__  # type: ignore[assignment]
_IN_CHUNK = 900


def erasure_state(conn: Any) -> tuple[set[str], Redactor]:
    """The erased participants and the recogniser of all erased names, from the erasure records of ``conn``.
    Every erasure record counts, even a tombstoned one: erased data cannot be restored, so it must not return."""
    ids: set[str] = set()
    names: list[ErasedName] = []
    for pid, salt, digests in conn.execute(select(_ERASURES.c.participant_id, _ERASURES.c.digest_salt,
                                                  _ERASURES.c.name_digests)):
        ids.add(pid)
        erased = ErasedName.stored(salt, digests)
        if erased is not None:
            names.append(erased)
    return ids, Redactor(names)


def blank_erased(run: MergeRun) -> None:
    ids, redactor = erasure_state(run.conn)
    run.erased_ids = ids
    if not ids:
        return
    run.redactor = redactor if redactor else None
    changed = _blank_participants(run, ids)
    changed += _blank_own_records(run, ids)
    changed += _blank_conflict_records(run, ids)
    if redactor:
        arrived = run.summary.tables.get(_ERASURES.name)
        everything = bool(arrived and (arrived.new or arrived.changed))
        changed += _replace_names(run, redactor, everything)
        run.target.erasure_scanned()
    run.summary.erased_blanked += changed


def _write(run: MergeRun, table: Table, updates: list[Row]) -> int:
    if updates:
        update_rows(run.conn, table, updates)
        run.target.rows_written(table, updates)
        for row in updates:
            run.note_stamp(row["hlc"])
    return len(updates)


def _blank_participants(run: MergeRun, ids: set[str]) -> int:
    updates: list[Row] = []
    for row in load_rows(run.conn, _PARTICIPANTS, ids).values():
        change = erased_participant_values(row)
        if not change:
            continue
        stamps = dict(row.get("stamps") or {})
        for name, value in change.items():
            old_stamp = stamps.get(name) or row["hlc"]
            # the replaced value is kept like any superseded value (blank if personal): a replica that receives
            # the blanked version from elsewhere keeps it too, so both paths end with the same records
            if not is_invented(old_stamp):
                run.superseded.append(Superseded("participants", row["id"], name, row[name], old_stamp, False))
            stamps[name] = successor(old_stamp)
            row[name] = value
        row["stamps"] = stamps
        updates.append(finish_row(row))
    return _write(run, _PARTICIPANTS, updates)


def _blank_own_records(run: MergeRun, ids: set[str]) -> int:
    """Remarks in rows that belong to an erased person by id (consent-event notes) become empty."""
    changed = 0
    for table_name, (owner_column, values) in OWN_RECORDS.items():
        table: Table = MODEL_BY_TABLE[table_name].__table__  # type: ignore[attr-defined]
        wanted = sorted(ids)
        updates: list[Row] = []
        for start in range(0, len(wanted), _IN_CHUNK):
            stmt = select(table.c.id, table.c.hlc, table.c.stamps, *(table.c[n] for n in values)).where(
                table.c[owner_column].in_(wanted[start:start + _IN_CHUNK]))
            for m in run.conn.execute(stmt).mappings():
                row = dict(m)
                stamps = dict(row.get("stamps") or {})
                dirty = False
                for name, value in values.items():
                    if row[name] != value:
                        stamps[name] = redaction_stamp(stamps.get(name) or row["hlc"])
                        row[name] = value
                        dirty = True
                if dirty:
                    row["stamps"] = stamps
                    updates.append(finish_row(row))
        changed += _write(run, table, updates)
    return changed


def _blank_conflict_records(run: MergeRun, ids: set[str]) -> int:
    """Conflict records that kept a personal value of an erased participant are blanked the same way."""
    updates: list[Row] = []
    wanted = sorted(ids)
    for start in range(0, len(wanted), _IN_CHUNK):
        rows = run.conn.execute(select(_CONFLICTS).where(
            _CONFLICTS.c.table_name == "participants", _CONFLICTS.c.record_id.in_(wanted[start:start + _IN_CHUNK]),
            _CONFLICTS.c.field.in_(PERSONAL_FIELDS["participants"]))).mappings()
        for m in rows:
            row = dict(m)
            stamps = dict(row.get("stamps") or {})
            changed = False
            for name in CONFLICT_VALUE_COLUMNS:
                if row[name] not in ("", ERASED_VALUE):
                    stamps[name] = successor(stamps.get(name) or row["hlc"])
                    row[name] = ERASED_VALUE
                    changed = True
            if changed:
                row["stamps"] = stamps
                updates.append(finish_row(row))
    return _write(run, _CONFLICTS, updates)


def _replace_names(run: MergeRun, redactor: Redactor, everything: bool) -> int:
    changed = 0
    for model in SYNC_MODELS:
        table: Table = model.__table__  # type: ignore[attr-defined]
        if table.name == _CONFLICTS.name:
            changed += _replace_names_in_conflict_records(run, redactor, everything)
            continue
        columns = REDACT_COLUMNS.get(table.name)
        if not columns:
            continue
        keep_losers = table.name not in NO_CONFLICT_TABLES
        stmt = select(table.c.id, table.c.hlc, table.c.stamps, *(table.c[n] for n in columns))
        scope = None if everything else run.target.erasure_scope(table)
        if scope is not None:
            stmt = stmt.where(scope)
        updates: list[Row] = []
        for m in run.conn.execute(stmt).mappings():
            row: Row | None = None
            for name in columns:
                value = m[name]
                if not isinstance(value, str) or not value:
                    continue
                cleaned = redactor(value)
                if cleaned == value:
                    continue
                if row is None:
                    row = dict(m)
                    row["stamps"] = dict(row.get("stamps") or {})
                old_stamp = row["stamps"].get(name) or row["hlc"]
                if keep_losers and not is_invented(old_stamp):
                    run.superseded.append(Superseded(table.name, row["id"], name, value, old_stamp, False))
                row["stamps"][name] = redaction_stamp(old_stamp)
                row[name] = cleaned
            if row is not None:
                updates.append(finish_row(row))
        changed += _write(run, table, updates)
    return changed


def _replace_names_in_conflict_records(run: MergeRun, redactor: Redactor, everything: bool) -> int:
    import json

    stmt = select(_CONFLICTS.c.id, _CONFLICTS.c.hlc, _CONFLICTS.c.stamps, _CONFLICTS.c.table_name,
                  _CONFLICTS.c.field, *(_CONFLICTS.c[n] for n in CONFLICT_VALUE_COLUMNS))
    scope = None if everything else run.target.erasure_scope(_CONFLICTS)
    if scope is not None:
        stmt = stmt.where(scope)
    updates: list[Row] = []
    for m in run.conn.execute(stmt).mappings():
        if not is_redacted_column(m["table_name"], m["field"]):
            continue
        row: Row | None = None
        for name in CONFLICT_VALUE_COLUMNS:
            try:
                value = json.loads(m[name]) if m[name] else None
            except ValueError:
                continue
            if not isinstance(value, str) or not value:
                continue
            cleaned = redactor(value)
            if cleaned == value:
                continue
            if row is None:
                row = dict(m)
                row["stamps"] = dict(row.get("stamps") or {})
            row["stamps"][name] = redaction_stamp(row["stamps"].get(name) or row["hlc"])
            row[name] = encode_value(cleaned)
        if row is not None:
            updates.append(finish_row(row))
    return _write(run, _CONFLICTS, [{k: r[k] for k in ("id", "hlc", "device_id", "stamps", *CONFLICT_VALUE_COLUMNS)}
                                    for r in updates])


class _NoRows:
    """A merge source without rows: merging it only applies the erasure records (and keeps what they replace)."""

    label = "Löschung"

    def batches(self, table: Table) -> Iterator[list[Row]]:
        return iter(())


class _WholeFile(WorkspaceTarget):
    def erasure_scope(self, table: Table) -> Any:
        return None


def apply_erasures(conn: Connection) -> MergeSummary:
    """Apply every erasure record of a workspace file inside the caller's transaction, exactly as a merge does,
    looking at every row (the caller has just added an erasure record)."""
    return merge_source(_WholeFile(conn), _NoRows())
