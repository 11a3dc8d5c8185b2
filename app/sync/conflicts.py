"""Conflict records: every value a merge overwrites or refuses is kept, so nothing is ever lost.

A record is made for each superseded version of a field (table, record, field, stamp of the losing value). Its id
is derived from exactly that, and all its field stamps are the losing value's stamp, so two replicas that keep the
same superseded value hold the same record, and any merge order yields the same set. A version that lost to an
equal value is kept too: whether it was a "real" conflict depends on the final winner, which the merge does not
know yet (the list for the user compares against the current value, see ``app.operations.sync_ops``).

The winner columns stay empty in merged records (the current value of the field is the winner, and storing a
snapshot of it would make the record depend on merge order); resolving a conflict fills them in.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Table

from app.domain.erased_names import redaction_stamp
from app.domain.merge_rules import conflict_id, device_of, successor, value_variant
from app.domain.personal_data import is_personal_field, is_redacted_column
from app.store.models import ConflictRecord

from .errors import SyncError
from .merge import MergeRun, Superseded
from .rows import Row
from .values import encode_value

_TABLE: Table = ConflictRecord.__table__  # type: ignore[assignment]
_COLUMNS = ConflictRecord.data_columns()
ERASED_VALUE = encode_value("")


def conflict_row(table: str, record_id: str, field: str, value: object, stamp: str, *, erased: bool,
                 redact: Callable[[str], str] | None = None, collision: bool = False) -> Row:
    """The conflict record keeping ``value`` (stamped ``stamp``) of one field; personal data of an erased
    participant is kept blank, and erased names in text are replaced (``redact``), stamped just after the value it
    replaces (as the blanking of the row itself).
    ``collision``: the value lost to another value under the same stamp, so its id names the value as well (the
    value as kept, after blanking and redaction, so no digest of an erased name is left in an id)."""
    stamps = {name: stamp for name in _COLUMNS}
    loser_value = encode_value(value)
    if erased and loser_value != ERASED_VALUE:
        loser_value = ERASED_VALUE
        stamps["loser_value"] = successor(stamp)
    elif redact is not None and isinstance(value, str) and redact(value) != value:
        loser_value = encode_value(redact(value))
        stamps["loser_value"] = redaction_stamp(stamp)
    hlc = max(stamps.values())
    variant = value_variant(loser_value) if collision else ""
    return {
        "id": conflict_id(table, record_id, field, stamp, variant),
        "table_name": table, "record_id": record_id, "field": field,
        "loser_value": loser_value, "loser_hlc": stamp, "loser_device": device_of(stamp),
        "winner_value": "", "winner_hlc": "", "winner_device": "",
        "resolved": False, "resolution": "", "deleted": False,
        "stamps": stamps, "hlc": hlc, "device_id": device_of(hlc),
    }


def write_conflict_records(run: MergeRun) -> None:
    """Merge the records of this run's superseded values into the target like rows of any source. Merging them
    may set aside values in turn (two values under one record id): those get records of their own, so the loop
    ends when nothing new was set aside."""
    for _round in range(8):
        if not run.superseded:
            return
        pending, run.superseded = run.superseded, []
        _write(run, pending)
    raise SyncError("Die Konfliktliste lässt sich nicht eindeutig zusammenführen; es wurde nichts übernommen.")


def _write(run: MergeRun, superseded: list[Superseded]) -> None:
    rows: dict[str, Row] = {}
    differs: dict[str, tuple[str, bool]] = {}
    cleaned: set[str] = set()
    for s in superseded:
        erased = s.table == "participants" and s.record_id in run.erased_ids and is_personal_field(s.table, s.field)
        redact = run.redactor if is_redacted_column(s.table, s.field) else None
        row = conflict_row(s.table, s.record_id, s.field, s.value, s.stamp, erased=erased, redact=redact,
                           collision=s.collision)
        rows[row["id"]] = row
        differs[row["id"]] = (s.table, s.differs and not erased)
        if row["loser_value"] != encode_value(s.value):
            cleaned.add(row["id"])
    batch = list(rows.values())
    inserted: set[str] = set()
    for start in range(0, len(batch), 2000):
        inserted |= run.merge_batch(_TABLE, batch[start:start + 2000], keep_losers=False)
    run.summary.conflict_records += len(inserted)
    # a value naming an erased person was overwritten in this merge: it counts as cleaned (the caller scrubs the
    # write-ahead log, which may still hold the overwritten page)
    run.summary.erased_blanked += len(inserted & cleaned)
    for rid in inserted:
        table, real = differs[rid]
        if real:
            run.summary.tally(table).conflicts += 1
