"""Create, open, migrate, refuse and lock workspace files: real SQLite files in tmp_path."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.store.engine import APPLICATION_ID
from app.store.errors import NewerWorkspace, NotAWorkspace, WorkspaceError, WorkspaceLocked
from app.store.migrations import head_revision
from app.store.models import Card, Workspace
from app.store.workspace_file import WorkspaceFile

ROOT = Path(__file__).resolve().parents[2]


def sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_new_file_has_our_application_id_wal_and_head_schema(tmp_path):
    p = tmp_path / "neu.werkstatt"
    WorkspaceFile.create(p, quartier="Schaffrath").close()
    con = sqlite3.connect(p)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_pragmas_on_every_connection(tmp_path):
    with WorkspaceFile.create(tmp_path / "a.werkstatt") as ws, ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0


def test_edit_is_durable_without_save(tmp_path):
    p = tmp_path / "a.werkstatt"
    with WorkspaceFile.create(p, quartier="Alt") as ws, ws.session() as s:
        s.scalars(select(Workspace)).one().quartier = "Schaffrath"
    # read with plain sqlite3, not through our code
    con = sqlite3.connect(p)
    assert con.execute("SELECT quartier FROM workspace").fetchone()[0] == "Schaffrath"
    con.close()


def test_existing_file_is_not_overwritten_by_create(tmp_path):
    p = tmp_path / "a.werkstatt"
    p.write_text("wichtig")
    with pytest.raises(WorkspaceError, match="gibt es schon"):
        WorkspaceFile.create(p)
    assert p.read_text() == "wichtig"


@pytest.mark.parametrize("content", [b"", b"Hallo Welt\n", b"SQLite format 3\x00" + b"\x00" * 10, bytes(range(256)) * 8])
def test_non_workspace_files_are_refused_unchanged(tmp_path, content):
    p = tmp_path / "fremd.werkstatt"
    p.write_bytes(content)
    with pytest.raises(NotAWorkspace):
        WorkspaceFile.open(p)
    assert p.read_bytes() == content


def test_foreign_sqlite_database_is_refused_unchanged(tmp_path):
    p = tmp_path / "fremd.sqlite"
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE kunden (id INTEGER, name TEXT)")
    con.commit()
    con.close()
    before = sha(p)
    with pytest.raises(NotAWorkspace, match="anderen Programms"):
        WorkspaceFile.open(p)
    assert sha(p) == before


def test_file_written_by_newer_version_is_refused_unchanged(tmp_path):
    p = tmp_path / "neu.werkstatt"
    WorkspaceFile.create(p).close()
    con = sqlite3.connect(p)
    con.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    con.commit()
    con.close()
    before = sha(p)
    with pytest.raises(NewerWorkspace, match="neueren Version"):
        WorkspaceFile.open(p)
    assert sha(p) == before
    assert not list(tmp_path.glob("*.bak"))


def _make_file_at_revision(p: Path, revision: str) -> None:
    from alembic import command

    from app.store.engine import make_engine
    from app.store.migrations import _config

    con = sqlite3.connect(p)
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.commit()
    con.close()
    engine = make_engine(p)
    with engine.connect() as conn:
        command.upgrade(_config(conn), revision)
        conn.commit()
        conn.exec_driver_sql(
            "INSERT INTO meta (key, value) VALUES ('device_id', '11111111-1111-1111-1111-111111111111')")
        conn.exec_driver_sql(
            "INSERT INTO workspace (id, hlc, device_id, deleted, stamps, quartier, city, description) VALUES "
            "('w1', '000000000000001-000000-11111111-1111-1111-1111-111111111111', "
            "'11111111-1111-1111-1111-111111111111', 0, '{}', 'Hüllen', 'Gelsenkirchen', '')")
        conn.commit()
    engine.dispose()


def test_older_file_is_migrated_after_a_verified_backup(tmp_path):
    p = tmp_path / "alt.werkstatt"
    _make_file_at_revision(p, "0001_initial")
    with WorkspaceFile.open(p) as ws:
        assert ws.backup_path is not None and ws.backup_path.exists()
        with ws.session() as s:
            assert s.scalars(select(Workspace)).one().quartier == "Hüllen"
    con = sqlite3.connect(p)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "ix_cards_canvas_live" in names
    con.close()
    bak = sqlite3.connect(ws.backup_path)
    assert bak.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001_initial"
    assert bak.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    bak.close()


def test_models_and_migrations_agree(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.store.models import Base

    with WorkspaceFile.create(tmp_path / "a.werkstatt") as ws, ws.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_second_writer_is_refused_in_process(tmp_path):
    p = tmp_path / "a.werkstatt"
    with WorkspaceFile.create(p):
        with pytest.raises(WorkspaceLocked, match="bereits"):
            WorkspaceFile.open(p)
        # readers (check, export) are fine
        with WorkspaceFile.open(p, readonly=True) as ro, ro.session() as s:
            assert s.scalars(select(Workspace)).one()


def test_second_writer_process_is_refused_with_a_clear_message(tmp_path):
    p = tmp_path / "a.werkstatt"
    code = (
        "import sys; from app.store.workspace_file import WorkspaceFile\n"
        "from app.store.errors import WorkspaceLocked\n"
        f"try:\n    WorkspaceFile.open({str(p)!r})\nexcept WorkspaceLocked as e:\n    print(e); sys.exit(7)\n"
    )
    with WorkspaceFile.create(p):
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 7, out.stderr
    assert "bereits" in out.stdout


def test_stale_lock_of_a_killed_process_is_recovered(tmp_path):
    p = tmp_path / "a.werkstatt"
    WorkspaceFile.create(p).close()
    code = (
        "import os, sys; from app.store.workspace_file import WorkspaceFile\n"
        f"ws = WorkspaceFile.open({str(p)!r}); print('open', flush=True); os._exit(0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert "open" in out.stdout  # the process died holding the lock; the OS released it with its files
    with WorkspaceFile.open(p) as ws, ws.session() as s:
        s.add(Workspace(quartier="zweite"))  # and we can write again


def test_save_as_copies_consistently_with_a_new_device_id(tmp_path):
    p = tmp_path / "a.werkstatt"
    with WorkspaceFile.create(p, quartier="Schalke") as ws:
        target = ws.save_as(tmp_path / "kopie.werkstatt")
        original_device = ws.device_id
    with WorkspaceFile.open(target) as copy:
        assert copy.device_id and copy.device_id != original_device
        with copy.session() as s:
            assert s.scalars(select(Workspace)).one().quartier == "Schalke"


def test_card_table_exists_with_sync_columns(tmp_path):
    with WorkspaceFile.create(tmp_path / "a.werkstatt") as ws, ws.session() as s:
        cols = {c.key for c in Card.__table__.columns}
        assert {"id", "hlc", "device_id", "deleted", "stamps"} <= cols
        assert s is not None


def test_new_workspaces_share_builtin_template_and_category_ids(tmp_path):
    from app.store.models import CanvasTemplate, FinancingSource, SubjectCategory, TemplateBlock

    ids = []
    for name in ("a.werkstatt", "b.werkstatt"):
        with WorkspaceFile.create(tmp_path / name) as ws, ws.session() as s:
            ids.append({m.__tablename__: set(s.scalars(select(m.id)))
                        for m in (CanvasTemplate, TemplateBlock, SubjectCategory, FinancingSource)})
    assert ids[0] == ids[1]
    assert len(ids[0]["canvas_templates"]) == 4
    assert len(ids[0]["template_blocks"]) >= 9 + 8


@pytest.mark.parametrize("ddl", [
    "CREATE TRIGGER t_evil AFTER UPDATE ON cards BEGIN DELETE FROM actors; END",
    "CREATE VIEW v_evil AS SELECT * FROM cards",
])
def test_workspace_with_foreign_triggers_or_views_is_refused_unchanged(tmp_path, ddl):
    p = tmp_path / "praepariert.werkstatt"
    WorkspaceFile.create(p).close()
    con = sqlite3.connect(p)
    con.execute(ddl)
    con.commit()
    con.close()
    before = sha(p)
    with pytest.raises(NotAWorkspace, match="Sicherheitsgründen"):
        WorkspaceFile.open(p)
    with pytest.raises(NotAWorkspace):
        WorkspaceFile.open(p, readonly=True)
    assert sha(p) == before


def test_truncated_workspace_is_refused(tmp_path):
    p = tmp_path / "kaputt.werkstatt"
    WorkspaceFile.create(p).close()
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 3])
    with pytest.raises(WorkspaceError):
        WorkspaceFile.open(p)


def test_workspace_with_a_broken_clock_stamp_is_refused_in_german_but_still_checkable(tmp_path):
    """Found by the workspace fuzzer: a malformed stamp made open() fail with an English ValueError."""
    from app.cli import run_cli

    p = tmp_path / "a.werkstatt"
    WorkspaceFile.create(p).close()
    con = sqlite3.connect(p)
    con.execute("UPDATE canvas_templates SET hlc = 'kaputt'")
    con.commit()
    con.close()
    with pytest.raises(WorkspaceError, match="ungültige Zeitstempel"):
        WorkspaceFile.open(p)
    assert run_cli(["check", str(p)]) == 1  # the reader still opens it and names the problem


def test_bytes_that_are_no_longer_text_give_a_german_message_not_a_raw_sqlite_error(tmp_path):
    """Found by the workspace fuzzer: one flipped byte inside an id made reads fail with sqlite3's own error."""
    from app.cli import run_cli
    from app.operations.canvas_ops import list_templates

    p = tmp_path / "a.werkstatt"
    WorkspaceFile.create(p).close()
    con = sqlite3.connect(p)
    con.execute("UPDATE canvas_templates SET name = CAST(X'FF414243' AS TEXT)")
    con.commit()
    con.close()
    with WorkspaceFile.open(p) as ws, pytest.raises(WorkspaceError, match="beschädigt"):
        list_templates(ws)
    con = sqlite3.connect(p)
    con.execute("UPDATE canvas_templates SET name = 'heil', stamps = CAST(X'FF7B7D' AS TEXT)")
    con.commit()
    con.close()
    assert run_cli(["check", str(p)]) == 1  # the checker reads every stamp: refused in German, no traceback


def test_check_of_a_file_too_damaged_to_check_says_so_in_german(tmp_path, capsys):
    """Found by the workspace fuzzer: one flipped bit in the schema page made integrity_check itself raise."""
    from app.cli import run_cli

    p = tmp_path / "a.werkstatt"
    WorkspaceFile.create(p).close()
    con = sqlite3.connect(p)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(p.read_bytes())
    data[4096] ^= 1
    p.write_bytes(bytes(data))
    assert run_cli(["check", str(p)]) == 1
    out = capsys.readouterr()
    assert "beschädigt" in out.out + out.err and "Traceback" not in out.err


def test_unreadable_json_in_a_workspace_gives_a_german_message(tmp_path, capsys):
    """Found by the workspace fuzzer: a flipped byte in a stamps column surfaced as json's English error."""
    from app.cli import run_cli
    from app.store.models import CanvasTemplate

    p = tmp_path / "a.werkstatt"
    WorkspaceFile.create(p).close()
    con = sqlite3.connect(p)
    con.execute("UPDATE canvas_templates SET stamps = '{\"name\": \"000\x01'")
    con.commit()
    con.close()
    with WorkspaceFile.open(p) as ws, pytest.raises(WorkspaceError, match="unlesbare Daten"), ws.session() as s:
        s.scalars(select(CanvasTemplate)).all()
    assert run_cli(["check", str(p)]) == 1
    out = capsys.readouterr()
    assert "stamps – ungültiges JSON" in out.out and "Traceback" not in out.err  # check names the row


def test_schema_with_bytes_that_are_no_text_is_refused_in_german(tmp_path):
    """Found by the workspace fuzzer: SQLite's error quoted the damaged schema bytes, and Python could not even
    decode that message (UnicodeDecodeError)."""
    p = tmp_path / "a.werkstatt"
    WorkspaceFile.create(p).close()
    con = sqlite3.connect(p)
    con.execute("PRAGMA writable_schema=ON")
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name='services'").fetchone()[0].encode()
    con.execute("UPDATE sqlite_master SET sql = CAST(? AS TEXT) WHERE name='services'",
                (sql.replace(b"CREATE TABLE", b"CREATE \xb300 TABLE", 1),))
    con.commit()
    con.close()
    before = sha(p)
    for readonly in (False, True):
        with pytest.raises(NotAWorkspace, match="beschädigt"):
            WorkspaceFile.open(p, readonly=readonly)
    assert sha(p) == before
