"""Make a merge source ready: a package or a workspace file becomes a checked snapshot at the current schema.

Everything happens on temporary copies: a source is never written to, and a source from an older version is
migrated in its copy. A source from a newer version is refused. All sources are prepared before the first merge,
so a damaged package or a wrong passphrase changes nothing at all.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.store.backup import backup_to
from app.store.disk_errors import german_disk_errors
from app.store.engine import SQLITE_HEADER, make_engine
from app.store.errors import WorkspaceError
from app.store.migrations import HEAD_REVISION, current_revision, head_revision, known_revisions, upgrade
from app.store.row_check import find_problems, summary
from app.store.workspace_file import refuse_foreign

from .errors import PackageError, SourceRefused
from .package import MAGIC, read_package


@dataclass(frozen=True)
class PreparedSource:
    label: str
    snapshot: Path
    device_id: str
    migrated_from: str | None
    path: Path | None = None  # where the source came from (to offer it again, e.g. to adopt it)


def _kind(path: Path) -> str:
    if not path.exists():
        raise WorkspaceError(f"Die Quelle {path} gibt es nicht.")
    if path.is_dir():
        raise WorkspaceError(f"Die Quelle {path} ist ein Ordner, keine Werkstatt-Datei und kein Paket.")
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head.startswith(MAGIC):
        return "package"
    if head == SQLITE_HEADER:
        return "workspace"
    raise PackageError(f"Die Quelle {path.name} ist weder eine Werkstatt-Datei noch ein Paket.")


def prepare_source(path: Path, passphrase: str | None, workdir: Path, index: int) -> PreparedSource:
    snapshot = workdir / f"quelle-{index}.sqlite"
    with german_disk_errors(snapshot):  # the system's temporary folder may be full, too
        if _kind(path) == "package":
            read_package(path, passphrase, snapshot)
        else:
            refuse_foreign(path)
            backup_to(path, snapshot)
        migrated_from = _bring_to_head(snapshot, path.name)
    con = sqlite3.connect(snapshot)
    try:
        refuse_damaged_rows(con, path.name)
        row = con.execute("SELECT value FROM meta WHERE key='device_id'").fetchone()
    except sqlite3.DatabaseError:
        raise PackageError(f"Die Quelle {path.name} ist beschädigt (ihre Geräteangabe ist unlesbar); "
                           "es wurde nichts zusammengeführt.") from None
    finally:
        con.close()
    if row is not None and not isinstance(row[0], str):
        raise PackageError(f"Die Quelle {path.name} ist beschädigt (ihre Geräteangabe ist unlesbar); "
                           "es wurde nichts zusammengeführt.")
    return PreparedSource(label=path.name, snapshot=snapshot, device_id=row[0] if row else "",
                          migrated_from=migrated_from, path=path)


def refuse_damaged_rows(con: sqlite3.Connection, name: str) -> None:
    """Every row of every shared table must be what this program could have written (see ``row_check``): a
    package whose checksum was computed anew after someone changed it is refused before anything is merged."""
    problems = find_problems(con, limit=4)
    if problems:
        raise PackageError(f"Die Quelle {name} enthält ungültige Einträge und wurde nicht zusammengeführt; es "
                           f"wurde nichts geändert. Gefunden: {summary(problems)}")


def _bring_to_head(snapshot: Path, name: str) -> str | None:
    revision = current_revision(snapshot)
    if revision is None:
        raise PackageError(f"Die Quelle {name} hat keine Versionsangabe und ist keine gültige Werkstatt-Datei.")
    if revision == HEAD_REVISION or revision == head_revision():  # the constant spares importing Alembic
        return None
    if revision not in known_revisions():
        raise SourceRefused(
            f"Die Quelle {name} wurde mit einer neueren Version von QuartiersWerkstatt geschrieben "
            f"(Schema {revision}); bitte aktualisieren Sie zuerst dieses Programm. Es wurde nichts zusammengeführt.")
    engine = make_engine(snapshot)
    try:
        upgrade(engine)
    except Exception as exc:  # noqa: BLE001 - a crafted older file may break a migration in any way
        if isinstance(exc, WorkspaceError):
            raise
        raise PackageError(f"Die Quelle {name} lässt sich nicht auf den aktuellen Stand bringen; sie ist "
                           "beschädigt oder verändert worden. Es wurde nichts zusammengeführt.") from exc
    finally:
        engine.dispose()
    return revision


@contextmanager
def prepared_sources(paths: Sequence[Path], passphrase: str | None,
                     exclude: Path | None = None) -> Iterator[list[PreparedSource]]:
    """Prepare every source into a private temporary folder that is removed afterwards."""
    with german_disk_errors(Path(tempfile.gettempdir()) / "qw-merge"):
        workdir = Path(tempfile.mkdtemp(prefix="qw-merge-"))
    try:
        result = []
        for index, path in enumerate(paths):
            path = Path(path)
            if exclude is not None and path.exists() and exclude.exists() and os.path.samefile(path, exclude):
                raise WorkspaceError(f"Die Quelle {path.name} ist die Zieldatei selbst.")
            result.append(prepare_source(path, passphrase, workdir, index))
        yield result
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
