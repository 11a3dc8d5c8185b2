"""Merging prepared sources into an open workspace file, one transaction per source."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Table, select, update
from sqlalchemy.exc import IntegrityError

from app.store.engine import read_snapshot
from app.store.models import ErasureRecord, Meta
from app.store.scrub import scrub_free_pages
from app.store.workspace_file import WorkspaceFile

from .errors import SyncError
from .merge import MergeSummary, MergeTarget, merge_source
from .rows import Row, SqlRowSource
from .sources import PreparedSource, prepared_sources

_META: Table = Meta.__table__  # type: ignore[assignment]
PUSH_MARK_PATTERN = "hub:%:push_mark"


class WorkspaceTarget(MergeTarget):
    """A workspace file as merge target. Rows a merge brings in may be older than what was last sent to a hub;
    so every hub's push mark is lowered below the oldest row written, and the next sync sends them too."""

    def __init__(self, conn) -> None:  # type: ignore[no-untyped-def]
        super().__init__(conn)
        self.oldest_written: str | None = None

    def rows_written(self, table: Table, rows: list[Row]) -> None:
        oldest = min((r.get("hlc") or "" for r in rows), default=None)
        if oldest is not None and (self.oldest_written is None or oldest < self.oldest_written):
            self.oldest_written = oldest

    def finish(self, summary: MergeSummary) -> None:
        if self.oldest_written is not None:
            lower_push_marks(self.conn, self.oldest_written)


def lower_push_marks(conn, below: str) -> None:  # type: ignore[no-untyped-def]
    """Make every hub push mark smaller than ``below`` (a push sends rows whose stamp is greater than the mark)."""
    lowered = below[:-1]
    for key, value in conn.execute(select(_META.c.key, _META.c.value).where(_META.c.key.like(PUSH_MARK_PATTERN))):
        if value and value >= below:
            conn.execute(update(_META).where(_META.c.key == key).values(value=lowered))


def merge_prepared(ws: WorkspaceFile, source: PreparedSource) -> MergeSummary:
    """Merge one prepared source into ``ws`` in one transaction (all or nothing)."""
    try:
        with read_snapshot(source.snapshot) as src, src.begin(), ws.engine.begin() as conn:
            summary = merge_source(WorkspaceTarget(conn), SqlRowSource(src, source.label))
    except IntegrityError:
        raise SyncError(f"Die Quelle {source.label} ist in sich unstimmig (Verweise auf fehlende Einträge); "
                        "es wurde nichts zusammengeführt.") from None
    if summary.max_stamp:
        ws.clock.observe(summary.max_stamp)
    scrub_after_merge(ws, summary)
    return summary


def scrub_after_merge(ws: WorkspaceFile, summary: MergeSummary) -> None:
    """A merge that applied an erasure leaves no old copy of the erased text in the file or its log: a newly
    arrived erasure rebuilds the file, replaced names only need the log truncated (see ``app.store.scrub``)."""
    arrived = summary.tables.get(ErasureRecord.__tablename__)
    new_erasure = bool(arrived and (arrived.new or arrived.changed))
    if summary.erased_blanked or new_erasure:
        scrub_free_pages(ws, vacuum=new_erasure)


def merge_files(ws: WorkspaceFile, sources: Sequence[Path], passphrase: str | None = None) -> list[MergeSummary]:
    """Prepare every source first (nothing changes if one is damaged), then merge them one by one."""
    with prepared_sources(sources, passphrase, exclude=ws.path) as prepared:
        return [merge_prepared(ws, p) for p in prepared]
