"""A board on a real workspace file, with model, scene, editor and view wired as the page wires them."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.ui.canvas.board_editor import BoardEditor
from app.ui.canvas.board_model import BoardModel
from app.ui.canvas.board_scene import BoardScene
from app.ui.canvas.canvas_view import CanvasView
from tests.canvas_fixtures import make_workspace


@dataclass
class Board:
    ws: object
    canvas_id: str
    model: BoardModel
    scene: BoardScene
    editor: BoardEditor
    view: CanvasView


@pytest.fixture
def board(tmp_path, qtbot):
    ws, canvas_id = make_workspace(tmp_path)
    model = BoardModel.load(ws, canvas_id)
    scene = BoardScene(model)
    editor = BoardEditor(model, scene)
    view = CanvasView(scene, editor)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.fit_to_screen()
    yield Board(ws, canvas_id, model, scene, editor, view)
    view.close()
    ws.close()
