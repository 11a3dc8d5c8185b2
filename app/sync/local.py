"""Merging prepared sources into an open workspace file, one transaction per source."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Table, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from app.store.disk_errors import disk_error
from app.store.engine import read_snapshot
from app.store.models import Meta
from app.store.workspace_file import WorkspaceFile

from .adopt import AdoptingSource, AdoptionPlan
from .errors import SyncError
from .merge import MergeSummary, MergeTarget, merge_source
from .rows import Row, RowSource, SqlRowSource
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
    return summary


def merge_files(ws: WorkspaceFile, sources: Sequence[Path], passphrase: str | None = None) -> list[MergeSummary]:
    """Prepare every source first (nothing changes if one is damaged), then merge them one by one."""
    with prepared_sources(sources, passphrase, exclude=ws.path) as prepared:
        return [merge_prepared(ws, p) for p in prepared]
