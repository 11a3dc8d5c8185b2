from __future__ import annotations

import pytest

from .participation_fixtures import Board, make_board


@pytest.fixture
def board(tmp_path):
    b: Board = make_board(tmp_path)
    yield b
    b.ws.close()
