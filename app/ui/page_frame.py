"""Wrap a full page so a small laptop screen scrolls it instead of the window growing past the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class PageFrame(QScrollArea):
    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.page = page
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def refresh(self) -> None:
        refresh = getattr(self.page, "refresh", None) or getattr(self.page, "reload", None)
        if callable(refresh):
            refresh()
