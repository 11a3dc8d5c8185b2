"""Headless render: PNG, SVG and PDF from the same scene; text stays text; face-down cards give nothing away."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.domain.card_amounts import PER_MONTH
from app.operations import canvas_ops as ops
from app.reports.canvas_render import render_canvas_to
from tests.canvas_fixtures import make_workspace

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def filled(tmp_path):
    ws, canvas_id = make_workspace(tmp_path)
    ops.add_card(ws, canvas_id, "schluesselpartner", "Bäckerei Müller liefert", 60, 300)
    ops.add_card(ws, canvas_id, "kostenstruktur", "Miete Begegnungsraum", 60, 1150, amount_cents=45000,
                 amount_period=PER_MONTH)
    ops.add_card(ws, canvas_id, "zielgruppen", "Geheimtipp Zwiebelkuchen", 1950, 300, private=True)
    yield ws, canvas_id
    ws.close()


def test_svg_keeps_block_titles_and_card_text_as_text_and_hides_private_cards(filled, tmp_path, qapp):
    ws, canvas_id = filled
    out = render_canvas_to(tmp_path / "leinwand.svg", ops.load_board(ws, canvas_id))
    svg = out.read_text(encoding="utf-8")
    assert "Schlüsselpartner" in svg
    assert "Bäckerei Müller" in svg
    assert "verdeckte Karte" in svg
    assert "Zwiebelkuchen" not in svg
    assert "5.400,00" in svg  # the yearly sum of the Kostenstruktur block


def test_png_has_the_board_size(filled, tmp_path, qapp):
    ws, canvas_id = filled
    out = render_canvas_to(tmp_path / "leinwand.png", ops.load_board(ws, canvas_id))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (2420, 1420)


def test_unknown_format_is_refused_in_german(filled, tmp_path, qapp):
    ws, canvas_id = filled
    with pytest.raises(ValueError, match="Format"):
        render_canvas_to(tmp_path / "leinwand.gif", ops.load_board(ws, canvas_id))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) fehlt")
def test_render_command_without_display_writes_a_pdf_with_umlauts_as_text(filled, tmp_path):
    ws, _canvas_id = filled
    out = tmp_path / "leinwand.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "app", "render", str(ws.path), "--canvas", "Einkaufsbegleitung",
                           "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Schlüsselpartner" in text and "Bäckerei Müller" in text
    assert "Zwiebelkuchen" not in text


def test_render_command_refuses_an_unknown_canvas(filled, tmp_path):
    ws, _ = filled
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "app", "render", str(ws.path), "--canvas", "Gibt es nicht",
                           "--out", str(tmp_path / "x.png")], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1 and "Gibt es nicht" in done.stderr
