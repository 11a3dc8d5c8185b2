"""SQLite engine with the pragmas every workspace connection needs."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool, QueuePool

from .disk_errors import folder_is_writable, low_on_space

#: PRAGMA application_id of a workspace file ("QWKS").
APPLICATION_ID = 0x51574B53
SQLITE_HEADER = b"SQLite format 3\x00"


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # The sqlite3 module's own transaction handling fights SQLAlchemy's; let SQLAlchemy emit BEGIN itself.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA trusted_schema=OFF")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()



def _json_reader(path: Path) -> Callable[[str], Any]:
    """JSON columns (per-field stamps, lists) of a damaged or tampered file may hold anything: say so in German
    instead of letting json's English message reach the user."""

    def load(text: str) -> Any:
        try:
            return json.loads(text)
        except ValueError:
            from .errors import WorkspaceError

            raise WorkspaceError(
                f"Die Datei {path.name} enthält unlesbare Daten und ist beschädigt oder verändert worden. Bitte mit "
                "»werkstatt check« prüfen oder eine Sicherungskopie verwenden.") from None

    return load


def read_uri(path: Path) -> str:
    """The URI SQLite reads ``path`` with; see ``connect_read``."""
    p = Path(path).resolve()
    quoted = quote(p.as_posix(), safe="/")
    # Without a working -shm file no connection has the file open (the last one to close removes it), so nobody
    # writes while we read; if SQLite cannot make that file here (read-only medium, or a full disk), read the file
    # as it is.
    writable = folder_is_writable(p.parent)
    if p.exists() and _size(_side(p, "-shm")) < SHM_MIN_SIZE and (not writable or low_on_space(p.parent)):
        wal = _side(p, "-wal")
        if _size(wal) > 0:
            from .disk_errors import DiskError

            where = "einem schreibgeschützten Datenträger" if not writable else "einem vollen Datenträger"
            raise DiskError(
                f"Die Datei {p.name} liegt auf {where}, und ihre letzten Änderungen stehen noch in {wal.name}; so "
                "kann sie dort nicht vollständig gelesen werden. Bitte beide Dateien auf einen beschreibbaren "
                "Datenträger mit freiem Platz kopieren und dort öffnen.")
        return f"file:{quoted}?mode=ro&immutable=1"
    if writable and os.access(p, os.W_OK):
        return f"file:{quoted}?mode=rw"  # read only by query_only (see connect_read)
    return f"file:{quoted}?mode=ro"


def connect_read(path: Path) -> sqlite3.Connection:
    """A sqlite3 connection that only reads ``path``.

    The path is percent-encoded (a ``#`` or ``?`` in a folder name is part of the name). Where the file may be
    written, the connection is opened read-write but with ``query_only``: it changes nothing, and, being the last
    one to close, SQLite tidies its -wal and -shm files away (a ``mode=ro`` reader leaves them next to the file).
    On read-only media, and on a full disk, where SQLite cannot create its -shm file, the file is read as
    immutable, so it opens there at all; a file copied with changes still in its -wal file cannot be read there
    without losing them, which is said instead of showing stale data."""
    uri = read_uri(path)
    con = sqlite3.connect(uri, uri=True, check_same_thread=False)
    if uri.endswith("mode=rw"):
        con.execute("PRAGMA query_only=ON")
    return con


#: A wal-index (-shm file) in use is at least this large; a smaller one was left unfinished (a full disk).
SHM_MIN_SIZE = 32 * 1024


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return -1


def _shm_in_use(path: Path) -> bool:
    return _size(_side(path, "-shm")) >= SHM_MIN_SIZE or _size(_side(path, "-wal")) > 0


def discard_dead_side_files(path: Path) -> None:
    """Remove a -shm file too short to be in use together with an empty -wal file: what an open on a full disk
    leaves behind. Call it holding the writer lock, after the own connections are closed."""
    if not _shm_in_use(path):
        for side in (_side(path, "-shm"), _side(path, "-wal")):
            if 0 <= _size(side) and (side.name.endswith("-wal") or _size(side) < SHM_MIN_SIZE):
                side.unlink(missing_ok=True)


def make_engine(path: Path, *, readonly: bool = False) -> Engine:
    """An engine on one workspace file. Writers use WAL with synchronous=FULL so every commit is durable."""
    if readonly:
        engine = create_engine("sqlite+pysqlite://", json_deserializer=_json_reader(path),
                               creator=lambda: connect_read(path))
    else:
        # a creator with the plain path: in a URL, a "?" or "#" in a folder name would cut the path short
        resolved = str(path.resolve())
        engine = create_engine("sqlite+pysqlite://", json_deserializer=_json_reader(path), poolclass=QueuePool,
                               creator=lambda: sqlite3.connect(resolved, check_same_thread=False))
    event.listen(engine, "connect", _on_connect)

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    if not readonly:
        event.listen(engine, "connect", _wal)
    return engine


_READ_TARGET: ContextVar[Path] = ContextVar("read_target")


def _connect_read_target() -> sqlite3.Connection:
    return connect_read(_READ_TARGET.get())


@cache
def _shared_reader() -> Engine:
    engine = create_engine("sqlite+pysqlite://", creator=_connect_read_target, poolclass=NullPool)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


@contextmanager
def read_snapshot(path: Path) -> Iterator[Connection]:
    """A read-only connection on a file through one engine shared by all such reads.

    An engine compiles each statement once and keeps it; a merge of ten packages through ten fresh engines
    compiled every query ten times, which cost more than the merging itself. No pooling: each read opens the
    file and closes it when the block ends.
    """
    token = _READ_TARGET.set(Path(path))
    try:
        with _shared_reader().connect() as conn:
            yield conn
    finally:
        _READ_TARGET.reset(token)


def _wal(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    dbapi_conn.execute("PRAGMA journal_mode=WAL")


def read_application_id(path: Path) -> int | None:
    """The application_id of a SQLite file, or None when the file is not SQLite at all."""
    with open(path, "rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return None
    return int.from_bytes(header[68:72], "big")


def settle_wal(path: Path) -> None:
    """Move everything of a closed file's write-ahead log into the file itself, before the file is renamed or
    copied alone. If that fails (a full disk during the checkpoint), raise instead of leaving data behind."""
    from .disk_errors import DiskError, german_disk_errors

    wal = path.with_name(path.name + "-wal")
    with german_disk_errors(path):
        if wal.exists() and wal.stat().st_size:
            con = sqlite3.connect(str(path))
            try:
                busy, _log, _done = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                con.close()
            if busy or (wal.exists() and wal.stat().st_size):
                raise DiskError(f"»{path.name}« kann nicht fertig geschrieben werden: das Protokoll der letzten "
                                "Änderungen ließ sich nicht in die Datei übernehmen.")
        for side in (wal, path.with_name(path.name + "-shm")):
            side.unlink(missing_ok=True)
