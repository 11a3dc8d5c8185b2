"""An interrupted migration is undone from its verified backup on the next open; migrations run without FK
enforcement (SQLite ignores the pragma inside a transaction, so it must be set before one begins)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, select
from sqlalchemy.engine import Engine

from app.store.errors import WorkspaceError
from app.store.migration_guard import marker_path
from app.store.migrations import head_revision
from app.store.models import Workspace
from app.store.workspace_file import WorkspaceFile

from .test_workspace_file import _make_file_at_revision


def _revision(p: Path) -> str:
    con = sqlite3.connect(p)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def _half_migrated(tmp_path: Path) -> tuple[Path, Path]:
    """A file whose migration died after the backup and the marker, with a damaged half-written schema."""
    p = tmp_path / "alt.werkstatt"
    _make_file_at_revision(p, "0001_initial")
    backup = tmp_path / "alt.vor-aktualisierung-x.werkstatt.bak"
    shutil.copyfile(p, backup)
    marker_path(p).write_text(backup.name, encoding="utf-8")
    con = sqlite3.connect(p)
    con.execute("CREATE INDEX ix_cards_canvas_live ON cards (canvas_id, deleted)")  # half of 0002
    con.execute("UPDATE workspace SET quartier='halb'")
    con.commit()
    con.close()
    return p, backup


def test_open_after_an_interrupted_migration_restores_the_backup_and_migrates_again(tmp_path):
    p, backup = _half_migrated(tmp_path)
    with WorkspaceFile.open(p) as ws, ws.session() as s:
        assert s.scalars(select(Workspace)).one().quartier == "Hüllen"  # the backup's content, not "halb"
        assert ws.backup_path == backup  # the same verified backup serves the new attempt
    assert _revision(p) == head_revision()
    assert not marker_path(p).exists()
    assert backup.exists()
    assert len(list(tmp_path.glob("*.bak"))) == 1


def test_interrupted_migration_without_its_backup_is_refused_and_left_alone(tmp_path):
    p, backup = _half_migrated(tmp_path)
    backup.unlink()
    before = p.read_bytes()
    with pytest.raises(WorkspaceError, match="unterbrochen"):
        WorkspaceFile.open(p)
    assert p.read_bytes() == before
    assert marker_path(p).exists()


def test_a_completed_migration_leaves_no_marker(tmp_path):
    p = tmp_path / "alt.werkstatt"
    _make_file_at_revision(p, "0001_initial")
    WorkspaceFile.open(p).close()
    assert not marker_path(p).exists()


def test_failed_migration_puts_the_original_back_and_keeps_the_backup(tmp_path, monkeypatch):
    from app.store import workspace_file

    p = tmp_path / "alt.werkstatt"
    _make_file_at_revision(p, "0001_initial")

    def broken(engine):  # type: ignore[no-untyped-def]
        with engine.begin() as conn:
            conn.exec_driver_sql("UPDATE workspace SET quartier='halb'")
        raise RuntimeError("Abbruch mitten in der Aktualisierung")

    monkeypatch.setattr(workspace_file, "upgrade", broken)
    with pytest.raises(RuntimeError):
        WorkspaceFile.open(p)
    con = sqlite3.connect(p)
    assert con.execute("SELECT quartier FROM workspace").fetchone()[0] == "Hüllen"
    con.close()
    assert _revision(p) == "0001_initial"
    assert not marker_path(p).exists()
    assert len(list(tmp_path.glob("*.bak"))) == 1


def test_migrations_run_with_foreign_key_enforcement_off(tmp_path):
    p = tmp_path / "alt.werkstatt"
    _make_file_at_revision(p, "0001_initial")
    seen: list[int] = []

    def record(conn, _cursor, statement, *_args):  # type: ignore[no-untyped-def]
        if statement.startswith("CREATE INDEX"):
            seen.append(conn.connection.dbapi_connection.execute("PRAGMA foreign_keys").fetchone()[0])

    event.listen(Engine, "before_cursor_execute", record)
    try:
        WorkspaceFile.open(p).close()
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    assert seen and set(seen) == {0}
