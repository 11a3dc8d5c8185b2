"""Print a written protocol PDF through the system print dialog (pages rendered with QtPdf)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSizeF
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget


def render_pdf_to_printer(pdf: Path, printer: QPrinter) -> int:
    """Draw every page of ``pdf`` onto ``printer``; returns the number of pages printed."""
    doc = QPdfDocument()
    doc.load(str(pdf))
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() == 0:
        raise ValueError(QCoreApplication.translate("Printing", "Das Protokoll konnte zum Drucken nicht gelesen werden."))
    painter = QPainter()
    if not painter.begin(printer):
        raise ValueError(QCoreApplication.translate("Printing", "Der Drucker konnte nicht angesprochen werden."))
    try:
        dpi = printer.resolution()
        area = printer.pageLayout().paintRectPixels(dpi)
        for i in range(doc.pageCount()):
            if i:
                printer.newPage()
            size_pt: QSizeF = doc.pagePointSize(i)
            scale = min(area.width() / (size_pt.width() / 72 * dpi), area.height() / (size_pt.height() / 72 * dpi))
            w, h = int(size_pt.width() / 72 * dpi * scale), int(size_pt.height() / 72 * dpi * scale)
            image = doc.render(i, QSizeF(w, h).toSize())
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
    return doc.pageCount()


def print_pdf(parent: QWidget, pdf: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return
    try:
        render_pdf_to_printer(pdf, printer)
    except ValueError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Drucken"), str(exc))
