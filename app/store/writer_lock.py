"""One writer per workspace file, whatever path leads to it.

The lock is an OS lock (``flock``) on the database file itself, not on a name next to it: a symlink, a hard link,
``./``, ``..`` or another spelling of the path all reach the same inode and so the same lock. ``flock`` belongs to
the open file, so a second open in the same process is refused as well, and a process that dies loses its lock
with its files. SQLite itself uses POSIX record locks, which ``flock`` does not touch on local file systems.

Paths are resolved to the real file first: everything the writer creates next to the file (write-ahead log,
backups, migration marker) lands beside the real file, never beside a symlink, and a file put back during an
interrupted migration replaces the real file, not the link.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from .disk_errors import DiskError, os_error_sentence
from .errors import WorkspaceError, WorkspaceLocked

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX: the lock is the lock file of filelock
    fcntl = None  # type: ignore[assignment]


def real_path(path: str | os.PathLike[str]) -> Path:
    """The file a path leads to: symlinks followed, ``.``/``..`` removed, absolute."""
    return Path(os.path.realpath(os.fspath(path)))


def locked_message(name: str) -> str:
    return (f"Die Werkstatt-Datei {name} ist bereits in einem anderen Fenster oder Programm zum Bearbeiten "
            "geöffnet. Schließen Sie sie dort zuerst.")


class WriterLock:
    """An exclusive lock on one database file (its inode). ``release`` is safe to call twice."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, path: Path, *, create: bool = False) -> WriterLock:
        """Lock ``path`` (already resolved). ``create``: the file must not exist yet and is created empty."""
        flags = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)
        if create:
            flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(path, flags, 0o644)
        except FileExistsError:
            raise WorkspaceError(f"Die Datei {path.name} gibt es schon; sie wird nicht überschrieben.") from None
        except OSError as exc:
            raise DiskError(f"Die Datei {path.name} kann nicht geöffnet werden. {os_error_sentence(exc, path)}",
                            exc.errno) from exc
        lock = cls(path, fd)
        try:
            lock._lock(fd)
        except BaseException:
            os.close(fd)
            raise
        return lock

    def _lock(self, fd: int) -> None:
        if fcntl is None:  # pragma: no cover
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise WorkspaceLocked(locked_message(self.path.name)) from None
            if exc.errno in (errno.ENOLCK, errno.ENOSYS, errno.EOPNOTSUPP):
                return  # a file system without locks (some network shares): nothing to hold, as before
            raise WorkspaceError(f"Die Datei {self.path.name} kann nicht gesperrt werden: {exc.strerror}.") from None

    def follow(self) -> None:
        """The file at ``path`` was replaced (a backup put back): lock the new file, then let go of the old one."""
        new = WriterLock.acquire(self.path)
        self.release()
        self._fd, new._fd = new._fd, None

    def identity(self) -> tuple[int, int]:
        """(device, inode) of the locked file."""
        if self._fd is None:
            raise WorkspaceError("Die Sperre ist schon freigegeben.")
        st = os.fstat(self._fd)
        return st.st_dev, st.st_ino

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing the only descriptor of this open file drops the flock
