"""Lines, order and shapes for renderers without a layout engine of their own."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from app.domain.display_text import has_rtl, is_ignorable, normalise_lines, replacement, visual_line


def test_word_line_breaks_become_lines_and_controls_become_pictures():
    assert normalise_lines("eins\x0bzwei\x0cdrei\u2028vier\r\nfünf") == "eins\nzwei\ndrei\nvier\nfünf"
    assert normalise_lines("a\x00b\x1bc\x7fd\x9be") == "a␀b␛c␡d[U+009B]e"
    assert normalise_lines("Tab\tweg") == "Tab weg"


@given(st.text())
def test_no_control_character_survives_except_line_feed(text):
    out = normalise_lines(text)
    assert all(ch == "\n" or unicodedata.category(ch) != "Cc" for ch in out)


def test_arabic_is_joined_and_reversed_latin_unchanged():
    line = "العربية: مرحبا"
    shown = visual_line(line)
    assert has_rtl(line) and shown != line
    assert all(0xFE70 <= ord(ch) <= 0xFEFF or unicodedata.bidirectional(ch) not in ("AL", "R") for ch in shown)
    # the presentation forms are the same letters: folded back and read right to left, the line returns
    assert unicodedata.normalize("NFKC", shown)[::-1] == line
    assert visual_line("Türkçe Łódź Съешь 中文") == "Türkçe Łódź Съешь 中文"


def test_hebrew_is_put_in_visual_order():
    assert visual_line("שלום") == "םולש"


def test_stand_ins_name_the_character():
    assert replacement("\U0001FAE0") == "[melting face]"
    assert replacement("\u0915") == "[devanagari letter ka]"
    assert replacement("\U000E0001").startswith("[")
    assert is_ignorable("\u200d") and is_ignorable("\ufe0f") and not is_ignorable("a")
