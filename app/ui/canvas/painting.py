"""Drawing of blocks, cards and clusters with plain QPainter calls.

The SAME functions paint on screen and in the headless render (PNG, SVG, PDF), so what the hall saw is what the
protocol shows. Text is drawn with ``drawText`` line by line, which keeps it text in SVG and PDF. Below a level of
detail of ``LOD_PLAIN`` (a board zoomed far out) cards are plain rectangles: nobody can read them there anyway, and
5,000 text layouts would make zooming sluggish.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPaintEngine,
    QPainter,
    QPen,
    QPolygonF,
    QStaticText,
    QTextLayout,
    QTextOption,
)

from app.domain.card_amounts import PER_MONTH, BlockSum, format_euro
from app.domain.display_text import normalise_lines
from app.ui.script_fonts import readable

LOD_PLAIN = 0.35
CARD_PADDING = 10.0
BADGE_SIZE = 30.0


def tr(text: str) -> str:
    return QCoreApplication.translate("BoardPainting", text)


@dataclass(frozen=True)
class Theme:
    """Colours and type sizes in scene units (1 unit = 1 px at 100 % zoom)."""

    name: str
    background: str = "#f8f9fa"
    block_border: str = "#adb5bd"
    block_border_width: float = 2.0
    block_fill_override: str = ""  # high contrast: one plain fill for every block
    title_color: str = "#212529"
    question_color: str = "#495057"
    card_border: str = "#868e96"
    card_border_width: float = 1.5
    text_color: str = "#111111"
    face_down_fill: str = "#495057"
    face_down_text: str = "#f8f9fa"
    highlight: str = "#e8590c"
    selection: str = "#1c7ed6"
    font_family: str = ""
    card_text_px: int = 18
    title_px: int = 28
    question_px: int = 16
    bold_cards: bool = False


NORMAL_THEME = Theme(name="normal")
CONTRAST_THEME = Theme(
    name="kontrast", background="#ffffff", block_border="#000000", block_border_width=4.0,
    block_fill_override="#ffffff", title_color="#000000", question_color="#000000", card_border="#000000",
    card_border_width=3.0, text_color="#000000", face_down_fill="#000000", face_down_text="#ffffff",
    highlight="#d9480f", selection="#1864ab", card_text_px=22, title_px=32, question_px=17)


@lru_cache(maxsize=256)
def color(name: str) -> QColor:
    """Colours, pens and fonts are cached: painting 5,000 cards must not build 50,000 small Qt objects."""
    return QColor(name)


@lru_cache(maxsize=256)
def pen(name: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    return QPen(QColor(name), width, style)


ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGN_CENTRE_WRAP = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)


@lru_cache(maxsize=64)
def font(theme: Theme, px: int, *, bold: bool = False) -> QFont:
    f = QFont(theme.font_family) if theme.font_family else QFont()
    f.setPixelSize(max(1, px))
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # the same breaks at every zoom
    return f


@lru_cache(maxsize=64)
def metrics(f: QFont) -> QFontMetricsF:
    return QFontMetricsF(f)


def card_font(theme: Theme) -> QFont:
    return font(theme, theme.card_text_px, bold=theme.bold_cards)


def wrap_text(text: str, fnt: QFont, width: float) -> list[str]:
    """Lines of ``text`` in ``width``: at word boundaries; a word too long for the card breaks with a hyphen.

    Nothing is ever cut off: the card grows to hold every line.
    """
    text = readable(normalise_lines(text))  # Word's line breaks, controls shown; no font: the character's name
    lines: list[str] = []
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    room = max(width - QFontMetricsF(fnt).horizontalAdvance("-"), 1.0)
    for paragraph in text.split("\n"):
        if not paragraph:
            lines.append("")
            continue
        layout = QTextLayout(paragraph, fnt)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(room)
            end = line.textStart() + line.textLength()
            raw = paragraph[line.textStart(): end]
            piece = raw.rstrip()
            if raw and end < len(paragraph) and raw[-1].isalnum() and paragraph[end].isalnum():
                piece += "-"  # broke inside a word (a break at a space keeps the space in ``raw``)
            lines.append(piece)
        layout.endLayout()
    return lines


def amount_text(cents: int | None, period: str) -> str:
    if cents is None or not period:
        return ""
    return format_euro(cents) + (tr(" / Monat") if period == PER_MONTH else tr(" / Jahr"))


def amount_font(theme: Theme) -> QFont:
    return font(theme, round(theme.card_text_px * 0.85), bold=True)


def card_content_height(lines: Sequence[str], theme: Theme, amount_lines: Sequence[str] = ()) -> float:
    """Height a card needs to show all its lines (and the amount) without cutting anything off."""
    spacing = metrics(card_font(theme)).lineSpacing()
    amount_h = len(amount_lines) * metrics(amount_font(theme)).lineSpacing()
    return max(len(lines), 1) * spacing + amount_h + 2 * CARD_PADDING


@dataclass(frozen=True)
class CardLook:
    """Everything paint_card needs besides geometry; built by the item, so painting stays pure."""

    lines: tuple[str, ...]
    color: str
    private: bool
    amount_lines: tuple[str, ...] = ()
    actor_count: int = 0
    selected: bool = False
    highlighted: bool = False
    dimmed: bool = False
    dots: int = 0  # points of the shown vote round (0 while its results are hidden)
    comments: int = 0
    conflict: bool = False  # a merge conflict waits for review


def static_text(lines: Sequence[str]) -> QStaticText:
    """All lines of a card as one prepared text: painting it on screen is far cheaper than line by line."""
    st = QStaticText("\u2028".join(lines))
    st.setTextFormat(Qt.TextFormat.PlainText)
    st.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
    return st


def paints_pixels(p: QPainter) -> bool:
    """True on screen and into images; False into SVG and PDF, where text must be written as text."""
    engine = p.paintEngine()
    return engine is not None and engine.type() in (QPaintEngine.Type.Raster, QPaintEngine.Type.OpenGL2)


def plain_fill(card_color: str, private: bool, dimmed: bool, theme: Theme) -> QColor:
    """The card's fill: its colour, face-down grey when private, faint when a filter dims it."""
    fill = color(theme.face_down_fill if private else card_color or "#ffe066")
    if dimmed:
        fill = QColor(fill)
        fill.setAlphaF(0.25)
    return fill


def paint_card(p: QPainter, rect: QRectF, look: CardLook, theme: Theme, lod: float,
               prepared: QStaticText | None = None, *, text_covered: bool = False) -> None:
    """``prepared`` (the card's lines as static text) is used only when painting pixels. ``text_covered``: another
    card lies over the text area, so the text and amount are not drawn (see occlusion)."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # axis-aligned rectangles are crisp without
    fill = plain_fill(look.color, look.private, look.dimmed, theme)
    if lod < LOD_PLAIN:
        p.fillRect(rect, fill)
        if look.selected or look.highlighted:
            p.setPen(pen(theme.selection if look.selected else theme.highlight, 6.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect)
        return
    if look.selected:
        border = pen(theme.selection, max(4.0, theme.card_border_width * 2), Qt.PenStyle.DashLine)
    elif look.highlighted:
        border = pen(theme.highlight, max(5.0, theme.card_border_width * 2))
    else:
        border = pen(theme.card_border, theme.card_border_width)
    # one plain rectangle, fill and outline in one call: a rounded, antialiased outline costs more than
    # all the text of a card
    p.setPen(border)
    p.setBrush(fill)
    p.drawRect(rect)
    fnt = card_font(theme)
    p.setFont(fnt)
    inner = rect.adjusted(CARD_PADDING, CARD_PADDING, -CARD_PADDING, -CARD_PADDING)
    text_color = color(theme.face_down_text if look.private else theme.text_color)
    if look.dimmed:
        text_color = QColor(text_color)
        text_color.setAlphaF(0.35)
    p.setPen(text_color)
    if look.private:
        # as large as the card text, but never wider than the card: the label itself must not be cut off
        px = min(theme.card_text_px, int(inner.width() / 6.2))
        p.setFont(font(theme, px, bold=True))
        p.drawText(inner, ALIGN_CENTRE_WRAP, tr("verdeckte Karte"))
        return
    if text_covered:
        pass
    elif prepared is not None and look.lines and paints_pixels(p):
        p.drawStaticText(inner.topLeft(), prepared)
    else:
        m = metrics(fnt)
        x, y = inner.left(), inner.top() + m.ascent()
        for line in look.lines:
            p.drawText(QPointF(x, y), line)
            y += m.lineSpacing()
    if look.amount_lines and not text_covered:
        a_font = amount_font(theme)
        a_m = metrics(a_font)
        p.setFont(a_font)
        y = inner.bottom() - len(look.amount_lines) * a_m.lineSpacing()
        for line in look.amount_lines:
            p.drawText(QRectF(inner.left(), y, inner.width(), a_m.lineSpacing()), ALIGN_RIGHT, line)
            y += a_m.lineSpacing()
    if look.actor_count:
        paint_badge(p, QPointF(rect.right() - BADGE_SIZE * 0.6, rect.top() + BADGE_SIZE * 0.1), look.actor_count,
                    theme)
    if look.dots:
        paint_dots(p, rect, look.dots, theme)
    if look.comments:
        paint_comment_badge(p, rect, look.comments, theme, beside_actor_badge=bool(look.actor_count))
    if look.conflict:
        paint_conflict_badge(p, rect, theme)


def paint_conflict_badge(p: QPainter, rect: QRectF, theme: Theme) -> None:
    """"⚠ Konflikt" on the card's bottom edge: dark text on amber, so it reads without colour too."""
    f = font(theme, 15, bold=True)
    label = tr("⚠ Konflikt")
    pill = QRectF(rect.left() + 6, rect.bottom() - 20, metrics(f).horizontalAdvance(label) + 16, PILL_H - 6)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(QPen(QColor("#ffffff"), 2.0))
    p.setBrush(QColor("#ffd43b"))
    p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
    p.setPen(QColor("#212529"))
    p.setFont(f)
    p.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), label)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def paint_badge(p: QPainter, top_left: QPointF, count: int, theme: Theme) -> None:
    """Small dark circle with the number of linked actors, half over the card's top-right corner."""
    rect = QRectF(top_left.x() - BADGE_SIZE / 2, top_left.y() - BADGE_SIZE / 2, BADGE_SIZE, BADGE_SIZE)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(QPen(QColor("#ffffff"), 2.0))
    p.setBrush(QColor("#1864ab"))
    p.drawEllipse(rect)
    p.setFont(font(theme, 16, bold=True))
    p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(count))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)


MAX_DOT_SYMBOLS = 5
PILL_H = 28.0


def paint_dots(p: QPainter, rect: QRectF, count: int, theme: Theme) -> None:
    """Vote result on the card's top edge (for renders; on screen a badge of fixed screen size shows it)."""
    f = font(theme, 20, bold=True)
    width = 10 + min(count, MAX_DOT_SYMBOLS) * PILL_H * 0.55 + metrics(f).horizontalAdvance(str(count)) + 10
    paint_dots_pill(p, QRectF(rect.left() + 6, rect.top() - 18, width, PILL_H), count, f)


def paint_dots_pill(p: QPainter, pill: QRectF, count: int, f: QFont) -> None:
    """Up to five dot symbols and the number, white on dark red: the number carries the result, colour only
    repeats it."""
    h = pill.height()
    step, d = h * 0.55, h * 0.42
    symbols = min(count, MAX_DOT_SYMBOLS)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(QPen(QColor("#ffffff"), 2.0))
    p.setBrush(QColor("#a61e4d"))
    p.drawRoundedRect(pill, h / 2, h / 2)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#ffffff"))
    for i in range(symbols):
        p.drawEllipse(QRectF(pill.left() + h * 0.35 + i * step, pill.center().y() - d / 2, d, d))
    p.setPen(QColor("#ffffff"))
    p.setFont(f)
    p.drawText(QRectF(pill.left() + h * 0.35 + symbols * step, pill.top(), pill.width(), h), ALIGN_LEFT,
               str(count))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def paint_comment_badge(p: QPainter, rect: QRectF, count: int, theme: Theme, *,
                        beside_actor_badge: bool = False) -> None:
    """A speech bubble with the number of comments on the card's top edge, left of the actor badge."""
    f = font(theme, 18, bold=True)
    width = max(PILL_H + 6, metrics(f).horizontalAdvance(str(count)) + 20)
    right = rect.right() - (BADGE_SIZE * 1.3 if beside_actor_badge else 6)
    bubble = QRectF(right - width, rect.top() - 20, width, PILL_H - 4)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(QPen(QColor(theme.title_color), 2.0))
    p.setBrush(QColor("#ffffff"))
    tail = QPolygonF([QPointF(bubble.left() + 8, bubble.bottom() - 1), QPointF(bubble.left() + 18, bubble.bottom() - 1),
                      QPointF(bubble.left() + 6, bubble.bottom() + 8)])
    p.drawPolygon(tail)
    p.drawRoundedRect(bubble, 8.0, 8.0)
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRect(QRectF(bubble.left() + 9, bubble.bottom() - 3, 8, 3))  # joins tail and bubble without a seam
    p.setPen(QColor(theme.title_color))
    p.setFont(f)
    p.drawText(bubble, int(Qt.AlignmentFlag.AlignCenter), str(count))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def sum_text(total: BlockSum | None) -> str:
    if total is None or total.count == 0:
        return ""
    monthly = ("≈ " if total.monthly_rounded else "") + format_euro(total.monthly_cents)
    return tr("Summe: {0} / Monat · {1} / Jahr").format(monthly, format_euro(total.yearly_cents))


def paint_block(p: QPainter, rect: QRectF, title: str, question: str, color: str, total: BlockSum | None,
                theme: Theme, lod: float) -> None:
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.setPen(QPen(QColor(theme.block_border), theme.block_border_width))
    p.setBrush(QColor(theme.block_fill_override or color or "#ffffff"))
    p.drawRect(rect)
    if lod < LOD_PLAIN / 2:
        return
    inner = rect.adjusted(14, 10, -14, -10)
    p.setPen(QColor(theme.title_color))
    title_font = font(theme, theme.title_px, bold=True)
    p.setFont(title_font)
    title_h = QFontMetricsF(title_font).lineSpacing()
    y = inner.top()
    for line in wrap_text(title, title_font, inner.width()):  # a long title wraps; it is never cut off
        p.drawText(QRectF(inner.left(), y, inner.width(), title_h),
                   int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
        y += title_h
    q_font = font(theme, theme.question_px)
    q_metrics = QFontMetricsF(q_font)
    p.setFont(q_font)
    p.setPen(QColor(theme.question_color))
    for line in wrap_text(question, q_font, inner.width()):
        p.drawText(QRectF(inner.left(), y, inner.width(), q_metrics.lineSpacing()),
                   int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
        y += q_metrics.lineSpacing()
    text = sum_text(total)
    if text:
        s_font = font(theme, theme.question_px + 2, bold=True)
        p.setFont(s_font)
        p.setPen(QColor(theme.title_color))
        h = QFontMetricsF(s_font).lineSpacing()
        p.drawText(QRectF(inner.left(), inner.bottom() - h, inner.width(), h),
                   int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)


def block_header_height(title: str, question: str, width: float, theme: Theme) -> float:
    """How far down a block's title and question reach, so new cards land below them."""
    t_font = font(theme, theme.title_px, bold=True)
    title_h = len(wrap_text(title, t_font, width - 28)) * QFontMetricsF(t_font).lineSpacing()
    q_font = font(theme, theme.question_px)
    lines = wrap_text(question, q_font, width - 28)
    return 10 + title_h + len(lines) * QFontMetricsF(q_font).lineSpacing() + 10


def paint_cluster(p: QPainter, rect: QRectF, title: str, theme: Theme, lod: float) -> None:
    """A rounded frame around grouped cards with the heading on top of it."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(QPen(QColor(theme.title_color), 2.5, Qt.PenStyle.DashLine))
    p.setBrush(QColor(255, 255, 255, 90))
    p.drawRoundedRect(rect, 12.0, 12.0)
    if lod < LOD_PLAIN:
        return
    f = font(theme, theme.card_text_px + 2, bold=True)
    p.setFont(f)
    p.setPen(QColor(theme.title_color))
    h = QFontMetricsF(f).lineSpacing()
    p.drawText(QRectF(rect.left() + 12, rect.top() + 4, rect.width() - 24, h),
               int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
               QFontMetricsF(f).elidedText(readable(title), Qt.TextElideMode.ElideRight, rect.width() - 24))


def cluster_heading_height(theme: Theme) -> float:
    return QFontMetricsF(font(theme, theme.card_text_px + 2, bold=True)).lineSpacing() + 12


def scaled_theme(theme: Theme, factor: float) -> Theme:
    """``theme`` with its text sizes grown by ``factor`` (the user's font scale); cards grow to hold the text."""
    if abs(factor - 1.0) < 0.01:
        return theme
    return replace(theme, card_text_px=round(theme.card_text_px * factor), title_px=round(theme.title_px * factor),
                   question_px=round(theme.question_px * factor))


def board_theme() -> Theme:
    """The board's look at the console: high contrast if the user chose it, text at the user's font scale."""
    from app.ui import theme as ui_theme

    base = CONTRAST_THEME if ui_theme.high_contrast() else NORMAL_THEME
    return scaled_theme(base, ui_theme.font_scale())
