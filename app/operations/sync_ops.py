"""Merging and conflict review as user actions (for the "Synchronisieren" dialog and the conflict panel).

Every function returns plain dataclasses. ``merge_sources`` accepts the open workspace of the window (which holds
the file lock) or a path (the command line), and prepares all sources before changing anything.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.domain.merge_rules import conflict_id, device_of, has_seen, seen_key
from app.domain.personal_data import is_personal_field
from app.store.errors import WorkspaceError
from app.store.models import MODEL_BY_TABLE, ConflictRecord
from app.store.workspace_file import WorkspaceFile
from app.sync.hub import HubSyncResult, sync_with_hub
from app.sync.local import merge_prepared
from app.sync.merge import MergeSummary
from app.sync.prepare import PreparedLaptop
from app.sync.prepare import prepare_laptop as _prepare_laptop
from app.sync.report import TABLE_LABELS
from app.sync.sources import PreparedSource, prepared_sources
from app.sync.values import decode_value, encode_value

from .deletion_conflicts import DELETION_PREFIX, LaterEdit, list_deletion_conflicts, resolve_deletion


@dataclass(frozen=True)
class MergeResult:
    created: bool
    summaries: list[MergeSummary]


@dataclass(frozen=True)
class ConflictView:
    """A value that lost against the current one. Values are JSON text (``value_text`` gives a readable form)."""

    id: str
    table: str
    table_label: str
    record_id: str
    field: str
    other_value: str
    current_value: str
    other_stamp: str
    other_device: str
    record_title: str = ""  # what the record is called (a card's text, a canvas's title ...)
    current_stamp: str = ""  # when and where the current value was written
    #: "value": another value of a field; "deleted": the record was deleted and later edited elsewhere (``later``
    #: lists those edits; resolve with take_other=True to restore it, False to leave it deleted)
    kind: str = "value"
    later: tuple[LaterEdit, ...] = ()


#: Columns that name a record, in the order they are tried for the conflict list's headings.
_TITLE_COLUMNS = ("text", "title", "name", "display_name", "pseudonym", "quartier")


def _record_title(row: object) -> str:
    for column in _TITLE_COLUMNS:
        value = getattr(row, column, None)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


Progress = Callable[[int, str], None]


def merge_sources(workspace: WorkspaceFile | Path, sources: Sequence[Path],
                  passphrase: str | None = None, *, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> MergeResult:
    """Merge packages or workspace files, one transaction each; a missing target file is created empty (with its
    own device id). Nothing changes if any source cannot be read.

    ``cancelled`` is asked before each source: the sources merged until then stay merged (each is complete in
    itself), the rest is left for later; ``summaries`` lists the merged ones."""
    if isinstance(workspace, WorkspaceFile):
        with prepared_sources(sources, passphrase, exclude=workspace.path) as prepared:
            summaries: list[MergeSummary] = []
            for index, source in enumerate(prepared):
                if cancelled is not None and cancelled():
                    break
                if progress is not None:
                    progress(int(100 * index / max(1, len(prepared))), source.label)
                summaries.append(_merge_one(workspace, source))
            return MergeResult(False, summaries)
    path = Path(workspace)
    with prepared_sources(sources, passphrase, exclude=path) as prepared:
        created = not path.exists()
        ws = WorkspaceFile.create(path, seed=False) if created else WorkspaceFile.open(path)
        with ws:
            return MergeResult(created, [_merge_one(ws, p) for p in prepared])


def _merge_one(ws: WorkspaceFile, source: PreparedSource) -> MergeSummary:
    """Merge one source and count the records it left "deleted, but edited later" that were not listed before."""
    with ws.session() as s:
        before = {d.id for d in list_deletion_conflicts(s)}
    summary = merge_prepared(ws, source)
    with ws.session() as s:
        summary.deleted_but_edited = len({d.id for d in list_deletion_conflicts(s)} - before)
    return summary


def sync_hub(workspace: WorkspaceFile | Path, url: str) -> HubSyncResult:
    """Send local changes to the hub and fetch everyone else's (push, then pull)."""
    if isinstance(workspace, WorkspaceFile):
        return sync_with_hub(workspace, url)
    with WorkspaceFile.open(Path(workspace)) as ws:
        return sync_with_hub(ws, url)


def prepare_laptop(master: WorkspaceFile | Path, out: Path, canvas_ids: Sequence[str] = (),
                   actor_ids: Sequence[str] = ()) -> PreparedLaptop:
    """A workshop file for a laptop from the master: all, or only the chosen canvases and actors."""
    return _prepare_laptop(master, Path(out), canvas_ids, actor_ids)


def list_conflicts(ws: WorkspaceFile) -> list[ConflictView]:
    """Open conflicts: superseded values that differ from the field's current value, that the writer of the current
    value had not seen (replacing a value one has seen is an ordinary later edit), and that are not resolved."""
    with ws.session() as s:
        every = s.scalars(select(ConflictRecord).where(ConflictRecord.deleted.is_(False))).all()
        # a stamp under which two histories (one device id) wrote different values says nothing about what a
        # writer had seen: its values are shown whatever the seen-list claims
        ambiguous = {(r.table_name, r.record_id, r.field, r.loser_hlc) for r in every
                     if r.id != conflict_id(r.table_name, r.record_id, r.field, r.loser_hlc)}
        by_table: dict[str, list[ConflictRecord]] = defaultdict(list)
        for rec in every:
            if rec.table_name in MODEL_BY_TABLE and not rec.resolved:
                by_table[rec.table_name].append(rec)
        views = []
        for table, recs in sorted(by_table.items()):
            model = MODEL_BY_TABLE[table]
            ids = {r.record_id for r in recs}
            rows = {r.id: r for r in s.scalars(select(model).where(model.id.in_(ids)))}
            for rec in sorted(recs, key=lambda r: (r.record_id, r.field, r.loser_hlc)):
                row = rows.get(rec.record_id)
                if row is None or rec.field not in model.data_columns():
                    continue
                current = encode_value(getattr(row, rec.field))
                if current == rec.loser_value:
                    continue
                current_stamp = (row.stamps or {}).get(rec.field, "")
                if rec.loser_hlc != current_stamp and (table, rec.record_id, rec.field, rec.loser_hlc) not in \
                        ambiguous and has_seen((row.stamps or {}).get(seen_key(rec.field), ""), rec.loser_hlc):
                    continue  # the current value was written by someone who had this one in front of them
                views.append(ConflictView(rec.id, table, TABLE_LABELS.get(table, table), rec.record_id, rec.field,
                                          rec.loser_value, current, rec.loser_hlc, rec.loser_device,
                                          _record_title(row), (row.stamps or {}).get(rec.field, "")))
        for d in list_deletion_conflicts(s):
            views.append(ConflictView(d.id, d.table, d.table_label, d.record_id, "deleted", encode_value(False),
                                      encode_value(True), d.latest_stamp, device_of(d.latest_stamp), d.record_title,
                                      d.deleted_stamp, kind="deleted", later=d.later))
        return views


def conflicted_records(ws: WorkspaceFile, table: str) -> set[str]:
    """Ids of the records of ``table`` (e.g. "cards") that have an open conflict: they carry a badge."""
    return {c.record_id for c in list_conflicts(ws) if c.table == table}


def resolve_conflict(ws: WorkspaceFile, conflict_id: str, take_other: bool) -> None:
    """Keep the current value, or take the other one; an ordinary, stamped edit that syncs like any other. For a
    deleted record edited later elsewhere: ``take_other`` restores it, otherwise it stays deleted."""
    if conflict_id.startswith(DELETION_PREFIX):
        table, _, record_id = conflict_id[len(DELETION_PREFIX):].partition(":")
        resolve_deletion(ws, table, record_id, restore=take_other)
        return
    with ws.session() as s:
        rec = s.get(ConflictRecord, conflict_id)
        if rec is None or rec.table_name not in MODEL_BY_TABLE:
            raise WorkspaceError("Diesen Konflikt gibt es nicht (mehr).")
        model = MODEL_BY_TABLE[rec.table_name]
        row = s.get(model, rec.record_id)
        if row is None or rec.field not in model.data_columns():
            raise WorkspaceError("Der betroffene Eintrag ist nicht mehr vorhanden.")
        current = getattr(row, rec.field)
        if take_other:
            if getattr(row, "erased", False) and is_personal_field(rec.table_name, rec.field):
                raise WorkspaceError("Die Daten dieser Person wurden gelöscht und können nicht zurückgeholt werden.")
            setattr(row, rec.field, decode_value(model.__table__.c[rec.field], rec.loser_value))
        rec.winner_value = encode_value(current)
        rec.resolved = True
        rec.resolution = "taken_other" if take_other else "kept"
