"""The protocol's sections as reportlab flowables, one function per section."""

from __future__ import annotations

from collections import defaultdict
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .charts import round_chart
from .data import CommentLine, ProtocolData
from .script_fonts import markup
from .styles import FONT, FONT_BOLD, MARGIN, PAGE

SECTIONS = {
    "cover": "Deckblatt",
    "agenda": "Ablauf",
    "attendance": "Teilnahme",
    "canvases": "Leinwände",
    "votes": "Abstimmungen",
    "comments": "Kommentare",
    "barriers": "Umsetzungsbarrieren",
    "decisions": "Beschlüsse, nächste Schritte, offene Fragen",
    "photos": "Fotos",
}
STANCE_WORD = {"dafür": "dafür", "dagegen": "dagegen", "neutral": "neutral", "Frage": "Frage", "Idee": "Idee"}
METHOD_WORD = {"dots": "Punktevergabe", "points": "Punkteverteilung"}
SOURCE_WORD = {"screen": "am Bildschirm", "proxy": "in Vertretung", "paper": "auf Papier"}
TEXT_WIDTH = PAGE[0] - 2 * MARGIN
PORTRAIT, LANDSCAPE = "hoch", "quer"  # page templates
#: room above and below a canvas picture on its landscape page: section heading, canvas title, caption
PICTURE_HEADROOM = 34 * mm


def P(text: str, st) -> Paragraph:  # noqa: N802 (a short flowable factory)
    return Paragraph(markup(text), st)


def eur(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}{euros:,}".replace(",", ".") + f",{rest:02d} €"


def date_de(d) -> str:  # type: ignore[no-untyped-def]
    return d.strftime("%d.%m.%Y") if d else "ohne Datum"


def _table(rows, widths, st, header=True) -> Table:  # type: ignore[no-untyped-def]
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")), ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9)]
    t.setStyle(TableStyle(style))
    return t


def cover(d: ProtocolData, st) -> list:  # type: ignore[no-untyped-def]
    out = [Spacer(1, 30 * mm), P("Protokoll", st["subtitle"]), P(d.title or d.kind, st["title"]),
           P(f"{d.kind} im Quartier {d.quartier}" + (f", {d.city}" if d.city else ""), st["subtitle"]),
           Spacer(1, 8 * mm)]
    rows = [[P("Datum", st["cellb"]), P(date_de(d.date), st["cell"])],
            [P("Ort", st["cellb"]), P(d.place or "–", st["cell"])],
            [P("Moderation", st["cellb"]), P(d.facilitators or "–", st["cell"])],
            [P("Teilnehmende", st["cellb"]), P(str(sum(d.attendance_by_group.values())), st["cell"])]]
    out.append(_table(rows, [45 * mm, TEXT_WIDTH - 45 * mm], st, header=False))
    out.append(Spacer(1, 6 * mm))
    out.append(P("Namen von Teilnehmenden erscheinen nur mit ihrer Einwilligung; alle anderen stehen unter einem "
                 "Pseudonym.", st["small"]))
    return out


def agenda(d: ProtocolData, st) -> list:  # type: ignore[no-untyped-def]
    out = [P(SECTIONS["agenda"], st["h1"])]
    if not d.agenda:
        return out + [P("Kein Ablauf erfasst.", st["body"])]
    rows = [[P("Phase", st["cellb"]), P("geplant", st["cellb"])]]
    rows += [[P(t, st["cell"]), P(f"{m} Min.", st["cell"])] for t, m in d.agenda]
    rows.append([P("Summe", st["cellb"]), P(f"{sum(m for _t, m in d.agenda)} Min.", st["cellb"])])
    return out + [_table(rows, [TEXT_WIDTH - 35 * mm, 35 * mm], st)]


def attendance(d: ProtocolData, st) -> list:  # type: ignore[no-untyped-def]
    out = [P(SECTIONS["attendance"], st["h1"])]
    rows = [[P("Gruppe", st["cellb"]), P("Anzahl", st["cellb"])]]
    rows += [[P(g, st["cell"]), P(str(n), st["cell"])] for g, n in d.attendance_by_group.items()]
    rows.append([P("Gesamt", st["cellb"]), P(str(sum(d.attendance_by_group.values())), st["cellb"])])
    out.append(_table(rows, [TEXT_WIDTH - 35 * mm, 35 * mm], st))
    if d.attendees:
        out.append(Spacer(1, 3 * mm))
        by_group: dict[str, list[str]] = defaultdict(list)
        for label, group in d.attendees:
            by_group[group].append(label)
        for group, names in by_group.items():
            out.append(P(f"{group}: " + ", ".join(names), st["body"]))
    return out


def canvases(d: ProtocolData, st, pictures: dict[str, object] | None = None) -> list:  # type: ignore[no-untyped-def]
    """Each canvas: its picture on a landscape page of its own (if there is one), then its cards by block."""
    heading = P(SECTIONS["canvases"], st["h1"])
    if not d.canvases:
        return [heading, P("In dieser Sitzung wurde an keiner Leinwand gearbeitet.", st["body"])]
    out: list = []
    for cv in d.canvases:
        name = f"{cv.title} (Version {cv.version}, {cv.template_name})"
        picture = pictures.get(cv.id) if pictures else None
        if picture is not None:
            out += [NextPageTemplate(LANDSCAPE), PageBreak()]
            if heading:
                out.append(heading)
            out += [P(name, st["h2"]), picture, Spacer(1, 2 * mm),
                    P("Die Leinwand, wie sie am Bildschirm zu sehen war; verdeckte Karten bleiben verdeckt. "
                      "Alle Karten stehen auf den folgenden Seiten als Text.", st["small"]),
                    NextPageTemplate(PORTRAIT), PageBreak(), P(f"Karten: {name}", st["h2"])]
        else:
            if heading:
                out.append(heading)
            out.append(P(name, st["h2"]))
        heading = None
        out += _cards_by_block(cv, st)
    return out


def _cards_by_block(cv, st) -> list:  # type: ignore[no-untyped-def]
    out: list = []
    for block in cv.blocks:
        if not block.cards:
            continue
        head = block.title + (f" – Summe {eur(block.sum_per_month_cents)} pro Monat" if block.has_amounts else "")
        items = [P(head, st["cellb"])]
        for c in block.cards:
            text = "(verdeckte Karte)" if c.private else c.text
            extra = []
            if c.amount_cents is not None:
                extra.append(eur(c.amount_cents) + (" pro Jahr" if c.amount_period == "year" else " pro Monat"))
            if c.cluster:
                extra.append(f"Gruppe: {c.cluster}")
            if c.author_group:
                extra.append(c.author_group)
            suffix = f" <font color='#555555'>({markup('; '.join(extra), ' ')})</font>" if extra else ""
            items.append(Paragraph(markup(text, " ") + suffix, st["bullet"], bulletText="•"))
        out.append(KeepTogether(items[:4]))
        out.extend(items[4:])
    return out


def votes(d: ProtocolData, st) -> list:  # type: ignore[no-untyped-def]
    out = [P(SECTIONS["votes"], st["h1"])]
    if not d.rounds:
        return out + [P("Keine abgeschlossene Abstimmung.", st["body"])]
    for rnd in d.rounds:
        how = ", ".join(f"{n}× {SOURCE_WORD.get(k, k)}" for k, n in sorted(rnd.sources.items()))
        out.append(P(rnd.title or "Abstimmung", st["h2"]))
        out.append(P(f"{METHOD_WORD.get(rnd.method, rnd.method)} auf »{rnd.canvas_title}«, {rnd.budget} "
                     f"{'Punkte' if rnd.method == 'points' else 'Punkte'} je Person, "
                     f"{'anonym' if rnd.anonymous else 'namentlich'}; {rnd.ballots} Stimmzettel. "
                     f"Stimmen: {how or 'keine'}.", st["small"]))
        scored = [r for r in rnd.ranked if r.count > 0]
        # numbers never wrap: plain cells (right-aligned) instead of paragraphs keep long rankings fast
        rows = [["Rang", P("Karte", st["cellb"]), "Punkte"]]
        rows += [[str(r.rank), P(r.title, st["cell"]), str(r.count)] for r in scored]
        table = _table(rows, [15 * mm, TEXT_WIDTH - 40 * mm, 25 * mm], st)
        table.setStyle(TableStyle([("ALIGN", (2, 0), (2, -1), "RIGHT"), ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9)]))
        out.append(table)
        if len(scored) < len(rnd.ranked):
            out.append(P(f"{len(rnd.ranked) - len(scored)} weitere Karten ohne Punkte.", st["small"]))
        chart = round_chart(rnd, TEXT_WIDTH)
        if chart is not None:
            out += [Spacer(1, 3 * mm), chart]
    return out


def _comment_para(c: CommentLine, st) -> Paragraph:  # type: ignore[no-untyped-def]
    tags = ", ".join(c.tags)
    meta = f"[{STANCE_WORD.get(c.stance, c.stance)}" + (f"; {tags}" if tags else "") + \
        ("; Umsetzungsbarriere" if c.barrier else "") + f"] – {c.author}"
    para = Paragraph(f"{markup(c.text, ' ')} <font color='#555555'>{markup(meta, ' ')}</font>", st["bullet"],
                     bulletText="↳" if c.depth else "•")
    para.style = st["bullet"].clone("b", leftIndent=12 + 14 * c.depth, bulletIndent=2 + 14 * c.depth)
    return para


def comments(d: ProtocolData, st) -> list:  # type: ignore[no-untyped-def]
    out = [P(SECTIONS["comments"], st["h1"])]
    if not d.comments:
        return out + [P("Keine Kommentare.", st["body"])]
    groups: dict[str, list[CommentLine]] = defaultdict(list)
    current = ""
    for c in d.comments:
        if c.depth == 0:
            current = c.target
        groups[current].append(c)
    for target, lines in groups.items():
        out.append(P(target, st["cellb"]))
        out += [_comment_para(c, st) for c in lines]
        out.append(Spacer(1, 2 * mm))
    return out


def barriers(d: ProtocolData, st) -> list:  # type: ignore[no-untyped-def]
    out = [P(SECTIONS["barriers"], st["h1"])]
    if not d.barriers:
        return out + [P("Keine Umsetzungsbarrieren markiert.", st["body"])]
    rows = [[P("Barriere", st["cellb"]), P("Status", st["cellb"]), P("geplante Maßnahme", st["cellb"])]]
    rows += [[P(f"{b.text} ({b.target})", st["cell"]), P(b.barrier_status or "offen", st["cell"]),
              P(b.barrier_measure or "–", st["cell"])] for b in d.barriers]
    return out + [_table(rows, [TEXT_WIDTH * 0.5, TEXT_WIDTH * 0.17, TEXT_WIDTH * 0.33], st)]


def decisions(d: ProtocolData, st) -> list:  # type: ignore[no-untyped-def]
    out = [P(SECTIONS["decisions"], st["h1"]), P("Beschlüsse", st["h2"])]
    out += [Paragraph(markup(t, " "), st["bullet"], bulletText="•") for t in d.decisions] or [P("Keine.", st["body"])]
    out.append(P("Nächste Schritte", st["h2"]))
    if d.next_steps:
        rows = [[P("Was", st["cellb"]), P("Wer", st["cellb"]), P("Bis", st["cellb"])]]
        rows += [[P(t, st["cell"]), P(o or "–", st["cell"]), P(date_de(due) if due else "–", st["cell"])]
                 for t, o, due in d.next_steps]
        out.append(_table(rows, [TEXT_WIDTH * 0.6, TEXT_WIDTH * 0.22, TEXT_WIDTH * 0.18], st))
    else:
        out.append(P("Keine.", st["body"]))
    out.append(P("Offene Fragen", st["h2"]))
    out += [Paragraph(markup(t, " "), st["bullet"], bulletText="?") for t in d.open_questions] or [P("Keine.", st["body"])]
    return out


def photos(d: ProtocolData, st) -> list:  # type: ignore[no-untyped-def]
    if not d.photos:
        return []  # no empty page just to say there is nothing
    out = [P(SECTIONS["photos"], st["h1"])]
    max_w, max_h = TEXT_WIDTH, PAGE[1] - 2 * MARGIN - 40 * mm
    for caption, blob in d.photos:
        try:
            img = Image(BytesIO(blob))
        except Exception:  # noqa: BLE001 - a broken photo must not stop the protocol
            out.append(P(f"Foto »{caption}« konnte nicht gelesen werden.", st["small"]))
            continue
        scale = min(max_w / img.imageWidth, max_h / img.imageHeight, 1.0)
        img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
        out.append(KeepTogether([img, P(caption, st["small"])]))
    return out
