"""Deleted on one laptop, edited later on another: a conflict the facilitator decides, never a silent loss.

A record is deleted by its tombstone. When a merge brings an edit of the record (or a comment, a card, a vote ...
that belongs to it) that the person who deleted it had not in front of them, the record stays deleted but is
listed here with what came later, and the facilitator chooses »Wiederherstellen« (the tombstone is lifted, with all
later edits) or »Gelöscht lassen« (deleted again, now knowing the later edits; they stay reachable under the
tombstone, e.g. the comments of a deleted card in the comment panel).

Which edits the delete knew is in ``stamps["deleted@knew"]`` (written when deleting, see ``app.store.stamping``);
a tombstone written by an older version has no such note, then an edit counts when it is later than the delete.
The list is a pure function of the merged rows, so every replica shows the same, in any merge order. Candidates
are the records whose tombstone once met a live version in a merge: exactly those have a conflict record for the
field ``deleted``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.domain.merge_rules import has_seen, is_invented, is_seen_key, knew_key
from app.store.dependents import dependents
from app.store.errors import WorkspaceError
from app.store.models import MODEL_BY_TABLE, SYNC_MODELS, ConflictRecord, SyncMixin
from app.store.workspace_file import WorkspaceFile
from app.sync.merge import NO_CONFLICT_TABLES
from app.sync.report import TABLE_LABELS

#: Prefix of a deletion conflict's id in the conflict list (value conflicts use their record's id).
DELETION_PREFIX = "geloescht:"
_TITLE_COLUMNS = ("text", "title", "name", "display_name", "pseudonym", "quartier")


@dataclass(frozen=True)
class LaterEdit:
    """One thing the delete did not know: a field of the record, or a row that belongs to / refers to it."""

    table: str  # the record's own table for a field, else the dependent's table
    record_id: str
    field: str  # the field for an edit of the record itself, "" for a dependent row
    stamp: str
    value: str  # what it says now (a field's value, a comment's text ...)


@dataclass(frozen=True)
class DeletionConflict:
    id: str
    table: str
    table_label: str
    record_id: str
    record_title: str
    deleted_stamp: str
    later: tuple[LaterEdit, ...]

    @property
    def latest_stamp(self) -> str:
        return max(e.stamp for e in self.later)


def deletion_conflict_id(table: str, record_id: str) -> str:
    return f"{DELETION_PREFIX}{table}:{record_id}"


def _title(values: dict[str, object]) -> str:
    for column in _TITLE_COLUMNS:
        value = values.get(column)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def _unknown(knew: str | None, deleted_stamp: str, stamp: str) -> bool:
    if not stamp or is_invented(stamp):
        return False
    if knew is None:  # a tombstone from before deletes noted what they knew: later than the delete counts
        return stamp > deleted_stamp
    return not has_seen(knew, stamp)


def later_edits(s: Session, model: type[SyncMixin], row: SyncMixin) -> list[LaterEdit]:
    """What was changed in, or added to, a deleted record without the delete knowing."""
    stamps = row.stamps or {}
    deleted_stamp = stamps.get("deleted", "")
    knew = stamps.get(knew_key("deleted"))
    table = model.__tablename__  # type: ignore[attr-defined]
    out = [LaterEdit(table, row.id, name, stamp, str(getattr(row, name, "")))
           for name, stamp in sorted(stamps.items())
           if name != "deleted" and not is_seen_key(name) and _unknown(knew, deleted_stamp, stamp)]
    for dep in dependents(s.connection(), table, row.id):
        if dep.live and _unknown(knew, deleted_stamp, dep.stamp):
            out.append(LaterEdit(dep.table, dep.record_id, "", dep.stamp, _title(dep.row)))
    return out


def list_deletion_conflicts(s: Session) -> list[DeletionConflict]:
    """Deleted records with later edits the delete did not know, in every shared table."""
    candidates: dict[str, set[str]] = {}
    for table, record_id in s.execute(select(ConflictRecord.table_name, ConflictRecord.record_id)
                                      .where(ConflictRecord.field == "deleted").distinct()):
        if table in MODEL_BY_TABLE and table not in NO_CONFLICT_TABLES:
            candidates.setdefault(table, set()).add(record_id)
    out = []
    for model in SYNC_MODELS:  # in the registry's order, then by id: the same list on every replica
        table = model.__tablename__  # type: ignore[attr-defined]
        ids = candidates.get(table)
        if not ids:
            continue
        rows = s.scalars(select(model).where(model.id.in_(sorted(ids)), model.deleted.is_(True))
                         .order_by(model.id)).all()
        for row in rows:
            later = later_edits(s, model, row)
            if later:
                values = {c: getattr(row, c, None) for c in _TITLE_COLUMNS}
                out.append(DeletionConflict(deletion_conflict_id(table, row.id), table, TABLE_LABELS.get(table, table),
                                            row.id, _title(values), (row.stamps or {}).get("deleted", ""),
                                            tuple(sorted(later, key=lambda e: (e.stamp, e.table, e.record_id)))))
    return out


def resolve_deletion(ws: WorkspaceFile, table: str, record_id: str, *, restore: bool) -> None:
    """»Wiederherstellen« lifts the tombstone (the record comes back with every later edit); »Gelöscht lassen«
    deletes it again, now knowing the later edits, so the conflict is closed on every laptop it reaches. Both are
    ordinary stamped edits that sync like any other."""
    model = MODEL_BY_TABLE.get(table)
    if model is None or table in NO_CONFLICT_TABLES:
        raise WorkspaceError("Diesen Konflikt gibt es nicht (mehr).")
    with ws.session() as s:
        row = s.get(model, record_id)
        if row is None:
            raise WorkspaceError("Der betroffene Eintrag ist nicht mehr vorhanden.")
        if not row.deleted or not later_edits(s, model, row):
            raise WorkspaceError("Dieser Konflikt ist schon entschieden.")
        if restore:
            row.deleted = False
        else:
            flag_modified(row, "deleted")  # deleted again: the new tombstone notes everything known now
