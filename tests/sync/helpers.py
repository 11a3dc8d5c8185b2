"""Workspaces for sync tests: one origin and copies of it (each copy is a laptop with its own device id)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from app.store.models import (
    Canvas,
    CanvasTemplate,
    Card,
    Comment,
    ErasureRecord,
    Participant,
    Vote,
    VoteRound,
    Workspace,
)
from app.store.workspace_file import WorkspaceFile
from app.sync.canonical import canonical_dump


def make_origin(path: Path, cards: int = 3, wall: Callable[[], float] | None = None) -> dict[str, object]:
    """A workspace with a template, a canvas, ``cards`` cards, a participant and an open vote round."""
    with WorkspaceFile.create(path, quartier="Schaffrath", wall=wall) as ws, ws.session() as s:
        t = CanvasTemplate(key="bmc", name="Organisationsmodell")
        s.add(t)
        s.flush()
        canvas = Canvas(title="Einkaufshilfe", template_id=t.id)
        s.add(canvas)
        s.flush()
        card_ids = []
        for i in range(cards):
            card = Card(canvas_id=canvas.id, block_key="wertangebot", text=f"Karte {i}", x=10.0 * i)
            s.add(card)
            s.flush()
            card_ids.append(card.id)
        person = Participant(display_name="Erna Beispiel", pseudonym="", contact="erna@example.org",
                             notes="kommt mit Rollator")
        rnd = VoteRound(canvas_id=canvas.id, title="Runde 1", status="open", budget=100)
        s.add_all([person, rnd])
        s.flush()
        return {"canvas": canvas.id, "cards": card_ids, "participant": person.id, "round": rnd.id}


def copies(origin: Path, names: list[str]) -> list[Path]:
    out = []
    with WorkspaceFile.open(origin) as ws:
        for name in names:
            out.append(ws.save_as(origin.with_name(name)))
    return out


def dump(path: Path) -> dict[str, list[str]]:
    with WorkspaceFile.open(path, readonly=True) as ws, ws.engine.connect() as conn:
        return canonical_dump(conn)


def card_text(path: Path, card_id: str) -> str:
    with WorkspaceFile.open(path, readonly=True) as ws, ws.session() as s:
        return s.get(Card, card_id).text


def set_card(path: Path, card_id: str, **values: object) -> None:
    with WorkspaceFile.open(path) as ws, ws.session() as s:
        card = s.get(Card, card_id)
        for k, v in values.items():
            setattr(card, k, v)


def erase_participant(path: Path, participant_id: str) -> None:
    """What the erasure action does: blank the personal fields and leave an erasure record for sync."""
    with WorkspaceFile.open(path) as ws, ws.session() as s:
        p = s.get(Participant, participant_id)
        p.display_name = p.contact = p.notes = ""
        p.pseudonym = p.pseudonym or "gelöscht"
        p.erased = True
        s.add(ErasureRecord(participant_id=participant_id, erased_by="Moderation"))


def add_vote(path: Path, round_id: str, card_id: str, token: str) -> str:
    with WorkspaceFile.open(path) as ws, ws.session() as s:
        v = Vote(round_id=round_id, card_id=card_id, ballot_token=token)
        s.add(v)
        s.flush()
        return v.id


def add_comment(path: Path, card_id: str, text: str) -> str:
    with WorkspaceFile.open(path) as ws, ws.session() as s:
        c = Comment(target_type="card", target_id=card_id, text=text)
        s.add(c)
        s.flush()
        return c.id


def quartier(path: Path) -> str:
    with WorkspaceFile.open(path, readonly=True) as ws, ws.session() as s:
        return s.scalars(select(Workspace.quartier)).one()
