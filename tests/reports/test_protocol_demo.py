"""The protocol of the demo's provider conference, read back as a reader would: text, pages, fonts, the picture."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.operations.demo import create_demo_workspace
from app.reports.canvas_render import render_canvas_pdfs
from app.reports.protocol import build_protocol
from app.reports.protocol.data import participant_labels
from app.store.models import Canvas, Card, Participant
from app.store.workspace_file import WorkspaceFile

from .conftest import SECRET_NAME

ROOT = Path(__file__).resolve().parents[2]
SESSION = "Dienstleisterkonferenz"


def pdftotext(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-layout", *pages, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def landscape_pages(pdf: Path) -> list[int]:
    return [i for i, p in enumerate(PdfReader(pdf).pages, start=1) if p.mediabox.width > p.mediabox.height]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.werkstatt"
    create_demo_workspace(path)
    out = folder / "protokoll.pdf"
    with WorkspaceFile.open(path, readonly=True) as ws:
        build_protocol(ws, out, session=SESSION, render_pictures=render_canvas_pdfs)
    return path, out


def test_demo_protocol_has_headings_umlauts_and_page_numbers(demo):
    _path, pdf = demo
    text = pdftotext(pdf)
    for heading in ("Protokoll", "Dienstleisterkonferenz", "Ablauf", "Teilnahme", "Leinwände", "Abstimmungen",
                    "Kommentare", "Umsetzungsbarrieren", "Beschlüsse", "Nächste Schritte", "Offene Fragen"):
        assert heading in text, heading
    assert "Schlüsselpartner" in text and "Größe" in text
    pages = len(PdfReader(pdf).pages)
    assert 5 <= pages <= 12
    assert f"Seite 1 von {pages}" in text and f"Seite {pages} von {pages}" in text


def test_every_font_is_embedded_also_those_of_the_canvas_picture(demo):
    _path, pdf = demo
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    lines = fonts.splitlines()[2:]
    assert len(lines) >= 3, fonts  # the protocol's fonts and the picture's
    assert all(line.split()[-5] == "yes" for line in lines), fonts


def test_canvas_picture_is_vector_with_its_text_on_a_landscape_page(demo):
    _path, pdf = demo
    pictures = landscape_pages(pdf)
    assert len(pictures) == 1
    page_text = pdftotext(pdf, pictures[0])
    # block titles, a card and a block sum come from the picture drawn by the board's painting code
    for word in ("Schlüsselpartner", "Wertangebot", "Kostenstruktur", "Einkaufsbegleitung", "Summe"):
        assert word in page_text, word
    page = PdfReader(pdf).pages[pictures[0] - 1]
    assert "/Image" not in str(page.get("/Resources", {}).get("/XObject", {})), "the picture must not be a bitmap"


def test_no_name_without_consent_appears_in_the_protocol(demo):
    path, pdf = demo
    text = " ".join(pdftotext(pdf).split())
    with WorkspaceFile.open(path, readonly=True) as ws, ws.session() as s:
        labels = participant_labels(s)
        hidden = [p.display_name for p in s.scalars(select(Participant))
                  if p.display_name and labels[p.id][0] != p.display_name]
    assert len(hidden) >= 5
    for name in hidden:
        assert name not in text, name


def test_face_down_cards_stay_face_down_in_the_picture_and_the_list(session_ws, tmp_path):
    with WorkspaceFile.open(session_ws) as ws:
        with ws.session() as s:
            canvas = s.scalars(select(Canvas)).first()
            s.add(Card(canvas_id=canvas.id, block_key="zielgruppen", text="Geheimtipp Zwiebelkuchen", private=True,
                       x=1950, y=300, w=200, h=120))
        out = tmp_path / "p.pdf"
        build_protocol(ws, out, render_pictures=render_canvas_pdfs)
    text = pdftotext(out)
    assert "Zwiebelkuchen" not in text
    assert "verdeckte Karte" in pdftotext(out, landscape_pages(out)[0])
    assert SECRET_NAME not in text


def test_free_text_naming_someone_without_consent_shows_the_pseudonym(session_ws, tmp_path):
    with WorkspaceFile.open(session_ws) as ws:
        with ws.session() as s:
            canvas = s.scalars(select(Canvas)).first()
            s.add(Card(canvas_id=canvas.id, block_key="kanaele", text=f"{SECRET_NAME} verteilt Flyer",
                       x=900, y=900, w=200, h=120))
        out = tmp_path / "p.pdf"
        build_protocol(ws, out)
    text = " ".join(pdftotext(out).split())
    assert SECRET_NAME not in text
    assert "Teilnehmende 1 verteilt Flyer" in text


def test_report_command_draws_the_picture_without_any_display(demo, tmp_path):
    path, _pdf = demo
    out = tmp_path / "kopf.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "app", "report", str(path), "--out", str(out), "--session", SESSION],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert landscape_pages(out) and "Schlüsselpartner" in pdftotext(out, landscape_pages(out)[0])
