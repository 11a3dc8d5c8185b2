"""One writer per file, whatever the path: symlinks, hard links, ``./``, ``..`` and other spellings reach one lock.

Real files in tmp_path, real links, a second open in this process and a second process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.store.errors import WorkspaceLocked
from app.store.models import Workspace
from app.store.workspace_file import WorkspaceFile
from app.store.writer_lock import WriterLock, real_path

ROOT = Path(__file__).resolve().parents[2]


def _spellings(p: Path) -> dict[str, Path]:
    """Other paths to the same file: a symlink, a symlinked folder, a hard link, ``./``, ``..``, a relative path."""
    folder = p.parent
    (folder / "sub").mkdir(exist_ok=True)
    link = folder / "verknuepfung.werkstatt"
    link.symlink_to(p)
    dir_link = folder / "ordner-link"
    dir_link.symlink_to(folder, target_is_directory=True)
    hard = folder / "sub" / "harter-link.werkstatt"
    os.link(p, hard)
    return {
        "symlink": link,
        "symlink to the folder": dir_link / p.name,
        "hard link": hard,
        "./": folder / "." / p.name,
        "..": folder / "sub" / ".." / p.name,
        "relative": Path(os.path.relpath(p)),
        "doubled slashes": Path(str(folder) + "//" + p.name),
        "chain of symlinks": _chain(folder, link),
    }


def _chain(folder: Path, target: Path) -> Path:
    second = folder / "sub" / "zweite-verknuepfung"
    second.symlink_to(target)
    return second


@pytest.mark.parametrize("spelling", ["symlink", "symlink to the folder", "hard link", "./", "..", "relative",
                                      "doubled slashes", "chain of symlinks"])
def test_a_second_writer_is_refused_whatever_path_it_uses(tmp_path, monkeypatch, spelling):
    monkeypatch.chdir(tmp_path)
    p = tmp_path / "werkstatt.werkstatt"
    WorkspaceFile.create(p, quartier="Schaffrath").close()
    other = _spellings(p)[spelling]
    with WorkspaceFile.open(p):
        with pytest.raises(WorkspaceLocked, match="bereits"):
            WorkspaceFile.open(other)
    with WorkspaceFile.open(other):  # and the other way round
        with pytest.raises(WorkspaceLocked, match="bereits"):
            WorkspaceFile.open(p)
        with WorkspaceFile.open(other, readonly=True) as ro, ro.session() as s:  # readers need no lock
            assert s.scalars(select(Workspace.quartier)).one() == "Schaffrath"


@pytest.mark.parametrize("spelling", ["symlink", "hard link", ".."])
def test_a_second_writer_process_is_refused_through_a_link(tmp_path, spelling):
    p = tmp_path / "werkstatt.werkstatt"
    WorkspaceFile.create(p).close()
    other = _spellings(p)[spelling]
    code = ("import sys; from app.store.workspace_file import WorkspaceFile\n"
            "from app.store.errors import WorkspaceLocked\n"
            f"try:\n    WorkspaceFile.open({str(other)!r})\nexcept WorkspaceLocked as e:\n"
            "    print(e); sys.exit(7)\n")
    with WorkspaceFile.open(p):
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 7, out.stderr
    assert "bereits" in out.stdout
    # once the first writer is gone, the link opens for writing
    with WorkspaceFile.open(other) as ws, ws.session() as s:
        assert s.scalars(select(Workspace)).first() is not None


def test_a_writer_through_a_symlink_writes_beside_the_real_file(tmp_path):
    real_dir = tmp_path / "stick"
    real_dir.mkdir()
    p = real_dir / "werkstatt.werkstatt"
    WorkspaceFile.create(p).close()
    link = tmp_path / "verknuepfung.werkstatt"
    link.symlink_to(p)
    with WorkspaceFile.open(link) as ws:
        assert ws.path == p
        with ws.session() as s:
            s.scalars(select(Workspace)).one().quartier = "über den Link"
    assert link.is_symlink()  # the link is still a link, not a second file
    assert not (tmp_path / "verknuepfung.werkstatt-wal").exists()


def test_creating_through_a_symlinked_folder_locks_the_new_file(tmp_path):
    real_dir = tmp_path / "echt"
    real_dir.mkdir()
    (tmp_path / "link").symlink_to(real_dir, target_is_directory=True)
    with WorkspaceFile.create(tmp_path / "link" / "neu.werkstatt"):
        with pytest.raises(WorkspaceLocked):
            WorkspaceFile.open(real_dir / "neu.werkstatt")


def test_lock_follows_a_file_that_was_put_back(tmp_path):
    """An interrupted migration puts a backup in place (a new inode): the lock must move to the new file."""
    p = tmp_path / "a.werkstatt"
    p.write_bytes(b"eins")
    lock = WriterLock.acquire(real_path(p))
    try:
        replacement = tmp_path / "ersatz"
        replacement.write_bytes(b"zwei")
        os.replace(replacement, p)
        lock.follow()
        assert lock.identity() == (os.stat(p).st_dev, os.stat(p).st_ino)
        with pytest.raises(WorkspaceLocked):
            WriterLock.acquire(real_path(p))
    finally:
        lock.release()
    WriterLock.acquire(real_path(p)).release()
