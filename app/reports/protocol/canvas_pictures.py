"""Canvas pictures in the protocol: vector pages drawn by the board's own painting code, placed by pypdf.

reportlab cannot draw a Qt scene, and a bitmap would blur when printed and lose the text. So every canvas is
rendered to a one-page PDF with ``canvas_render.render_canvas_pdfs`` (the code that paints the screen; the
caller passes it in, so this package never depends on the user interface), the protocol reserves an
area for it (``PictureSlot`` remembers on which page and where it was drawn), and after the build the canvas page
is laid over that area as vector content: text stays text, fonts stay embedded, face-down cards stay face down.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable

from app.store.atomic_file import atomic_stream

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


def overlay_pictures(pdf: Path, log: PlacementLog, pictures: Pictures) -> None:
    """Lay every rendered canvas page over its slot, in place (rewrites ``pdf``; the caller renames it later).

    The canvas page becomes a form XObject drawn with one ``cm … Do`` on the protocol page: nothing is parsed
    or rewritten (merging pages operator by operator took seconds for a full board), and the protocol is
    written as an incremental update that appends only the new objects.
    """
    if not log.placements:
        return
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(pdf, incremental=True)
    for number, placement in enumerate(log.placements, start=1):
        page = writer.pages[placement.page - 1]
        form, box = _picture_form(writer, PdfReader(pictures[placement.canvas_id]).pages[0])
        scale = min(placement.width / box[2], placement.height / box[3])
        dx = placement.x + (placement.width - box[2] * scale) / 2 - box[0] * scale
        dy = placement.y + (placement.height - box[3] * scale) / 2 - box[1] * scale
        _draw_form(writer, page, f"/Leinwand{number}", form,
                   f"q {scale:.6f} 0 0 {scale:.6f} {dx:.4f} {dy:.4f} cm")
    with atomic_stream(pdf, "wb") as fh:
        writer.write(fh)


def _picture_form(writer, page):  # type: ignore[no-untyped-def]
    """The page as a form XObject in ``writer``: its content, resources (fonts!) and bounding box."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, FloatObject, NameObject

    box = page.mediabox
    left, bottom, width, height = float(box.left), float(box.bottom), float(box.width), float(box.height)
    form = DecodedStreamObject()
    form.set_data(page.get_contents().get_data())
    form = form.flate_encode()
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject(FloatObject(v) for v in (left, bottom, left + width, bottom + height))
    form[NameObject("/Resources")] = page["/Resources"].get_object().clone(writer)
    return writer._add_object(form), (left, bottom, width, height)


def _draw_form(writer, page, name: str, form, placement: str) -> None:  # type: ignore[no-untyped-def]
    """Add ``form`` to the page's resources and draw it after (on top of) the page's own content."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject

    resources = page[NameObject("/Resources")].get_object()
    xobjects = resources.get("/XObject")
    if xobjects is None:
        xobjects = DictionaryObject()
        resources[NameObject("/XObject")] = xobjects
    xobjects.get_object()[NameObject(name)] = form

    def stream(data: bytes):  # type: ignore[no-untyped-def]
        obj = DecodedStreamObject()
        obj.set_data(data)
        return writer._add_object(obj)

    contents = page.get(NameObject("/Contents"))
    old = list(contents.get_object()) if isinstance(contents.get_object(), ArrayObject) else [contents]
    # the page's own content is wrapped in q … Q, so whatever state it leaves cannot move the picture
    page[NameObject("/Contents")] = ArrayObject([stream(b"q\n"), *old, stream(f"Q\n{placement} {name} Do Q\n".encode())])
