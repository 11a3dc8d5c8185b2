"""Merging prepared sources into an open workspace file, one transaction per source."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from app.store.disk_errors import disk_error
from app.store.engine import read_snapshot
from app.store.models import SYNC_MODELS, ErasureRecord, Meta
from app.store.scrub import scrub_free_pages
from app.store.workspace_file import WorkspaceFile

from .adopt import AdoptingSource, AdoptionPlan
from .errors import SyncError
from .merge import MergeSummary, MergeTarget, merge_source
from .rows import Row, RowSource, SqlRowSource
from .sources import PreparedSource, prepared_sources

_META: Table = Meta.__table__  # type: ignore[assignment]
PUSH_MARK_PATTERN = "hub:%:push_mark"
#: meta key: the latest stamp in the file when the erasure step last looked at every changed row
ERASURE_SCAN_MARK = "erasure:scanned_upto"
_ERASURES: Table = ErasureRecord.__table__  # type: ignore[assignment]


class WorkspaceTarget(MergeTarget):
    """A workspace file as merge target. Rows a merge brings in may be older than what was last sent to a hub;
    so every hub's push mark is lowered below the oldest row written, and the next sync sends them too."""

    def __init__(self, conn) -> None:  # type: ignore[no-untyped-def]
        super().__init__(conn)
        self.oldest_written: str | None = None
        self._scan_since: str | None | bool = False  # False: not decided yet

    def rows_written(self, table: Table, rows: list[Row]) -> None:
        oldest = min((r.get("hlc") or "" for r in rows), default=None)
        if oldest is not None and (self.oldest_written is None or oldest < self.oldest_written):
            self.oldest_written = oldest

    def erasure_scope(self, table: Table) -> Any:
        """Rows changed since the last erasure step: edits made here since then (their stamps are later than every
        stamp the file held then) and rows this merge wrote (however old their stamps). Without a mark: all."""
        if self._scan_since is False:
            mark = self.conn.execute(select(_META.c.value).where(_META.c.key == ERASURE_SCAN_MARK)).scalar()
            self._scan_since = min(mark, self.oldest_written) if mark and self.oldest_written else mark or None
        return None if self._scan_since is None else table.c.hlc >= self._scan_since

    def erasure_scanned(self) -> None:
        top = ""
        for model in SYNC_MODELS:
            value = self.conn.execute(select(func.max(model.__table__.c.hlc))).scalar()  # type: ignore[attr-defined]
            top = max(top, value or "")
        self.conn.execute(_META.delete().where(_META.c.key == ERASURE_SCAN_MARK))
        self.conn.execute(_META.insert().values(key=ERASURE_SCAN_MARK, value=top))

    def finish(self, summary: MergeSummary) -> None:
        if self.oldest_written is not None:
            lower_push_marks(self.conn, self.oldest_written)


def lower_push_marks(conn, below: str) -> None:  # type: ignore[no-untyped-def]
    """Make every hub push mark smaller than ``below`` (a push sends rows whose stamp is greater than the mark)."""
    lowered = below[:-1]
    for key, value in conn.execute(select(_META.c.key, _META.c.value).where(_META.c.key.like(PUSH_MARK_PATTERN))):
        if value and value >= below:
            conn.execute(update(_META).where(_META.c.key == key).values(value=lowered))


def merge_prepared(ws: WorkspaceFile, source: PreparedSource, *, adopt: bool = False) -> MergeSummary:
    """Merge one prepared source into ``ws`` in one transaction (all or nothing). ``adopt``: the source may be an
    independently created workspace whose records are taken over as new ones (see ``adopt``)."""
    try:
        with read_snapshot(source.snapshot) as src, src.begin(), ws.engine.begin() as conn:
            rows: RowSource = SqlRowSource(src, source.label)
            if adopt:
                rows = AdoptingSource(rows, AdoptionPlan(src, conn))
            summary = merge_source(WorkspaceTarget(conn), rows)
    except IntegrityError:
        raise SyncError(f"Die Quelle {source.label} ist in sich unstimmig (Verweise auf fehlende Einträge); "
                        "es wurde nichts zusammengeführt.") from None
    except (DBAPIError, OSError) as exc:  # a full disk: the transaction is rolled back, the file is fine
        found = disk_error(exc, ws.path)
        if found is None:
            raise
        raise found from exc
    if summary.max_stamp:
        ws.clock.observe(summary.max_stamp)
    scrub_after_merge(ws, summary)
    return summary


def scrub_after_merge(ws: WorkspaceFile, summary: MergeSummary) -> None:
    """A merge in a file with erasures leaves no old copy of erased text in the file or its log: a newly arrived
    erasure rebuilds the file; any other change only needs the log truncated, because a value this merge
    overwrote (a name typed here after the erasure, replaced by the cleaned version from elsewhere) may still lie
    in a frame of the log (see ``app.store.scrub``)."""
    arrived = summary.tables.get(ErasureRecord.__tablename__)
    new_erasure = bool(arrived and (arrived.new or arrived.changed))
    if new_erasure or summary.erased_blanked or (summary.changed_anything and _has_erasures(ws)):
        scrub_free_pages(ws, vacuum=new_erasure)


def _has_erasures(ws: WorkspaceFile) -> bool:
    with ws.engine.connect() as conn:
        return conn.execute(select(_ERASURES.c.id).limit(1)).first() is not None


def merge_files(ws: WorkspaceFile, sources: Sequence[Path], passphrase: str | None = None) -> list[MergeSummary]:
    """Prepare every source first (nothing changes if one is damaged), then merge them one by one."""
    with prepared_sources(sources, passphrase, exclude=ws.path) as prepared:
        return [merge_prepared(ws, p) for p in prepared]
