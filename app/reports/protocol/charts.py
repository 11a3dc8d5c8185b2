"""Vote result bar charts drawn with reportlab graphics (vector, fonts embedded), split by stakeholder group."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing, String

from .data import RoundResult
from .script_fonts import single_font
from .styles import FONT, GROUP_COLORS, INK

# Drawings start their graphics state in reportlab's default font (Times-Roman, never embedded); start them in
# our embedded font instead so every glyph in the protocol comes from a shipped font.
STATE_DEFAULTS["fontName"] = FONT


def _short(text: str, n: int = 44) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def round_chart(rnd: RoundResult, width: float, top: int = 10) -> Drawing | None:
    ranked = [r for r in rnd.ranked if r.count > 0][:top]
    if not ranked:
        return None
    groups = sorted(rnd.by_group) or ["alle"]
    bar_h = 16
    per_row = 3  # legend entries side by side; more groups wrap into further rows
    legend_rows = -(-len(groups) // per_row)
    legend_h = 12 * legend_rows
    height = 40 + bar_h * len(ranked) + 14 + legend_h
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = 190
    chart.y = 22 + legend_h
    chart.width = width - chart.x - 10
    chart.height = bar_h * len(ranked)
    order = list(reversed(ranked))  # largest at the top
    chart.data = [[rnd.by_group.get(g, {}).get(r.card_id, 0) for r in order] for g in groups] if rnd.by_group else [
        [r.count for r in order]]
    labels = [single_font(_short(r.title)) for r in order]  # each label in a font that has its characters
    chart.categoryAxis.categoryNames = [text for text, _font in labels]
    chart.categoryAxis.labels.fontName = FONT
    for i, (_text, font) in enumerate(labels):
        if font != FONT:
            chart.categoryAxis.labels[i].fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.style = "stacked"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueStep = max(1, max(r.count for r in ranked) // 6)
    chart.barSpacing = 2
    for i, g in enumerate(groups):
        chart.bars[i].fillColor = GROUP_COLORS.get(g, INK)
        chart.bars[i].strokeColor = None
    d.add(chart)
    legend = Legend()
    legend.fontName = FONT
    legend.fontSize = 8
    legend.x = 0
    legend.y = legend_h + 2
    legend.alignment = "right"
    legend.columnMaximum = legend_rows
    legend.deltax = width / per_row
    legend.deltay = 12
    legend.dy = legend.dx = 7
    legend.autoXPadding = 0
    legend.colorNamePairs = [(GROUP_COLORS.get(g, INK), g) for g in groups]
    d.add(legend)
    d.add(String(0, height - 12, "Punkte je Karte, nach Gruppe", fontName=FONT, fontSize=9, fillColor=INK))
    return d
