"""The protocol PDF read back with poppler (pdftotext, pdffonts) and pypdf."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.reports.protocol import ProtocolCancelled, build_protocol
from app.store.workspace_file import WorkspaceFile

from .conftest import OPEN_NAME, SECRET_NAME

ROOT = Path(__file__).resolve().parents[2]


def pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_protocol_has_headings_umlauts_page_numbers_and_embedded_fonts(session_ws, tmp_path):
    out = tmp_path / "protokoll.pdf"
    with WorkspaceFile.open(session_ws, readonly=True) as ws:
        build_protocol(ws, out)
    text = pdftotext(out)
    for heading in ("Protokoll", "Ablauf", "Teilnahme", "Leinwände", "Abstimmungen", "Kommentare",
                    "Umsetzungsbarrieren", "Beschlüsse", "Nächste Schritte", "Offene Fragen", "Fotos"):
        assert heading in text, heading
    assert "Schlüsselpartner" in text and "Größe" in text and "Ältere Menschen ohne Auto" in text
    assert "3.930,00 €" in text  # amount and block sum in German format
    pages = len(PdfReader(out).pages)
    assert pages >= 3
    assert f"Seite 1 von {pages}" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    font_lines = fonts.splitlines()[2:]
    assert font_lines and all(" yes " in line for line in font_lines), fonts


def test_names_only_with_consent(session_ws, tmp_path):
    out = tmp_path / "protokoll.pdf"
    with WorkspaceFile.open(session_ws, readonly=True) as ws:
        build_protocol(ws, out)
    text = pdftotext(out)
    assert OPEN_NAME in text
    assert SECRET_NAME not in text
    assert "Teilnehmende 1" in text


def test_vote_ranking_and_comment_thread(session_ws, tmp_path):
    out = tmp_path / "protokoll.pdf"
    with WorkspaceFile.open(session_ws, readonly=True) as ws:
        build_protocol(ws, out, sections=["votes", "comments", "barriers"])
    text = pdftotext(out)
    assert "Was ist am wichtigsten?" in text
    lines = [ln for ln in text.splitlines() if "Ältere Menschen ohne Auto" in ln]
    assert any(" 4" in ln for ln in lines)  # 3 + 1 points
    assert "Wer rechnet mit der Kasse ab?" in text and "rechtlich" in text and "Frage" in text
    assert "Anerkennung nach §45a klären" in text
    assert "Leinwände" not in text  # sections not chosen stay out


def test_short_protocol_is_one_page(session_ws, tmp_path):
    out = tmp_path / "kurz.pdf"
    with WorkspaceFile.open(session_ws, readonly=True) as ws:
        build_protocol(ws, out, short=True)
    assert len(PdfReader(out).pages) == 1
    text = pdftotext(out)
    assert "Kurzprotokoll" in text and "Pilot ab Februar" in text


def test_cancelled_build_leaves_no_file(session_ws, tmp_path):
    out = tmp_path / "protokoll.pdf"
    with WorkspaceFile.open(session_ws, readonly=True) as ws, pytest.raises(ProtocolCancelled):
        build_protocol(ws, out, cancelled=lambda: True)
    assert not out.exists()
    assert list(tmp_path.glob("*.tmp")) == []


def test_report_cli_headless(session_ws, tmp_path):
    out = tmp_path / "p.pdf"
    r = subprocess.run([sys.executable, "-m", "app", "report", str(session_ws), "--out", str(out)],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    bad = subprocess.run([sys.executable, "-m", "app", "report", str(session_ws), "--out", str(out),
                          "--session", "gibt-es-nicht"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert bad.returncode != 0
    assert "Traceback" not in bad.stderr and bad.stderr.strip().count("\n") == 0
