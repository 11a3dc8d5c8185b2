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
from app.store.atomic_file import require_folder
from app.store.errors import WorkspaceError
from app.store.models import MODEL_BY_TABLE, ConflictRecord
from app.store.workspace_file import WorkspaceFile, remove_workspace_file
from app.sync.errors import SourceRefused
from app.sync.hub import HubSyncResult, sync_with_hub
from app.sync.local import merge_prepared
from app.sync.merge import MergeSummary
from app.sync.prepare import PreparedLaptop
from app.sync.prepare import prepare_laptop as _prepare_laptop
from app.sync.report import TABLE_LABELS
from app.sync.sources import PreparedSource, prepared_sources
from app.sync.values import decode_value, encode_value
from app.sync.workspace_identity import ForeignWorkspace

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
                  cancelled: Callable[[], bool] | None = None, adopt: bool = False) -> MergeResult:
    """Merge packages or workspace files, one transaction each. A missing target file is created empty (with its
    own device id) — but never in a folder that does not exist. Nothing changes if any source cannot be read.

    A source of another workspace is refused (``adopt=True`` takes its records over as new ones instead); the
    other sources are still merged, and the refusal (:class:`SourceRefused`, raised at the end) names exactly
    which sources were merged and which were not. Any other failure stops at that source: the message names the
    sources merged before it. ``cancelled`` is asked before each source: the sources merged until then stay
    merged (each is complete in itself), the rest is left for later; ``summaries`` lists the merged ones."""
    if isinstance(workspace, WorkspaceFile):
        with prepared_sources(sources, passphrase, exclude=workspace.path) as prepared:
            return MergeResult(False, _merge_each(workspace, prepared, adopt, progress, cancelled))
    path = Path(workspace)
    if path.is_dir():
        raise WorkspaceError(f"{path} ist ein Ordner; bitte eine Werkstatt-Datei als Ziel angeben.")
    if not path.exists():
        require_folder(path)  # a mistyped folder must not become a silent new master
    with prepared_sources(sources, passphrase, exclude=path) as prepared:
        created = not path.exists()
        ws = WorkspaceFile.create(path, seed=False) if created else WorkspaceFile.open(path)
        merged = False
        try:
            with ws:
                summaries = _merge_each(ws, prepared, adopt, progress, cancelled)
                merged = bool(summaries)
                return MergeResult(created, summaries)
        except PartialMerge as exc:
            merged = bool(exc.merged)
            raise
        finally:
            if created and not merged:
                remove_workspace_file(path)  # no new, empty master is left behind by a merge that did nothing


class PartialMerge(SourceRefused):
    """Some sources were merged and others not; ``str(exc)`` names both. ``foreign`` lists the sources refused
    because they belong to another workspace (they can be taken over with ``adopt``)."""

    def __init__(self, message: str, merged: list[MergeSummary], foreign: list[Path]) -> None:
        super().__init__(message)
        self.merged = merged
        self.foreign = foreign


def _names(labels: Sequence[str]) -> str:
    return ", ".join(labels) if labels else "keine"


def _merge_each(ws: WorkspaceFile, prepared: Sequence[PreparedSource], adopt: bool, progress: Progress | None,
                cancelled: Callable[[], bool] | None) -> list[MergeSummary]:
    summaries: list[MergeSummary] = []
    refused: list[tuple[PreparedSource, SourceRefused]] = []
    for index, source in enumerate(prepared):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(int(100 * index / max(1, len(prepared))), source.label)
        try:
            summaries.append(_merge_one(ws, source, adopt))
        except ForeignWorkspace as exc:
            refused.append((source, exc))
        except WorkspaceError as exc:
            if not summaries and not refused:
                raise
            rest = [p.label for p in prepared[index:]]
            raise PartialMerge(f"{exc} Zusammengeführt wurden vorher: {_names([s.source for s in summaries])}; "
                               f"nicht zusammengeführt: {_names(rest)}.", summaries,
                               [p.path for p, _ in refused if p.path is not None]) from exc
    if refused:
        reasons = " ".join(str(exc) for _, exc in refused)
        if len(prepared) > 1:
            reasons += (f" Zusammengeführt: {_names([s.source for s in summaries])}; nicht zusammengeführt: "
                        f"{_names([p.label for p, _ in refused])}.")
        raise PartialMerge(reasons, summaries, [p.path for p, _ in refused if p.path is not None])
    return summaries


def _merge_one(ws: WorkspaceFile, source: PreparedSource, adopt: bool) -> MergeSummary:
    """Merge one source and count the records it left "deleted, but edited later" that were not listed before."""
    with ws.session() as s:
        before = {d.id for d in list_deletion_conflicts(s)}
    summary = merge_prepared(ws, source, adopt=adopt)
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
