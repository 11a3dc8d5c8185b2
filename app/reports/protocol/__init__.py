"""The session protocol as a PDF (reportlab platypus): A4, German, fonts embedded, written atomically."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

from . import sections as sec
from .data import ProtocolData, gather, resolve_session_id
from .numbered_canvas import NumberedCanvas
from .styles import FONT, MARGIN, PAGE, page_frame, styles

ALL_SECTIONS = tuple(sec.SECTIONS)


class ProtocolCancelled(Exception):
    """The user cancelled; no file was written."""


def load_protocol_data(ws, session: str | None = None) -> ProtocolData:  # type: ignore[no-untyped-def]
    with ws.session() as s:
        return gather(s, resolve_session_id(s, session))


def build_story(data: ProtocolData, chosen: Iterable[str], pictures: dict | None = None,
                progress: Callable[[int, str], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> list:
    st = styles()
    chosen = [c for c in ALL_SECTIONS if c in set(chosen)]
    story: list = []
    for i, name in enumerate(chosen):
        if cancelled and cancelled():
            raise ProtocolCancelled()
        if progress:
            progress(int(100 * i / max(1, len(chosen))), sec.SECTIONS[name])
        if name == "cover":
            story += sec.cover(data, st) + [PageBreak()]
        elif name == "canvases":
            story += sec.canvases(data, st, pictures)
        else:
            story += getattr(sec, name)(data, st)
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
        out += [Paragraph(sec.escape(f"{r.rank}. {r.title} ({r.count} Punkte)"), st["bullet"], bulletText="•")
                for r in top] or [sec.P("keine Stimmen", st["body"])]
    out.append(sec.P("Beschlüsse", st["h2"]))
    out += [Paragraph(sec.escape(t), st["bullet"], bulletText="•") for t in data.decisions[:6]] or \
        [sec.P("Keine.", st["body"])]
    out.append(sec.P("Nächste Schritte", st["h2"]))
    out += [Paragraph(sec.escape(f"{t}" + (f" – {o}" if o else "") + (f", bis {sec.date_de(d)}" if d else "")),
                      st["bullet"], bulletText="→") for t, o, d in data.next_steps[:6]] or \
        [sec.P("Keine.", st["body"])]
    if data.barriers:
        out.append(sec.P(f"Umsetzungsbarrieren: {len(data.barriers)} markiert "
                         f"({sum(1 for b in data.barriers if b.barrier_status != 'überwunden')} offen).", st["body"]))
    out.append(Spacer(1, 4 * mm))
    out.append(sec.P("Das vollständige Protokoll erhalten Sie bei der Moderation.", st["small"]))
    return out


def write_protocol(data: ProtocolData, out: str | os.PathLike[str], *, sections: Iterable[str] = ALL_SECTIONS,
                   short: bool = False, pictures: dict | None = None,
                   progress: Callable[[int, str], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> Path:
    """Build the PDF into a temporary file next to ``out`` and rename it: a crash never leaves half a file."""
    target = Path(out)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    header = f"Protokoll · {data.title or data.kind} · {sec.date_de(data.date)} · Quartier {data.quartier}"
    doc = SimpleDocTemplate(str(tmp), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN + 2 * mm, bottomMargin=MARGIN, title=f"Protokoll {data.title}",
                            author="QuartiersWerkstatt", lang="de-DE", initialFontName=FONT, initialFontSize=10)
    try:
        story = short_story(data) if short else build_story(data, sections, pictures, progress, cancelled)
        frame = page_frame(header)
        doc.build(story, onFirstPage=frame, onLaterPages=frame, canvasmaker=NumberedCanvas)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    if progress:
        progress(100, "fertig")
    return target


def build_protocol(ws, out: str | os.PathLike[str], *, session: str | None = None,  # type: ignore[no-untyped-def]
                   sections: Iterable[str] = ALL_SECTIONS, short: bool = False, **kw) -> Path:
    return write_protocol(load_protocol_data(ws, session), out, sections=sections, short=short, **kw)
