"""Wrap a full page so a small laptop screen scrolls it instead of the window growing past the screen.

Pages are built for a 1920×1080 projector; facilitators' laptops often have 1366 px. Combo boxes stop sizing
themselves to their longest entry (a long session title must not widen the page); what is still wider scrolls.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QFrame, QScrollArea, QWidget

_COMBO_CHARS = 22


def fit_narrow_screens(page: QWidget) -> None:
    limit = page.fontMetrics().horizontalAdvance("M") * _COMBO_CHARS
    for combo in page.findChildren(QComboBox):
        if combo.sizeHint().width() > limit:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(_COMBO_CHARS)


class PageFrame(QScrollArea):
    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.page = page
        fit_narrow_screens(page)
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        fit_narrow_screens(self.page)  # widgets a page built lazily since the last time
        super().showEvent(event)

    def refresh(self) -> None:
        refresh = getattr(self.page, "refresh", None) or getattr(self.page, "reload", None)
        if callable(refresh):
            refresh()
