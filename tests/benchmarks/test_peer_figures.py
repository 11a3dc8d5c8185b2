"""The peer's figures kept in the benchmark are the ones its harness wrote, and the peer scene is the same scene."""

from __future__ import annotations

import json

import pytest

from tests.benchmarks.peer_figures import PEER, peer_load, results_path
from tests.benchmarks.peer_scene import (
    PHRASES,
    board_size,
    grid_cols,
    note_position,
    note_text,
    pinboard_template,
)


def test_kept_figures_equal_the_peer_results_file():
    path = results_path()
    if not path.exists():
        pytest.skip("the peer's results file is not next to this repository")
    results = json.loads(path.read_text(encoding="utf-8"))["results"]
    for size, figures in PEER.items():
        for key, value in figures.items():
            assert results[str(size)][key] == value, (size, key)


def test_peer_load_is_conversion_plus_load():
    assert peer_load(5000) == pytest.approx(287.7 + 52.9)
    assert peer_load(10000) is None


def test_scene_matches_the_peer_grid_and_texts():
    assert grid_cols(5000) == 71 and grid_cols(500) == 23
    assert note_position(0, 5000) == (20.0, 20.0)
    assert note_position(72, 5000) == (20.0 + 220.0, 20.0 + 140.0)
    assert note_text(9) == PHRASES[1] + " #9"
    w, h = board_size(5000)
    assert w >= note_position(70, 5000)[0] + 200 and h >= note_position(4999, 5000)[1] + 120
    assert pinboard_template(5000).blocks[0].w == w
