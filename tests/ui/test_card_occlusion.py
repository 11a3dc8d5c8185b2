"""Cards hidden under other cards are skipped when painting pixels, and come back as soon as they can be seen."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtTest import QTest

from app.domain.card_look import CardFilter
from app.operations.canvas_data import CardMove
from app.ui.canvas.occlusion import BURIED, TEXT_COVERED, VISIBLE
from tests.ui.board_fixtures import board  # noqa: F401  (fixture)
from tests.ui.test_board_gestures import view_point


def pile(board, dx: float = 0.0, dy: float = 0.0):  # type: ignore[no-untyped-def]  # noqa: F811
    """Two cards, the second (above) exactly on the first or shifted by (dx, dy)."""
    under = board.model.add_card("schluesselpartner", "Unten liegt die Bäckerei", 60, 300)
    over = board.model.add_card("schluesselpartner", "Oben liegt die Apotheke", 60 + dx, 300 + dy)
    return board.scene.card_items[under.id], board.scene.card_items[over.id]


def test_a_card_exactly_under_another_is_buried(board):  # noqa: F811
    under, over = pile(board)
    assert under.cover == BURIED
    assert over.cover == VISIBLE


def test_a_card_slightly_offset_under_another_has_only_its_text_covered(board):  # noqa: F811
    under, _over = pile(board, 4, 4)
    assert under.cover == TEXT_COVERED


def test_moving_the_top_card_away_uncovers_the_one_below(board):  # noqa: F811
    under, over = pile(board)
    c = over.card
    board.model.move_cards([CardMove(c.id, 400, 600, c.block_key)])
    assert under.cover == VISIBLE


def test_removing_the_top_card_uncovers_the_one_below(board):  # noqa: F811
    under, over = pile(board)
    board.model.delete_cards([over.card_id])
    assert under.cover == VISIBLE


def test_a_card_dimmed_by_a_filter_covers_nothing(board):  # noqa: F811
    under, _over = pile(board)
    board.model.set_filter(CardFilter(text="Bäckerei"))  # the card above does not match: dimmed, translucent
    assert under.cover == VISIBLE


def test_pressing_on_the_top_card_shows_the_one_below_while_dragging(board):  # noqa: F811
    under, _over = pile(board)
    vp = board.view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view_point(board, 160, 360))
    assert under.cover == VISIBLE
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view_point(board, 160, 360))


def test_vector_output_still_holds_the_text_of_buried_cards(board, tmp_path):  # noqa: F811
    under, _over = pile(board)
    assert under.cover == BURIED
    path = tmp_path / "tafel.svg"
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(400, 300))
    generator.setViewBox(QRectF(0, 0, 400, 300))
    painter = QPainter(generator)
    board.scene.render(painter, QRectF(0, 0, 400, 300), QRectF(0, 250, 400, 300))
    painter.end()
    svg = path.read_text(encoding="utf-8")
    assert "Bäckerei" in svg and "Apotheke" in svg


def test_cards_side_by_side_are_all_visible(board):  # noqa: F811
    under, over = pile(board, 220, 0)
    assert under.cover == VISIBLE and over.cover == VISIBLE
