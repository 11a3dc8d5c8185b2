""""Als Bild speichern …" from the canvas view: PNG, SVG or PDF, drawn by the same code as `werkstatt render`.

The picture is written under a temporary name next to the target and renamed at the end, so an existing picture
is never replaced by half a file. Face-down cards stay face down in every format.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from app.operations.canvas_ops import load_board
from app.reports.canvas_render import FORMATS, render_canvas_to
from app.store.disk_errors import user_message

#: file dialog filter -> suffix
FILTERS = {
    "PNG-Bild (*.png)": ".png",
    "SVG-Vektorgrafik (*.svg)": ".svg",
    "PDF-Dokument (*.pdf)": ".pdf",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("PictureExport", text)


def write_canvas_picture(ws, canvas_id: str, target: str | os.PathLike[str], *,  # type: ignore[no-untyped-def]
                         contrast: bool = False) -> Path:
    """Render the canvas to ``target`` (suffix decides the format) atomically; returns the path written."""
    target = Path(target)
    if target.suffix.lower() not in FORMATS:
        raise ValueError(tr("Unbekanntes Format „%1“: erlaubt sind .png, .svg und .pdf.").replace("%1",
                                                                                                target.suffix))
    return render_canvas_to(target, load_board(ws, canvas_id), contrast=contrast)  # written atomically


def _suggested_name(ws, canvas_id: str) -> str:  # type: ignore[no-untyped-def]
    board = load_board(ws, canvas_id)
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in board.title).strip() or "Leinwand"
    return f"{safe} (Version {board.version}).png"


def export_canvas_picture(parent: QWidget | None, ws, canvas_id: str, *,  # type: ignore[no-untyped-def]
                          contrast: bool = False) -> Path | None:
    """Ask where to save, then write the picture; returns the path, or None if the user cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation) or "."
    start = str(Path(folder) / _suggested_name(ws, canvas_id))
    filters = [tr(f) for f in FILTERS]
    path, chosen = QFileDialog.getSaveFileName(parent, tr("Leinwand als Bild speichern"), start, ";;".join(filters))
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in FORMATS:
        suffix = dict(zip(filters, FILTERS.values(), strict=True)).get(chosen, ".png")
        target = target.with_name(target.name + suffix)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a big board takes a moment
    try:
        return write_canvas_picture(ws, canvas_id, target, contrast=contrast)
    except (OSError, ValueError) as exc:
        QMessageBox.warning(parent, tr("Bild speichern"), user_message(exc))
        return None
    finally:
        QApplication.restoreOverrideCursor()
