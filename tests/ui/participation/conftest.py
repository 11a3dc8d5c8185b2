from __future__ import annotations

import pytest

from app.operations import participants_ops
from tests.operations.participation_fixtures import Board, make_board


@pytest.fixture
def board(tmp_path):
    b: Board = make_board(tmp_path)
    yield b
    b.ws.close()


@pytest.fixture
def people(board):
    """Two present participants of different groups and one who stayed at home."""
    anna = participants_ops.quick_add(board.ws, "Anna Schulz", present_in_session=board.session_id)
    sonne = participants_ops.quick_add(board.ws, "Pflegedienst Sonne", stakeholder_group="Dienstleister",
                                       present_in_session=board.session_id)
    bernd = participants_ops.quick_add(board.ws, "Bernd Krause")
    return anna, sonne, bernd
