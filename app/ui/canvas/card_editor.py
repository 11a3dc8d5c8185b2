"""Inline text editor that sits exactly on the card (same font, same width), so typing looks like writing on it.

Enter finishes (Shift+Enter makes a new line), Escape cancels; leaving the editor finishes, too. What happens
then (one undo command) is the board editor's business: this item only reports ``finished(accepted)``.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from .painting import CARD_PADDING, Theme, card_font

EDITOR_Z = 1_000_000.0


class CardEditor(QGraphicsTextItem):
    finished = Signal(bool)

    def __init__(self, text: str, x: float, y: float, w: float, h: float, color: str, theme: Theme,
                 card_id: str | None = None) -> None:
        super().__init__()
        self.card_id = card_id
        self.min_height = h
        self._color = QColor(color or "#ffe066")
        self._theme = theme
        self._done = False
        self.setFont(card_font(theme))
        self.setDefaultTextColor(QColor(theme.text_color))
        self.setPlainText(text)
        self.setTextWidth(w - 2 * CARD_PADDING + 8)
        self.document().setDocumentMargin(CARD_PADDING - 4)
        self.setPos(x + 4, y + 4)
        self.setZValue(EDITOR_Z)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        if text:  # typing replaces the old text; arrow keys keep it
            cursor = self.textCursor()
            cursor.select(cursor.SelectionType.Document)
            self.setTextCursor(cursor)

    def text(self) -> str:
        return self.toPlainText().strip()

    def boundingRect(self) -> QRectF:
        rect = super().boundingRect()
        return QRectF(rect.x() - 4, rect.y() - 4, rect.width() + 8, max(rect.height(), self.min_height - 8) + 8)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(QPen(QColor(self._theme.selection), 4.0))
        painter.setBrush(self._color)
        painter.drawRoundedRect(self.boundingRect().adjusted(2, 2, -2, -2), 6.0, 6.0)
        super().paint(painter, option, widget)

    def finish(self, accepted: bool) -> None:
        if not self._done:
            self._done = True
            self.finished.emit(accepted)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.finish(True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish(False)
            return
        super().keyPressEvent(event)
        self.prepareGeometryChange()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
            self.finish(True)
