"""Open, create, lock, back up and copy a workspace file ("Werkstatt-Datei").

Every user action opens one ORM session with :meth:`WorkspaceFile.session` and commits when it ends, so there is
no "Save" button: each edit is durable when the action returns.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.domain.hlc import HybridLogicalClock, Stamp

from . import stamping  # noqa: F401  (registers the flush hook)
from .atomic_file import require_folder
from .backup import backup_to, verified_backup
from .disk_errors import (
    DiskError,
    disk_error,
    refuse_read_only_medium,
    sqlite_disk_sentence,
)
from .engine import APPLICATION_ID, connect_read, discard_dead_side_files, make_engine, read_application_id
from .errors import NotAWorkspace, WorkspaceError
from .migration_guard import clear_marker, migration_marker, recover_interrupted_migration
from .migrations import check_version, upgrade
from .models import SYNC_MODELS, Meta
from .replica_identity import IDENTITY_KEY, PREVIOUS_DEVICES_KEY, identity_text, is_same_place, with_previous
from .writer_lock import WriterLock, real_path

FILE_SUFFIX = ".werkstatt"


class WorkspaceFile:
    """One open workspace file. Writers hold an exclusive lock on the real file (see ``writer_lock``); readers
    (check, export, render) do not. A writer that finds itself on a copy takes a new device id first (see
    ``replica_identity``)."""

    def __init__(self, path: Path, *, readonly: bool = False, _lock: WriterLock | None = None,
                 wall: Callable[[], float] | None = None) -> None:
        self.path = Path(path)
        self._wall = wall
        self.readonly = readonly
        self._lock = _lock
        self.engine = make_engine(self.path, readonly=readonly)
        self.backup_path: Path | None = None
        self.device_id = ""
        self.clock = HybridLogicalClock("readonly")
        self._factory = sessionmaker(self.engine, expire_on_commit=False, info={"clock": None})

    def _load_state(self) -> WorkspaceFile:
        """Read device id and the latest stored stamp, so the clock never goes back across restarts."""
        self.device_id = self._meta("device_id") or ""
        if not self.readonly and not self.device_id:
            raise WorkspaceError("Der Werkstatt-Datei fehlt die Gerätekennung; bitte mit »werkstatt check« prüfen.")
        clock_args = {} if self._wall is None else {"wall": self._wall}
        self.clock = HybridLogicalClock(self.device_id or "readonly", last=self._max_stamp(), **clock_args)
        self._factory.kw["info"]["clock"] = None if self.readonly else self.clock
        return self

    def reload(self) -> None:
        """Read device id and clock again after the file was replaced underneath (a copy put back in place):
        the engine, and every statement it has compiled, stay. Call it with no session open."""
        self.engine.dispose()
        self._load_state()

    # ------------------------------------------------------------------ opening
    @classmethod
    def create(cls, path: str | os.PathLike[str], *, quartier: str = "", seed: bool = True,
               wall: Callable[[], float] | None = None) -> WorkspaceFile:
        """``wall``: the wall clock (seconds) for this file's stamps; tests pass a fake one, the app the real one."""
        from .seed import seed_new_workspace

        if os.path.lexists(path):
            raise WorkspaceError(f"Die Datei {Path(path).name} gibt es schon; sie wird nicht überschrieben.")
        require_folder(Path(path))  # a mistyped folder is refused, never created
        refuse_read_only_medium(Path(path), creating=True)
        p = real_path(path)
        lock = WriterLock.acquire(p, create=True)
        try:
            ws: WorkspaceFile | None = None
            con = sqlite3.connect(p)
            con.execute(f"PRAGMA application_id={APPLICATION_ID}")
            con.execute("PRAGMA journal_mode=WAL")
            con.commit()
            con.close()
            ws = cls(p, _lock=lock, wall=wall)
            upgrade(ws.engine)
            ws._set_meta("device_id", str(uuid.uuid4()))
            ws._set_meta(IDENTITY_KEY, identity_text(p, lock.identity()))
            ws._load_state()
            if seed:
                with ws.session() as s:
                    seed_new_workspace(s, quartier=quartier)
            return ws
        except BaseException as exc:
            if ws is not None:
                ws.engine.dispose()
            lock.release()
            for leftover in (p, p.with_name(p.name + "-wal"), p.with_name(p.name + "-shm")):
                leftover.unlink(missing_ok=True)
            found = disk_error(exc, p) if isinstance(exc, Exception) else None
            if found is not None and found is not exc:
                raise found from exc
            raise

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, readonly: bool = False,
             wall: Callable[[], float] | None = None) -> WorkspaceFile:
        """``wall``: the wall clock (seconds) for this file's stamps; tests pass a fake one (skewed, jumping back)
        so that stamps never depend on the machine's real time. Default: ``time.time``."""
        try:
            return cls._open(Path(path), readonly=readonly, wall=wall)
        except (OSError, sqlite3.DatabaseError, sa_exc.DatabaseError) as exc:
            found = disk_error(exc, path, writing=not readonly)  # a full disk is no damage
            if found is not None:
                raise found from exc
            if isinstance(exc, OSError):
                raise
            raise WorkspaceError(
                f"Die Datei {Path(path).name} ist beschädigt und kann nicht geöffnet werden "
                f"({getattr(exc, 'orig', exc)}). Bitte eine Sicherungskopie verwenden.") from None

    @classmethod
    def _open(cls, p: Path, *, readonly: bool = False, wall: Callable[[], float] | None = None) -> WorkspaceFile:
        p = real_path(p)
        refuse_foreign(p)
        if readonly:
            state = check_version(p)
            if state != "current":
                raise WorkspaceError("Die Datei stammt von einer älteren Version; bitte einmal in der App öffnen.")
            return cls(p, readonly=True, wall=wall)._load_state()
        refuse_read_only_medium(p)
        lock = WriterLock.acquire(p)
        try:
            restored = recover_interrupted_migration(p)
            if restored is not None:
                lock.follow()  # the backup put back is a new file: hold the lock on it
            if check_version(p) == "behind":
                backup = restored or verified_backup(p)
                ws = cls(p, _lock=lock, wall=wall)
                try:
                    with migration_marker(p, backup):
                        upgrade(ws.engine)
                except Exception:
                    ws.engine.dispose()
                    recover_interrupted_migration(p)
                    clear_marker(p)
                    raise
                ws.backup_path = backup
                return ws._ready()
            clear_marker(p)
            return cls(p, _lock=lock, wall=wall)._ready()
        except BaseException:
            discard_dead_side_files(p)  # e.g. a -shm that a full disk left unfinished
            lock.release()
            raise

    def _claim_place(self) -> bool:
        """Before the first write: a file that is not where it was last opened for writing (copied, restored,
        carried to another machine) is a new replica and takes a new device id, so it never writes the stamps of
        the file it was copied from."""
        assert self._lock is not None
        here = identity_text(self.path, self._lock.identity())
        if is_same_place(self._meta(IDENTITY_KEY), here):
            return False
        old = self._meta("device_id") or ""
        if not old:  # a file without a device id is refused by _load_state, unchanged
            return False
        with self._factory.begin() as s:
            _put_meta(s, PREVIOUS_DEVICES_KEY, with_previous(_get_meta(s, PREVIOUS_DEVICES_KEY), old))
            _put_meta(s, "device_id", str(uuid.uuid4()))
            _put_meta(s, IDENTITY_KEY, here)
        return True

    def _ready(self) -> WorkspaceFile:
        """Claim the place (a copy takes its own device id) and load the clock; the engine goes if that fails."""
        try:
            self._load_state()  # a file refused here (no device id, broken stamps) is left untouched
            if self._claim_place():
                self._load_state()
            return self
        except BaseException:
            self.engine.dispose()
            raise

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> WorkspaceFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ sessions
    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One session for one user action; commits on success, rolls back on error."""
        try:
            if self.readonly:
                with self._factory() as s:
                    yield s
                return
            with self._factory.begin() as s:
                yield s
        except sa_exc.DatabaseError as exc:
            if isinstance(exc, sa_exc.IntegrityError):
                raise  # a broken rule of ours, not a broken file
            found = disk_error(exc, self.path)  # a full or read-only disk: the change was rolled back
            raise (found or WorkspaceError(unreadable_message(self.path, exc))) from exc

    def save_as(self, target: str | os.PathLike[str]) -> Path:
        """Copy with the SQLite backup API (consistent even while open); the copy gets its own device id and
        knows its own place, so it is a replica of its own from its first write on."""
        if os.path.lexists(target):
            raise WorkspaceError(f"Die Zieldatei {Path(target).name} gibt es schon; sie wird nicht überschrieben.")
        t = real_path(target)
        backup_to(self.path, t)
        st = os.stat(t)
        old = self.device_id or self._meta("device_id") or ""
        con = sqlite3.connect(t)
        try:
            for key, value in (("device_id", str(uuid.uuid4())), (IDENTITY_KEY, identity_text(t, (st.st_dev, st.st_ino))),
                               (PREVIOUS_DEVICES_KEY, with_previous(None, old))):
                con.execute("DELETE FROM meta WHERE key=?", (key,))
                con.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (key, value))
            con.commit()
        finally:
            con.close()
        return t

    # ------------------------------------------------------------------ meta
    def _meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(Meta.value).where(Meta.key == key)).first()
            return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        with self._factory.begin() as s:
            _put_meta(s, key, value)

    def get_setting(self, key: str) -> str | None:
        return self._meta(key)

    def set_setting(self, key: str, value: str) -> None:
        self._set_meta(key, value)

    def _max_stamp(self) -> str | None:
        # one statement for all tables: at start-up every new statement is compiled first, and one per table
        # cost a tenth of a second (table names come from our own models, never from input)
        union = " UNION ALL ".join(
            f'SELECT max("{m.__table__.c.hlc.name}") AS m FROM "{m.__tablename__}"'  # type: ignore[attr-defined]
            for m in SYNC_MODELS)
        with self.engine.connect() as conn:
            best = conn.exec_driver_sql(f"SELECT max(m) FROM ({union})").scalar()
        if not best:
            return None
        try:
            stamp = Stamp.decode(best)
        except ValueError:
            if self.readonly:  # readers need no clock; »werkstatt check« lists the broken stamps itself
                return None
            raise WorkspaceError(
                f"Die Datei {self.path.name} enthält ungültige Zeitstempel und ist beschädigt oder verändert "
                "worden; bitte mit »werkstatt check« prüfen oder eine Sicherungskopie verwenden.") from None
        # keep the physical part and counter, adopt our device id
        return Stamp(stamp.wall_ms, stamp.counter, self.device_id or "readonly").encode()


def remove_workspace_file(path: Path) -> None:
    """Remove a workspace file this program has just created and closed, with its SQLite side files."""
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)


def unreadable_message(path: Path, exc: sa_exc.DatabaseError) -> str:
    """German words for SQLite failing under an action: the file is busy, or damaged (e.g. bytes that are no
    longer valid text)."""
    detail = str(getattr(exc, "orig", exc))
    disk = sqlite_disk_sentence(exc, path)
    if disk is not None:  # a full or read-only disk is no damage of the file
        return disk
    if "locked" in detail or "busy" in detail:
        return (f"Die Werkstatt-Datei {path.name} ist gerade von einem anderen Vorgang belegt; bitte gleich noch "
                "einmal versuchen.")
    return (f"Die Datei {path.name} ist beschädigt und kann nicht vollständig gelesen werden ({detail}). Bitte mit "
            "»werkstatt check« prüfen oder eine Sicherungskopie verwenden.")


def refuse_foreign(p: Path) -> None:
    if not p.exists():
        raise WorkspaceError(f"Die Datei {p} gibt es nicht.")
    if p.is_dir():
        raise NotAWorkspace(f"{p} ist ein Ordner, keine Werkstatt-Datei.")
    if p.stat().st_size == 0:
        raise NotAWorkspace(f"Die Datei {p.name} ist leer und keine Werkstatt-Datei.")
    app_id = read_application_id(p)
    if app_id is None:
        raise NotAWorkspace(f"Die Datei {p.name} ist keine Werkstatt-Datei (keine SQLite-Datenbank).")
    if app_id != APPLICATION_ID:
        raise NotAWorkspace(
            f"Die Datei {p.name} ist eine Datenbank eines anderen Programms und keine Werkstatt-Datei; "
            "sie bleibt unverändert.")
    refuse_foreign_schema_objects(p)


def refuse_foreign_schema_objects(p: Path) -> None:
    """Our schema has no triggers and no views; a file that has some was made elsewhere and could run code
    on our writes. It is refused before any of our connections (which also set trusted_schema=OFF) touch it."""
    try:
        con = connect_read(p)
        try:
            con.execute("PRAGMA trusted_schema=OFF")
            rows = con.execute("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        disk = sqlite_disk_sentence(exc, p)
        if disk is not None:
            raise DiskError(disk) from None
        raise NotAWorkspace(f"Die Datei {p.name} ist beschädigt oder keine Werkstatt-Datei ({exc}).") from None
    except UnicodeDecodeError:  # SQLite's own error message quotes the damaged bytes of the schema
        raise NotAWorkspace(f"Die Datei {p.name} ist beschädigt oder keine Werkstatt-Datei (unlesbares "
                            "Datenbankschema).") from None
    if rows:
        names = ", ".join(f"{t} {n}" for t, n in rows[:3])
        raise NotAWorkspace(
            f"Die Datei {p.name} enthält Datenbank-Objekte, die QuartiersWerkstatt nie anlegt ({names}); "
            "sie wird aus Sicherheitsgründen nicht geöffnet und bleibt unverändert.")


def _get_meta(s: Session, key: str) -> str | None:
    row = s.get(Meta, key)
    return row.value if row is not None else None


def _put_meta(s: Session, key: str, value: str) -> None:
    row = s.get(Meta, key)
    if row is None:
        s.add(Meta(key=key, value=value))
    else:
        row.value = value
