"""Demo canvases: the Kooperationsmodell "Einkaufsbegleitung im Quartier" (version 1 used in both events, version
2 as the draft for the coordination meeting) and the Finanzierungsmodell, with cards laid out in their blocks."""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.templates import BlockDef, TemplateDef, builtin_template_id, load_builtin_templates
from app.store.models import Canvas, Card, CardActorLink, Cluster, Participant

from .builder import DemoBuilder
from .canvas_texts import (
    CLUSTERS,
    FINANZ_CARDS,
    FINANZ_TITLE,
    KOOPERATION_CARDS,
    MODEL_DESCRIPTION,
    MODEL_TITLE,
    V2_ADDED,
    V2_CHANGED,
    V2_REMOVED,
    CardSpec,
)
from .session_texts import GROUP_BY_LETTER

CARD_W, CARD_H = 200.0, 120.0
MARGIN, HEADER, GAP = 16.0, 124.0, 16.0  # HEADER leaves room for the block title, question and a cluster heading
GROUP_COLORS = {"B": "#ffec99", "D": "#a5d8ff", "K": "#b2f2bb", "V": "#ffc9c9", "M": "#e9ecef"}


def _lines(text: str, width: float, char_px: float) -> int:
    """Lines ``text`` takes when wrapped at word breaks, with an average character width (no font engine here)."""
    per_line = max(1, int(width // char_px))
    lines, used = 0, per_line
    for word in text.split():
        if used + 1 + len(word) > per_line:
            lines, used = lines + 1, len(word)
        else:
            used += 1 + len(word)
    return lines


def header_height(block: BlockDef, *, cluster_room: bool = False) -> float:
    """How far the block's title and question reach (sizes of the normal theme: title 28 px bold, question
    16 px), plus the heading of a cluster frame when the block's cards are grouped: cards never cover them."""
    inner = block.w - 28
    title = max(1, _lines(block.title, inner, 17.5)) * 33
    question = _lines(block.question, inner, 8.6) * 19
    return max(HEADER, 10 + title + question + 14 + (40 if cluster_room else 0))


def block_slots(block: BlockDef, *, cluster_room: bool = False) -> list[tuple[float, float]]:
    """Non-overlapping card positions inside a block, row by row, below the block's title and question."""
    slots: list[tuple[float, float]] = []
    y = block.y + header_height(block, cluster_room=cluster_room)
    while y + CARD_H <= block.y + block.h - 8:
        x = block.x + MARGIN
        while x + CARD_W <= block.x + block.w - 8:
            slots.append((x, y))
            x += CARD_W + GAP
        y += CARD_H + GAP
    return slots


def templates() -> dict[str, TemplateDef]:
    return {t.key: t for t in load_builtin_templates()}


def build_canvases(b: DemoBuilder) -> None:
    sessions = b.refs["sessions"]
    tpl = templates()
    koop = tpl["kooperationsmodell"]
    v1 = b.add(Canvas(title=MODEL_TITLE, template_id=builtin_template_id(koop.key), version=1,
                      session_id=sessions["dlk"].id, status="aktiv", description=MODEL_DESCRIPTION))
    b.s.flush()
    clusters = {}
    for key, (block, title, color) in CLUSTERS.items():
        clusters[key] = b.add(Cluster(canvas_id=v1.id, block_key=block, title=title, color=color))
    b.s.flush()
    specs = _choose_cards(b)
    v1_cards = _lay_out(b, v1, koop, specs, clusters)
    b.refs["v1"], b.refs["v1_cards"] = v1, v1_cards
    b.s.flush()

    v2 = b.add(Canvas(title=MODEL_TITLE, template_id=v1.template_id, version=2, parent_id=v1.id,
                      session_id=sessions["koordination"].id, status="Entwurf",
                      description=MODEL_DESCRIPTION + " Überarbeitet nach Dienstleisterkonferenz und Bürgerworkshop."))
    b.s.flush()
    removed = [k for k in V2_REMOVED if k in v1_cards][:2]
    kept = [s for s in specs if s.key not in removed]
    changed = [CardSpec(**{**s.__dict__, "text": V2_CHANGED.get(s.key, s.text), "cluster": ""}) for s in kept]
    v2_clusters = {}
    for key, (block, title, color) in CLUSTERS.items():
        v2_clusters[key] = b.add(Cluster(canvas_id=v2.id, block_key=block, title=title, color=color))
    b.s.flush()
    v2_specs = [CardSpec(**{**s.__dict__, "cluster": orig.cluster}) for s, orig in zip(changed, kept, strict=True)]
    b.refs["v2"] = v2
    b.refs["v2_cards"] = _lay_out(b, v2, koop, v2_specs + list(V2_ADDED), v2_clusters,
                                  authors=_authors_of(v1_cards))
    b.s.flush()

    fin = tpl["finanzierungsmodell"]
    fcanvas = b.add(Canvas(title=FINANZ_TITLE, template_id=builtin_template_id(fin.key), version=1,
                           session_id=sessions["koordination"].id, status="aktiv",
                           description="Wie sich die Einkaufsbegleitung trägt – auch nach dem Ende der Förderung."))
    b.s.flush()
    b.refs["finanz_canvas"] = fcanvas
    b.refs["finanz_cards"] = _lay_out(b, fcanvas, fin, list(FINANZ_CARDS), {})
    b.s.flush()


def _choose_cards(b: DemoBuilder) -> list[CardSpec]:
    optional = [s for s in KOOPERATION_CARDS if s.optional]
    chosen = {s.key for s in b.sample(optional, b.rng.randint(1, 3))}
    return [s for s in KOOPERATION_CARDS if not s.optional or s.key in chosen]


def _authors_of(cards: dict[str, Card]) -> dict[str, str | None]:
    return {key: card.author_id for key, card in cards.items()}


def _lay_out(b: DemoBuilder, canvas: Canvas, template: TemplateDef, specs: Iterable[CardSpec],
             clusters: dict[str, Cluster], authors: dict[str, str | None] | None = None) -> dict[str, Card]:
    """Cards in the free slots of their blocks, in the order given; the same author as before when known."""
    by_group: dict[str, list[Participant]] = b.refs["by_group"]
    actors = b.refs["actors"]
    free: dict[str, list[tuple[float, float]]] = {}
    out: dict[str, Card] = {}
    links: list[tuple[str, str]] = []
    for z, spec in enumerate(specs):
        block = template.block(spec.block)
        if block is None:
            raise ValueError(f"unknown block {spec.block}")
        grouped = any(c.block_key == spec.block for c in clusters.values())
        slots = free.setdefault(spec.block, block_slots(block, cluster_room=grouped))
        x, y = slots.pop(0)
        if authors is not None and spec.key in authors:
            author_id = authors[spec.key]
        else:
            author_id = b.pick(by_group[GROUP_BY_LETTER[spec.group]]).id
        cluster = clusters.get(spec.cluster)
        card = b.add(Card(canvas_id=canvas.id, block_key=spec.block, text=spec.text,
                          color=GROUP_COLORS[spec.group], x=x, y=y, w=CARD_W, h=CARD_H, z=float(z),
                          cluster_id=cluster.id if cluster else None, author_id=author_id,
                          amount_cents=spec.amount_cents, amount_period=spec.period))
        out[spec.key] = card
        links.extend((card.id, actors[k].id) for k in spec.actors if k in actors)
    b.s.flush()  # the links refer to the cards; the unit of work does not order rows of unrelated mappers
    for card_id, actor_id in links:
        b.add(CardActorLink(card_id=card_id, actor_id=actor_id))
    return out
