"""The session protocol as a PDF (reportlab platypus): A4, German, fonts embedded, written atomically."""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from app.store.atomic_file import atomic_path, require_folder
from app.store.disk_errors import german_disk_errors

from . import sections as sec
from .canvas_pictures import (
    Pictures,
    PictureSlot,
    PlacementLog,
    fitted_size,
    overlay_pictures,
)
from .data import ProtocolData, gather, resolve_session_id
from .numbered_canvas import NumberedCanvas
from .styles import FONT, MARGIN, PAGE, PAGE_LANDSCAPE, page_frame, styles

log = logging.getLogger(__name__)

ALL_SECTIONS = tuple(sec.SECTIONS)


class ProtocolCancelled(Exception):
    """The user cancelled; no file was written."""


def load_protocol_data(ws, session: str | None = None) -> ProtocolData:  # type: ignore[no-untyped-def]
    with ws.session() as s:
        return gather(s, resolve_session_id(s, session))


def _picture_slots(data: ProtocolData, pictures: Pictures | None, placements: PlacementLog) -> dict:
    """One slot per rendered canvas, as large as a landscape page allows below the headings."""
    if not pictures:
        return {}
    width = PAGE_LANDSCAPE[0] - 2 * MARGIN
    height = PAGE_LANDSCAPE[1] - 2 * MARGIN - 2 * mm - sec.PICTURE_HEADROOM
    slots = {}
    for cv in data.canvases:
        if cv.id in pictures:
            w, h = fitted_size(pictures[cv.id], width, height)
            slots[cv.id] = PictureSlot(cv.id, w, h, placements)
    return slots


def _append(story: list, part: list) -> None:
    """Append a section; a section that starts on a landscape page reuses a page break already there."""
    if (story and isinstance(story[-1], PageBreak) and len(part) >= 2 and isinstance(part[0], NextPageTemplate)
            and isinstance(part[1], PageBreak)):
        story[-1:] = [part[0], story[-1]]
        part = part[2:]
    story.extend(part)


def build_story(data: ProtocolData, chosen: Iterable[str], pictures: dict | None = None,
                progress: Callable[[int, str], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> list:
    """The flowables of the chosen sections; ``pictures`` maps a canvas id to its picture flowable."""
    st = styles()
    chosen = [c for c in ALL_SECTIONS if c in set(chosen)]
    story: list = []
    for i, name in enumerate(chosen):
        if cancelled and cancelled():
            raise ProtocolCancelled()
        if progress:
            progress(10 + int(80 * i / max(1, len(chosen))), sec.SECTIONS[name])  # after reading and drawing
        if name == "cover":
            _append(story, sec.cover(data, st) + [PageBreak()])
        elif name == "canvases":
            _append(story, sec.canvases(data, st, pictures))
        else:
            _append(story, getattr(sec, name)(data, st))
    return story


def short_story(data: ProtocolData) -> list:
    """The one-page hand-out: the facts, the top three of each round, decisions and next steps."""
    st = styles(0.95)
    out = [Paragraph("Kurzprotokoll", st["subtitle"]), sec.P(data.title or data.kind, st["title"]),
           sec.P(f"{data.kind} · {sec.date_de(data.date)} · {data.place or 'ohne Ort'} · Quartier {data.quartier}",
                 st["body"]),
           sec.P("Teilnahme: " + ", ".join(f"{g} {n}" for g, n in data.attendance_by_group.items())
                 + f" (gesamt {sum(data.attendance_by_group.values())})", st["body"])]
    for rnd in data.rounds[:3]:
        top = [r for r in rnd.ranked if r.count > 0][:3]
        out.append(sec.P(f"Abstimmung »{rnd.title}« – die ersten drei:", st["h2"]))
        out += [Paragraph(sec.markup(f"{r.rank}. {r.title} ({r.count} Punkte)", " "), st["bullet"], bulletText="•")
                for r in top] or [sec.P("keine Stimmen", st["body"])]
    out.append(sec.P("Beschlüsse", st["h2"]))
    out += [Paragraph(sec.markup(t, " "), st["bullet"], bulletText="•") for t in data.decisions[:6]] or \
        [sec.P("Keine.", st["body"])]
    out.append(sec.P("Nächste Schritte", st["h2"]))
    out += [Paragraph(sec.markup(f"{t}" + (f" – {o}" if o else "") + (f", bis {sec.date_de(d)}" if d else ""), " "),
                      st["bullet"], bulletText="→") for t, o, d in data.next_steps[:6]] or \
        [sec.P("Keine.", st["body"])]
    if data.barriers:
        out.append(sec.P(f"Umsetzungsbarrieren: {len(data.barriers)} markiert "
                         f"({sum(1 for b in data.barriers if b.barrier_status != 'überwunden')} offen).", st["body"]))
    out.append(Spacer(1, 4 * mm))
    out.append(sec.P("Das vollständige Protokoll erhalten Sie bei der Moderation.", st["small"]))
    return out


def _document(path: Path, data: ProtocolData) -> BaseDocTemplate:
    header = f"Protokoll · {data.title or data.kind} · {sec.date_de(data.date)} · Quartier {data.quartier}"
    frame = page_frame(header)
    top = MARGIN + 2 * mm

    def template(name: str, size: tuple[float, float]) -> PageTemplate:
        body = Frame(MARGIN, MARGIN, size[0] - 2 * MARGIN, size[1] - MARGIN - top, id=name,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        return PageTemplate(id=name, frames=[body], onPage=frame, pagesize=size)

    return BaseDocTemplate(str(path), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=top,
                           bottomMargin=MARGIN, title=f"Protokoll {data.title}", author="QuartiersWerkstatt",
                           lang="de-DE", initialFontName=FONT, initialFontSize=10,
                           pageTemplates=[template(sec.PORTRAIT, PAGE), template(sec.LANDSCAPE, PAGE_LANDSCAPE)])


def write_protocol(data: ProtocolData, out: str | os.PathLike[str], *, sections: Iterable[str] = ALL_SECTIONS,
                   short: bool = False, pictures: Pictures | None = None,
                   progress: Callable[[int, str], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> Path:
    """Build the PDF into a temporary file next to ``out`` and rename it: a crash never leaves half a file.

    ``pictures`` maps a canvas id to a one-page PDF of that canvas (see ``canvas_pictures``); each is laid over
    its place in the protocol as vector content once reportlab is done.
    """
    target = Path(out)
    placements = PlacementLog()
    with atomic_path(target) as tmp:
        doc = _document(tmp, data)
        if short:
            story = short_story(data)
        else:
            slots = _picture_slots(data, pictures, placements)
            story = build_story(data, sections, slots, progress, cancelled)
        doc.build(story, canvasmaker=NumberedCanvas)
        if cancelled and cancelled():
            raise ProtocolCancelled()
        if pictures and placements.placements:
            if progress:
                progress(97, "Leinwandbilder einfügen")
            overlay_pictures(tmp, placements, pictures)
    if progress:
        progress(100, "fertig")
    return target


#: renders canvases to one-page PDFs: (workspace, canvas ids, folder, cancelled) -> canvas id -> PDF
PictureRenderer = Callable[..., Pictures]


def write_protocol_with_pictures(ws, data: ProtocolData, out: str | os.PathLike[str], *,  # type: ignore[no-untyped-def]
                                 render_pictures: PictureRenderer | None,
                                 sections: Iterable[str] = ALL_SECTIONS, short: bool = False,
                                 progress: Callable[[int, str], None] | None = None,
                                 cancelled: Callable[[], bool] | None = None) -> Path:
    """Render the session's canvases with ``render_pictures`` (``canvas_render.render_canvas_pdfs``: the board's
    own painting code, no display needed), then the PDF. Without a renderer the cards are listed as text only."""
    chosen = set(sections)
    require_folder(Path(out))  # before the canvases are drawn
    with german_disk_errors(Path(tempfile.gettempdir()) / "werkstatt-protokoll"), \
            tempfile.TemporaryDirectory(prefix="werkstatt-protokoll-") as folder:
        pictures: Pictures = {}
        if render_pictures and not short and "canvases" in chosen and data.canvases:
            if progress:
                progress(5, "Leinwände zeichnen")
            try:
                pictures = render_pictures(ws, [cv.id for cv in data.canvases], Path(folder), cancelled)
            except ImportError as exc:  # no Qt at all: the protocol still lists every card as text
                log.warning("Leinwandbilder nicht möglich: %s", exc)
        if cancelled and cancelled():
            raise ProtocolCancelled()
        return write_protocol(data, out, sections=sections, short=short, pictures=pictures, progress=progress,
                              cancelled=cancelled)


def build_protocol(ws, out: str | os.PathLike[str], *, session: str | None = None,  # type: ignore[no-untyped-def]
                   sections: Iterable[str] = ALL_SECTIONS, short: bool = False,
                   render_pictures: PictureRenderer | None = None, **kw) -> Path:
    """The protocol of ``session``; pass ``render_pictures=canvas_render.render_canvas_pdfs`` for the pictures."""
    data = load_protocol_data(ws, session)
    return write_protocol_with_pictures(ws, data, out, render_pictures=render_pictures, sections=sections,
                                        short=short, **kw)
