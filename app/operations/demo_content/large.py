"""Synthetic bulk content for benchmarks: thousands of cards with votes and comments, written with bulk inserts.

The ORM's unit of work costs about a millisecond per object; 10,000 cards must be written in seconds, so rows are
inserted as plain dicts. The flush hook does not run for them, so they are stamped here the same way it would.
"""

from __future__ import annotations

from datetime import timedelta
from itertools import accumulate
from typing import Any

from sqlalchemy import insert

from app.domain.templates import TemplateDef, builtin_template_id
from app.store.models import Canvas, Card, Comment, Participant, SyncMixin, Vote, VoteRound

from .builder import DemoBuilder, at
from .canvases import CARD_H, CARD_W, GROUP_COLORS, block_slots, templates
from .people_texts import FIRST_NAMES_FEMALE, FIRST_NAMES_MALE, SURNAMES
from .session_texts import GROUPS

SUBJECTS = ("Einkaufsbegleitung", "Mittagstisch", "Fahrdienst", "Besuchsdienst", "Quartiersbüro",
            "Nachbarschaftshilfe", "Tablet-Sprechstunde", "Bürgerbus", "Wohnberatung", "Seniorenfrühstück",
            "Hausnotruf", "Spaziergangsgruppe", "Reparaturcafé", "Begegnungsstätte", "Pflegeberatung")
ASPECTS = ("für Alleinlebende", "am Wochenende", "für Menschen mit Pflegegrad", "in Großdruck", "auf Türkisch",
           "ohne Eigenanteil", "über §45b finanziert", "mit fester Ansprechperson", "in der Begegnungsstätte",
           "mit Abholdienst", "für pflegende Angehörige", "mit der Wohnungsgenossenschaft")
VERBS = ("ausbauen", "gemeinsam anbieten", "bekannter machen", "verlässlich finanzieren",
         "ehrenamtlich unterstützen", "mit der Stadt abstimmen", "im Quartier erproben", "verstetigen")
COMMENT_TEXTS = ("Gute Idee, das brauchen wir dringend.", "Wer soll das bezahlen?", "Gibt es das nicht schon?",
                 "Bitte auch an Menschen ohne Pflegegrad denken.", "Das klappt nur mit genug Ehrenamtlichen.",
                 "Datenschutz vorher klären.", "Können wir das mit dem Bürgerbus verbinden?",
                 "Die Geschäfte müssen mitziehen.", "Für mich wäre das eine große Erleichterung.")
STANCES = ("dafür", "dafür", "dagegen", "neutral", "neutral", "Frage", "Idee")
ELSI = ("ethisch", "rechtlich", "sozial")


def _stamp(b: DemoBuilder, model: type[SyncMixin], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    columns = model.data_columns()
    device = b.clock.device_id
    for row in rows:
        ts = b.clock.now()
        row["hlc"], row["device_id"] = ts, device
        row.setdefault("deleted", False)
        row["stamps"] = {c: ts for c in columns}
    return rows


def _bulk(b: DemoBuilder, model: type[SyncMixin], rows: list[dict[str, Any]]) -> None:
    if rows:
        b.s.execute(insert(model.__table__), _stamp(b, model, rows))  # type: ignore[attr-defined]


def build_large(b: DemoBuilder, cards: int, canvases: int = 1) -> None:
    b.s.flush()
    people = _extra_participants(b, cards)
    koop = templates()["kooperationsmodell"]
    sessions = list(b.refs["sessions"].values())
    per_canvas = [cards // canvases + (1 if i < cards % canvases else 0) for i in range(canvases)]
    for i, n in enumerate(per_canvas, start=1):
        session = sessions[i % 2]
        canvas = b.add(Canvas(title=f"Ideensammlung {i}: {b.pick(SUBJECTS)} im Quartier",
                              template_id=builtin_template_id(koop.key), version=1, session_id=session.id,
                              status="aktiv", description="Große Ideensammlung aus mehreren Veranstaltungen."))
        b.s.flush()
        card_rows = _cards(b, canvas.id, koop, n, people)
        _bulk(b, Card, card_rows)
        _votes_and_comments(b, canvas.id, session, [r["id"] for r in card_rows], people)


def _extra_participants(b: DemoBuilder, cards: int) -> list[tuple[str, str]]:
    """(id, stakeholder group) of everyone who can author, vote and comment: the demo's people and more."""
    people = [(p.id, p.stakeholder_group) for p in b.refs["participants"]]
    rows = []
    weights = [n for _g, n, _l in GROUPS]
    number = len(people)
    for _ in range(max(0, cards // 20 - len(people))):
        number += 1
        group = b.rng.choices([g for g, _n, _l in GROUPS], weights=weights)[0]
        first = b.pick(FIRST_NAMES_FEMALE + FIRST_NAMES_MALE)
        row = dict(id=b.new_id(), display_name=f"{first} {b.pick(SURNAMES)}", pseudonym=f"Teilnehmende {number}",
                   stakeholder_group=group, actor_id=None, contact="", notes="", erased=False)
        rows.append(row)
        people.append((row["id"], group))
    _bulk(b, Participant, rows)
    return people


def _cards(b: DemoBuilder, canvas_id: str, template: TemplateDef, n: int,
           people: list[tuple[str, str]]) -> list[dict[str, Any]]:
    blocks = list(template.blocks)
    areas = [blk.w * blk.h for blk in blocks]
    slots = {blk.key: block_slots(blk) for blk in blocks}
    used = {blk.key: 0 for blk in blocks}
    letters = {g: letter for g, _n, letter in GROUPS}
    rows = []
    for z in range(n):
        blk = b.rng.choices(blocks, weights=areas)[0]
        free = slots[blk.key]
        k = used[blk.key]
        used[blk.key] += 1
        sx, sy = free[k % len(free)]
        layer = k // len(free)
        # later cards pile up on earlier ones, slightly offset, and never leave the block
        x = min(sx + 4 * (layer % 5), blk.x + blk.w - CARD_W)
        y = min(sy + 4 * (layer % 5), blk.y + blk.h - CARD_H)
        author, group = b.pick(people)
        money = blk.key in ("kostenstruktur", "einnahmen_finanzierung") and b.rng.random() < 0.5
        rows.append(dict(
            id=b.new_id(), canvas_id=canvas_id, block_key=blk.key,
            text=f"{b.pick(SUBJECTS)} {b.pick(ASPECTS)} {b.pick(VERBS)}", color=GROUP_COLORS[letters[group]],
            x=x, y=y, w=CARD_W, h=CARD_H, z=float(z), cluster_id=None, private=False, author_id=author,
            amount_cents=b.rng.randrange(5_000, 500_000, 500) if money else None,
            amount_period=b.pick(("month", "year")) if money else ""))
    return rows


def _votes_and_comments(b: DemoBuilder, canvas_id: str, session: Any, card_ids: list[str],
                        people: list[tuple[str, str]]) -> None:
    if not card_ids:
        return
    start = at(session.date, session.start_time, 60)
    rnd = b.add(VoteRound(canvas_id=canvas_id, session_id=session.id, title="Punktabfrage", method="dots",
                          budget=5, stacking=True, status="closed", opened_at=start,
                          closed_at=start + timedelta(minutes=15)))
    b.s.flush()
    # popularity falls off with rank, as on a real wall of cards: a few cards collect most dots
    popularity = list(accumulate(1.0 / (rank + 1) for rank in range(len(card_ids))))
    voters = b.sample(people, min(len(people), max(20, len(card_ids) // 20)))
    votes = []
    for pid, _group in voters:
        for _ in range(b.rng.randint(3, 5)):
            votes.append(dict(id=b.new_id(), round_id=rnd.id, card_id=b.rng.choices(card_ids, cum_weights=popularity)[0],
                              participant_id=pid, ballot_token="", weight=1, source="screen", recorded_by="",
                              cast_at=start + timedelta(seconds=b.rng.randint(0, 880))))
    _bulk(b, Vote, votes)
    parents, replies = [], []
    for _ in range(len(card_ids) // 5):
        card = b.rng.choices(card_ids, cum_weights=popularity)[0]
        barrier = b.rng.random() < 0.03
        parents.append(_comment(b, card, canvas_id, session.id, b.pick(people)[0], start, None, barrier))
    for parent in b.sample(parents, len(parents) // 5):
        replies.append(_comment(b, parent["target_id"], canvas_id, session.id, b.pick(people)[0], start,
                                parent["id"], False))
    _bulk(b, Comment, parents)
    _bulk(b, Comment, replies)


def _comment(b: DemoBuilder, card_id: str, canvas_id: str, session_id: str, author: str, start: Any,
             parent_id: str | None, barrier: bool) -> dict[str, Any]:
    return dict(id=b.new_id(), target_type="card", target_id=card_id, canvas_id=canvas_id, session_id=session_id,
                parent_id=parent_id, text=b.pick(COMMENT_TEXTS), stance=b.pick(STANCES),
                elsi_tags=[b.pick(ELSI)] if b.rng.random() < 0.1 else [], barrier=barrier,
                barrier_status="offen" if barrier else "", barrier_measure="", author_id=author, anonymous=False,
                created_at=start + timedelta(minutes=b.rng.randint(20, 90)))
