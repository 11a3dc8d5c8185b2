"""The link between a financing model and its Finanzierungsmodell canvas: compare card amounts, import them.

Cards in the "Finanzierungsquellen" block count as revenue, cards in "Kosten" as costs. The model side is its
first year (months 1–12) as computed, so a one-off cost in month 1 shows up as a difference on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import financing as fin
from app.domain.financing_crosscheck import (
    COST_BLOCK,
    REVENUE_BLOCK,
    CardAmount,
    check_block,
    guess_cost_kind,
    guess_source_key,
    unrepresented,
)
from app.store.models import (
    Canvas,
    Card,
    CostLine,
    FinancingModel,
    FinancingSource,
    RevenueLine,
    TemplateBlock,
)

from .errors import OperationRefused
from .financing_ops import build_spec_in, cost_rows_in, revenue_rows_in
from .financing_rows import live

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

_BLOCKS = (REVENUE_BLOCK, COST_BLOCK)


@dataclass(frozen=True)
class CardAmountRow:
    card_id: str
    block_key: str
    label: str
    amount_cents: int
    period: str  # month | year
    represented: bool  # a line of the model carries this label


@dataclass(frozen=True)
class BlockCheckRow:
    block_key: str
    block_title: str
    card_count: int
    cards_month_cents: int
    model_month_cents: int
    difference_month_cents: int  # model minus cards
    cards_year_cents: int
    model_year_cents: int
    difference_year_cents: int
    agrees: bool


@dataclass(frozen=True)
class CrossCheck:
    canvas_id: str
    canvas_title: str
    canvas_version: int
    blocks: tuple[BlockCheckRow, ...]
    cards: tuple[CardAmountRow, ...]


@dataclass(frozen=True)
class ImportResult:
    revenue_labels: tuple[str, ...]
    cost_labels: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.revenue_labels) + len(self.cost_labels)


def _linked_canvas(s: Session, model_id: str) -> tuple[FinancingModel, Canvas]:
    m = live(s, FinancingModel, model_id, "Dieses Finanzierungsmodell")
    if not m.canvas_id:
        raise OperationRefused("Das Finanzierungsmodell ist mit keinem Canvas verknüpft.")
    return m, live(s, Canvas, m.canvas_id, "Der verknüpfte Canvas")


def _card_amounts(s: Session, canvas_id: str) -> list[CardAmount]:
    cards = s.scalars(select(Card).where(Card.canvas_id == canvas_id, Card.deleted.is_(False),
                                         Card.block_key.in_(_BLOCKS), Card.amount_cents.is_not(None))
                      .order_by(Card.block_key, Card.y, Card.x))
    return [CardAmount(c.id, c.block_key, c.text, int(c.amount_cents or 0),
                       "year" if c.amount_period == "year" else "month") for c in cards]


def cross_check(ws: WorkspaceFile, model_id: str) -> CrossCheck:
    with ws.session() as s:
        _m, canvas = _linked_canvas(s, model_id)
        cards = _card_amounts(s, canvas.id)
        titles = {b.key: b.title for b in s.scalars(select(TemplateBlock).where(
            TemplateBlock.template_id == canvas.template_id, TemplateBlock.deleted.is_(False)))}
        spec = build_spec_in(s, model_id)
        revenue = revenue_rows_in(s, model_id)
        revenue_labels, revenue_keys = [r.label for r in revenue], [r.source_key for r in revenue]
        cost_labels = [c.label for c in cost_rows_in(s, model_id)]
    first_year = fin.yearly(fin.cash_flow(spec)).iloc[0]
    model_year = {REVENUE_BLOCK: int(first_year[fin.REVENUE_TOTAL]), COST_BLOCK: int(first_year[fin.COST_TOTAL])}
    blocks = []
    for key in _BLOCKS:
        check = check_block(key, cards, model_year[key])
        blocks.append(BlockCheckRow(
            block_key=key, block_title=titles.get(key, key), card_count=check.card_count,
            cards_month_cents=check.cards_month_cents, model_month_cents=check.model_month_cents,
            difference_month_cents=check.difference_month_cents, cards_year_cents=check.cards_year_cents,
            model_year_cents=check.model_year_cents, difference_year_cents=check.difference_year_cents,
            agrees=check.agrees,
        ))
    missing = {c.card_id for c in unrepresented([c for c in cards if c.block_key == REVENUE_BLOCK], revenue_labels,
                                                revenue_keys)}
    missing |= {c.card_id for c in unrepresented([c for c in cards if c.block_key == COST_BLOCK], cost_labels)}
    rows = tuple(CardAmountRow(c.card_id, c.block_key, c.label, c.amount_cents, c.period,
                               c.card_id not in missing) for c in cards)
    return CrossCheck(canvas.id, canvas.title, canvas.version, tuple(blocks), rows)


def import_card_amounts(ws: WorkspaceFile, model_id: str) -> ImportResult:
    """Lines for every card with an amount that the model does not carry yet (matched by label)."""
    with ws.session() as s:
        _m, canvas = _linked_canvas(s, model_id)
        cards = _card_amounts(s, canvas.id)
        revenue = revenue_rows_in(s, model_id)
        cost = cost_rows_in(s, model_id)
        sources = {r.key: r for r in s.scalars(select(FinancingSource).where(FinancingSource.deleted.is_(False)))}
        position = max([r.position for r in revenue] + [-1]) + 1
        added_revenue = []
        revenue_cards = [c for c in cards if c.block_key == REVENUE_BLOCK]
        for card in unrepresented(revenue_cards, [r.label for r in revenue], [r.source_key for r in revenue]):
            source = sources.get(guess_source_key(card.text) or "")
            s.add(RevenueLine(
                model_id=model_id, source_id=source.id if source else None, label=card.label,
                amount_cents=card.amount_cents, unit="per_year" if card.period == "year" else "per_month",
                clients=0, uptake_pct=100.0, start_month=1, end_month=None, certainty="wahrscheinlich",
                temporary=source.temporary if source else False, public=source.public if source else False,
                valued=True, position=position,
            ))
            position += 1
            added_revenue.append(card.label)
        position = max([c.position for c in cost] + [-1]) + 1
        added_cost = []
        for card in unrepresented([c for c in cards if c.block_key == COST_BLOCK], [c.label for c in cost]):
            s.add(CostLine(model_id=model_id, kind=guess_cost_kind(card.text), label=card.label,
                           amount_cents=card.amount_cents, unit="per_year" if card.period == "year" else "per_month",
                           start_month=1, end_month=None, position=position))
            position += 1
            added_cost.append(card.label)
    return ImportResult(tuple(added_revenue), tuple(added_cost))
