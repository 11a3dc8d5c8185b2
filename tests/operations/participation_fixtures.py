"""A real workspace file with one canvas of cards and one session, for participation tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from app.store.models import Canvas, CanvasTemplate, Card, Vote
from app.store.workspace_file import WorkspaceFile

CARD_TEXTS = ("Einkaufsbegleitung", "Fahrdienst zum Arzt", "Bürgercafé", "Techniktreff")


@dataclass
class Board:
    ws: WorkspaceFile
    canvas_id: str
    card_ids: list[str]
    session_id: str


def make_board(tmp_path: Path, name: str = "q.werkstatt") -> Board:
    from app.operations import agenda_ops

    ws = WorkspaceFile.create(tmp_path / name, quartier="Schaffrath")
    with ws.session() as s:
        template_id = s.scalars(select(CanvasTemplate.id)).first()
        canvas = Canvas(title="Kooperationsmodell", template_id=template_id)
        s.add(canvas)
        s.flush()
        cards = [Card(canvas_id=canvas.id, block_key="wertangebot", text=t, y=float(i)) for i, t in
                 enumerate(CARD_TEXTS)]
        s.add_all(cards)
        s.flush()
        canvas_id, card_ids = canvas.id, [c.id for c in cards]
    event = agenda_ops.create_session(ws, "Bürgerworkshop Schaffrath", kind="Bürgerworkshop",
                                      on=date(2025, 3, 12))
    return Board(ws, canvas_id, card_ids, event.id)


def add_canvas_with_cards(ws: WorkspaceFile, texts: list[str]) -> tuple[str, list[str]]:
    with ws.session() as s:
        template_id = s.scalars(select(CanvasTemplate.id)).first()
        canvas = Canvas(title="Version 2", template_id=template_id, version=2)
        s.add(canvas)
        s.flush()
        cards = [Card(canvas_id=canvas.id, text=t) for t in texts]
        s.add_all(cards)
        s.flush()
        return canvas.id, [c.id for c in cards]


def delete_card(ws: WorkspaceFile, card_id: str) -> None:
    with ws.session() as s:
        card = s.get(Card, card_id)
        assert card is not None
        card.deleted = True


def vote_rows(ws: WorkspaceFile) -> int:
    """All vote rows, tombstones included: a refusal must not add one."""
    with ws.session() as s:
        return int(s.scalar(select(func.count()).select_from(Vote)) or 0)
