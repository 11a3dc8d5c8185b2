"""Consistent copies of a live workspace with the SQLite backup API, verified by integrity_check."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from .errors import WorkspaceError


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def integrity_ok(path: Path) -> bool:
    con = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def backup_to(source: Path, target: Path) -> None:
    """Write a consistent copy to ``target`` atomically (temporary file, fsync, rename)."""
    if target.exists():
        raise WorkspaceError(f"Die Zieldatei {target.name} gibt es schon; sie wird nicht überschrieben.")
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    src = sqlite3.connect(f"file:{source.resolve().as_posix()}?mode=ro", uri=True)
    dst = sqlite3.connect(tmp)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
        dst.commit()
    finally:
        dst.close()
        src.close()
    if not integrity_ok(tmp):
        tmp.unlink(missing_ok=True)
        raise WorkspaceError("Die Sicherungskopie ist beschädigt; es wurde nichts geschrieben.")
    _fsync(tmp)
    os.replace(tmp, target)


def verified_backup(path: Path) -> Path:
    """A backup next to the file before a migration; raises if the copy does not pass integrity_check."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.vor-aktualisierung-{stamp}{path.suffix}.bak")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.vor-aktualisierung-{stamp}-{n}{path.suffix}.bak")
        n += 1
    backup_to(path, target)
    return target
