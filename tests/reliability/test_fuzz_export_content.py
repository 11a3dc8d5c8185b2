"""Whatever a participant types (any script, emoji, control characters from Word): exports and printouts never
crash, and the PDF draws every character from a font that has it or names it."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from app.operations import canvas_ops
from app.operations.export_ops import export_workspace
from app.reports.protocol.script_fonts import markup, runs, single_font
from app.reports.protocol.styles import FONT, styles
from app.store.workspace_file import WorkspaceFile

from . import profile
from .crash_loop import make_crash_workspace

FUZZ = settings(max_examples=max(20, profile.FUZZ_EXAMPLES // 3), deadline=None, derandomize=not profile.EXTENDED,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
_counter = itertools.count()
TYPED = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60) | st.sampled_from([
    "Zeile\x0bZeile", "\x00\x1b\x07", "=HYPERLINK(\"x\")", "\uff1d1+1", "\u200b=1", "مرحبا بالعالم", "社区 돌봄 ひらがな",
    "😀👍🏽❤️🧑‍🤝‍🧑🫠", "नमस्ते", "\u202eevil", "a\u0301\u0301\u0301"])


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> tuple[WorkspaceFile, str, Path]:
    folder = tmp_path_factory.mktemp("inhalt")
    path, canvas, _round = make_crash_workspace(folder)
    ws = WorkspaceFile.open(path)
    yield ws, canvas, folder
    ws.close()


@pytest.mark.timeout(profile.TIMEOUT_S)
@FUZZ
@given(text=TYPED)
def test_any_typed_text_exports_and_prints(workspace, text):
    ws, canvas, folder = workspace
    block = canvas_ops.load_board(ws, canvas).blocks[0].key
    canvas_ops.add_card(ws, canvas, block, text, 10.0, 10.0)
    n = next(_counter)
    xlsx = export_workspace(ws, folder / f"e{n}.xlsx", "xlsx").path
    openpyxl.load_workbook(xlsx, read_only=True).close()
    export_workspace(ws, folder / f"e{n}", "csv")
    doc = json.loads(export_workspace(ws, folder / f"e{n}.json", "json").path.read_text(encoding="utf-8"))
    assert any(c["text"] == text for c in doc["cards"])
    Paragraph(markup(text), styles()["body"]).wrap(300, 800)
    for font, chunk in runs(text.replace("\n", " ")):
        face = pdfmetrics.getFont(font or FONT).face
        assert all(ord(ch) in face.charToGlyph for ch in chunk)
    shown, font = single_font(text)
    assert all(ord(ch) in pdfmetrics.getFont(font).face.charToGlyph for ch in shown)
