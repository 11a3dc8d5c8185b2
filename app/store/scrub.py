"""Leave no old copy of erased text in the workspace file or its write-ahead log.

Every connection runs with ``secure_delete=ON`` (see ``engine``), so a row version that an UPDATE replaces is
zeroed in its page. Two places can still hold an old copy: frames of the write-ahead log (a page as it was
committed earlier; a checkpoint copies them into the file, but the bytes stay in the ``-wal`` file until it is
truncated), and unused space of a file written before (or by another program). So after an erasure the file is
rebuilt (VACUUM) and the log truncated; after a merge that replaced erased names, truncating the log is enough.
"""

from __future__ import annotations

import sqlite3

from .workspace_file import WorkspaceFile


def scrub_free_pages(ws: WorkspaceFile, *, vacuum: bool = True) -> bool:
    """Checkpoint and truncate the WAL (and VACUUM first when ``vacuum``); True when the log is empty now.

    Needs no open transaction on the file: pooled connections are closed first, and a reader that holds a
    snapshot anyway only makes the log stay for now (the next erasure or merge truncates it)."""
    if ws.readonly:
        return False
    ws.engine.dispose()  # no pooled connection may hold a read snapshot while we vacuum
    con = sqlite3.connect(ws.path, isolation_level=None, timeout=5)
    try:
        con.execute("PRAGMA secure_delete=ON")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        if vacuum:
            con.execute("VACUUM")
        busy, _log, _done = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return busy == 0
    finally:
        con.close()
