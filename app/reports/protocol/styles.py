"""Fonts, paragraph styles and the page frame (running header, page numbers) of the protocol."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources_path import resource_path

FONT = "WerkstattSans"
FONT_BOLD = "WerkstattSans-Bold"
FONT_ITALIC = "WerkstattSans-Oblique"
PAGE = A4
PAGE_LANDSCAPE = landscape(A4)  # for the canvas pictures
MARGIN = 18 * mm
INK = colors.HexColor("#1e1e1e")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1f4e79")
GROUP_COLORS = {
    "Bürger*innen": colors.HexColor("#2e7d32"),
    "Dienstleister": colors.HexColor("#1565c0"),
    "kommunale Akteure": colors.HexColor("#ef6c00"),
    "Vereine/Netzwerke": colors.HexColor("#6a1b9a"),
    "Wissenschaft/Moderation": colors.HexColor("#546e7a"),
    "anonym": colors.HexColor("#9e9e9e"),
}


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Embed the shipped DejaVu fonts (umlauts, ß, €, ≤ …); reportlab's base fonts cannot show all of them."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_ITALIC, str(resource_path("fonts", "DejaVuSans-Oblique.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)


@lru_cache(maxsize=4)
def styles(scale: float = 1.0) -> dict[str, ParagraphStyle]:
    register_fonts()
    base = 10.5 * scale
    body = ParagraphStyle("body", fontName=FONT, fontSize=base, leading=base * 1.35, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=3, bulletFontName=FONT)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=base * 0.85, leading=base * 1.15, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=base * 0.92, leading=base * 1.2, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=body, fontName=FONT_BOLD, fontSize=base * 0.92,
                                leading=base * 1.2, spaceAfter=0),
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=base * 2.3,
                                leading=base * 2.8, textColor=ACCENT, spaceAfter=8),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=base * 1.4, leading=base * 1.8,
                                   spaceAfter=6),
        "h1": ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=base * 1.6, leading=base * 2.0,
                             textColor=ACCENT, spaceBefore=10, spaceAfter=6, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=base * 1.2, leading=base * 1.55,
                             spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2),
    }


def fitted(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis until it fits ``width`` points: a running header never runs off."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + " …", font, size) > width:
        text = text[:-1]
    return text.rstrip(" ·,:") + " …"


def page_frame(header: str):  # type: ignore[no-untyped-def]
    """onPage callback: running header with the event, page x of y is done by NumberedCanvas."""

    def draw(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        register_fonts()
        canvas.saveState()
        w, h = canvas._pagesize  # portrait, or landscape on the pages of a canvas picture
        from .script_fonts import single_font  # (it imports this module)

        text, font = single_font(header)
        canvas.setFont(font, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, h - 11 * mm, fitted(text, font, 8.5, w - 2 * MARGIN))
        canvas.setStrokeColor(colors.HexColor("#bbbbbb"))
        canvas.line(MARGIN, h - 12.5 * mm, w - MARGIN, h - 12.5 * mm)
        canvas.restoreState()

    return draw
