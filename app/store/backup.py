"""Consistent copies of a live workspace with the SQLite backup API, verified by integrity_check."""

from __future__ import annotations

import time
from pathlib import Path

from .atomic_file import atomic_path
from .disk_errors import DiskError, german_disk_errors
from .engine import connect_read
from .errors import WorkspaceError


def integrity_ok(path: Path) -> bool:
    con = connect_read(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def backup_to(source: Path, target: Path) -> None:
    """Write a consistent copy to ``target`` atomically (temporary file, fsync, rename); never over a file."""
    import sqlite3

    with atomic_path(target, replace=False) as tmp:
        src = connect_read(source)
        try:
            dst = sqlite3.connect(tmp)
            try:
                with german_disk_errors(target):
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode=DELETE")
                    dst.commit()
            finally:
                dst.close()
        finally:
            src.close()
        if not integrity_ok(tmp):
            raise WorkspaceError("Die Sicherungskopie ist beschädigt; es wurde nichts geschrieben.")


def verified_backup(path: Path) -> Path:
    """A backup next to the file before a migration; raises if the copy does not pass integrity_check."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.vor-aktualisierung-{stamp}{path.suffix}.bak")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.vor-aktualisierung-{stamp}-{n}{path.suffix}.bak")
        n += 1
    try:
        backup_to(path, target)
    except DiskError as exc:
        raise DiskError(f"Vor der Aktualisierung von {path.name} muss eine Sicherungskopie angelegt werden, aber: "
                        f"{exc} Die Datei bleibt unverändert.", exc.errno) from exc
    return target
