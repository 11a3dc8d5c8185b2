"""Card edits, one session per user action. Deleting is always a tombstone, so undo and merges can bring it back."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.card_amounts import AMOUNT_PERIODS
from app.domain.card_look import DEFAULT_CARD_COLOR, color_for_group
from app.store.models import Canvas, Card, CardActorLink, Participant
from app.store.workspace_file import WorkspaceFile

from .canvas_board import card_data
from .canvas_data import CardData, CardMove, NewCard

#: Fields ``update_card`` may change; everything else (canvas, author) is fixed once a card exists.
EDITABLE_FIELDS = frozenset({"text", "color", "x", "y", "w", "h", "z", "block_key", "cluster_id", "private",
                             "amount_cents", "amount_period"})
MIN_CARD_W = 80.0
MIN_CARD_H = 50.0


class CardNotFound(LookupError):
    pass


def _group(s: Session, author_id: str | None) -> str | None:
    if not author_id:
        return None
    return s.scalar(select(Participant.stakeholder_group).where(Participant.id == author_id))


def _actor_ids(s: Session, card_id: str) -> tuple[str, ...]:
    return tuple(sorted(s.scalars(select(CardActorLink.actor_id).where(
        CardActorLink.card_id == card_id, CardActorLink.deleted.is_(False)))))


def _live_card(s: Session, card_id: str) -> Card:
    row = s.get(Card, card_id)
    if row is None or row.deleted:
        raise CardNotFound(f"Die Karte {card_id} gibt es nicht (mehr).")
    return row


def _check_amount(cents: int | None, period: str) -> None:
    if cents is not None and period not in AMOUNT_PERIODS:
        raise ValueError("Ein Betrag braucht einen Zeitraum: pro Monat oder pro Jahr.")


def _new_row(s: Session, canvas_id: str, spec: NewCard, z: float) -> Card:
    _check_amount(spec.amount_cents, spec.amount_period)
    group = _group(s, spec.author_id)
    row = Card(canvas_id=canvas_id, block_key=spec.block_key, text=spec.text,
               color=spec.color or color_for_group(group, DEFAULT_CARD_COLOR), x=spec.x, y=spec.y,
               w=max(spec.w, MIN_CARD_W), h=max(spec.h, MIN_CARD_H), z=z, private=spec.private,
               author_id=spec.author_id, amount_cents=spec.amount_cents,
               amount_period=spec.amount_period if spec.amount_cents is not None else "")
    if spec.card_id:
        row.id = spec.card_id
    s.add(row)
    return row


def add_cards(ws: WorkspaceFile, canvas_id: str, specs: Sequence[NewCard]) -> list[CardData]:
    """Create many cards in one transaction (paste); each lands on top of the others."""
    with ws.session() as s:
        canvas = s.get(Canvas, canvas_id)
        if canvas is None or canvas.deleted:
            raise ValueError("Diese Leinwand gibt es nicht (mehr).")
        top = s.scalar(select(func.max(Card.z)).where(Card.canvas_id == canvas_id)) or 0.0
        rows = []
        for i, spec in enumerate(specs, start=1):
            existing = s.get(Card, spec.card_id) if spec.card_id else None
            if existing is not None:  # redo of a paste: bring the very same card back
                existing.deleted = False
                rows.append(existing)
            else:
                rows.append(_new_row(s, canvas_id, spec, top + i))
        s.flush()
        return [card_data(r, group=_group(s, r.author_id), actor_ids=_actor_ids(s, r.id)) for r in rows]


def add_card(ws: WorkspaceFile, canvas_id: str, block_key: str, text: str, x: float, y: float, *,
             w: float = 200.0, h: float = 120.0, color: str = "", private: bool = False,
             author_id: str | None = None, amount_cents: int | None = None, amount_period: str = "",
             card_id: str | None = None) -> CardData:
    spec = NewCard(block_key=block_key, text=text, x=x, y=y, w=w, h=h, color=color, private=private,
                   author_id=author_id, amount_cents=amount_cents, amount_period=amount_period, card_id=card_id)
    return add_cards(ws, canvas_id, [spec])[0]


def update_card(ws: WorkspaceFile, card_id: str, **fields: Any) -> CardData:
    """Change some fields of one card. ``amount=(cents, period)`` or ``amount=None`` sets or clears the amount."""
    if "amount" in fields:
        amount = fields.pop("amount")
        fields["amount_cents"], fields["amount_period"] = amount if amount is not None else (None, "")
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise ValueError(f"Unbekannte Kartenfelder: {', '.join(sorted(unknown))}")
    with ws.session() as s:
        row = _live_card(s, card_id)
        cents = fields.get("amount_cents", row.amount_cents)
        period = fields.get("amount_period", row.amount_period or "")
        _check_amount(cents, period)
        if cents is None:
            fields["amount_period"] = ""
        if "w" in fields:
            fields["w"] = max(float(fields["w"]), MIN_CARD_W)
        if "h" in fields:
            fields["h"] = max(float(fields["h"]), MIN_CARD_H)
        for name, value in fields.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
        s.flush()
        return card_data(row, group=_group(s, row.author_id), actor_ids=_actor_ids(s, row.id))


def move_cards(ws: WorkspaceFile, moves: Iterable[CardMove]) -> list[CardMove]:
    """Move many cards in one transaction (a multi-select drag); returns the moves as applied."""
    applied: list[CardMove] = []
    with ws.session() as s:
        for m in moves:
            row = _live_card(s, m.card_id)
            row.x, row.y = m.x, m.y
            if m.block_key is not None and m.block_key != row.block_key:
                row.block_key = m.block_key
            applied.append(CardMove(row.id, row.x, row.y, row.block_key))
    return applied


def delete_cards(ws: WorkspaceFile, card_ids: Iterable[str]) -> list[str]:
    """Tombstone cards (and their actor links stay, so a restore brings them back whole)."""
    done = []
    with ws.session() as s:
        for cid in card_ids:
            row = s.get(Card, cid)
            if row is not None and not row.deleted:
                row.deleted = True
                done.append(cid)
    return done


def restore_cards(ws: WorkspaceFile, card_ids: Iterable[str]) -> list[CardData]:
    with ws.session() as s:
        rows = [r for r in (s.get(Card, cid) for cid in card_ids) if r is not None]
        for r in rows:
            r.deleted = False
        s.flush()
        return [card_data(r, group=_group(s, r.author_id), actor_ids=_actor_ids(s, r.id)) for r in rows]


def set_private(ws: WorkspaceFile, card_ids: Iterable[str], private: bool) -> list[str]:
    changed = []
    with ws.session() as s:
        for cid in card_ids:
            row = _live_card(s, cid)
            if bool(row.private) != private:
                row.private = private
                changed.append(cid)
    return changed


def reveal_cards(ws: WorkspaceFile, canvas_id: str, author_id: str | None = None) -> list[str]:
    """Turn face-down cards face up: all of a canvas, or only those of one author. Returns the revealed ids."""
    with ws.session() as s:
        query = select(Card).where(Card.canvas_id == canvas_id, Card.deleted.is_(False), Card.private.is_(True))
        if author_id is not None:
            query = query.where(Card.author_id == author_id)
        rows = list(s.scalars(query))
        for r in rows:
            r.private = False
        return [r.id for r in rows]


def link_actor(ws: WorkspaceFile, card_id: str, actor_id: str) -> tuple[str, ...]:
    """Link a card to an actor (reviving an earlier, removed link); returns the card's linked actor ids."""
    with ws.session() as s:
        _live_card(s, card_id)
        link = s.scalar(select(CardActorLink).where(CardActorLink.card_id == card_id,
                                                    CardActorLink.actor_id == actor_id))
        if link is None:
            s.add(CardActorLink(card_id=card_id, actor_id=actor_id))
        elif link.deleted:
            link.deleted = False
        s.flush()
        return _actor_ids(s, card_id)


def unlink_actor(ws: WorkspaceFile, card_id: str, actor_id: str) -> tuple[str, ...]:
    with ws.session() as s:
        for link in s.scalars(select(CardActorLink).where(
                CardActorLink.card_id == card_id, CardActorLink.actor_id == actor_id,
                CardActorLink.deleted.is_(False))):
            link.deleted = True
        s.flush()
        return _actor_ids(s, card_id)


def set_cluster(ws: WorkspaceFile, assignments: Mapping[str, str | None]) -> None:
    """Put cards into clusters (or out of them: ``None``) in one transaction."""
    with ws.session() as s:
        for cid, cluster_id in assignments.items():
            row = _live_card(s, cid)
            if row.cluster_id != cluster_id:
                row.cluster_id = cluster_id
