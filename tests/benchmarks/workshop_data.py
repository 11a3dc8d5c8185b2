"""A three-hour workshop in a real workspace file: two canvases with 400 cards, 5 closed vote rounds, 300
comments (with replies, stances, ELSI tags and barriers), 40 participants – the size the protocol must handle."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from app.domain.templates import builtin_template_id, load_builtin_templates
from app.store.models import (
    AgendaPhase,
    Attendance,
    Canvas,
    Card,
    Comment,
    ConsentEvent,
    EventSession,
    Participant,
    SessionItem,
    Vote,
    VoteRound,
)
from app.store.workspace_file import WorkspaceFile

WORDS = ("Einkauf", "Begleitung", "Nachbarschaft", "Fahrdienst", "Apotheke", "Bäckerei", "Besuch", "Pflege",
         "Beratung", "Treffpunkt", "Ehrenamt", "Quartier", "Miete", "Zuschuss", "Telefonkette", "Größe")
GROUPS = ("Bürger*innen", "Dienstleister", "kommunale Akteure", "Vereine/Netzwerke", "Wissenschaft/Moderation")
STANCES = ("dafür", "dagegen", "neutral", "Frage", "Idee")
TAGS = ("ethisch", "rechtlich", "sozial")


def _sentence(rnd: random.Random, n: int) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(n)).capitalize()


def create_workshop(path: Path, *, cards: int = 400, rounds: int = 5, comments: int = 300,
                    people: int = 40, seed: int = 7) -> str:
    """Write the workshop into a new workspace at ``path``; returns the session id."""
    rnd = random.Random(seed)
    template = next(t for t in load_builtin_templates() if t.key == "kooperationsmodell")
    ws = WorkspaceFile.create(path, quartier="Schaffrath")
    try:
        with ws.session() as s:
            ev = EventSession(title="Bürgerworkshop Versorgung im Alter", kind="Bürgerworkshop",
                              date=date(2026, 3, 14), place="Gemeindehaus", facilitators="Quartiersbüro")
            s.add(ev)
            s.flush()
            for i, (title, minutes) in enumerate((("Ankommen", 15), ("Sammeln", 60), ("Clustern", 30),
                                                  ("Bewerten", 30), ("Diskutieren", 35), ("Abschluss", 10))):
                s.add(AgendaPhase(session_id=ev.id, position=i, title=title, planned_minutes=minutes))
            persons = [Participant(display_name=f"Person {i} Beispiel", pseudonym=f"Teilnehmende {i + 1}",
                                   stakeholder_group=GROUPS[i % len(GROUPS)]) for i in range(people)]
            s.add_all(persons)
            s.flush()
            for i, p in enumerate(persons):
                s.add(Attendance(session_id=ev.id, participant_id=p.id, present=True))
                if i % 3 == 0:
                    s.add(ConsentEvent(participant_id=p.id, purpose="name_in_protocol", given=True,
                                       recorded_at=datetime(2026, 3, 14, 14, 0)))
            canvases = [Canvas(title=f"Modell {n}", template_id=builtin_template_id(template.key),
                                session_id=ev.id) for n in ("Einkaufsbegleitung", "Mittagstisch")]
            s.add_all(canvases)
            s.flush()
            all_cards: list[Card] = []
            for i in range(cards):
                block = template.blocks[i % len(template.blocks)]
                slot = i // len(template.blocks)
                all_cards.append(Card(
                    canvas_id=canvases[i % 2].id, block_key=block.key, text=_sentence(rnd, rnd.randint(3, 9)),
                    x=block.x + 10 + (slot % 4) * 60, y=block.y + 120 + (slot // 4) * 40, w=200, h=120,
                    z=float(i), author_id=rnd.choice(persons).id, private=i % 37 == 0,
                    amount_cents=rnd.randint(1, 900) * 100 if block.key in ("kostenstruktur",
                                                                            "einnahmen_finanzierung") else None))
            s.add_all(all_cards)
            s.flush()
            start = datetime(2026, 3, 14, 15, 0)
            for r in range(rounds):
                canvas = canvases[r % 2]
                pool = [c for c in all_cards if c.canvas_id == canvas.id and not c.private]
                vr = VoteRound(canvas_id=canvas.id, session_id=ev.id, title=f"Runde {r + 1}: Was zuerst?",
                               budget=5, status="closed", anonymous=r == 4, opened_at=start + timedelta(minutes=r))
                s.add(vr)
                s.flush()
                for p in persons:
                    for card in rnd.sample(pool, 5):
                        s.add(Vote(round_id=vr.id, card_id=card.id, participant_id=p.id, weight=1))
            made: list[Comment] = []
            for i in range(comments):
                parent = rnd.choice(made) if made and i % 4 == 3 else None
                card = rnd.choice(all_cards) if parent is None else None
                c = Comment(target_type="card", target_id=parent.target_id if parent else card.id,
                            canvas_id=parent.canvas_id if parent else card.canvas_id,
                            parent_id=parent.id if parent else None, text=_sentence(rnd, rnd.randint(6, 18)),
                            stance=rnd.choice(STANCES), elsi_tags=rnd.sample(TAGS, rnd.randint(0, 2)),
                            barrier=i % 11 == 0, barrier_status="offen" if i % 11 == 0 else "",
                            author_id=rnd.choice(persons).id, created_at=start + timedelta(seconds=i))
                s.add(c)
                s.flush()
                made.append(c)
            for i in range(6):
                s.add(SessionItem(session_id=ev.id, kind=("decision", "next_step", "open_question")[i % 3],
                                  text=_sentence(rnd, 8), position=i))
            return ev.id
    finally:
        ws.close()
