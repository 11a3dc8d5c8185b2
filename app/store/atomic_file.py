"""Write a file (or a folder) so that it appears complete or not at all: the one way every writer writes.

A temporary file in the target's own folder (``.<name>.<8 hex>.tmp``), written, flushed and fsynced, then renamed
over the target with ``os.replace`` and the folder fsynced, so a crash, a full disk or a pulled stick never leaves
half a file under the real name and never replaces a good file by a truncated one. On any failure the temporary
file (and SQLite's journal files next to it) is removed and the error becomes one German sentence about the
target (see ``disk_errors``). The temporary file gets the permissions a normal new file gets (the umask), or the
permissions of the file it replaces.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from .disk_errors import DiskError, german_disk_errors

_SIDE_FILES = ("-journal", "-wal", "-shm", ".lock")


def temp_path_for(target: Path, *, suffix: str = ".tmp") -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{suffix}")


def require_folder(target: Path) -> Path:
    """The target's folder; a missing one is refused in German before anything is written."""
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise DiskError(f"Den Ordner {folder} gibt es nicht." if not folder.exists()
                        else f"{folder} ist kein Ordner.")
    return folder


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (not every platform can open a folder; that is fine)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _new_temp(target: Path) -> Path:
    for _ in range(100):
        tmp = temp_path_for(target)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies, as for any file
        except FileExistsError:
            continue
        os.close(fd)
        return tmp
    raise DiskError(f"Für {target.name} lässt sich keine Zwischendatei anlegen.")


def remove_temp(tmp: Path) -> None:
    for path in (tmp, *(tmp.with_name(tmp.name + side) for side in _SIDE_FILES)):
        with contextlib.suppress(OSError):
            path.unlink()


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str], *, replace: bool = True, reserve: bool = True) -> Iterator[Path]:
    """Yield a temporary path next to ``target`` for a writer that wants a file name (reportlab, openpyxl,
    SQLite); when the block ends without error the file is fsynced and renamed to ``target``.

    ``replace=False`` refuses to replace an existing target (checked again just before the rename).
    ``reserve=False`` yields a fresh name without creating the file (for writers that refuse to write over one)."""
    target = Path(target)
    with german_disk_errors(target):
        folder = require_folder(target)
        if not replace and target.exists():
            raise DiskError(f"Die Datei {target.name} gibt es schon; sie wird nicht überschrieben.")
        tmp = _new_temp(target) if reserve else temp_path_for(target)
        try:
            yield tmp
            _fsync_file(tmp)
            with contextlib.suppress(OSError):
                if target.exists():
                    os.chmod(tmp, target.stat().st_mode & 0o7777)
            if not replace and target.exists():
                raise DiskError(f"Die Datei {target.name} gibt es schon; sie wird nicht überschrieben.")
            os.replace(tmp, target)
        except BaseException:
            remove_temp(tmp)
            raise
        fsync_folder(folder)


@contextlib.contextmanager
def atomic_stream(target: str | os.PathLike[str], mode: str = "wb", **kwargs: Any) -> Iterator[IO[Any]]:
    """Yield an open file object on a temporary file; flushed, fsynced and renamed to ``target`` at the end."""
    with atomic_path(target) as tmp, open(tmp, mode, **kwargs) as fh:
        yield fh
        fh.flush()
        os.fsync(fh.fileno())


def write_bytes_atomically(target: str | os.PathLike[str], data: bytes) -> Path:
    with atomic_stream(target, "wb") as fh:
        fh.write(data)
    return Path(target)


def write_text_atomically(target: str | os.PathLike[str], text: str, *, encoding: str = "utf-8",
                          newline: str | None = "\n") -> Path:
    with atomic_stream(target, "w", encoding=encoding, newline=newline) as fh:
        fh.write(text)
    return Path(target)


def write_with(target: str | os.PathLike[str], write: Callable[[Path], object]) -> Path:
    """Call ``write(temporary path)`` and move the result into place."""
    with atomic_path(target) as tmp:
        write(tmp)
    return Path(target)


@contextlib.contextmanager
def atomic_folder(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a new temporary folder next to ``target``; at the end it becomes ``target`` (an old folder there is
    replaced only once the new one is complete). Every file inside must be fsynced by the writer."""
    target = Path(target)
    with german_disk_errors(target):
        parent = require_folder(target)
        tmp = temp_path_for(target)
        os.mkdir(tmp)
        try:
            yield tmp
            _swap_folder(tmp, target)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        fsync_folder(parent)


def _swap_folder(new: Path, target: Path) -> None:
    if not target.exists():
        os.rename(new, target)
        return
    old = temp_path_for(target, suffix=".old")
    os.rename(target, old)
    try:
        os.rename(new, target)
    except BaseException:
        os.rename(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)
