"""SIGKILL during the migrate-on-open of an older file: the original stays intact or comes back from its backup."""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest

from app.store.migration_guard import marker_path
from app.store.migrations import head_revision
from app.store.workspace_file import WorkspaceFile

from . import profile
from .crash_loop import BoardState, child, kill_after_ready, make_crash_workspace, read_state, werkstatt_check


def _revision(p: Path) -> str:
    con = sqlite3.connect(f"file:{p.resolve().as_posix()}?mode=ro", uri=True)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


@pytest.fixture(scope="module")
def old_file(tmp_path_factory) -> tuple[Path, str, str, BoardState]:
    """A workspace with cards and votes, taken back to the first schema revision."""
    from alembic import command

    from app.store.engine import make_engine
    from app.store.migrations import _config

    path, canvas_id, round_id = make_crash_workspace(tmp_path_factory.mktemp("alt"))
    engine = make_engine(path)
    with engine.connect() as conn:
        command.downgrade(_config(conn), "0001_initial")
        conn.commit()
    engine.dispose()
    assert _revision(path) == "0001_initial"
    return path, canvas_id, round_id, read_state(path, canvas_id, round_id)


def _intact_or_restorable(p: Path, canvas_id: str, round_id: str, original: BoardState) -> list[str]:
    """Right after the kill, before our code touches the file again."""
    marker = marker_path(p)
    if marker.exists():
        backup = p.with_name(marker.read_text(encoding="utf-8"))
        if not backup.exists():
            return ["marker names a backup that does not exist"]
        if _revision(backup) != "0001_initial" or read_state(backup, canvas_id, round_id) != original:
            return ["the backup differs from the original"]
        return []
    if _revision(p) not in ("0001_initial", head_revision()):
        return [f"unknown revision {_revision(p)} without a marker"]
    if read_state(p, canvas_id, round_id) != original:
        return ["content changed without a marker"]
    return []


def _reopened_fine(p: Path, canvas_id: str, round_id: str, original: BoardState) -> list[str]:
    problems = []
    try:
        WorkspaceFile.open(p).close()
    except Exception as exc:  # noqa: BLE001 - any failure to reopen is the finding
        return [f"reopen failed: {type(exc).__name__}: {exc}"]
    if _revision(p) != head_revision():
        problems.append(f"not migrated: {_revision(p)}")
    if read_state(p, canvas_id, round_id) != original:
        problems.append("content differs from the original after the migration")
    if marker_path(p).exists():
        problems.append("marker left behind")
    code, text = werkstatt_check(p)
    if code != 0:
        problems.append(f"werkstatt check failed: {text[-800:]}")
    return problems


def _kill_migration(work: Path, old: Path, k: int, rng: random.Random, plant: str | None = None) -> Path:
    p = work / f"alt-{k}.werkstatt"
    shutil.copyfile(old, p)
    by_statement = plant is None and rng.random() < 0.5
    proc = child("migrate", str(p), plant=plant, die_at=rng.randrange(1, 14) if by_statement else 0)
    _out, err = kill_after_ready(proc, None if by_statement or plant else rng.uniform(0.0, 0.12))
    assert proc.returncode in (0, -signal.SIGKILL), err[-1500:]
    return p


@pytest.mark.timeout(profile.TIMEOUT_S)
def test_sigkill_during_migration_leaves_the_original_intact_or_restored(tmp_path, old_file):
    old, canvas_id, round_id, original = old_file
    rng = random.Random(12)
    problems: list[str] = []
    for k in range(profile.ONE_SHOT_KILLS):
        p = _kill_migration(tmp_path, old, k, rng)
        problems += [f"kill {k} (before reopening): {x}" for x in _intact_or_restorable(p, canvas_id, round_id,
                                                                                         original)]
        problems += [f"kill {k} (reopened): {x}" for x in _reopened_fine(p, canvas_id, round_id, original)]
    assert problems == []


def test_migration_that_dies_between_committed_steps_is_restored_from_the_backup(tmp_path, old_file):
    old, canvas_id, round_id, original = old_file
    p = _kill_migration(tmp_path, old, 0, random.Random(1), plant="stepwise-migration")
    assert marker_path(p).exists()
    assert _intact_or_restorable(p, canvas_id, round_id, original) == []
    assert _reopened_fine(p, canvas_id, round_id, original) == []


def test_crash_check_catches_a_planted_migration_without_marker(tmp_path, old_file):
    """Without the marker, the half-migrated file is what the next open finds: the checks must say so."""
    old, canvas_id, round_id, original = old_file
    p = _kill_migration(tmp_path, old, 0, random.Random(1), plant="stepwise-migration-no-marker")
    assert not marker_path(p).exists()
    assert _reopened_fine(p, canvas_id, round_id, original) != []
