"""Real media for tests: a small tmpfs that can be filled to the last byte, and one remounted read-only.

No monkeypatched ``os.write``: the kernel says ENOSPC and EROFS itself. Mounting needs root; CI runs as root
(``.ci/run``), so there a missing mount is a failure, elsewhere the test is skipped.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

PAGE = 4096
FILL_NAME = "platzhalter.bin"


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True)


def require_mounts() -> None:
    """Skip (or fail under CI) when this process cannot mount a tmpfs."""
    why = ""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        why = "Mounten braucht root"
    elif shutil.which("mount") is None:
        why = "mount fehlt"
    if why:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI muss echte Datenträger testen können: {why}")
        pytest.skip(why)


@contextlib.contextmanager
def tmpfs(folder: Path, size: str = "4m") -> Iterator[Path]:
    """A fresh tmpfs of ``size`` mounted at ``folder`` (created), unmounted afterwards."""
    require_mounts()
    folder.mkdir(parents=True, exist_ok=True)
    done = _mount("-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(folder))
    if done.returncode != 0:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"tmpfs lässt sich nicht mounten: {done.stderr.strip()}")
        pytest.skip(f"tmpfs lässt sich nicht mounten: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the medium of ``folder`` so that about ``leave`` bytes stay free (rounded up to whole pages)."""
    path = folder / FILL_NAME
    block = b"\0" * (64 * 1024)
    with open(path, "ab", buffering=0) as fh:
        try:
            while fh.write(block):
                pass
        except OSError as exc:
            assert exc.errno in (errno.ENOSPC, errno.EDQUOT), exc
    # what did not fit is gone; shrink the filler to leave the wanted space
    size = path.stat().st_size
    shrink = -(-leave // PAGE) * PAGE
    os.truncate(path, max(0, size - shrink))
    return path


def free_space(folder: Path) -> int:
    st = os.statvfs(folder)
    return st.f_bavail * st.f_frsize


def unfill(folder: Path) -> None:
    (folder / FILL_NAME).unlink(missing_ok=True)


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """Remount the tmpfs at ``folder`` read-only for the block (a write-protected stick)."""
    done = _mount("-o", "remount,ro", str(folder))
    assert done.returncode == 0, done.stderr
    try:
        yield folder
    finally:
        _mount("-o", "remount,rw", str(folder))


def listing(folder: Path) -> list[str]:
    """Every name in ``folder`` (hidden ones too), without the filler."""
    return sorted(p.name for p in folder.iterdir() if p.name != FILL_NAME)
