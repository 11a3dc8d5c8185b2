"""The board on screen: zoom, pan, fit to screen, keyboard work, presentation size.

Keys (German keyboards included): arrows go from card to card, Tab/Shift+Tab in reading order, Enter edits,
N or Einfg starts a new card in the current block (just type), Entf deletes, Strg+C/V copy and paste,
Strg+Z/Y undo and redo, + and − zoom, 0 fits the board to the screen. Space+drag or the middle mouse pans.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from .board_editor import BoardEditor
from .board_scene import BoardScene
from .card_item import CardItem
from .painting import CONTRAST_THEME, board_theme

MIN_SCALE = 0.05
MAX_SCALE = 6.0
ZOOM_STEP = 1.25
PRESENTATION_TEXT_PX = 28


class CanvasView(QGraphicsView):
    zoom_changed = Signal(float)

    def __init__(self, scene: BoardScene, editor: BoardEditor, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board_scene = scene
        self.editor = editor
        self._space_held = False
        self._pan_from: QPointF | None = None
        self.presentation = False
        self._current_block = 0
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState
                                  | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._set_scroll_bars(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

    def _set_scroll_bars(self, policy: Qt.ScrollBarPolicy) -> None:
        """Always on (or, presenting, always off): scroll bars that come and go would change what "fit" means."""
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)

    # ------------------------------------------------------------------ zoom
    def scale_factor(self) -> float:
        return self.transform().m11()

    def set_scale(self, factor: float) -> None:
        factor = min(MAX_SCALE, max(MIN_SCALE, factor))
        self.scale(factor / self.scale_factor(), factor / self.scale_factor())
        self.zoom_changed.emit(self.scale_factor())

    def zoom_by(self, step: float) -> None:
        self.set_scale(self.scale_factor() * step)

    def fit_to_screen(self) -> None:
        """An Bildschirm anpassen: the whole board (with its margin, not stray items) fills the viewport.

        Fitting the full scene rect leaves nothing to scroll, so no scroll bar appears and steals width.
        """
        self.zoom_to(self.sceneRect(), margin=0.0)

    def zoom_to(self, rect: QRectF, margin: float = 20.0) -> None:
        for _ in range(2):  # the second pass settles scroll bars that came or went with the first
            self.fitInView(rect.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self.scale_factor())

    def effective_card_text_px(self) -> float:
        """Size of card text on the screen in pixels, as the hall sees it."""
        return self.board_scene.theme.card_text_px * self.scale_factor()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    # ------------------------------------------------------------------ presentation
    def set_presentation(self, on: bool, text_px: int = PRESENTATION_TEXT_PX) -> None:
        """High contrast, and zoomed so card text is ``text_px`` screen pixels (legible at the back of a hall).

        Cards keep their size and place (nothing reflows or overlaps); the view shows the block being worked
        on and follows the work. 0 shows the whole board as an overview, Bild auf/ab and 1–9 go block by block.
        """
        self.presentation = on
        self._set_scroll_bars(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if on else Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.board_scene.set_theme(CONTRAST_THEME if on else board_theme())
        self.resetCachedContent()
        if not on:
            self.fit_to_screen()
            return
        self.set_scale(text_px / self.board_scene.theme.card_text_px)
        self.present_block(self._focus_block_index())

    def _focus_block_index(self) -> int:
        keys = [b.key for b in self.board_scene.model.board.blocks]
        selected = self.board_scene.selected_card_ids()
        if selected and self.board_scene.model.cards[selected[0]].block_key in keys:
            return keys.index(self.board_scene.model.cards[selected[0]].block_key)
        return self._current_block

    def present_block(self, index: int) -> None:
        """Show block ``index`` at the current scale: centred if it fits, else from its top-left corner."""
        blocks = self.board_scene.model.board.blocks
        if not blocks:
            return
        self._current_block = index % len(blocks)
        b = blocks[self._current_block]
        seen = self.mapToScene(self.viewport().rect()).boundingRect()
        cx = b.x + b.w / 2 if b.w <= seen.width() else b.x - 10 + seen.width() / 2
        cy = b.y + b.h / 2 if b.h <= seen.height() else b.y - 10 + seen.height() / 2
        self.centerOn(QPointF(cx, cy))

    def follow(self, rect: QRectF) -> None:
        """Keep what is being worked on in view on the projector."""
        self.ensureVisible(rect, 40, 40)

    # ------------------------------------------------------------------ panning
    def _start_pan(self, event: QMouseEvent) -> None:
        self._pan_from = event.position()
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space_held and event.button() == Qt.MouseButton.LeftButton):
            self._start_pan(event)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
        super().keyReleaseEvent(event)

    # ------------------------------------------------------------------ keyboard
    def event(self, event: QEvent) -> bool:
        # Tab belongs to the board (next card), not to focus navigation, unless a card is being typed on.
        if event.type() == QEvent.Type.KeyPress and self.editor.pending is None:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.step_selection(-1 if key == Qt.Key.Key_Backtab else 1)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.editor.pending is not None:
            super().keyPressEvent(event)  # the inline editor gets every key
            return
        if self._handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _view_centre(self) -> QPointF:
        return self.mapToScene(self.viewport().rect().center())

    def _handle_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if event.matches(QKeySequence.StandardKey.Undo):
            self.editor.undo_stack.undo()
        elif event.matches(QKeySequence.StandardKey.Redo) or (ctrl and key == Qt.Key.Key_Y):
            self.editor.undo_stack.redo()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.editor.copy_selected()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.editor.paste(self._view_centre())
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            for item in self.board_scene.card_items.values():
                item.setSelected(True)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.editor.delete_selected()
        elif key in (Qt.Key.Key_N, Qt.Key.Key_Insert) and not ctrl:
            self.editor.start_new_card(self.editor.current_block(self._view_centre()))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            selected = self.board_scene.selected_card_ids()
            if selected:
                self.editor.edit_card(selected[0])
        elif self.presentation and key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.present_block(self._current_block + (1 if key == Qt.Key.Key_PageDown else -1))
        elif self.presentation and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.present_block(key - Qt.Key.Key_1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and not ctrl:
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus and not ctrl:
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit_to_screen()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step_direction(key)
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
        elif key == Qt.Key.Key_Escape and self.board_scene.selectedItems():
            self.board_scene.clearSelection()
        else:
            return False
        return True

    # ------------------------------------------------------------------ card to card
    def _current_item(self) -> CardItem | None:
        selected = [i for i in self.board_scene.selectedItems() if isinstance(i, CardItem)]
        return selected[0] if selected else None

    def _focus_card(self, item: CardItem) -> None:
        self.board_scene.select_only([item.card_id])
        self.ensureVisible(item.sceneBoundingRect(), 40, 40)

    def _reading_order(self) -> list[CardItem]:
        order = {b.key: b.position for b in self.board_scene.model.board.blocks}
        return sorted(self.board_scene.card_items.values(),
                      key=lambda i: (order.get(i.card.block_key, 99), i.card.y, i.card.x))

    def step_selection(self, step: int) -> None:
        items = self._reading_order()
        if not items:
            return
        current = self._current_item()
        index = items.index(current) + step if current in items else (0 if step > 0 else -1)
        self._focus_card(items[index % len(items)])

    def step_direction(self, key: int) -> None:
        """Go to the nearest card in the arrow's direction (within a 90° cone), so the board is usable by keys."""
        current = self._current_item()
        if current is None:
            self.step_selection(1)
            return
        here = current.sceneBoundingRect().center()
        dx, dy = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                  Qt.Key.Key_Down: (0, 1)}[Qt.Key(key)]
        best, best_score = None, math.inf
        for item in self.board_scene.card_items.values():
            if item is current:
                continue
            c = item.sceneBoundingRect().center()
            along = (c.x() - here.x()) * dx + (c.y() - here.y()) * dy
            across = abs((c.x() - here.x()) * dy) + abs((c.y() - here.y()) * dx)
            if along > 0 and across <= along:
                score = along + 2 * across
                if score < best_score:
                    best, best_score = item, score
        if best is not None:
            self._focus_card(best)
