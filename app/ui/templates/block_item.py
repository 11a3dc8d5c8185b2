"""A block on the template board: drag to move, drag the lower right corner to resize, both on a 20-unit grid.

The item shows a ``BlockDraft``; while the mouse is down it only changes what is drawn, and on release it hands
the new geometry to ``on_geometry`` (which pushes one undo command). The draft then tells the item to redraw.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.ui.templates.template_draft import MIN_BLOCK_SIZE, BlockDraft, snap

GRIP = 36.0  # board units; the corner area that resizes instead of moving
BORDER = "#5c6b7a"
SELECTED_BORDER = "#1d4f91"


def fitting_title_font(base: QFont, title: str, width: float, largest: int = 44, smallest: int = 18) -> QFont:
    """Bold title font as large as possible while the longest word still fits on one line (no cut-off words)."""
    font = QFont(base)
    font.setBold(True)
    longest = max(title.split(), key=len, default="")
    size = largest
    while True:
        font.setPixelSize(size)
        if size <= smallest or QFontMetricsF(font).horizontalAdvance(longest) <= width:
            return font
        size -= 2


class BlockItem(QGraphicsItem):
    def __init__(self, block: BlockDraft, board: QRectF, on_geometry: Callable[[int, dict[str, float]], None],
                 on_activated: Callable[[int], None]) -> None:
        super().__init__()
        self.uid = block.uid
        self._board = board
        self._on_geometry = on_geometry
        self._on_activated = on_activated
        self._rect = QRectF()
        self._title = ""
        self._question = ""
        self._color = ""
        self._mode = ""  # "", "move", "resize"
        self._press_scene = QPointF()
        self._press_rect = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.sync(block)

    # ------------------------------------------------------------------ model → view
    def sync(self, block: BlockDraft) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(0, 0, block.w, block.h)
        self.setPos(block.x, block.y)
        self._title, self._question, self._color = block.title, block.question, block.color
        self.update()

    def set_board(self, board: QRectF) -> None:
        self._board = board

    def geometry(self) -> QRectF:
        return QRectF(self.pos(), self._rect.size())

    # ------------------------------------------------------------------ painting
    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        selected = self.isSelected()
        painter.setBrush(QBrush(QColor(self._color or "#f4f4f4")))
        painter.setPen(QPen(QColor(SELECTED_BORDER if selected else BORDER), 6 if selected else 2))
        painter.drawRoundedRect(self._rect, 8, 8)

        inner = self._rect.adjusted(16, 12, -16, -12)
        title_font = fitting_title_font(painter.font(), self._title, inner.width())
        painter.setFont(title_font)
        painter.setPen(QColor("#1a1a1a"))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        used = painter.boundingRect(inner, flags, self._title or "…")
        painter.drawText(inner, flags, self._title or "…")
        question_font = QFont(title_font)
        question_font.setPixelSize(min(28, title_font.pixelSize()))
        question_font.setBold(False)
        painter.setFont(question_font)
        painter.setPen(QColor("#3a3a3a"))
        painter.drawText(inner.adjusted(0, used.height() + 8, 0, 0), flags, self._question)

        size_text = f"{self._rect.width():.0f} × {self._rect.height():.0f}"
        painter.setFont(question_font)
        painter.setPen(QColor("#4a4a4a"))
        painter.drawText(self._rect.adjusted(0, 0, -GRIP - 6, -8),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), size_text)
        grip = QPainterPath()
        r = self._rect
        grip.moveTo(r.right(), r.bottom() - GRIP)
        grip.lineTo(r.right(), r.bottom())
        grip.lineTo(r.right() - GRIP, r.bottom())
        grip.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(SELECTED_BORDER if selected else BORDER))
        painter.drawPath(grip)

    # ------------------------------------------------------------------ mouse
    def _in_grip(self, local: QPointF) -> bool:
        return local.x() >= self._rect.right() - GRIP and local.y() >= self._rect.bottom() - GRIP

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        shape = Qt.CursorShape.SizeFDiagCursor if self._in_grip(event.pos()) else Qt.CursorShape.SizeAllCursor
        self.setCursor(shape)
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        scene = self.scene()
        if scene is not None and not self.isSelected():
            scene.clearSelection()
        self.setSelected(True)
        self._mode = "resize" if self._in_grip(event.pos()) else "move"
        self._press_scene = event.scenePos()
        self._press_rect = self.geometry()
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self._mode:
            return
        delta = event.scenePos() - self._press_scene
        start, board = self._press_rect, self._board
        if self._mode == "move":
            x = min(max(snap(start.x() + delta.x()), board.left()), board.right() - start.width())
            y = min(max(snap(start.y() + delta.y()), board.top()), board.bottom() - start.height())
            self.setPos(x, y)
        else:
            right = min(snap(start.right() + delta.x()), board.right())
            bottom = min(snap(start.bottom() + delta.y()), board.bottom())
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, max(MIN_BLOCK_SIZE, right - start.x()), max(MIN_BLOCK_SIZE, bottom - start.y()))
            self.update()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self._mode:
            return
        self._mode = ""
        now = self.geometry()
        if now != self._press_rect:
            self._on_geometry(self.uid, {"x": now.x(), "y": now.y(), "w": now.width(), "h": now.height()})
        event.accept()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._on_activated(self.uid)
        event.accept()
