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

from filelock import FileLock, Timeout
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
    os_error_sentence,
    refuse_read_only_medium,
    sqlite_disk_sentence,
)
from .engine import APPLICATION_ID, connect_read, discard_dead_side_files, make_engine, read_application_id
from .errors import NotAWorkspace, WorkspaceError, WorkspaceLocked
from .migration_guard import clear_marker, migration_marker, recover_interrupted_migration
from .migrations import check_version, upgrade
from .models import SYNC_MODELS, Meta

FILE_SUFFIX = ".werkstatt"


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class WorkspaceFile:
    """One open workspace file. Writers hold an exclusive lock; readers (check, export, render) do not."""

    def __init__(self, path: Path, *, readonly: bool = False, _lock: FileLock | None = None,
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

        p = Path(path)
        if p.exists():
            raise WorkspaceError(f"Die Datei {p.name} gibt es schon; sie wird nicht überschrieben.")
        require_folder(p)  # a mistyped folder is refused, never created
        refuse_read_only_medium(p, creating=True)
        had_lock_file = lock_path(p).exists()
        lock = _acquire(p)
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
            if not had_lock_file:
                lock_path(p).unlink(missing_ok=True)  # no lock file of a file that does not exist
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
        refuse_foreign(p)
        if readonly:
            state = check_version(p)
            if state != "current":
                raise WorkspaceError("Die Datei stammt von einer älteren Version; bitte einmal in der App öffnen.")
            return cls(p, readonly=True, wall=wall)._load_state()
        refuse_read_only_medium(p)
        lock = _acquire(p)
        try:
            restored = recover_interrupted_migration(p)
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

    def _ready(self) -> WorkspaceFile:
        try:
            return self._load_state()
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
        """Copy with the SQLite backup API (consistent even while open); the copy gets its own device id."""
        t = Path(target)
        backup_to(self.path, t)
        con = sqlite3.connect(t)
        try:
            con.execute("UPDATE meta SET value=? WHERE key='device_id'", (str(uuid.uuid4()),))
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
            row = s.get(Meta, key)
            if row is None:
                s.add(Meta(key=key, value=value))
            else:
                row.value = value

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
    """Remove a workspace file this program has just created and closed, with its SQLite and lock files."""
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"), lock_path(path)):
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


def _acquire(p: Path) -> FileLock:
    lock = FileLock(str(lock_path(p)), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise WorkspaceLocked(
            f"Die Werkstatt-Datei {p.name} ist bereits in einem anderen Fenster oder Programm zum Bearbeiten "
            "geöffnet. Schließen Sie sie dort zuerst.") from None
    except OSError as exc:
        raise DiskError(f"Die Sperrdatei für {p.name} kann nicht angelegt werden. "
                        f"{os_error_sentence(exc, lock_path(p))}", exc.errno) from exc
    return lock
