"""One card on the board: a view of a CardData; it never owns state the model does not have.

The item moves freely while dragged (Qt moves selected items); the scene turns the finished drag into ONE
command. A resize handle in the bottom-right corner works the same way: the size is only temporary until release.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QCursor, QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.operations.canvas_data import CardData

from .painting import (
    CARD_PADDING,
    CardLook,
    Theme,
    amount_text,
    card_content_height,
    card_font,
    paint_card,
    wrap_text,
)

HANDLE = 18.0
CARD_Z_BASE = 10.0


class CardItem(QGraphicsItem):
    def __init__(self, card: CardData, theme: Theme, actor_names: dict[str, str] | None = None) -> None:
        super().__init__()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.highlighted = False
        self.dimmed = False
        self.editing = False
        self._resize_from: QRectF | None = None
        self._preview_size: tuple[float, float] | None = None
        self._theme = theme
        self._actor_names = actor_names if actor_names is not None else {}
        self.card = card
        self._lines: tuple[str, ...] = ()
        self._height = card.h
        self.set_card(card)

    @property
    def card_id(self) -> str:
        return self.card.id

    # ------------------------------------------------------------------ state from the model
    def set_card(self, card: CardData) -> None:
        old = self.card
        relayout = (not self._lines or card.text != old.text or card.w != old.w or card.h != old.h
                    or card.amount_cents != old.amount_cents or card.amount_period != old.amount_period)
        self.card = card
        self.setPos(card.x, card.y)
        self.setZValue(CARD_Z_BASE + card.z / 1e6)  # keeps cards above blocks and clusters, in stacking order
        if relayout:
            self._relayout()
        self._update_tooltip()
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._relayout()
        self.update()

    def _relayout(self) -> None:
        width = (self._preview_size[0] if self._preview_size else self.card.w) - 2 * CARD_PADDING
        self._lines = tuple(wrap_text(self.card.text, card_font(self._theme), width))
        needed = card_content_height(self._lines, self._theme, has_amount=self.card.amount_cents is not None)
        base_h = self._preview_size[1] if self._preview_size else self.card.h
        height = max(base_h, needed)
        if height != self._height:
            self.prepareGeometryChange()
            self._height = height

    def _update_tooltip(self) -> None:
        card = self.card
        if card.private:
            self.setToolTip(self.tr("Verdeckte Karte – wird beim Aufdecken sichtbar."))
            return
        parts = [card.text]
        if card.actor_ids:
            names = [self._actor_names.get(a, "?") for a in card.actor_ids]
            parts.append(self.tr("Akteure: ") + ", ".join(names))
        if card.author_group:
            parts.append(self.tr("Gruppe: ") + card.author_group)
        self.setToolTip("\n".join(parts))

    def set_marks(self, *, highlighted: bool, dimmed: bool) -> None:
        if (highlighted, dimmed) != (self.highlighted, self.dimmed):
            self.highlighted, self.dimmed = highlighted, dimmed
            self.update()

    def set_editing(self, editing: bool) -> None:
        self.editing = editing
        self.update()

    def tr(self, text: str) -> str:  # QGraphicsItem is no QObject
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("CardItem", text)

    # ------------------------------------------------------------------ geometry and painting
    def size(self) -> tuple[float, float]:
        w = self._preview_size[0] if self._preview_size else self.card.w
        return w, self._height

    def boundingRect(self) -> QRectF:
        w, h = self.size()
        return QRectF(-4, -20, w + 24, h + 24)  # room for the selection pen and the actor badge

    def card_rect(self) -> QRectF:
        w, h = self.size()
        return QRectF(0, 0, w, h)

    def shape(self):  # type: ignore[no-untyped-def]
        from PySide6.QtGui import QPainterPath

        path = QPainterPath()
        path.addRect(self.card_rect())
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        look = CardLook(
            lines=() if self.editing else self._lines, color=self.card.color, private=self.card.private,
            amount="" if self.editing else amount_text(self.card.amount_cents, self.card.amount_period),
            actor_count=len(self.card.actor_ids), selected=self.isSelected(), highlighted=self.highlighted,
            dimmed=self.dimmed)
        paint_card(painter, self.card_rect(), look, self._theme, lod)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)

    # ------------------------------------------------------------------ resizing
    def _in_handle(self, pos: QPointF) -> bool:
        w, h = self.size()
        return pos.x() >= w - HANDLE and pos.y() >= h - HANDLE and 0 <= pos.x() <= w and 0 <= pos.y() <= h

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        shape = Qt.CursorShape.SizeFDiagCursor if self._in_handle(event.pos()) else Qt.CursorShape.OpenHandCursor
        self.setCursor(QCursor(shape))
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._in_handle(event.pos()):
            self._resize_from = QRectF(0, 0, self.card.w, self.card.h)
            self._preview_size = (self.card.w, self.card.h)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._resize_from is not None:
            self._preview_size = (max(80.0, event.pos().x()), max(50.0, event.pos().y()))
            self._relayout()
            self.update()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._resize_from is not None:
            new_w, new_h = self._preview_size or (self.card.w, self.card.h)
            self._resize_from = None
            self._preview_size = None
            self._relayout()
            scene = self.scene()
            if scene is not None and (new_w, new_h) != (self.card.w, self.card.h):
                scene.resize_finished.emit(self.card.id, self.card.w, self.card.h, new_w, new_h)  # type: ignore[attr-defined]
            return
        super().mouseReleaseEvent(event)

    def resizing(self) -> bool:
        return self._resize_from is not None
