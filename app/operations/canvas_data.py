"""Plain, frozen pictures of a canvas for the board, the render and the protocol (never ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.card_amounts import Amount
from app.domain.templates import BlockDef, TemplateDef


@dataclass(frozen=True)
class BlockData:
    key: str
    title: str
    question: str
    x: float
    y: float
    w: float
    h: float
    color: str = ""
    position: int = 0

    def as_def(self) -> BlockDef:
        return BlockDef(key=self.key, title=self.title, question=self.question, x=self.x, y=self.y, w=self.w,
                        h=self.h, color=self.color)


@dataclass(frozen=True)
class CardData:
    id: str
    canvas_id: str
    block_key: str
    text: str
    color: str
    x: float
    y: float
    w: float
    h: float
    z: float = 0.0
    cluster_id: str | None = None
    private: bool = False
    author_id: str | None = None
    author_group: str | None = None
    amount_cents: int | None = None
    amount_period: str = ""
    actor_ids: tuple[str, ...] = ()

    def amount(self) -> Amount | None:
        if self.amount_cents is None or not self.amount_period:
            return None
        return Amount(self.amount_cents, self.amount_period)

    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2


@dataclass(frozen=True)
class ClusterData:
    id: str
    canvas_id: str
    block_key: str
    title: str
    color: str = ""


@dataclass(frozen=True)
class CanvasSummary:
    id: str
    title: str
    version: int
    template_id: str
    template_name: str
    status: str
    card_count: int


@dataclass(frozen=True)
class ChoiceData:
    """An actor or participant as the pickers show it."""

    id: str
    name: str
    detail: str = ""


@dataclass(frozen=True)
class CardMove:
    card_id: str
    x: float
    y: float
    block_key: str | None = None  # None keeps the block


@dataclass(frozen=True)
class NewCard:
    """What ``add_cards`` needs to create one card (paste, duplicate)."""

    block_key: str
    text: str
    x: float
    y: float
    w: float = 200.0
    h: float = 120.0
    color: str = ""
    private: bool = False
    author_id: str | None = None
    amount_cents: int | None = None
    amount_period: str = ""
    card_id: str | None = None  # given when re-creating a card with a known id


@dataclass(frozen=True)
class BoardData:
    canvas_id: str
    title: str
    version: int
    template_id: str
    template_name: str
    width: float
    height: float
    blocks: tuple[BlockData, ...]
    cards: tuple[CardData, ...]
    clusters: tuple[ClusterData, ...] = ()
    actor_names: dict[str, str] = field(default_factory=dict)
    status: str = "Entwurf"

    def template_def(self) -> TemplateDef:
        return TemplateDef(key=self.template_id, name=self.template_name, description="", width=self.width,
                           height=self.height, blocks=tuple(b.as_def() for b in self.blocks))

    def block(self, key: str) -> BlockData | None:
        return next((b for b in self.blocks if b.key == key), None)
