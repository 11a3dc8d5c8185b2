"""The board's speed at 500, 2,000, 5,000 and 10,000 cards, each against its bare twin (see ``board_setup``) and,
where the peer comparison has the same figure, beside Excalidraw's.

- ``canvas_move_N`` / ``canvas_move_p95_N``: one visible card moved by 10 units as a drag ends (one undo command:
  durable commit, model, scene) until the view has painted it; 50 moves, 25 right then 25 left, like the peer.
  Baseline: a raw sqlite3 UPDATE+COMMIT (WAL, synchronous=FULL) plus moving one text item of the bare scene and
  letting its view paint. Peer: Excalidraw's ``renderedMs`` (state update + canvas drawing, no durable save).
- ``canvas_edit_N``: the same for a text edit (the card's text is laid out again).
- ``canvas_fit_N``: "An Bildschirm anpassen" from zoom 1 at the top-left corner, including the repaint.
  Baseline: ``fitInView`` of the bare view. Peer: the first (cold) zoom-out to the whole grid.
- ``canvas_render_N``: every card painted at 100 % (what ``werkstatt render`` does), in 1920×1080 tiles, against
  the bare scene in the same tiles.
- ``canvas_load_N``: from the open workspace file to a painted board (load, scene, view, fit, paint). Baseline:
  building and painting the bare scene. Peer: building its elements (with text wrapping) plus loading them.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from tests.benchmarks.board_setup import SIZES, OpenBoard, cards_for, open_board, qt_app, show_top_left
from tests.benchmarks.harness import BenchContext, BenchResult, measure, median_pair, p95, paired_samples
from tests.benchmarks.peer_figures import peer as peer_figure
from tests.benchmarks.peer_figures import peer_load as peer_load_figure

MS = "ms"
MOVES = 50


def _visible_card(board: OpenBoard) -> str:
    """The card nearest the middle of the view (the peer moves a visible note, too)."""
    centre = board.view.mapToScene(board.view.viewport().rect().center())
    return min(board.model.cards.values(),
               key=lambda c: (c.x + c.w / 2 - centre.x()) ** 2 + (c.y + c.h / 2 - centre.y()) ** 2).id


def _twin_item(board: OpenBoard, card_id: str):  # type: ignore[no-untyped-def]
    return board.bare_items[list(board.model.cards).index(card_id)]


def _gesture_pair(board: OpenBoard, ours: Callable[[int], None], bare: Callable[[int], None],
                  repeats: int) -> tuple[list[float], list[float]]:
    app = qt_app()
    show_top_left(board.view)
    show_top_left(board.bare_view)
    counter = {"ours": 0, "bare": 0}

    def run_ours() -> None:
        ours(counter["ours"])
        counter["ours"] += 1
        app.processEvents()  # the scene's update reaches the view, which paints the changed region

    def run_bare() -> None:
        bare(counter["bare"])
        counter["bare"] += 1
        app.processEvents()

    # blocks of ten: a commit right after one to another file would pay for that file's fsync, too
    block = 10 if repeats >= 10 else repeats
    return paired_samples(run_ours, run_bare, repeats=repeats, warmup=2, block=block)


def _step(i: int) -> float:
    return 10.0 if (i // (MOVES // 2)) % 2 == 0 else -10.0


def move_samples(board: OpenBoard, repeats: int) -> tuple[list[float], list[float]]:
    from app.operations.canvas_data import CardMove
    from app.ui.canvas import commands as cmd

    card_id = _visible_card(board)
    twin = _twin_item(board, card_id)

    def ours(i: int) -> None:
        c = board.model.cards[card_id]
        board.editor.undo_stack.push(cmd.MoveCards(board.model, [CardMove(card_id, c.x, c.y, c.block_key)],
                                                   [CardMove(card_id, c.x + _step(i), c.y, c.block_key)]))

    def bare(i: int) -> None:
        board.raw.execute("BEGIN IMMEDIATE")
        board.raw.execute("UPDATE cards SET x = x + ? WHERE id = 'k1'", (_step(i),))
        board.raw.execute("COMMIT")
        twin.setPos(twin.x() + _step(i), twin.y())

    return _gesture_pair(board, ours, bare, repeats)


def edit_samples(board: OpenBoard, repeats: int) -> tuple[list[float], list[float]]:
    from app.ui.canvas import commands as cmd

    card_id = _visible_card(board)
    twin = _twin_item(board, card_id)
    original = board.model.cards[card_id].text
    texts = (original + " (geändert)", original)

    def ours(i: int) -> None:
        old = board.model.cards[card_id].text
        board.editor.undo_stack.push(cmd.EditCardText(board.model, card_id, old, texts[i % 2]))

    def bare(i: int) -> None:
        board.raw.execute("BEGIN IMMEDIATE")
        board.raw.execute("UPDATE cards SET text = ? WHERE id = 'k1'", (texts[i % 2],))
        board.raw.execute("COMMIT")
        twin.setText(texts[i % 2])

    return _gesture_pair(board, ours, bare, repeats)


def fit_seconds(view, fit: Callable[[], None]) -> float:  # type: ignore[no-untyped-def]
    show_top_left(view)
    view.viewport().repaint()
    start = time.perf_counter()
    fit()
    view.viewport().repaint()
    return time.perf_counter() - start


def render_tiles_seconds(scene, source) -> float:  # type: ignore[no-untyped-def]
    """Paint ``source`` at 100 % into 1920×1080 tiles (one image, filled white before each tile)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    white = QColor("white")
    start = time.perf_counter()
    y = source.top()
    while y < source.bottom():
        x = source.left()
        while x < source.right():
            image.fill(white)
            painter = QPainter(image)
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            scene.render(painter, QRectF(0, 0, 1920, 1080), QRectF(x, y, 1920, 1080))
            painter.end()
            x += 1920
        y += 1080
    return time.perf_counter() - start


def load_seconds(board: OpenBoard) -> float:
    from app.ui.canvas.board_editor import BoardEditor
    from app.ui.canvas.board_model import BoardModel
    from app.ui.canvas.board_scene import BoardScene
    from app.ui.canvas.canvas_view import CanvasView
    from tests.benchmarks.board_setup import size_viewport

    start = time.perf_counter()
    model = BoardModel.load(board.ws, board.model.canvas_id)
    scene = BoardScene(model)
    view = CanvasView(scene, BoardEditor(model, scene))
    size_viewport(view)
    view.fit_to_screen()
    view.viewport().repaint()
    took = time.perf_counter() - start
    view.close()
    view.deleteLater()
    scene.deleteLater()
    qt_app().processEvents()
    return took


def bare_load_seconds(board: OpenBoard) -> float:
    from PySide6.QtCore import Qt

    from tests.benchmarks.board_setup import build_bare, size_viewport

    start = time.perf_counter()
    scene, view, _items = build_bare(board.model, board.scene.theme)
    size_viewport(view)
    view.fitInView(board.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    view.viewport().repaint()
    took = time.perf_counter() - start
    view.close()
    view.deleteLater()
    qt_app().processEvents()
    return took


def peer(ctx: BenchContext, size: int, key: str) -> float | None:
    """The peer's figure, only when the board really has the peer's number of cards (not in smoke mode)."""
    return None if ctx.smoke else peer_figure(size, key)


def peer_load(ctx: BenchContext, size: int) -> float | None:
    return None if ctx.smoke else peer_load_figure(size)


def _note(ctx: BenchContext, size: int, extra: str = "") -> str:
    return f"{cards_for(ctx, size)} cards" + (f"; {extra}" if extra else "")


def register(size: int) -> None:
    move_cache: dict[str, tuple[list[float], list[float]]] = {}

    def moves(ctx: BenchContext) -> tuple[list[float], list[float]]:
        key = f"{ctx.workdir}"
        if key not in move_cache:
            move_cache[key] = move_samples(open_board(ctx, size), 10 if ctx.smoke else MOVES)
        return move_cache[key]

    target_move = "≤ 5 ms" if size == 5000 else "scaling"
    target_p95 = "≤ 16 ms" if size == 5000 else "scaling"

    @measure(f"canvas_move_{size}")
    def canvas_move(ctx: BenchContext) -> BenchResult:
        ours, bare = moves(ctx)
        return BenchResult.compare(
            f"canvas_move_{size}", statistics.median(ours) * 1000, statistics.median(bare) * 1000, MS,
            target_move, _note(ctx, size, "median; baseline raw UPDATE+COMMIT + bare item move, both painted"),
            peer(ctx, size, "move_median_renderedMs"))

    @measure(f"canvas_move_p95_{size}")
    def canvas_move_p95(ctx: BenchContext) -> BenchResult:
        ours, bare = moves(ctx)
        return BenchResult.compare(f"canvas_move_p95_{size}", p95(ours) * 1000, p95(bare) * 1000, MS, target_p95,
                                   _note(ctx, size, f"p95 of {len(ours)}"), peer(ctx, size, "move_p95_renderedMs"))

    @measure(f"canvas_edit_{size}")
    def canvas_edit(ctx: BenchContext) -> BenchResult:
        ours, bare = edit_samples(open_board(ctx, size), 10 if ctx.smoke else MOVES)
        return BenchResult.compare(f"canvas_edit_{size}", statistics.median(ours) * 1000,
                                   statistics.median(bare) * 1000, MS, "≤ 5 ms" if size == 5000 else "scaling",
                                   _note(ctx, size, f"median, p95 {p95(ours) * 1000:.1f} ms"))

    @measure(f"canvas_fit_{size}")
    def canvas_fit(ctx: BenchContext) -> BenchResult:
        from PySide6.QtCore import Qt

        board = open_board(ctx, size)
        first = fit_seconds(board.view, board.view.fit_to_screen)
        rect = board.scene.sceneRect()
        ours, bare = median_pair(
            lambda: fit_seconds(board.view, board.view.fit_to_screen),
            lambda: fit_seconds(board.bare_view, lambda: board.bare_view.fitInView(
                rect, Qt.AspectRatioMode.KeepAspectRatio)), repeats=ctx.repeats, warmup=0)
        return BenchResult.compare(f"canvas_fit_{size}", ours * 1000, bare * 1000, MS,
                                   "≤ 150 ms" if size == 5000 else "scaling",
                                   _note(ctx, size, f"first {first * 1000:.0f} ms; peer: first zoom-out"),
                                   peer(ctx, size, "overview_zoomOut_first_ms"))

    @measure(f"canvas_render_{size}")
    def canvas_render(ctx: BenchContext) -> BenchResult:
        board = open_board(ctx, size)
        board.scene.set_cache_enabled(False)
        source = board.scene.board_rect()
        ours, bare = median_pair(lambda: render_tiles_seconds(board.scene, source),
                                 lambda: render_tiles_seconds(board.bare_scene, source),
                                 repeats=ctx.repeats, warmup=ctx.warmup)
        return BenchResult.compare(f"canvas_render_{size}", ours * 1000, bare * 1000, MS,
                                   "ratio ≤ 1.5" if size == 5000 else "scaling",
                                   _note(ctx, size, "100 % in 1920×1080 tiles; baseline: same lines as text items"))

    @measure(f"canvas_load_{size}")
    def canvas_load(ctx: BenchContext) -> BenchResult:
        board = open_board(ctx, size)
        ours, bare = median_pair(lambda: load_seconds(board), lambda: bare_load_seconds(board),
                                 repeats=ctx.repeats, warmup=ctx.warmup)
        return BenchResult.compare(f"canvas_load_{size}", ours * 1000, bare * 1000, MS, "scaling",
                                   _note(ctx, size, "open file → painted board; peer: convert + load"),
                                   peer_load(ctx, size))


for _size in SIZES:
    register(_size)
