"""A marker that makes an interrupted migration recoverable.

A migration rewrites the workspace file. If the process dies (power cut, kill) between the verified backup and the
end of the migration, the file may be half way between two schema versions. So, after the backup is verified and
before the first migration step, a small marker file next to the workspace names the backup; it is removed only
after the migration has committed. An open that finds the marker knows the last migration did not finish and puts
the backup back before doing anything else. The marker is removed last, so every crash point leaves either no
marker (nothing to undo) or a marker and an intact backup (restore is safe and can be repeated).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from .atomic_file import write_bytes_atomically
from .backup import integrity_ok
from .disk_errors import german_disk_errors
from .errors import WorkspaceError


def marker_path(path: Path) -> Path:
    return path.with_name(path.name + ".aktualisierung")


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # platforms without directory handles
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_durably(target: Path, data: bytes) -> None:
    write_bytes_atomically(target, data)


def clear_marker(path: Path) -> None:
    marker = marker_path(path)
    if marker.exists():
        marker.unlink()
        _fsync_dir(path.parent)


@contextlib.contextmanager
def migration_marker(path: Path, backup: Path) -> Iterator[None]:
    """Keep a marker naming ``backup`` while the body (the migration) runs; removed only when it succeeds."""
    marker = marker_path(path)
    _write_durably(marker, backup.name.encode("utf-8"))
    yield
    clear_marker(path)


def recover_interrupted_migration(path: Path) -> Path | None:
    """Put the backup back if the last migration of ``path`` was interrupted; returns the backup used, if any.

    Must be called while holding the writer lock (no other process can be migrating then).
    """
    marker = marker_path(path)
    if not marker.exists():
        return None
    for stale in path.parent.glob(f".{path.name}.*.wiederhergestellt.tmp"):
        stale.unlink(missing_ok=True)
    name = marker.read_text(encoding="utf-8", errors="replace").strip()
    backup = path.with_name(name) if name and "/" not in name and "\\" not in name else None
    if backup is None or not backup.is_file() or not integrity_ok(backup):
        raise WorkspaceError(
            f"Die letzte Aktualisierung von {path.name} wurde unterbrochen, und die Sicherungskopie "
            f"({name or 'unbekannt'}) fehlt oder ist beschädigt. Bitte die Datei nicht weiter verwenden und eine "
            "andere Sicherungskopie öffnen.")
    restored = path.with_name(f".{path.name}.{os.getpid()}.wiederhergestellt.tmp")
    try:
        with german_disk_errors(path):
            with open(backup, "rb") as src, open(restored, "wb") as dst:
                while block := src.read(1 << 20):
                    dst.write(block)
                dst.flush()
                os.fsync(dst.fileno())
            # the half-migrated file's write-ahead log must not be replayed onto the restored copy
            for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
            os.replace(restored, path)
    finally:
        restored.unlink(missing_ok=True)
    _fsync_dir(path.parent)
    return backup
