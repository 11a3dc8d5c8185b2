"""The board draws every script a participant types with real glyphs (no .notdef boxes), also offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage, QTextLayout

from app.operations import canvas_ops as ops
from app.reports.canvas_render import render_canvas_to
from app.ui.canvas.painting import NORMAL_THEME, card_font, wrap_text
from app.ui.script_fonts import readable, register_fallback_fonts
from tests.canvas_fixtures import make_workspace

SCRIPTS = ["Türkçe: Çiğdem, ığdır İĞ", "Polski: Łódź, żółć", "Русский: Съешь ещё", "العربية: مرحبا بالعالم",
           "中文：社区护理服务", "日本語：ひらがな カタカナ", "한국어: 지역 돌봄", "Emoji: 😀 👍 ❤ 🚌 🤝"]


def notdef_glyphs(line: str) -> int:
    """Glyphs Qt would draw as an empty box: glyph index 0 in the font each run actually uses."""
    layout = QTextLayout(line, card_font(NORMAL_THEME))
    layout.beginLayout()
    layout.createLine().setLineWidth(100_000)
    layout.endLayout()
    return sum(1 for run in layout.glyphRuns() for g in run.glyphIndexes() if g == 0)


def test_the_shipped_fonts_are_registered(qapp):
    families = register_fallback_fonts()
    assert {"DejaVu Sans", "WenQuanYi Micro Hei", "Symbola"} <= set(families)


@pytest.mark.parametrize("text", SCRIPTS)
def test_card_text_in_every_script_has_real_glyphs(qapp, text):
    register_fallback_fonts()
    lines = wrap_text(text, card_font(NORMAL_THEME), 220)
    assert "".join(lines).replace("-", "").replace(" ", "") == text.replace(" ", "")
    assert all(notdef_glyphs(line) == 0 for line in lines), lines


def test_characters_no_font_has_are_named_not_boxed(qapp):
    text = "Hindi: नमस्ते 🥰"
    shown = readable(text)
    assert "[devanagari letter na]" in shown and "[smiling face with smiling eyes and three hearts]" in shown
    assert all(notdef_glyphs(line) == 0 for line in wrap_text(text, card_font(NORMAL_THEME), 400))


def test_word_line_break_and_controls_show_on_the_card(qapp):
    assert wrap_text("Zeile eins\x0bZeile zwei\x00", card_font(NORMAL_THEME), 400) == ["Zeile eins", "Zeile zwei␀"]


def test_rendered_board_with_every_script(qapp, tmp_path):
    ws, canvas_id = make_workspace(tmp_path)
    for i, text in enumerate([*SCRIPTS, "Hindi: नमस्ते"]):
        ops.add_card(ws, canvas_id, "schluesselpartner", text, 60, 300 + 70 * i)
    board = ops.load_board(ws, canvas_id)
    ws.close()
    image = QImage(str(render_canvas_to(tmp_path / "schriften.png", board)))
    assert (image.width(), image.height()) == (2420, 1420)
    svg = render_canvas_to(tmp_path / "schriften.svg", board).read_text(encoding="utf-8")
    for piece in ("社区护理服务", "지역", "ひらがな", "Łódź", "Съешь", "🚌", "[devanagari"):
        assert piece in svg, piece
