"""Alembic migrations run programmatically on open, after a verified backup copy."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import Engine

from .engine import connect_read
from .errors import NewerWorkspace, WorkspaceError

#: The newest migration in db/versions. Opening a file that is already at this revision needs no Alembic at all
#: (importing it costs a third of a second of start-up); a test keeps this equal to Alembic's own head.
HEAD_REVISION = "0003_erasure_name_digests"


def migrations_dir() -> Path:
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "db"
    return Path(__file__).resolve().parents[2] / "db"


def _config(connection=None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(path: Path) -> str | None:
    con = connect_read(path)
    try:
        row = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        if row is None:
            return None
        got = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return got[0] if got else None
    finally:
        con.close()


def check_version(path: Path) -> str:
    """'current', 'behind' or raise NewerWorkspace. A file without a version is not one of ours."""
    rev = current_revision(path)
    if rev is None:
        raise WorkspaceError("Die Datei hat keine Versionsangabe und ist keine gültige Werkstatt-Datei.")
    if rev == HEAD_REVISION or rev == head_revision():
        return "current"
    if rev not in known_revisions():
        raise NewerWorkspace(
            "Diese Werkstatt-Datei wurde mit einer neueren Version von QuartiersWerkstatt geschrieben. "
            "Bitte aktualisieren Sie das Programm; die Datei bleibt unverändert."
        )
    return "behind"


def upgrade(engine: Engine) -> None:
    from alembic import command

    with engine.connect() as conn:
        # On the DBAPI connection, outside any transaction: inside one (SQLAlchemy begins at the first statement)
        # SQLite silently ignores PRAGMA foreign_keys, and a batch migration that rebuilds a table would cascade.
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        cfg = _config(conn)
        command.upgrade(cfg, "head")
        conn.commit()
        raw.execute("PRAGMA foreign_keys=ON")
        bad = raw.execute("PRAGMA foreign_key_check").fetchall()
        if bad:
            raise WorkspaceError(f"Nach der Aktualisierung verletzen {len(bad)} Einträge Fremdschlüssel.")
