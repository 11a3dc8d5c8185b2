"""Make a merge source ready: a package or a workspace file becomes a checked snapshot at the current schema.

Everything happens on temporary copies: a source is never written to, and a source from an older version is
migrated in its copy. A source from a newer version is refused. All sources are prepared before the first merge,
so a damaged package or a wrong passphrase changes nothing at all.
"""

from __future__ import annotations

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
        row = con.execute("SELECT value FROM meta WHERE key='device_id'").fetchone()
    finally:
        con.close()
    return PreparedSource(label=path.name, snapshot=snapshot, device_id=row[0] if row else "",
                          migrated_from=migrated_from, path=path)


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
            if exclude is not None and path.exists() and path.resolve() == exclude.resolve():
                raise WorkspaceError(f"Die Quelle {path.name} ist die Zieldatei selbst.")
            result.append(prepare_source(path, passphrase, workdir, index))
        yield result
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
