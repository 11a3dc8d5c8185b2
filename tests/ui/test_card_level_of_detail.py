"""Zoomed far out, cards are drawn as plain rectangles in their colour (cheap for thousands of cards); close up
they show their text. A selected card keeps its outline at every zoom."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from app.ui.canvas.painting import LOD_PLAIN
from tests.ui.board_fixtures import board  # noqa: F401  (fixture)

CARD_COLOR = "#74c0fc"


def render(scene, source: QRectF, scale: float) -> QImage:  # type: ignore[no-untyped-def]
    image = QImage(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)),
                   QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), source)
    painter.end()
    return image


def colours(image: QImage) -> set[str]:
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}


def add_card(board):  # type: ignore[no-untyped-def]  # noqa: F811
    block = board.model.board.blocks[0]
    card = board.model.add_card(block.key, "Einkaufsbegleitung dienstags", block.x + 40, block.y + 200,
                                color=CARD_COLOR)
    return card, board.scene.card_items[card.id]


def test_far_out_a_card_is_a_plain_rectangle_in_its_colour(board):  # noqa: F811
    card, _item = add_card(board)
    inner = QRectF(card.x + 20, card.y + 20, card.w - 40, card.h - 60)
    far = render(board.scene, inner, LOD_PLAIN / 2)
    assert colours(far) == {CARD_COLOR}


def test_close_up_the_same_card_shows_its_text(board):  # noqa: F811
    card, _item = add_card(board)
    inner = QRectF(card.x + 10, card.y + 10, card.w - 20, card.h - 20)
    near = render(board.scene, inner, 1.0)
    assert CARD_COLOR in colours(near)
    assert len(colours(near)) > 2  # glyphs in the text colour and their antialiased edges


def test_far_out_a_selected_card_keeps_its_outline(board):  # noqa: F811
    card, item = add_card(board)
    item.setSelected(True)
    around = QRectF(card.x - 10, card.y - 10, card.w + 20, card.h + 20)
    far = render(board.scene, around, LOD_PLAIN / 2)
    selection = QColor(board.scene.theme.selection).name()
    assert selection in colours(far)
