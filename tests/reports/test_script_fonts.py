"""Every script a participant types is legible in the protocol PDF: real glyphs from embedded fonts, or a name."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph
from sqlalchemy import select

from app.reports.protocol import build_protocol
from app.reports.protocol.script_fonts import FALLBACKS, font_of, markup, runs, single_font
from app.reports.protocol.styles import FONT, styles
from app.store.models import Canvas, Card, Comment, EventSession
from app.store.workspace_file import WorkspaceFile

SCRIPTS = {
    "Turkish": "Türkçe: Çiğdem, şişe, ığdır, İstanbul",
    "Polish": "Polski: Łódź, żółć, Gęślą jaźń",
    "Cyrillic": "Русский: Съешь же ещё этих мягких булок",
    "Chinese": "中文：社区护理服务",
    "Japanese": "日本語：ひらがな カタカナ 漢字",
    "Korean": "한국어: 지역 돌봄",
    "Emoji": "Emoji: 😀 👍 ❤ 🚌",
}
ARABIC = "مرحبا بالعالم"
UNKNOWN = "नमस्ते"  # Devanagari: no shipped font has it


def pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def pdffonts(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


@pytest.fixture
def multilingual(session_ws):
    with WorkspaceFile.open(session_ws) as ws, ws.session() as s:
        canvas = s.scalars(select(Canvas)).first()
        for i, text in enumerate([*SCRIPTS.values(), ARABIC, UNKNOWN, "Word\x0bUmbruch\x00mit\x1bSteuerzeichen"]):
            s.add(Card(canvas_id=canvas.id, block_key="wertangebot", text=text, x=40, y=400 + 40 * i, w=220, h=60))
        card = s.scalars(select(Card)).first()
        s.add(Comment(target_type="card", target_id=card.id, canvas_id=canvas.id, text="Yorum: çok güzel 👍 好"))
        s.scalars(select(EventSession)).first().title = "Bürgerworkshop 社区 مرحبا"
    return session_ws


def test_every_script_is_in_the_pdf_text_with_embedded_fonts(multilingual, tmp_path):
    out = tmp_path / "protokoll.pdf"
    with WorkspaceFile.open(multilingual, readonly=True) as ws:
        build_protocol(ws, out)
    text = pdftotext(out)
    for script, typed in SCRIPTS.items():
        assert typed in text, script
    folded = unicodedata.normalize("NFKC", text)
    assert ARABIC in folded  # shaped presentation forms, read back in logical order
    assert "[devanagari letter na]" in text  # no shipped font: its readable name, not a box
    assert "Word Umbruch␀mit␛Steuerzeichen" in text
    assert "Yorum: çok güzel 👍 好" in text
    fonts = pdffonts(out)
    names = " ".join(row[0] for row in fonts)
    assert "WenQuanYiMicroHei" in names and "Symbola" in names and "DejaVuSans" in names
    assert all("yes" in row[-5:-2] for row in fonts if row[0].endswith(("WenQuanYiMicroHei", "Symbola")))


def test_a_german_protocol_loads_no_fallback_font(session_ws, tmp_path):
    out = tmp_path / "deutsch.pdf"
    with WorkspaceFile.open(session_ws, readonly=True) as ws:
        build_protocol(ws, out)
    names = " ".join(row[0] for row in pdffonts(out))
    assert "WenQuanYi" not in names and "Symbola" not in names


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_every_character_is_drawn_by_a_font_that_has_it_or_named(text):
    """Property: whatever is typed, each run's characters exist in that run's font (no .notdef box anywhere),
    and the markup builds a paragraph."""
    for line in markup(text, "\n").split("\n"):
        assert "\x00" not in line
    for font, chunk in runs(text.replace("\n", " ")):
        face = pdfmetrics.getFont(font or FONT).face
        assert all(ord(ch) in face.charToGlyph for ch in chunk), (font, chunk)
    Paragraph(markup(text), styles()["body"]).wrap(400, 800)


@settings(deadline=None)  # the first call registers a fallback font (a few hundred milliseconds)
@given(st.text(max_size=30))
def test_single_font_labels_hold_only_characters_of_their_font(text):
    shown, font = single_font(text)
    face = pdfmetrics.getFont(font).face
    assert all(ord(ch) in face.charToGlyph for ch in shown if ch != "\n")


def test_fallbacks_are_asked_in_order():
    assert font_of("a") == "" and font_of("Ж") == ""
    assert font_of("中") == FALLBACKS[0][0] and font_of("한") == FALLBACKS[0][0]
    assert font_of("🚌") == FALLBACKS[1][0] and font_of("🤝") == FALLBACKS[1][0]
    assert font_of("🥰") is None  # newer than the shipped emoji font: shown by its name
    assert font_of("\u0915") is None
