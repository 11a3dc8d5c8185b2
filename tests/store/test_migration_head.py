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
