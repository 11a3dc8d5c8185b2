"""Page-level gestures on the board view, kept out of the view itself: the right-click menu of a card, the C key
for comments, F5 for the presentation, and, in "Abstimmen" mode, touches and keys that place a vote instead of
moving or editing cards.

An event filter sees each event before the view does, so the view's own keyboard and drag handling stay as they
are when no mode is active.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from .canvas_view import CanvasView

#: keys that only look around or move the selection; they keep working while people vote
VIEW_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Tab, Qt.Key.Key_Backtab,
             Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_0, Qt.Key.Key_PageUp,
             Qt.Key.Key_PageDown, Qt.Key.Key_Escape, *(Qt.Key(Qt.Key.Key_1 + i) for i in range(9))}
VOTE_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space}


class GesturePage(Protocol):
    view: CanvasView | None
    voting: bool

    def card_menu(self, card_id: str) -> QMenu: ...

    def comment_selected(self) -> None: ...

    def vote_on(self, card_id: str) -> None: ...

    def start_presentation(self) -> None: ...


class BoardGestures(QObject):
    def __init__(self, page: GesturePage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self._pressed_card: str | None = None
        self.last_menu: QMenu | None = None

    def attach(self, view: CanvasView) -> None:
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    def _card_at(self, view: CanvasView, pos: QPoint) -> str | None:
        item = view.board_scene.card_item_at(view.mapToScene(pos))
        return item.card_id if item is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        view = self.page.view
        if view is None:
            return False
        if watched is view.viewport():
            if event.type() == QEvent.Type.ContextMenu:
                return self._context_menu(view, event)  # type: ignore[arg-type]
            if self.page.voting:
                return self._vote_mouse(view, event)
        elif watched is view and event.type() == QEvent.Type.KeyPress and view.editor.pending is None:
            return self._key(view, event)  # type: ignore[arg-type]
        return False

    # ------------------------------------------------------------------ menu
    def _context_menu(self, view: CanvasView, event: QContextMenuEvent) -> bool:
        card_id = self._card_at(view, event.pos())
        if card_id is None:
            return False
        if card_id not in view.board_scene.selected_card_ids():
            view.board_scene.select_only([card_id])
        self.last_menu = self.page.card_menu(card_id)
        self.last_menu.popup(event.globalPos())
        return True

    # ------------------------------------------------------------------ voting
    def _vote_mouse(self, view: CanvasView, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
                        QEvent.Type.MouseButtonDblClick):
            return False
        mouse: QMouseEvent = event  # type: ignore[assignment]
        if mouse.button() == Qt.MouseButton.MiddleButton or mouse.buttons() & Qt.MouseButton.MiddleButton:
            return False  # panning stays possible
        pos = mouse.position().toPoint()
        if kind == QEvent.Type.MouseButtonPress and mouse.button() == Qt.MouseButton.LeftButton:
            self._pressed_card = self._card_at(view, pos)
            if self._pressed_card is not None:
                view.board_scene.select_only([self._pressed_card])
        elif kind == QEvent.Type.MouseButtonRelease and mouse.button() == Qt.MouseButton.LeftButton:
            card_id = self._card_at(view, pos)
            pressed, self._pressed_card = self._pressed_card, None
            if card_id is not None and card_id == pressed:
                self.page.vote_on(card_id)
        return True  # cards neither move nor open for editing while people vote

    # ------------------------------------------------------------------ keys
    def _key(self, view: CanvasView, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                          | Qt.KeyboardModifier.MetaModifier))
        if key == Qt.Key.Key_C and plain:
            self.page.comment_selected()
            return True
        if key == Qt.Key.Key_F5:
            self.page.start_presentation()
            return True
        if not self.page.voting:
            return False
        if key in VOTE_KEYS and not event.isAutoRepeat():
            selected = view.board_scene.selected_card_ids()
            if selected:
                self.page.vote_on(selected[0])
            return True
        return key not in VIEW_KEYS  # editing keys (N, Entf, Strg+Z, Strg+V …) do nothing while people vote
