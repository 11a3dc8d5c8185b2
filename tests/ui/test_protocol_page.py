"""The Protokoll page writes the PDF off the GUI thread, can be cancelled, and enables open/print when done."""

from __future__ import annotations

import subprocess

from PySide6.QtPrintSupport import QPrinter

from app.store.workspace_file import WorkspaceFile
from app.ui.protocol.printing import render_pdf_to_printer
from app.ui.protocol.protocol_page import ProtocolPage
from tests.reports.conftest import SECRET_NAME, session_ws  # noqa: F401 (fixture)


def test_page_lists_sessions_and_writes_the_chosen_sections(qtbot, session_ws, tmp_path):  # noqa: F811
    with WorkspaceFile.open(session_ws, readonly=True) as ws:
        page = ProtocolPage(ws)
        qtbot.addWidget(page)
        assert "Dienstleisterkonferenz Einkaufsbegleitung" in page.session_box.itemText(0)
        assert "19.11.2026" in page.session_box.itemText(0)
        for key, box in page.section_boxes.items():
            box.setChecked(key in ("cover", "votes"))
        target = tmp_path / "auswahl.pdf"
        task = page.write_to(target)
        assert not page.progress.isHidden() and page.cancel_button.isEnabled()
        with qtbot.waitSignal(task.done, timeout=30_000):
            pass
        qtbot.waitUntil(lambda: page.open_button.isEnabled())
        assert target.exists() and page.print_button.isEnabled()
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
        assert "Was ist am wichtigsten?" in text and "Kommentare" not in text
        assert SECRET_NAME not in text


def test_cancel_leaves_no_file(qtbot, session_ws, tmp_path):  # noqa: F811
    with WorkspaceFile.open(session_ws, readonly=True) as ws:
        page = ProtocolPage(ws)
        qtbot.addWidget(page)
        target = tmp_path / "abbruch.pdf"
        task = page.write_to(target)
        task.cancel()
        with qtbot.waitSignal(task.done, timeout=30_000):
            pass
        qtbot.waitUntil(lambda: page.write_button.isEnabled())
        assert not target.exists()
        assert "Abgebrochen" in page.status.text()


def test_printing_renders_every_page_to_the_printer(qtbot, session_ws, tmp_path):  # noqa: F811
    pdf = tmp_path / "p.pdf"
    with WorkspaceFile.open(session_ws, readonly=True) as ws:
        from app.reports.protocol import build_protocol

        build_protocol(ws, pdf)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "gedruckt.pdf"))
    pages = render_pdf_to_printer(pdf, printer)
    assert pages >= 3
    assert (tmp_path / "gedruckt.pdf").stat().st_size > 10_000
