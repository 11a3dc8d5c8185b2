"""Canvas pictures in the protocol: vector pages drawn by the board's own painting code, placed by pypdf.

reportlab cannot draw a Qt scene, and a bitmap would blur when printed and lose the text. So every canvas is
rendered to a one-page PDF with ``render_canvas_to`` (the code that paints the screen), the protocol reserves an
area for it (``PictureSlot`` remembers on which page and where it was drawn), and after the build the canvas page
is laid over that area as vector content: text stays text, fonts stay embedded, face-down cards stay face down.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable

#: pictures: canvas id -> the one-page PDF of that canvas
Pictures = dict[str, Path]


@dataclass
class Placement:
    canvas_id: str
    page: int  # 1-based page of the protocol
    x: float
    y: float
    width: float
    height: float


@dataclass
class PlacementLog:
    """Where the slots ended up; filled while reportlab draws the pages (only the last build counts)."""

    placements: list[Placement] = field(default_factory=list)

    def record(self, placement: Placement) -> None:
        # a multi-pass build draws a slot more than once; keep the latest position of each slot
        self.placements = [p for p in self.placements if p.canvas_id != placement.canvas_id]
        self.placements.append(placement)


class PictureSlot(Flowable):
    """An empty frame of the picture's size; the canvas page is laid over it after the build."""

    def __init__(self, canvas_id: str, width: float, height: float, log: PlacementLog) -> None:
        super().__init__()
        self.canvas_id = canvas_id
        self.width = width
        self.height = height
        self._log = log

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        x, y = canv.absolutePosition(0, 0)
        self._log.record(Placement(self.canvas_id, canv.getPageNumber(), x, y, self.width, self.height))
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#bbbbbb"))
        canv.setLineWidth(0.4)
        canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        canv.restoreState()


def fitted_size(picture: Path, max_width: float, max_height: float) -> tuple[float, float]:
    """The size the picture gets in the protocol: as large as the area allows, aspect ratio kept."""
    from pypdf import PdfReader

    box = PdfReader(picture).pages[0].mediabox
    w, h = float(box.width), float(box.height)
    scale = min(max_width / w, max_height / h)
    return w * scale, h * scale


def render_canvas_pictures(ws, canvas_ids: list[str], folder: Path,  # type: ignore[no-untyped-def]
                           cancelled: Callable[[], bool] | None = None) -> Pictures:
    """Render each canvas to ``folder/<id>.pdf`` (a page the size of the board). Needs no display."""
    from app.operations.canvas_ops import load_board
    from app.reports.canvas_render import render_canvas_to

    out: Pictures = {}
    for canvas_id in canvas_ids:
        if cancelled and cancelled():
            break
        board = load_board(ws, canvas_id)
        out[canvas_id] = render_canvas_to(Path(folder) / f"{canvas_id}.pdf", board, fit_page=True)
    return out


def overlay_pictures(pdf: Path, log: PlacementLog, pictures: Pictures) -> None:
    """Lay every rendered canvas page over its slot, in place (rewrites ``pdf``; the caller renames it later)."""
    if not log.placements:
        return
    from pypdf import PdfReader, PdfWriter, Transformation

    writer = PdfWriter(clone_from=PdfReader(pdf))
    for placement in log.placements:
        source = PdfReader(pictures[placement.canvas_id]).pages[0]
        box = source.mediabox
        scale = min(placement.width / float(box.width), placement.height / float(box.height))
        dx = placement.x + (placement.width - float(box.width) * scale) / 2 - float(box.left) * scale
        dy = placement.y + (placement.height - float(box.height) * scale) / 2 - float(box.bottom) * scale
        page = writer.pages[placement.page - 1]
        page.merge_transformed_page(source, Transformation().scale(scale, scale).translate(dx, dy), over=True)
    tmp = pdf.with_name(pdf.name + ".pictures")
    try:
        with open(tmp, "wb") as fh:
            writer.write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, pdf)
    finally:
        tmp.unlink(missing_ok=True)
