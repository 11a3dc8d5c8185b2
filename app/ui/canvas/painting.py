"""Drawing of blocks, cards and clusters with plain QPainter calls.

The SAME functions paint on screen and in the headless render (PNG, SVG, PDF), so what the hall saw is what the
protocol shows. Text is drawn with ``drawText`` line by line, which keeps it text in SVG and PDF. Below a level of
detail of ``LOD_PLAIN`` (a board zoomed far out) cards are plain rectangles: nobody can read them there anyway, and
5,000 text layouts would make zooming sluggish.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption

from app.domain.card_amounts import PER_MONTH, BlockSum, format_euro

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

    def scaled(self, card_text_px: int) -> Theme:
        """Same look with another card text size; titles grow along so they stay above the cards."""
        factor = card_text_px / self.card_text_px
        return replace(self, card_text_px=card_text_px, title_px=max(self.title_px, round(28 * factor)),
                       question_px=max(self.question_px, round(16 * factor)))


NORMAL_THEME = Theme(name="normal")
CONTRAST_THEME = Theme(
    name="kontrast", background="#ffffff", block_border="#000000", block_border_width=4.0,
    block_fill_override="#ffffff", title_color="#000000", question_color="#000000", card_border="#000000",
    card_border_width=3.0, text_color="#000000", face_down_fill="#000000", face_down_text="#ffffff",
    highlight="#d9480f", selection="#1864ab", card_text_px=24, title_px=40, question_px=22, bold_cards=True)


def font(theme: Theme, px: int, *, bold: bool = False) -> QFont:
    f = QFont(theme.font_family) if theme.font_family else QFont()
    f.setPixelSize(max(1, px))
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # the same breaks at every zoom
    return f


def card_font(theme: Theme) -> QFont:
    return font(theme, theme.card_text_px, bold=theme.bold_cards)


def wrap_text(text: str, fnt: QFont, width: float) -> list[str]:
    """Lines of ``text`` in ``width``: at word boundaries, long compound words break anywhere (nothing cut off)."""
    lines: list[str] = []
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
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
            line.setLineWidth(max(width, 1.0))
            lines.append(paragraph[line.textStart(): line.textStart() + line.textLength()].rstrip())
        layout.endLayout()
    return lines


def amount_text(cents: int | None, period: str) -> str:
    if cents is None or not period:
        return ""
    return format_euro(cents) + (tr(" / Monat") if period == PER_MONTH else tr(" / Jahr"))


def card_content_height(lines: Sequence[str], theme: Theme, *, has_amount: bool) -> float:
    """Height a card needs to show all its lines (and the amount line) without cutting anything off."""
    spacing = QFontMetricsF(card_font(theme)).lineSpacing()
    rows = max(len(lines), 1) + (1 if has_amount else 0)
    return rows * spacing + 2 * CARD_PADDING


@dataclass(frozen=True)
class CardLook:
    """Everything paint_card needs besides geometry; built by the item, so painting stays pure."""

    lines: tuple[str, ...]
    color: str
    private: bool
    amount: str = ""
    actor_count: int = 0
    selected: bool = False
    highlighted: bool = False
    dimmed: bool = False


def paint_card(p: QPainter, rect: QRectF, look: CardLook, theme: Theme, lod: float) -> None:
    fill = QColor(theme.face_down_fill if look.private else look.color or "#ffe066")
    if look.dimmed:
        fill.setAlphaF(0.25)
    if lod < LOD_PLAIN:
        p.fillRect(rect, fill)
        if look.selected or look.highlighted:
            p.setPen(QPen(QColor(theme.selection if look.selected else theme.highlight), 6.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect)
        return
    border = QPen(QColor(theme.card_border), theme.card_border_width)
    if look.highlighted:
        border = QPen(QColor(theme.highlight), max(5.0, theme.card_border_width * 2))
    if look.selected:
        border = QPen(QColor(theme.selection), max(4.0, theme.card_border_width * 2), Qt.PenStyle.DashLine)
    p.setPen(border)
    p.setBrush(QBrush(fill))
    p.drawRoundedRect(rect, 6.0, 6.0)
    fnt = card_font(theme)
    metrics = QFontMetricsF(fnt)
    p.setFont(fnt)
    inner = rect.adjusted(CARD_PADDING, CARD_PADDING, -CARD_PADDING, -CARD_PADDING)
    text_color = QColor(theme.face_down_text if look.private else theme.text_color)
    if look.dimmed:
        text_color.setAlphaF(0.35)
    p.setPen(text_color)
    if look.private:
        p.drawText(inner, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), tr("verdeckte Karte"))
        return
    y = inner.top()
    for line in look.lines:
        p.drawText(QRectF(inner.left(), y, inner.width(), metrics.lineSpacing()),
                   int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
        y += metrics.lineSpacing()
    if look.amount:
        p.drawText(QRectF(inner.left(), inner.bottom() - metrics.lineSpacing(), inner.width(), metrics.lineSpacing()),
                   int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), look.amount)
    if look.actor_count:
        paint_badge(p, QPointF(rect.right() - BADGE_SIZE * 0.6, rect.top() + BADGE_SIZE * 0.1), look.actor_count,
                    theme)


def paint_badge(p: QPainter, top_left: QPointF, count: int, theme: Theme) -> None:
    """Small dark circle with the number of linked actors, half over the card's top-right corner."""
    rect = QRectF(top_left.x() - BADGE_SIZE / 2, top_left.y() - BADGE_SIZE / 2, BADGE_SIZE, BADGE_SIZE)
    p.setPen(QPen(QColor("#ffffff"), 2.0))
    p.setBrush(QColor("#1864ab"))
    p.drawEllipse(rect)
    p.setFont(font(theme, 16, bold=True))
    p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(count))


def sum_text(total: BlockSum | None) -> str:
    if total is None or total.count == 0:
        return ""
    monthly = ("≈ " if total.monthly_rounded else "") + format_euro(total.monthly_cents)
    return tr("Summe: {0} / Monat · {1} / Jahr").format(monthly, format_euro(total.yearly_cents))


def paint_block(p: QPainter, rect: QRectF, title: str, question: str, color: str, total: BlockSum | None,
                theme: Theme, lod: float) -> None:
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
    p.drawText(QRectF(inner.left(), inner.top(), inner.width(), title_h),
               int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
    y = inner.top() + title_h
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


def block_header_height(question: str, width: float, theme: Theme) -> float:
    """How far down a block's title and question reach, so new cards land below them."""
    title_h = QFontMetricsF(font(theme, theme.title_px, bold=True)).lineSpacing()
    q_font = font(theme, theme.question_px)
    lines = wrap_text(question, q_font, width - 28)
    return 10 + title_h + len(lines) * QFontMetricsF(q_font).lineSpacing() + 10


def paint_cluster(p: QPainter, rect: QRectF, title: str, theme: Theme, lod: float) -> None:
    """A rounded frame around grouped cards with the heading on top of it."""
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
               QFontMetricsF(f).elidedText(title, Qt.TextElideMode.ElideRight, rect.width() - 24))


def cluster_heading_height(theme: Theme) -> float:
    return QFontMetricsF(font(theme, theme.card_text_px + 2, bold=True)).lineSpacing() + 12
