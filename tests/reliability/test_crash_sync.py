"""SIGKILL during ``pack`` and ``merge``: never half a package under the final name, never half a merge."""

from __future__ import annotations

import random
import shutil
import signal
import time
from pathlib import Path

import pytest

from app.operations import canvas_ops, comments_ops, voting_ops
from app.store.workspace_file import WorkspaceFile
from app.sync.errors import PackageError
from app.sync.package import read_package, write_package

from . import profile
from .crash_loop import (
    BoardState,
    child,
    integrity,
    kill_after_ready,
    make_crash_workspace,
    read_state,
    werkstatt_check,
)

PASSPHRASE = "Rosen im Quartier 2025"


@pytest.fixture(scope="module")
def laptops(tmp_path_factory) -> dict[str, object]:
    """An origin (the master) and a laptop copy with its own edits, packed."""
    folder = tmp_path_factory.mktemp("laptops")
    origin, canvas_id, round_id = make_crash_workspace(folder)
    with WorkspaceFile.open(origin) as ws:
        laptop = ws.save_as(folder / "laptop.werkstatt")
    with WorkspaceFile.open(laptop) as ws:
        board = canvas_ops.load_board(ws, canvas_id)
        for i in range(20):
            canvas_ops.add_card(ws, canvas_id, board.blocks[i % len(board.blocks)].key, f"Laptop {i}", 40.0 * i, 9.0)
        first = board.cards[0].id
        canvas_ops.update_card(ws, first, text="Vom Laptop geändert", x=777.0)
        voting_ops.cast_vote(ws, round_id, first, ballot_token="Stimmzettel 9")
        comments_ops.add_comment(ws, "card", first, "Kommentar vom Laptop")
    package = folder / "laptop.qwpaket"
    write_package(laptop, package)
    return {"folder": folder, "origin": origin, "laptop": laptop, "package": package, "canvas": canvas_id,
            "round": round_id}


def _state(path: Path, laptops: dict[str, object]) -> BoardState:
    return read_state(path, str(laptops["canvas"]), str(laptops["round"]))


@pytest.mark.timeout(profile.TIMEOUT_S)
@pytest.mark.parametrize("passphrase", [None, PASSPHRASE])
def test_sigkill_during_pack_leaves_no_partial_package_and_the_workspace_untouched(tmp_path, laptops, passphrase):
    laptop = Path(str(laptops["laptop"]))
    before = _state(laptop, laptops)
    rng = random.Random(3 if passphrase else 4)
    complete = 0
    for k in range(profile.ONE_SHOT_KILLS):
        out = tmp_path / f"paket-{k}.qwpaket"
        args = ["pack", str(laptop), str(out)] + (["--passphrase", passphrase] if passphrase else [])
        proc = child(*args)
        _out, err = kill_after_ready(proc, rng.uniform(0.0, 0.25))
        assert proc.returncode in (0, -signal.SIGKILL), err[-1500:]
        if out.exists():  # then it must be a whole, verified package
            read_package(out, passphrase, tmp_path / f"auspack-{k}.sqlite")
            complete += 1
        assert _state(laptop, laptops) == before
        assert integrity(laptop) == "ok" and werkstatt_check(laptop)[0] == 0
    print(f"{profile.ONE_SHOT_KILLS} pack kills, {complete} finished packages")


def test_crash_check_catches_a_planted_in_place_package_write(tmp_path, laptops):
    out = tmp_path / "halb.qwpaket"
    proc = child("pack", str(laptops["laptop"]), str(out), plant="in-place")
    kill_after_ready(proc, None)
    assert proc.returncode == -signal.SIGKILL
    assert out.exists()  # the planted writer left half a package under the final name ...
    with pytest.raises(PackageError):  # ... and the check the crash loop applies notices it
        read_package(out, None, tmp_path / "auspack.sqlite")


@pytest.mark.timeout(profile.TIMEOUT_S)
def test_sigkill_during_merge_leaves_the_master_as_before_or_fully_merged(tmp_path, laptops):
    origin, package = Path(str(laptops["origin"])), Path(str(laptops["package"]))
    before = _state(origin, laptops)
    reference = tmp_path / "referenz.werkstatt"
    shutil.copyfile(origin, reference)
    started = time.perf_counter()
    proc = child("merge", str(reference), str(package))
    kill_after_ready(proc, None)
    took = time.perf_counter() - started
    assert proc.returncode == 0
    merged = _state(reference, laptops)
    assert merged != before
    rng = random.Random(5)
    outcomes = {"before": 0, "merged": 0}
    problems: list[str] = []
    for k in range(profile.ONE_SHOT_KILLS):
        master = tmp_path / f"master-{k}.werkstatt"
        shutil.copyfile(origin, master)
        by_statement = rng.random() < 0.5
        proc = child("merge", str(master), str(package), die_at=rng.randrange(1, 300) if by_statement else 0)
        _out, err = kill_after_ready(proc, None if by_statement else rng.uniform(0.0, min(took, 3.0)))
        assert proc.returncode in (0, -signal.SIGKILL), err[-1500:]
        state = _state(master, laptops)
        if state == before:
            outcomes["before"] += 1
        elif state == merged:
            outcomes["merged"] += 1
        else:
            problems.append(f"kill {k}: half a merge")
        if integrity(master) != "ok" or werkstatt_check(master)[0] != 0:
            problems.append(f"kill {k}: damaged master")
    print(f"{profile.ONE_SHOT_KILLS} merge kills: {outcomes}")
    assert problems == []
