"""Opening a current workspace file needs no Alembic: the head revision is a constant, checked against Alembic."""

from __future__ import annotations

import subprocess
import sys

from app.store.migrations import HEAD_REVISION, check_version, head_revision
from app.store.workspace_file import WorkspaceFile
from tests.benchmarks.harness import ROOT


def test_head_revision_constant_equals_alembics_head():
    assert HEAD_REVISION == head_revision()


def test_a_new_workspace_is_current(tmp_path):
    path = tmp_path / "neu.werkstatt"
    WorkspaceFile.create(path).close()
    assert check_version(path) == "current"


def test_opening_a_current_workspace_does_not_import_alembic(tmp_path):
    path = tmp_path / "aktuell.werkstatt"
    WorkspaceFile.create(path).close()
    code = ("import sys\nfrom app.store.workspace_file import WorkspaceFile\n"
            f"WorkspaceFile.open({str(path)!r}).close()\n"
            "print('alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_clock_after_reopening_is_past_every_stored_stamp(tmp_path):
    """The latest stamp is read in one statement over all tables; a stamp written far in the future on another
    device (here: in the comments table) still sets the clock forward."""
    import sqlite3

    path = tmp_path / "uhr.werkstatt"
    WorkspaceFile.create(path).close()
    future = f"{4_000_000_000_000:015d}-{42:06d}-fremdes-geraet"
    con = sqlite3.connect(path)
    con.execute("UPDATE workspace SET hlc = ?", (future,))
    con.commit()
    con.close()
    with WorkspaceFile.open(path) as ws:
        stamp = ws.clock.now()
    assert stamp > future
