"""Render a canvas to PNG, SVG or PDF without a screen, with the SAME scene and painting code as the board.

Used by ``werkstatt render``, the canvas view's picture export and the printed protocol. SVG and PDF keep text as text (searchable,
copyable, sharp at any size): item caches are switched off so no pixmaps end up in vector output.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from app.operations.canvas_data import BoardData
from app.store.atomic_file import require_folder, write_bytes_atomically

FORMATS = (".png", ".svg", ".pdf")
PNG_SCALE = 1.0  # one board unit = one pixel: 2400 × 1400 for the built-in templates
_app_ref: list[object] = []


def ensure_gui_application() -> None:
    """A QApplication is needed for fonts and graphics items. Without one (the headless commands ``report`` and
    ``render``), it is always made offscreen: a ``QT_QPA_PLATFORM=xcb`` left in the environment with no display
    reachable would otherwise abort the process inside Qt."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        return
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app_ref.append(QApplication(sys.argv[:1]))


def render_canvas_to(path: str | os.PathLike[str], board: BoardData, *, contrast: bool = False,
                     fit_page: bool = False) -> Path:
    """Write ``board`` to ``path``; the suffix (.png, .svg, .pdf) decides the format.

    A PDF goes on an A3 landscape page (to print), or with ``fit_page`` on a page exactly the size of the board,
    one board unit per point (to be placed into another document, like the protocol). The picture is drawn into
    memory first and written atomically, so a full disk is reported and never leaves a truncated file behind.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"Unbekanntes Format „{target.suffix}“: erlaubt sind .png, .svg und .pdf.")
    require_folder(target)
    data = render_canvas_bytes(board, suffix, contrast=contrast, fit_page=fit_page)
    write_bytes_atomically(target, data)
    return target


def render_canvas_bytes(board: BoardData, suffix: str, *, contrast: bool = False, fit_page: bool = False) -> bytes:
    """The picture of ``board`` as the bytes of a PNG, SVG or PDF file."""
    ensure_gui_application()
    from PySide6.QtCore import (
        QBuffer,
        QByteArray,
        QCoreApplication,
        QIODevice,
        QMarginsF,
        QRectF,
        QSize,
        QSizeF,
    )
    from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
    from PySide6.QtSvg import QSvgGenerator

    from app.ui.canvas.board_model import BoardModel
    from app.ui.canvas.board_scene import BoardScene
    from app.ui.canvas.painting import CONTRAST_THEME, NORMAL_THEME
    from app.ui.script_fonts import register_fallback_fonts

    register_fallback_fonts()  # every script and emoji drawn, also where the machine has no such font
    model = BoardModel(None, board)  # read only: nothing is written
    scene = BoardScene(model, CONTRAST_THEME if contrast else NORMAL_THEME)
    scene.set_cache_enabled(False)
    source = scene.board_rect().adjusted(-10, -10, 10, 10)
    title = f"{board.title} (Version {board.version})"
    painter = QPainter()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    failed = OSError(f"Die Leinwand „{board.title}“ ließ sich nicht zeichnen.")
    if suffix == ".png":
        size = QSize(round(source.width() * PNG_SCALE), round(source.height() * PNG_SCALE))
        image = QImage(size, QImage.Format.Format_ARGB32)
        if image.isNull():
            raise failed  # too large for the memory
        image.fill(QColor(scene.theme.background))
        painter.begin(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
        painter.end()
        if not image.save(buffer, "PNG"):
            raise failed
    elif suffix == ".svg":
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(round(source.width()), round(source.height())))
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(title)
        generator.setDescription(QCoreApplication.translate("CanvasRender", "Leinwand aus QuartiersWerkstatt"))
        if not painter.begin(generator):
            raise failed
        scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
        painter.end()
    else:
        writer = QPdfWriter(buffer)
        writer.setTitle(title)
        writer.setCreator("QuartiersWerkstatt")
        writer.setResolution(150)
        if fit_page:
            size = QPageSize(QSizeF(source.width(), source.height()), QPageSize.Unit.Point, title,
                             QPageSize.SizeMatchPolicy.ExactMatch)
            writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                             QPageLayout.Unit.Point))
        else:
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A3),
                                             QPageLayout.Orientation.Landscape, QMarginsF(10, 10, 10, 10),
                                             QPageLayout.Unit.Millimeter))
        if not painter.begin(writer):
            raise failed
        page = painter.viewport()
        scene.render(painter, QRectF(page), source)
        painter.end()
        del writer  # the PDF is finished when its writer goes
    buffer.close()
    out = bytes(data.data())
    if not out:
        raise failed
    return out


def render_canvas_pdfs(ws, canvas_ids: list[str], folder: Path,  # type: ignore[no-untyped-def]
                       cancelled: Callable[[], bool] | None = None) -> dict[str, Path]:
    """Each canvas as a one-page PDF the size of its board, ``folder/<id>.pdf``: the protocol's pictures.

    Names without consent are replaced on the cards as in the protocol's text (the same rule and function)."""
    from app.operations.canvas_ops import load_board
    from app.reports.dataset import privacy_of

    with ws.session() as s:
        scrub = privacy_of(s, with_names=True).scrubber()
    out: dict[str, Path] = {}
    for canvas_id in canvas_ids:
        if cancelled and cancelled():
            break
        out[canvas_id] = render_canvas_to(Path(folder) / f"{canvas_id}.pdf",
                                          printable_board(load_board(ws, canvas_id), scrub), fit_page=True)
    return out


def printable_board(board: BoardData, scrub: Callable[[str], str]) -> BoardData:
    """``board`` with ``scrub`` applied to every text a person typed (title, cards, groups)."""
    return replace(board, title=scrub(board.title),
                   cards=tuple(replace(c, text=scrub(c.text)) for c in board.cards),
                   clusters=tuple(replace(c, title=scrub(c.title)) for c in board.clusters))
