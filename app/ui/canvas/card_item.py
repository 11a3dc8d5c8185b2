"""One card on the board: a view of a CardData; it never owns state the model does not have.

The item moves freely while dragged (Qt moves selected items); the scene turns the finished drag into ONE
command. A resize handle in the bottom-right corner works the same way: the size is only temporary until release.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QCursor, QPainter, QPen, QStaticText
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.operations.canvas_data import CardData

from .occlusion import BURIED
from .painting import (
    CARD_PADDING,
    LOD_PLAIN,
    CardLook,
    Theme,
    amount_font,
    amount_text,
    card_content_height,
    card_font,
    paint_card,
    paints_pixels,
    plain_fill,
    static_text,
    wrap_text,
)
from .vote_badge import DotsBadge

HANDLE = 18.0
CARD_Z_BASE = 10.0


class CardItem(QGraphicsRectItem):
    """A rect item underneath, so Qt answers the many bounding-rect queries in C++ (no Python call per query)."""

    def __init__(self, card: CardData, theme: Theme, actor_names: dict[str, str] | None = None) -> None:
        super().__init__()
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.highlighted = False
        self.dimmed = False
        self.editing = False
        self.dots = 0  # points of the vote round shown on the board (annotations, set by the scene)
        self.comments = 0
        self.conflict = False  # a merge conflict waits for review (Datei → Synchronisieren → Konflikte)
        self._dots_badge: DotsBadge | None = None  # on screen the points have a fixed, large size
        self.cover = 0  # hidden under other cards? (occlusion.VISIBLE / TEXT_COVERED / BURIED, set by the scene)
        self._resize_from: QRectF | None = None
        self._preview_size: tuple[float, float] | None = None
        self._theme = theme
        self._actor_names = actor_names if actor_names is not None else {}
        self.card = card
        self._lines: tuple[str, ...] = ()
        self._amount_lines: tuple[str, ...] = ()
        self._prepared: QStaticText | None = None
        self._look: CardLook | None = None  # what paint() shows, rebuilt only when something changed
        self._bounds = QRectF()
        self._rect = QRectF()
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
        self._look = None
        if relayout:
            self._relayout()
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._relayout()
        self.update()

    def _relayout(self) -> None:
        width = (self._preview_size[0] if self._preview_size else self.card.w) - 2 * CARD_PADDING
        self._lines = tuple(wrap_text(self.card.text, card_font(self._theme), width))
        amount = amount_text(self.card.amount_cents, self.card.amount_period)
        self._amount_lines = tuple(wrap_text(amount, amount_font(self._theme), width)) if amount else ()
        needed = card_content_height(self._lines, self._theme, self._amount_lines)
        base_h = self._preview_size[1] if self._preview_size else self.card.h
        height = max(base_h, needed)
        self._prepared = None
        self._look = None
        w = self._preview_size[0] if self._preview_size else self.card.w
        self._rect = QRectF(0, 0, w, height)
        bounds = QRectF(-4, -20, w + 24, height + 24)  # room for the selection pen and the actor badge
        if height != self._height or bounds != self._bounds:
            self._height = height
            self._bounds = bounds
            self.setRect(bounds)  # announces the geometry change to the scene itself

    def tooltip_text(self) -> str:
        """The full text (nothing on the board is cut off silently), linked actors and the author's group."""
        card = self.card
        if card.private:
            return self.tr("Verdeckte Karte – wird beim Aufdecken sichtbar.")
        parts = [card.text]
        if card.actor_ids:
            names = [self._actor_names.get(a, "?") for a in card.actor_ids]
            parts.append(self.tr("Akteure: ") + ", ".join(names))
        if card.author_group:
            parts.append(self.tr("Gruppe: ") + card.author_group)
        if self.dots:
            parts.append(self.tr("1 Punkt") if self.dots == 1 else self.tr("{0} Punkte").format(self.dots))
        if self.comments:
            parts.append(self.tr("1 Kommentar") if self.comments == 1
                         else self.tr("{0} Kommentare").format(self.comments))
        if self.conflict:
            parts.append(self.tr("Konflikt aus dem Zusammenführen: unter Datei → Synchronisieren → Konflikte "
                                 "prüfen"))
        return "\n".join(parts)

    def _update_tooltip(self) -> None:
        self.setToolTip(self.tooltip_text())

    def set_marks(self, *, highlighted: bool, dimmed: bool) -> None:
        if (highlighted, dimmed) != (self.highlighted, self.dimmed):
            self.highlighted, self.dimmed = highlighted, dimmed
            self._look = None
            self.update()

    def set_badges(self, dots: int, comments: int, *, conflict: bool = False) -> None:
        """Vote points, comment count and conflict mark drawn on the card (derived from the model's annotations)."""
        if (dots, comments, conflict) != (self.dots, self.comments, self.conflict):
            self.dots, self.comments, self.conflict = dots, comments, conflict
            self._look = None
            self.update()
        if dots and self._dots_badge is None:
            self._dots_badge = DotsBadge(dots, self)
            self._dots_badge.setPos(6, 0)
        elif dots and self._dots_badge is not None:
            self._dots_badge.set_count(dots)
        elif not dots and self._dots_badge is not None:
            self._dots_badge.setParentItem(None)
            if self.scene() is not None:
                self.scene().removeItem(self._dots_badge)
            self._dots_badge = None

    def set_editing(self, editing: bool) -> None:
        self.editing = editing
        self._look = None
        self.update()

    def tr(self, text: str) -> str:  # QGraphicsItem is no QObject
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("CardItem", text)

    # ------------------------------------------------------------------ geometry and painting
    def size(self) -> tuple[float, float]:
        w = self._preview_size[0] if self._preview_size else self.card.w
        return w, self._height

    def card_rect(self) -> QRectF:
        return QRectF(self._rect)

    def shape(self):  # type: ignore[no-untyped-def]
        from PySide6.QtGui import QPainterPath

        path = QPainterPath()
        path.addRect(self.card_rect())
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = painter.worldTransform().m11()  # boards are never rotated: the x scale is the level of detail
        if lod < LOD_PLAIN and not (self.highlighted or self.isSelected()):
            # zoomed far out ("fit to screen" of thousands of cards): a plain rectangle, no look to build
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.fillRect(self._rect, plain_fill(self.card.color, self.card.private, self.dimmed, self._theme))
            return
        look = self._look
        if look is None or look.selected != self.isSelected():
            look = self._look = CardLook(
                lines=() if self.editing else self._lines, color=self.card.color, private=self.card.private,
                amount_lines=() if self.editing else self._amount_lines,
                actor_count=len(self.card.actor_ids), selected=self.isSelected(), highlighted=self.highlighted,
                dimmed=self.dimmed, comments=self.comments, conflict=self.conflict)
        if self._prepared is None and look.lines:
            self._prepared = static_text(look.lines)
        if self.cover and paints_pixels(painter):  # under other cards: skip what they hide (see occlusion)
            if self.cover == BURIED:
                return
            paint_card(painter, self._rect, look, self._theme, lod, self._prepared, text_covered=True)
            return
        paint_card(painter, self._rect, look, self._theme, lod, self._prepared)

    # ------------------------------------------------------------------ resizing
    def _in_handle(self, pos: QPointF) -> bool:
        w, h = self.size()
        return pos.x() >= w - HANDLE and pos.y() >= h - HANDLE and 0 <= pos.x() <= w and 0 <= pos.y() <= h

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._update_tooltip()  # built when needed: 5,000 tooltips nobody reads would slow down loading
        super().hoverEnterEvent(event)

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
