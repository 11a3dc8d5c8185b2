"""A reportlab canvas that writes "Seite x von y" on every page once the total is known."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas

from .styles import FONT, MARGIN, MUTED, register_fonts


class NumberedCanvas(rl_canvas.Canvas):
    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        register_fonts()
        kwargs.setdefault("initialFontName", FONT)
        kwargs.setdefault("initialFontSize", 10)
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab API)
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        w, _h = self._pagesize  # each saved page keeps its own size (portrait or landscape)
        self.saveState()
        self.setFont(FONT, 8.5)
        self.setFillColor(MUTED)
        self.drawRightString(w - MARGIN, 10 * mm, f"Seite {self._pageNumber} von {total}")
        self.restoreState()
