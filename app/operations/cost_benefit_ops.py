"""Costs and benefits of taking part, per actor or per category, and the overview matrix."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from app.domain import category_tree
from app.store.models import Actor, CostBenefitItem
from app.store.models.actors import CB_DIMENSIONS
from app.store.workspace_file import WorkspaceFile

from .actors_ops import live_actor
from .categories_ops import category_map
from .errors import OperationRefused

KINDS = ("cost", "benefit")
NO_CATEGORY = ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("KostenNutzen", text)


@dataclass(frozen=True)
class CostBenefitEntry:
    id: str
    actor_id: str | None
    actor_name: str
    category_id: str | None
    category: str
    kind: str  # cost | benefit
    dimension: str
    weight: int
    note: str


@dataclass
class CostBenefitMatrix:
    """Top-level categories × dimensions; each cell holds (sum of cost weights, sum of benefit weights).

    Items of an actor count for the actor's category; sub-categories roll up into their top-level category
    so the matrix stays one screen high.
    """

    categories: list[tuple[str, str]] = field(default_factory=list)  # (id or "", name)
    dimensions: tuple[str, ...] = CB_DIMENSIONS
    cells: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)

    def cell(self, category_id: str, dimension: str) -> tuple[int, int]:
        return self.cells.get((category_id, dimension), (0, 0))


def add_item(ws: WorkspaceFile, *, kind: str, dimension: str, weight: int, note: str = "",
             actor_id: str | None = None, category_id: str | None = None) -> str:
    if kind not in KINDS:
        raise OperationRefused(_tr("Bitte »Kosten« oder »Nutzen« wählen."))
    if dimension not in CB_DIMENSIONS:
        raise OperationRefused(_tr("Die Dimension »{d}« gibt es nicht.").format(d=dimension))
    if not 1 <= weight <= 5:
        raise OperationRefused(_tr("Das Gewicht muss zwischen 1 und 5 liegen."))
    if (actor_id is None) == (category_id is None):
        raise OperationRefused(_tr("Ein Eintrag gehört entweder zu einem Akteur oder zu einer Kategorie."))
    with ws.session() as s:
        if actor_id is not None:
            live_actor(s, actor_id)
        if category_id is not None and category_id not in category_map(s):
            raise OperationRefused(_tr("Diese Kategorie gibt es nicht mehr."))
        row = CostBenefitItem(actor_id=actor_id, category_id=category_id, kind=kind, dimension=dimension,
                              weight=weight, note=note.strip())
        s.add(row)
        s.flush()
        return row.id


def remove_item(ws: WorkspaceFile, item_id: str) -> None:
    with ws.session() as s:
        row = s.get(CostBenefitItem, item_id)
        if row is None or row.deleted:
            raise OperationRefused(_tr("Diesen Eintrag gibt es nicht mehr."))
        row.deleted = True


def list_items(ws: WorkspaceFile, *, actor_id: str | None = None, category_id: str | None = None
               ) -> list[CostBenefitEntry]:
    with ws.session() as s:
        cats = category_map(s)
        names = dict(s.execute(select(Actor.id, Actor.name)).tuples().all())
        q = select(CostBenefitItem).where(CostBenefitItem.deleted.is_(False))
        if actor_id is not None:
            q = q.where(CostBenefitItem.actor_id == actor_id)
        if category_id is not None:
            q = q.where(CostBenefitItem.category_id == category_id)
        out = [CostBenefitEntry(i.id, i.actor_id, names.get(i.actor_id or "", ""), i.category_id,
                                category_tree.path(i.category_id, cats) if i.category_id else "", i.kind,
                                i.dimension, i.weight, i.note) for i in s.scalars(q)]
        return sorted(out, key=lambda e: (e.kind, CB_DIMENSIONS.index(e.dimension)
                                          if e.dimension in CB_DIMENSIONS else 99, -e.weight))


def overview_matrix(ws: WorkspaceFile) -> CostBenefitMatrix:
    with ws.session() as s:
        cats = category_map(s)
        actor_cat = dict(s.execute(select(Actor.id, Actor.category_id).where(Actor.deleted.is_(False))).tuples().all())
        sums: dict[tuple[str, str], list[int]] = {}
        for item in s.scalars(select(CostBenefitItem).where(CostBenefitItem.deleted.is_(False))):
            if item.actor_id is not None:
                if item.actor_id not in actor_cat:
                    continue  # the actor was removed
                cat = actor_cat[item.actor_id]
            else:
                cat = item.category_id
            root = category_tree.root_of(cat, cats) if cat in cats else NO_CATEGORY
            cell = sums.setdefault((root, item.dimension), [0, 0])
            cell[0 if item.kind == "cost" else 1] += item.weight
        matrix = CostBenefitMatrix()
        roots = [(cid, name) for cid, (name, parent) in cats.items() if parent is None or parent not in cats]
        from .categories_ops import tree_nodes

        order = {n.id: i for i, n in enumerate(tree_nodes(s))}
        matrix.categories = sorted(roots, key=lambda r: order.get(r[0], 0))
        if any(k[0] == NO_CATEGORY for k in sums):
            matrix.categories.append((NO_CATEGORY, _tr("(ohne Kategorie)")))
        matrix.cells = {k: (v[0], v[1]) for k, v in sums.items()}
        return matrix
