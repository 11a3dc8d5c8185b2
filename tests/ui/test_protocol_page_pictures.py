"""The Protokoll page draws the canvas pictures too, in its background thread, with the board's painting code."""

from __future__ import annotations

import subprocess

from pypdf import PdfReader

from app.store.workspace_file import WorkspaceFile
from app.ui.protocol.protocol_page import ProtocolPage
from tests.reports.conftest import SECRET_NAME, session_ws  # noqa: F401 (fixture)


def test_full_protocol_from_the_page_has_the_canvas_picture(qtbot, session_ws, tmp_path):  # noqa: F811
    with WorkspaceFile.open(session_ws, readonly=True) as ws:
        page = ProtocolPage(ws)
        qtbot.addWidget(page)
        target = tmp_path / "voll.pdf"
        task = page.write_to(target)
        with qtbot.waitSignal(task.done, timeout=60_000):
            pass
        qtbot.waitUntil(lambda: page.open_button.isEnabled())
    landscape = [i for i, p in enumerate(PdfReader(target).pages, start=1) if p.mediabox.width > p.mediabox.height]
    assert len(landscape) == 1
    text = subprocess.run(["pdftotext", "-f", str(landscape[0]), "-l", str(landscape[0]), str(target), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Schlüsselpartner" in text and "Zielgruppen" in text
    assert SECRET_NAME not in text
