"""One open board of the peer scene per size, shared by the canvas measures, with its bare twin.

The board is the app's own stack (workspace file → BoardModel → BoardScene → BoardEditor → CanvasView) in a
1280×800 viewport at zoom 1 showing the grid's top-left corner, like the peer's view. The twin is a bare
QGraphicsScene with one QGraphicsSimpleTextItem per note holding the SAME wrapped lines in the SAME font, in a
plain QGraphicsView of the same size: the baseline every canvas measure is divided by. Only one board is open at a
time (a 10,000-card board is large); workspace files stay in the bench's work folder for the next measure.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.benchmarks.harness import CLEANUPS, BenchContext
from tests.benchmarks.peer_scene import VIEW_H, VIEW_W, create_peer_workspace

SIZES = (500, 2000, 5000, 10000)
#: smoke mode keeps the names (and so the shape of bench.json) but builds tiny boards
SMOKE_CARDS = {500: 12, 2000: 16, 5000: 20, 10000: 24}


def cards_for(ctx: BenchContext, size: int) -> int:
    return SMOKE_CARDS[size] if ctx.smoke else size


def workspace_path(ctx: BenchContext, size: int) -> Path:
    """The peer-scene workspace for ``size`` (created once per run)."""
    path = ctx.workdir / f"pinnwand-{size}.werkstatt"
    if not path.exists():
        create_peer_workspace(path, cards_for(ctx, size))
    return path


def qt_app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


@dataclass
class OpenBoard:
    size: int
    ws: Any
    model: Any
    scene: Any
    editor: Any
    view: Any
    bare_scene: Any
    bare_view: Any
    bare_items: list[Any]
    raw: sqlite3.Connection  # the raw-SQL twin of one durable edit

    def close(self) -> None:
        self.view.close()
        self.bare_view.close()
        self.view.deleteLater()
        self.bare_view.deleteLater()
        self.raw.close()
        self.ws.close()
        qt_app().processEvents()


_current: dict[str, OpenBoard] = {}


def show_top_left(view: Any) -> None:
    """Zoom 1 with the scene's (0, 0) in the viewport's top-left corner, as the peer's view at scroll (0, 0)."""
    view.resetTransform()
    vp = view.viewport()
    view.centerOn(vp.width() / 2, vp.height() / 2)
    qt_app().processEvents()


def size_viewport(view: Any) -> None:
    """Make the viewport itself 1280×800 (scroll bars and frame come on top)."""
    view.resize(VIEW_W, VIEW_H)
    view.show()
    qt_app().processEvents()
    vp = view.viewport()
    view.resize(VIEW_W + VIEW_W - vp.width(), VIEW_H + VIEW_H - vp.height())
    qt_app().processEvents()


def build_bare(model: Any, theme: Any) -> tuple[Any, Any, list[Any]]:
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView

    from app.ui.canvas.painting import CARD_PADDING, card_font, wrap_text

    fnt = card_font(theme)
    scene = QGraphicsScene()
    items = []
    for card in model.cards.values():
        item = QGraphicsSimpleTextItem("\n".join(wrap_text(card.text, fnt, card.w - 2 * CARD_PADDING)))
        item.setFont(fnt)
        item.setPos(card.x + CARD_PADDING, card.y + CARD_PADDING)
        scene.addItem(item)
        items.append(item)
    view = QGraphicsView(scene)
    return scene, view, items


def raw_twin(workdir: Path) -> sqlite3.Connection:
    con = sqlite3.connect(workdir / "raw-board.sqlite", isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE IF NOT EXISTS cards (id TEXT PRIMARY KEY, text TEXT, x REAL, y REAL)")
    con.execute("INSERT OR REPLACE INTO cards VALUES ('k1', 'Notiz', 20, 20)")
    return con


def open_board(ctx: BenchContext, size: int) -> OpenBoard:
    """The open board of ``size``, opened (and any other one closed) when needed."""
    board = _current.get("board")
    if board is not None and board.size == size:
        return board
    close_board()
    qt_app()
    from app.operations.canvas_board import list_canvases
    from app.store.workspace_file import WorkspaceFile
    from app.ui.canvas.board_editor import BoardEditor
    from app.ui.canvas.board_model import BoardModel
    from app.ui.canvas.board_scene import BoardScene
    from app.ui.canvas.canvas_view import CanvasView

    ws = WorkspaceFile.open(workspace_path(ctx, size))
    model = BoardModel.load(ws, list_canvases(ws)[0].id)
    scene = BoardScene(model)
    editor = BoardEditor(model, scene)
    view = CanvasView(scene, editor)
    size_viewport(view)
    show_top_left(view)
    bare_scene, bare_view, bare_items = build_bare(model, scene.theme)
    size_viewport(bare_view)
    show_top_left(bare_view)
    board = _current["board"] = OpenBoard(size, ws, model, scene, editor, view, bare_scene, bare_view, bare_items,
                                          raw_twin(ctx.workdir))
    return board


def close_board() -> None:
    board = _current.pop("board", None)
    if board is not None:
        board.close()


CLEANUPS.append(close_board)
__all__ = ["SIZES", "OpenBoard", "cards_for", "close_board", "open_board", "qt_app",
           "show_top_left", "workspace_path"]
