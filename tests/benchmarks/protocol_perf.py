"""The protocol of a three-hour workshop (400 cards, 5 vote rounds, 300 comments) against a bare reportlab build
of the same tables in the same run.

The measure is the whole user action: read the session, draw both canvases with the board's painting code, build
the PDF (cover, agenda, attendance, pictures, cards, ranking tables and charts, comments, barriers, decisions)
and lay the pictures in. The baseline lays out the same rows – cards by block, rankings, comments – as plain
reportlab tables (paragraphs for text, plain cells for numbers) in the same embedded font, with nothing else. Target: ≤ 2 s and ≤ 2×.
"""

from __future__ import annotations

from tests.benchmarks.harness import BenchContext, BenchResult, measure, median_pair

NAME, UNIT, TARGET = "protocol_workshop", "s", "≤ 2 s and ≤ 2× bare reportlab"


def bare_reportlab(data, out) -> None:  # type: ignore[no-untyped-def]
    """The same tables with nothing around them: the least any PDF of this content costs."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from app.reports.protocol.styles import FONT, register_fonts

    register_fonts()
    style = ParagraphStyle("b", fontName=FONT, fontSize=9, leading=11)

    def table(rows: list[list[str]], widths: list[float], numbers: tuple[int, ...] = ()) -> Table:
        """Text cells as paragraphs (they must wrap), number cells as plain strings (they never do)."""
        return Table([[cell if i in numbers else Paragraph(cell, style) for i, cell in enumerate(row)]
                      for row in rows], colWidths=widths, repeatRows=1)

    story = []
    for cv in data.canvases:
        rows = [["Bereich", "Karte", "Betrag"]]
        rows += [[b.title, c.text, "" if c.amount_cents is None else str(c.amount_cents)]
                 for b in cv.blocks for c in b.cards]
        story.append(table(rows, [100, 300, 70], numbers=(2,)))
    for rnd in data.rounds:
        story.append(table([["Rang", "Karte", "Punkte"]] + [[str(r.rank), r.title, str(r.count)]
                                                             for r in rnd.ranked if r.count > 0], [40, 360, 70],
                           numbers=(0, 2)))
    story.append(table([["Ziel", "Kommentar", "Haltung"]] + [[c.target, c.text, c.stance] for c in data.comments],
                       [150, 260, 60]))
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


@measure(NAME)
def protocol_workshop(ctx: BenchContext) -> BenchResult:
    from app.reports.canvas_render import ensure_gui_application, render_canvas_pdfs
    from app.reports.protocol import build_protocol, load_protocol_data
    from app.store.workspace_file import WorkspaceFile
    from tests.benchmarks.workshop_data import create_workshop

    ensure_gui_application()  # the canvases are drawn by Qt, offscreen when there is no display
    sizes = dict(cards=60, rounds=2, comments=40) if ctx.smoke else dict(cards=400, rounds=5, comments=300)
    path = ctx.workdir / "workshop.werkstatt"
    session = create_workshop(path, **sizes)
    with WorkspaceFile.open(path, readonly=True) as ws:
        data = load_protocol_data(ws, session)
        ours, bare = ctx.workdir / "protokoll.pdf", ctx.workdir / "bare.pdf"

        def protocol() -> None:  # returns nothing: the harness times it from the outside
            build_protocol(ws, ours, session=session, render_pictures=render_canvas_pdfs)

        value, baseline = median_pair(protocol, lambda: bare_reportlab(data, bare), repeats=ctx.repeats,
                                      warmup=ctx.warmup)
    from pypdf import PdfReader

    pages = len(PdfReader(ours).pages)
    verdict = "ok" if value <= 2.0 and value <= 2 * baseline else "MISSED"
    return BenchResult.compare(NAME, value, baseline, UNIT, TARGET,
                               note=f"{verdict}; {sizes['cards']} cards, {sizes['rounds']} rounds, "
                                    f"{sizes['comments']} comments, {pages} pages incl. 2 canvas pictures; "
                                    "baseline: the same tables, bare reportlab")
