"""Presentation mode: the board alone, full screen, high contrast and large type; on a second screen if there
is one, so the console (toolbar, lists) stays on the laptop."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .board_editor import BoardEditor
from .board_scene import BoardScene
from .canvas_view import PRESENTATION_TEXT_PX, CanvasView

MIN_TEXT_PX = 16
MAX_TEXT_PX = 72


def presentation_screen(console: QWidget | None) -> tuple[QScreen | None, bool]:
    """The screen to present on, and whether it is another one than the console's."""
    screens = QGuiApplication.screens()
    own = console.screen() if console is not None else QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not own]
    if others:
        return others[0], True
    return own, False


class PresentationWindow(QWidget):
    """A second view on the SAME scene: everything done on the console shows here at once."""

    closed = Signal()

    def __init__(self, scene: BoardScene, editor: BoardEditor, text_px: int = PRESENTATION_TEXT_PX) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Präsentation – Esc beendet"))
        self.text_px = text_px
        self.view = CanvasView(scene, editor, self)
        self.view.setFrameShape(CanvasView.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        scene.selectionChanged.connect(self._follow_selection)
        editor.editing_changed.connect(self._follow_editor)
        self._scene, self._editor = scene, editor

    def _follow_selection(self) -> None:
        items = self._scene.selectedItems()
        if items and self.isVisible():
            self.view.follow(items[0].sceneBoundingRect())

    def _follow_editor(self, editing: bool) -> None:
        if editing and self._editor.pending is not None and self.isVisible():
            self.view.follow(self._editor.pending.editor.sceneBoundingRect())

    def show_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.apply()

    def apply(self) -> None:
        self.view.set_presentation(True, self.text_px)

    def set_text_px(self, px: int) -> None:
        self.text_px = max(MIN_TEXT_PX, min(MAX_TEXT_PX, px))
        self.apply()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)  # full screen may arrive late from the window manager: re-centre then
        if self.isVisible():
            self.view.present_block(self.view._focus_block_index())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif ctrl and event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_text_px(self.text_px + 4)
        elif ctrl and event.key() == Qt.Key.Key_Minus:
            self.set_text_px(self.text_px - 4)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.view.set_presentation(False)
        super().closeEvent(event)
        self.closed.emit()
