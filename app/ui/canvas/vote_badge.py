"""The points of a closed (or open, visible) vote round on a card, at a fixed size on the screen.

It ignores the board's zoom: on a whole board fitted to a projector, cards are small, but the points are the
result everyone looks for, so they stay as large as a headline (dot symbols and the number; colour repeats it).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from .painting import NORMAL_THEME, font, metrics, paint_dots_pill

SCREEN_PILL_H = 34.0
SCREEN_FONT_PX = 26


class DotsBadge(QGraphicsItem):
    def __init__(self, count: int, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # a touch goes to the card below
        self.count = 0
        self._rect = QRectF()
        self.set_count(count)

    def set_count(self, count: int) -> None:
        if count == self.count:
            return
        self.prepareGeometryChange()
        self.count = count
        f = font(NORMAL_THEME, SCREEN_FONT_PX, bold=True)
        h = SCREEN_PILL_H
        symbols = min(count, 5)
        width = 12 + symbols * h * 0.55 + metrics(f).horizontalAdvance(str(count)) + 12
        self._rect = QRectF(0, -h * 0.6, width, h)  # straddles the card's top edge, mostly above it

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        paint_dots_pill(painter, self._rect, self.count, font(NORMAL_THEME, SCREEN_FONT_PX, bold=True))
