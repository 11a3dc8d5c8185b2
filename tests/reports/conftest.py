"""A small but complete workshop session, written through the ORM into a real workspace file."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from PIL import Image as PILImage
from sqlalchemy import select

from app.store.models import (
    AgendaPhase,
    Attendance,
    Canvas,
    CanvasTemplate,
    Card,
    Comment,
    ConsentEvent,
    EventSession,
    Participant,
    SessionItem,
    SessionPhoto,
    Vote,
    VoteRound,
    Workspace,
)
from app.store.workspace_file import WorkspaceFile

SECRET_NAME = "Gertrud Kowalczyk-Geheim"
OPEN_NAME = "Heinz Größmann"


def _png() -> bytes:
    buf = io.BytesIO()
    PILImage.new("RGB", (1600, 1200), (250, 236, 153)).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def session_ws(tmp_path):
    path = tmp_path / "sitzung.werkstatt"
    ws = WorkspaceFile.create(path, quartier="Schaffrath")
    with ws.session() as s:
        s.scalars(select(Workspace)).one().city = "Gelsenkirchen"
        tpl = s.scalars(select(CanvasTemplate).where(CanvasTemplate.key == "kooperationsmodell")).one()
        ev = EventSession(title="Dienstleisterkonferenz Einkaufsbegleitung", kind="Dienstleisterkonferenz",
                          date=date(2026, 11, 19), place="Gemeindesaal St. Ludgerus",
                          facilitators="Quartiersbüro Schaffrath")
        s.add(ev)
        s.flush()
        for i, (t, m) in enumerate([("Ankommen", 15), ("Sammeln", 40), ("Bewerten", 20), ("Abschluss", 10)]):
            s.add(AgendaPhase(session_id=ev.id, position=i, title=t, planned_minutes=m))
        secret = Participant(display_name=SECRET_NAME, pseudonym="Teilnehmende 1", stakeholder_group="Bürger*innen")
        known = Participant(display_name=OPEN_NAME, pseudonym="Teilnehmende 2", stakeholder_group="Dienstleister")
        s.add_all([secret, known])
        s.flush()
        s.add(ConsentEvent(participant_id=known.id, purpose="name_in_protocol", given=True,
                           recorded_at=datetime(2026, 11, 19, 18, 0)))
        for p in (secret, known):
            s.add(Attendance(session_id=ev.id, participant_id=p.id, present=True))
        cv = Canvas(title="Einkaufsbegleitung im Quartier", template_id=tpl.id, session_id=ev.id)
        s.add(cv)
        s.flush()
        c1 = Card(canvas_id=cv.id, block_key="schluesselpartner", text="Bäckerei Größe liefert Brötchen",
                  author_id=known.id)
        c2 = Card(canvas_id=cv.id, block_key="einnahmen_finanzierung", text="Entlastungsbetrag §45b",
                  amount_cents=393000, amount_period="month", author_id=secret.id)
        c3 = Card(canvas_id=cv.id, block_key="zielgruppen", text="Ältere Menschen ohne Auto", author_id=secret.id)
        s.add_all([c1, c2, c3])
        s.flush()
        rnd = VoteRound(canvas_id=cv.id, session_id=ev.id, title="Was ist am wichtigsten?", budget=5,
                        status="closed", opened_at=datetime(2026, 11, 19, 18, 30))
        s.add(rnd)
        s.flush()
        for voter, card, w in ((secret, c3, 3), (secret, c2, 2), (known, c1, 4), (known, c3, 1)):
            s.add(Vote(round_id=rnd.id, card_id=card.id, participant_id=voter.id, weight=w))
        top = Comment(target_type="card", target_id=c2.id, canvas_id=cv.id, text="Wer rechnet mit der Kasse ab?",
                      stance="Frage", elsi_tags=["rechtlich"], barrier=True, barrier_status="offen",
                      barrier_measure="Anerkennung nach §45a klären", author_id=secret.id)
        s.add(top)
        s.flush()
        s.add(Comment(target_type="card", target_id=c2.id, canvas_id=cv.id, parent_id=top.id,
                      text="Das Seniorenbüro hilft dabei.", stance="Idee", author_id=known.id))
        s.add(SessionItem(session_id=ev.id, kind="decision", text="Pilot ab Februar in der Hülser Straße"))
        s.add(SessionItem(session_id=ev.id, kind="next_step", text="Anerkennung beantragen", owner="Seniorenbüro",
                          due_date=date(2027, 1, 15)))
        s.add(SessionItem(session_id=ev.id, kind="open_question", text="Wer übernimmt die Versicherung?"))
        s.add(SessionPhoto(session_id=ev.id, caption="Metaplan-Wand Gruppe Größe", filename="wand.png",
                           mime="image/png", data=_png()))
    ws.close()
    return path
