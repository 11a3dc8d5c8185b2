"""SIGKILL while people edit the board: nothing reported is lost, nothing is half done, the file stays sound."""

from __future__ import annotations

import random

import pytest

from . import profile
from .crash_loop import edit_kill_round, make_crash_workspace, werkstatt_check


@pytest.mark.timeout(profile.TIMEOUT_S)
def test_sigkill_during_edits_loses_no_reported_edit_and_leaves_none_half_done(tmp_path):
    path, canvas_id, round_id = make_crash_workspace(tmp_path)
    rng = random.Random(20250312)
    problems: list[str] = []
    reported = in_flight = 0
    for kill in range(profile.EDIT_KILLS):
        found, n, flying = edit_kill_round(path, canvas_id, round_id, rng)
        problems += [f"kill {kill}: {p}" for p in found]
        reported += n
        in_flight += flying
    print(f"{profile.EDIT_KILLS} kills, {reported} reported edits, {in_flight} kills inside an edit")
    assert problems == []
    assert reported >= profile.EDIT_KILLS  # the children really worked between the kills
    assert in_flight >= profile.EDIT_KILLS // 2  # and most kills landed inside an edit, not between them
    assert werkstatt_check(path)[0] == 0


@pytest.mark.timeout(profile.TIMEOUT_S)
def test_crash_loop_catches_a_planted_non_atomic_card_edit(tmp_path):
    """The same loop, with a card edit that writes text and position in two transactions: it must be caught."""
    path, canvas_id, round_id = make_crash_workspace(tmp_path)
    rng = random.Random(7)
    caught: list[str] = []
    for _kill in range(40):
        found, _n, _flying = edit_kill_round(path, canvas_id, round_id, rng, plant="split-update")
        caught += found
        if caught:
            break
    assert caught, "40 kills did not notice a card edit split over two transactions"
    assert "card" in caught[0]
