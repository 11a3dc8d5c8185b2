"""The merge engine: bring the rows of one source into a target, field by field, inside the caller's transaction.

Rules (the same for workspace files, packages and the hub):
- a row the target does not know is inserted as it is (union: votes, comments, consent events ... come together);
- for a known row, each field keeps the value with the later stamp (last writer wins; the device id inside the
  stamp decides between equal clock readings); the tombstone ``deleted`` is just another field;
- every value that loses (the target's old value or the source's older one) is kept as a conflict record with a
  deterministic id, so nothing is lost and any merge order yields the same records (see ``conflicts``);
- two different values under one stamp (two histories that shared a device id) are never "the same": the larger
  value wins on every replica and the other is kept as a conflict with an id that names the value;
- afterwards every erased participant is blanked again (see ``erasure``).

Because every step is a pure function of the union of all versions seen, merging is idempotent, commutative and
associative: any order of the same sources gives the same rows.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table

from app.domain import merge_rules
from app.domain.merge_rules import (
    companion_keys,
    device_of,
    has_seen,
    is_invented,
    is_seen_key,
    latest,
    seen_key,
)
from app.store.models import MODEL_BY_TABLE, SYNC_MODELS, ConflictRecord

from .rows import Row, RowSource, insert_rows, load_rows, update_rows
from .values import encode_value

CONFLICT_TABLE = ConflictRecord.__tablename__
#: Tables whose superseded values are not kept: the conflict records themselves, and append-only records whose
#: only change is the retraction (tombstone).
NO_CONFLICT_TABLES = frozenset({CONFLICT_TABLE} | {
    m.__tablename__ for m in SYNC_MODELS if m.__append_only__})  # type: ignore[attr-defined]


@dataclass
class TableTally:
    new: int = 0
    changed: int = 0
    conflicts: int = 0


@dataclass
class MergeSummary:
    """What one source brought: new and changed rows and new conflicts, per table."""

    source: str
    tables: dict[str, TableTally] = field(default_factory=dict)
    max_stamp: str = ""
    erased_blanked: int = 0
    conflict_records: int = 0
    #: records deleted here or there and edited later elsewhere, newly listed for a decision (set by the caller)
    deleted_but_edited: int = 0

    def tally(self, table: str) -> TableTally:
        return self.tables.setdefault(table, TableTally())

    @property
    def new_rows(self) -> int:
        return sum(t.new for t in self.tables.values())

    @property
    def changed_rows(self) -> int:
        return sum(t.changed for t in self.tables.values())

    @property
    def conflicts(self) -> int:
        return sum(t.conflicts for t in self.tables.values())

    @property
    def changed_anything(self) -> bool:
        return bool(self.new_rows or self.changed_rows or self.erased_blanked or self.conflict_records)


class MergeTarget:
    """Where merged rows go: a connection inside an open transaction, plus hooks for the kind of target."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def defer_foreign_keys(self) -> None:
        """Check foreign keys at commit, so rows that point at each other (or at themselves) can come in any order."""
        if self.conn.dialect.name == "sqlite":
            self.conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        else:
            self.conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")

    def rows_written(self, table: Table, rows: list[Row]) -> None:
        """Called after rows were inserted or updated (the hub records a change sequence here)."""

    def erasure_scope(self, table: Table) -> Any:
        """A condition on the rows of ``table`` whose text the erasure step must look at after this merge, or None
        for every row (see ``erasure``; a merge that brings an erasure record always looks at every row)."""
        return None

    def erasure_scanned(self) -> None:
        """Called when the erasure step has looked at the rows (a workspace file remembers how far)."""

    def finish(self, summary: MergeSummary) -> None:
        """Called at the end of the merge, still inside the transaction."""


@dataclass
class Superseded:
    """A value that lost: kept as a conflict record. ``differs``: it differed from the value it lost to, and the
    winner's writer had not seen it (a value replaced knowingly is an ordinary later edit, not a conflict)."""

    table: str
    record_id: str
    field: str
    value: object
    stamp: str
    differs: bool
    #: it lost to another value under the same stamp: its record needs an id of its own (see ``conflict_id``)
    collision: bool = False


class MergeRun:
    """State of one merge of one source into one target."""

    def __init__(self, target: MergeTarget, label: str) -> None:
        self.target = target
        self.conn = target.conn
        self.summary = MergeSummary(source=label)
        self.superseded: list[Superseded] = []
        self.wins: Callable[[str, str], bool] = merge_rules.stamp_wins
        self.erased_ids: set[str] = set()
        #: replaces erased names in superseded values before they are kept (set by the erasure step)
        self.redactor: Callable[[str], str] | None = None

    def note_stamp(self, stamp: str) -> None:
        if stamp > self.summary.max_stamp:
            self.summary.max_stamp = stamp

    def merge_batch(self, table: Table, batch: list[Row], *, keep_losers: bool = True) -> set[str]:
        """Merge one batch of source rows into ``table``; returns the ids of inserted rows."""
        model = MODEL_BY_TABLE[table.name]
        columns = model.data_columns()
        keep_losers = keep_losers and table.name not in NO_CONFLICT_TABLES
        existing = load_rows(self.conn, table, (r["id"] for r in batch))
        inserts: list[Row] = []
        updates: list[Row] = []
        wins = self.wins
        for incoming in batch:
            self.note_stamp(incoming.get("hlc") or "")
            current = existing.get(incoming["id"])
            if current is None:
                inserts.append(finish_row(dict(incoming)))
                continue
            mine = current.get("stamps") or {}
            theirs = incoming.get("stamps") or {}
            if mine == theirs and all(same_value(current[n], incoming[n]) for n in columns):
                continue
            merged: Row | None = None
            stamps = dict(mine)
            for name in columns:
                a = mine.get(name, "")
                b = theirs.get(name, "")
                collision = False
                if a == b:
                    if same_value(current[name], incoming[name]):
                        if meet_companions(name, mine, theirs, stamps):
                            merged = merged if merged is not None else dict(current)
                        continue
                    # one stamp, two values: two histories wrote under one device id; keep both, decide by value
                    collision = True
                    incoming_wins = merge_rules.collision_wins(encode_value(incoming[name]),
                                                               encode_value(current[name]))
                else:
                    incoming_wins = wins(b, a)
                if incoming_wins:
                    if merged is None:
                        merged = dict(current)
                    merged[name] = incoming[name]
                    stamps[name] = b
                    for key in companion_keys(name):  # what the winner's writer had seen travels with the value
                        if key in theirs:
                            stamps[key] = theirs[key]
                        else:
                            stamps.pop(key, None)
                    loser_value, loser_stamp, winner_value = current[name], a, incoming[name]
                    winner_seen = theirs.get(seen_key(name), "")
                else:
                    loser_value, loser_stamp, winner_value = incoming[name], b, current[name]
                    winner_seen = mine.get(seen_key(name), "")
                if collision and table.name == CONFLICT_TABLE and name == "loser_value" and not is_invented(a):
                    # two values kept under one conflict id: the other one gets a record of its own (two
                    # redactions of one kept value are no second value: the erasure step makes them one)
                    self.superseded.append(Superseded(current["table_name"], current["record_id"],
                                                      current["field"], decoded(loser_value),
                                                      current["loser_hlc"], True, collision=True))
                elif keep_losers and loser_stamp and not is_invented(loser_stamp):
                    concurrent = collision or not has_seen(winner_seen, loser_stamp)
                    self.superseded.append(Superseded(table.name, incoming["id"], name, loser_value, loser_stamp,
                                                      loser_value != winner_value and concurrent,
                                                      collision=collision))
            if merged is not None:
                merged["stamps"] = stamps
                updates.append(finish_row(merged))
        insert_rows(self.conn, table, inserts)
        update_rows(self.conn, table, updates)
        if inserts or updates:
            self.target.rows_written(table, inserts + updates)
        tally = self.summary.tally(table.name)
        tally.new += len(inserts)
        tally.changed += len(updates)
        return {r["id"] for r in inserts}


def same_value(a: object, b: object) -> bool:
    """Equal column values (as stored: a float and an int, or two JSON texts, may differ only in form)."""
    return a == b or encode_value(a) == encode_value(b)


def decoded(encoded: str) -> object:
    """The plain value of a conflict record's JSON text (encoded again, it gives the same text)."""
    return json.loads(encoded) if encoded else None


def meet_companions(name: str, mine: Row, theirs: Row, stamps: Row) -> bool:
    """The same version of ``name`` on both sides, but different companions (only two histories under one device
    id can do that): keep what both knew, in any merge order. True when ``stamps`` changed."""
    changed = False
    for key in companion_keys(name):
        if mine.get(key, "") != theirs.get(key, ""):
            common = merge_rules.common_knowledge(mine.get(key, ""), theirs.get(key, ""))
            if common:
                stamps[key] = common
            else:
                stamps.pop(key, None)
            changed = changed or stamps.get(key, "") != mine.get(key, "")
    return changed


def finish_row(row: Row) -> Row:
    """The row's own stamp is the latest of its field stamps, its device the one that made that stamp."""
    stamps = row.get("stamps") or {}
    if stamps:
        row["hlc"] = latest(v for k, v in stamps.items() if not is_seen_key(k))
        row["device_id"] = device_of(row["hlc"])
    return row


def merge_source(target: MergeTarget, source: RowSource) -> MergeSummary:
    """Merge every row of ``source`` into ``target`` (the caller owns the transaction: all or nothing)."""
    from .conflicts import write_conflict_records
    from .erasure import blank_erased

    run = MergeRun(target, source.label)
    target.defer_foreign_keys()
    for model in SYNC_MODELS:
        table: Table = model.__table__  # type: ignore[attr-defined]
        for batch in source.batches(table):
            if table.name == "workspace":
                refuse_other_workspace(run.conn, table, batch, source.label)
            run.merge_batch(table, batch)
    blank_erased(run)
    write_conflict_records(run)
    target.finish(run.summary)
    return run.summary


def refuse_other_workspace(conn: Connection, table: Table, batch: list[Row], label: str = "") -> None:
    """Two unrelated workspaces must not be mixed: a target that has a workspace row accepts only its own (the
    refusal tells the two apart by when and where each was created, see ``workspace_identity``)."""
    from sqlalchemy import select

    from .workspace_identity import refuse_foreign_rows

    mine = [dict(r) for r in conn.execute(select(table.c.id, table.c.quartier, table.c.stamps)).mappings()]
    refuse_foreign_rows(label or "", mine, batch)
