"""What the operating system and SQLite say when a disk, a stick or a folder refuses, as one German sentence.

Every command and every error path of the window uses this one mapping, so a full disk is always called a full
disk: a healthy workspace on a full stick must never be reported as "beschädigt", and no English errno text
("[Errno 28] No space left on device") or temporary file name reaches the user.
"""

from __future__ import annotations

import contextlib
import errno
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import WorkspaceError

#: Temporary files of our atomic writers are called ``.<target name>.<8 hex>.tmp`` (see ``atomic_file``): an
#: error about one is reported with the target's name.
TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.[0-9a-f]{8}\.(?:tmp|old)(?:-journal|-wal|-shm)?$")

FULL = "Der Datenträger ist voll."
FULL_ADVICE = "Bitte Platz schaffen (z. B. alte Dateien löschen) oder einen anderen Speicherort wählen."
READ_ONLY = "Der Datenträger ist schreibgeschützt."
READ_ONLY_ADVICE = "Bitte einen anderen Speicherort wählen oder den Schreibschutz des Datenträgers aufheben."


class DiskError(WorkspaceError, OSError):
    """The disk, the stick or the folder refused (full, read-only, missing, no permission, failing).

    ``str(exc)`` is a complete German sentence; ``errno`` tells the kind for callers that react to it. It is an
    OSError too, so every place that already handles a failed write handles it, and shows the German text."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.errno = code


def shown_name(path: str | Path | None) -> str:
    """The name a user knows: a temporary file of ours is named after its target, the system's temporary
    folder is called so."""
    if path is None or str(path) == "":
        return ""
    p = Path(path)
    match = TEMP_NAME.match(p.name)
    if match:
        return match.group("name")
    if in_private_temp(p):
        return SYSTEM_TEMP
    return p.name or str(p)


#: How a file in one of our private folders in the system's temporary folder is called.
SYSTEM_TEMP = "eine Zwischendatei im temporären Ordner des Systems"
#: Prefixes of the private working folders we make with ``tempfile.mkdtemp``.
PRIVATE_TEMP_PREFIXES = ("qw-", "werkstatt-")


def in_private_temp(path: Path) -> bool:
    with contextlib.suppress(ValueError, OSError):
        relative = path.resolve().relative_to(Path(tempfile.gettempdir()).resolve())
        return bool(relative.parts) and relative.parts[0].startswith(PRIVATE_TEMP_PREFIXES)
    return False


def _head(name: str, verb: str) -> str:
    if not name:
        return ""
    if name == SYSTEM_TEMP:
        return f"Eine Zwischendatei im temporären Ordner des Systems kann nicht {verb} werden: "
    return f"»{name}« kann nicht {verb} werden: "


def _folder_of(path: Path) -> str:
    folder = path.parent if str(path.parent) not in ("", ".") else Path(".")
    with contextlib.suppress(OSError, ValueError):
        folder = folder.resolve()
    return str(folder)


def os_error_sentence(exc: OSError, target: str | Path | None = None, *, writing: bool = True) -> str:
    """One German sentence for ``exc``; ``target`` is the file the user asked for (never a temporary one)."""
    if exc.errno is None:  # raised by our own code with a German text
        return str(exc)
    path = Path(target) if target is not None else (Path(exc.filename) if exc.filename else None)
    name = shown_name(path) if path is not None else ""
    verb = "geschrieben" if writing else "gelesen"
    head = _head(name, verb)
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        reason = FULL if code == errno.ENOSPC else "Der Speicherplatz (Kontingent) ist aufgebraucht."
        return f"{head}{reason} {FULL_ADVICE}"
    if code == errno.EFBIG:
        return (f"{head}Die Datei wird zu groß für diesen Datenträger (Grenze der Dateigröße erreicht, z. B. 4 GB "
                "auf FAT32-Sticks). Bitte einen anderen Speicherort wählen.")
    if code == errno.EROFS:
        return f"{head}{READ_ONLY} {READ_ONLY_ADVICE}"
    if code in (errno.EACCES, errno.EPERM):
        where = f" im Ordner {_folder_of(path)}" if path is not None and writing else ""
        return (f"{head}Keine Berechtigung{where}. Bitte einen Ordner wählen, in dem Sie schreiben dürfen, "
                "oder die Rechte prüfen.")
    if code == errno.ENOENT:
        if path is not None and writing and not path.parent.is_dir():
            return f"Den Ordner {_folder_of(path)} gibt es nicht."
        return f"Die Datei {path if path is not None else ''} gibt es nicht.".replace("  ", " ")
    if code == errno.ENOTDIR:
        return f"{head}Ein Teil des Pfads ist kein Ordner."
    if code == errno.EISDIR:
        return f"{head}Das ist ein Ordner, keine Datei."
    if code == errno.EEXIST:
        return f"{head}Die Datei gibt es schon; sie wird nicht überschrieben."
    if code == errno.ENAMETOOLONG:
        return f"{head}Der Dateiname oder Pfad ist zu lang. Bitte einen kürzeren Namen wählen."
    if code in (errno.EIO, errno.ENXIO, errno.ENODEV, errno.ESTALE if hasattr(errno, "ESTALE") else -1):
        return (f"{head}Der Datenträger meldet einen Lese- oder Schreibfehler; vielleicht wurde der Stick "
                "entfernt oder er ist defekt. Bitte den Datenträger prüfen und es noch einmal versuchen.")
    if code in (errno.EMFILE, errno.ENFILE):
        return f"{head}Zu viele Dateien sind gleichzeitig geöffnet. Bitte andere Programme schließen."
    if code in (errno.EBUSY, errno.ETXTBSY, errno.EAGAIN):
        return f"{head}Die Datei ist gerade von einem anderen Programm belegt. Bitte gleich noch einmal versuchen."
    if code == errno.EXDEV:
        return f"{head}Die Datei kann nicht zwischen zwei Datenträgern verschoben werden."
    if code == errno.ENOMEM:
        return f"{head}Der Arbeitsspeicher reicht nicht aus. Bitte andere Programme schließen."
    label = errno.errorcode.get(code, "")
    return (f"{head}Das Betriebssystem meldet einen Fehler (Nummer {code}{', ' + label if label else ''}). "
            "Bitte den Speicherort prüfen.")


# ---------------------------------------------------------------- SQLite
_SQLITE_FULL, _SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_IOERR, _SQLITE_PERM = 13, 8, 14, 10, 3
_SQLITE_TOOBIG = 18


def _sqlite_code(exc: BaseException) -> int | None:
    orig = getattr(exc, "orig", None)
    inner = orig if isinstance(orig, sqlite3.Error) else exc
    code = getattr(inner, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(inner)
    for needle, primary in (("database or disk is full", _SQLITE_FULL),
                            ("attempt to write a readonly database", _SQLITE_READONLY),
                            ("unable to open database file", _SQLITE_CANTOPEN),
                            ("disk I/O error", _SQLITE_IOERR)):
        if needle in text:
            return primary
    return None


def sqlite_disk_sentence(exc: BaseException, path: str | Path | None) -> str | None:
    """A German sentence when SQLite's error is about the disk (full, read-only, cannot open, I/O); None when it
    is about the file's content, which the caller then describes."""
    code = _sqlite_code(exc)
    name = shown_name(path) if path is not None else ""
    head = _head(name, "geschrieben")
    if code == _SQLITE_FULL:
        return f"{head}{FULL} {FULL_ADVICE}"
    if code == _SQLITE_READONLY:
        return f"{head}{READ_ONLY} {READ_ONLY_ADVICE}"
    if code == _SQLITE_IOERR and path is not None and low_on_space(Path(path).parent):
        return f"{head}{FULL} {FULL_ADVICE}"  # SQLite calls a full disk under its -shm file an I/O error
    if code == _SQLITE_IOERR:
        return (f"{head}Der Datenträger meldet einen Lese- oder Schreibfehler; vielleicht wurde der Stick "
                "entfernt, er ist voll oder defekt. Bitte den Datenträger prüfen und es noch einmal versuchen.")
    if code == _SQLITE_TOOBIG:
        return f"{head}Die Daten sind zu groß für eine Werkstatt-Datei."
    if code == _SQLITE_CANTOPEN and path is not None:
        p = Path(path)
        if not p.parent.is_dir():
            return f"Den Ordner {_folder_of(p)} gibt es nicht."
        if not folder_is_writable(p.parent):
            return f"»{name}« kann nicht geöffnet werden: {READ_ONLY} {READ_ONLY_ADVICE}"
        return (f"»{name}« kann nicht geöffnet werden: Der Speicherort ist nicht erreichbar oder nicht "
                "beschreibbar. Bitte den Datenträger prüfen.")
    return None


def folder_is_writable(folder: Path) -> bool:
    """False on read-only media (a write-protected stick, a CD, a read-only mount) and in folders we may not
    write to: SQLite cannot put its -shm and -wal files there."""
    import os

    return not medium_is_read_only(folder) and os.access(folder, os.W_OK | os.X_OK)


def disk_error(exc: BaseException, target: str | Path | None = None, *, writing: bool = True) -> DiskError | None:
    """``exc`` as a :class:`DiskError`, or None when it is not about the disk."""
    if isinstance(exc, DiskError):
        return exc
    if isinstance(exc, OSError) and exc.errno is not None:
        return DiskError(os_error_sentence(exc, target, writing=writing), exc.errno)
    sentence = sqlite_disk_sentence(exc, target)
    if sentence is not None:
        return DiskError(sentence, errno.ENOSPC if _sqlite_code(exc) == _SQLITE_FULL else None)
    return None


def user_message(exc: BaseException) -> str:
    """The German sentence to show for ``exc`` at the edge (CLI, dialogs, background work)."""
    found = disk_error(exc) if not isinstance(exc, WorkspaceError) else None
    if found is not None:
        return str(found)
    cause = exc.__cause__ or exc.__context__
    if isinstance(exc, OSError) and exc.errno is None:
        return str(exc)
    if not isinstance(exc, WorkspaceError) and cause is not None and cause is not exc:
        found = disk_error(cause)
        if found is not None:
            return str(found)
    return str(exc) or type(exc).__name__


@contextlib.contextmanager
def german_disk_errors(target: str | Path | None = None, *, writing: bool = True) -> Iterator[None]:
    """Turn an OSError (and SQLite's disk errors) raised inside the block into a :class:`DiskError` about
    ``target``."""
    try:
        yield
    except WorkspaceError:
        raise
    except (OSError, sqlite3.Error) as exc:
        found = disk_error(exc, target, writing=writing)
        if found is None:
            raise
        raise found from exc
    except Exception as exc:  # SQLAlchemy wraps SQLite's errors; only the disk ones are translated here
        found = disk_error(exc, target, writing=writing) if hasattr(exc, "orig") else None
        if found is None:
            raise
        raise found from exc


#: Below this many free bytes SQLite may fail to make its -shm file (32 KiB) or a journal: the disk is "full".
LOW_SPACE = 256 * 1024


def low_on_space(folder: Path) -> bool:
    import os

    try:
        st = os.statvfs(folder if str(folder) else ".")
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < LOW_SPACE


def medium_is_read_only(folder: Path) -> bool:
    import os

    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


def refuse_read_only_medium(path: Path, *, creating: bool = False) -> None:
    """Before a workspace is opened (or created) for writing: a file on read-only media, in a folder without
    write permission, or write-protected itself, is refused with the truth (and the hint that reading still
    works) instead of failing later with a lock or journal file that cannot be made."""
    import os

    folder = path.parent if str(path.parent) else Path(".")
    if folder_is_writable(folder) and not (path.exists() and not os.access(path, os.W_OK)):
        return
    name = shown_name(path)
    code = errno.EROFS if medium_is_read_only(folder) else errno.EACCES
    if creating:
        reason = f"{READ_ONLY} {READ_ONLY_ADVICE}" if code == errno.EROFS else (
            f"Keine Berechtigung, im Ordner {_folder_of(path)} zu schreiben. Bitte einen anderen Speicherort wählen.")
        raise DiskError(f"{_head(name, 'geschrieben')}{reason}", code)
    where = ("liegt auf einem schreibgeschützten Datenträger" if code == errno.EROFS
             else "ist schreibgeschützt oder liegt in einem Ordner ohne Schreibrecht")
    raise DiskError(
        f"Die Werkstatt-Datei {name} {where} und kann dort nur gelesen werden (prüfen, exportieren, Protokoll, "
        "Bild, Paket). Zum Bearbeiten bitte auf einen beschreibbaren Datenträger kopieren oder den Schreibschutz "
        "aufheben.", code)


#: errno values that mean "the medium refuses", not "the program is wrong".
DISK_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EIO, errno.ENXIO, errno.ENODEV,
                         errno.EACCES, errno.EPERM})


def disk_condition(exc: BaseException) -> DiskError | None:
    """``exc`` as a :class:`DiskError` when it says that the medium refused (full, read-only, failing, no
    permission); None for anything else (a bug stays a bug)."""
    if isinstance(exc, DiskError):
        return exc
    if isinstance(exc, OSError):
        return disk_error(exc) if exc.errno in DISK_ERRNOS else None
    if _sqlite_code(exc) in (_SQLITE_FULL, _SQLITE_READONLY, _SQLITE_IOERR):
        return disk_error(exc)
    return None
