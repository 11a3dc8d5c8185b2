"""Quick performance sanity check of the board with 5,000 cards (a script, not a timed test).

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/canvas_perf.py [CARDS]

Prints medians for: loading the board, building the scene, moving one card incl. its durable commit (through
the undo command, as a drag does), editing one card's text, fit to screen incl. repaint, and a full render of
the board compared with a bare QGraphicsScene holding the same number of QGraphicsSimpleTextItem.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsSimpleTextItem  # noqa: E402

from app.operations import canvas_ops as ops  # noqa: E402
from app.operations.canvas_data import CardMove, NewCard  # noqa: E402
from app.ui.canvas import commands as cmd  # noqa: E402
from app.ui.canvas.board_editor import BoardEditor  # noqa: E402
from app.ui.canvas.board_model import BoardModel  # noqa: E402
from app.ui.canvas.board_scene import BoardScene  # noqa: E402
from app.ui.canvas.canvas_view import CanvasView  # noqa: E402
from app.ui.canvas.painting import card_font  # noqa: E402
from tests.canvas_fixtures import make_workspace  # noqa: E402

WORDS = ("Einkauf", "Begleitung", "Nachbarschaft", "Fahrdienst", "Apotheke", "Bäckerei", "Besuch", "Pflege",
         "Beratung", "Treffpunkt", "Ehrenamt", "Quartier", "Miete", "Zuschuss", "Telefonkette")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def summary(name: str, samples: list[float]) -> None:
    samples = sorted(samples)
    p95 = samples[min(len(samples) - 1, int(len(samples) * 0.95))]
    print(f"{name:<44} median {ms(statistics.median(samples)):>10}   p95 {ms(p95):>10}   (n={len(samples)})")


def render_ms(scene: QGraphicsScene, source: QRectF, repeat: int = 5) -> list[float]:
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)

    def once() -> None:
        image.fill(QColor("white"))
        p = QPainter(image)
        p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        scene.render(p, QRectF(0, 0, 1920, 1080), source)
        p.end()
    once()
    return timed(once, repeat)


def main(n: int) -> None:
    app = QApplication.instance() or QApplication([])
    rnd = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        ws, canvas_id = make_workspace(Path(tmp))
        blocks = ops.load_board(ws, canvas_id).blocks
        specs = []
        for i in range(n):
            b = blocks[i % len(blocks)]
            specs.append(NewCard(b.key, " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 6))),
                                 b.x + rnd.uniform(0, b.w - 200), b.y + rnd.uniform(100, b.h - 120)))
        t = time.perf_counter()
        for start in range(0, n, 1000):
            ops.add_cards(ws, canvas_id, specs[start:start + 1000])
        print(f"{n} cards written in {ms(time.perf_counter() - t)}")

        summary("load_board (one session, batched)", timed(lambda: ops.load_board(ws, canvas_id), 5))
        t = time.perf_counter()
        model = BoardModel.load(ws, canvas_id)
        scene = BoardScene(model)
        editor = BoardEditor(model, scene)
        view = CanvasView(scene, editor)
        view.resize(1920, 1080)
        view.show()
        app.processEvents()
        print(f"{'model + scene + view built and shown':<44} {ms(time.perf_counter() - t):>17}")

        ids = list(model.cards)
        cache = os.environ.get("CARD_CACHE", "")
        if cache:
            from PySide6.QtWidgets import QGraphicsItem
            scene.set_cache_mode({"none": QGraphicsItem.CacheMode.NoCache,
                                  "item": QGraphicsItem.CacheMode.ItemCoordinateCache,
                                  "device": QGraphicsItem.CacheMode.DeviceCoordinateCache}[cache])
            print(f"card cache mode: {cache}")

        def move_one() -> None:
            cid = rnd.choice(ids)
            c = model.cards[cid]
            editor.undo_stack.push(cmd.MoveCards(model, [CardMove(cid, c.x, c.y, c.block_key)],
                                                 [CardMove(cid, c.x + 5, c.y + 3, c.block_key)]))
        summary("move one card + durable commit (command)", timed(move_one, 200))

        def edit_one() -> None:
            cid = rnd.choice(ids)
            c = model.cards[cid]
            editor.undo_stack.push(cmd.EditCardText(model, cid, c.text, c.text + " x"))
        summary("edit one card text + durable commit (command)", timed(edit_one, 100))
        summary("undo (move/edit) + durable commit", timed(editor.undo_stack.undo, 100))

        def fit() -> None:
            view.zoom_by(1.7)
            view.fit_to_screen()
            view.viewport().repaint()
        summary("fit to screen + repaint (1920×1080)", timed(fit, 10))
        summary("repaint at the same zoom", timed(view.viewport().repaint, 10))

        scene.set_cache_enabled(False)
        board = render_ms(scene, scene.board_rect())
        bare = QGraphicsScene()
        for c in model.cards.values():
            item = QGraphicsSimpleTextItem(c.text)
            item.setPos(c.x, c.y)
            bare.addItem(item)
        plain = render_ms(bare, scene.board_rect())
        same_font = QGraphicsScene()
        for c in model.cards.values():
            item = QGraphicsSimpleTextItem(c.text)
            item.setFont(card_font(scene.theme))
            item.setPos(c.x, c.y)
            same_font.addItem(item)
        plain_card_font = render_ms(same_font, scene.board_rect())
        summary("full render, board scene (no cache)", board)
        summary("full render, bare scene of text items", plain)
        summary("full render, bare text items in card font", plain_card_font)
        print(f"ratio board / bare: {statistics.median(board) / statistics.median(plain):.2f}; "
              f"board / bare in card font: {statistics.median(board) / statistics.median(plain_card_font):.2f}")
        view.close()
        ws.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
