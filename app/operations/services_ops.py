"""Services per actor, the one combined Quartier catalogue, and its gaps and overlaps."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import category_tree, service_matching
from app.store.models import Actor, Canvas, CanvasTemplate, Card, Service
from app.store.workspace_file import WorkspaceFile

from .actors_ops import live_actor
from .categories_ops import category_map
from .errors import OperationRefused

#: Blocks of the cooperation-model canvas where participants write down what people need.
NEED_TEMPLATE = "kooperationsmodell"
NEED_BLOCKS = ("zielgruppen", "wertangebot")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Angebote", text)


@dataclass
class ServiceForm:
    actor_id: str
    name: str = ""
    category_id: str | None = None
    target_group: str = ""
    price_cents: int | None = None
    price_unit: str = ""
    financing: str = ""
    availability: str = ""
    accessibility: str = ""
    id: str = ""


@dataclass(frozen=True)
class ServiceRow:
    id: str
    actor_id: str
    actor_name: str
    name: str
    category_id: str | None
    category: str
    target_group: str
    price_cents: int | None
    price_unit: str
    financing: str
    availability: str
    accessibility: str


@dataclass(frozen=True)
class Gap:
    card_id: str
    canvas_title: str
    block_key: str
    text: str


@dataclass(frozen=True)
class Overlap:
    category_id: str
    category: str
    actor_names: tuple[str, ...]
    service_names: tuple[str, ...]


_FIELDS = ("name", "category_id", "target_group", "price_cents", "price_unit", "financing", "availability",
           "accessibility")


def save_service(ws: WorkspaceFile, form: ServiceForm) -> str:
    name = " ".join(form.name.split())
    if not name:
        raise OperationRefused(_tr("Ein Angebot braucht einen Namen."))
    if form.price_cents is not None and form.price_cents < 0:
        raise OperationRefused(_tr("Ein Preis kann nicht negativ sein."))
    with ws.session() as s:
        live_actor(s, form.actor_id)
        if form.category_id and form.category_id not in category_map(s):
            raise OperationRefused(_tr("Diese Kategorie gibt es nicht mehr."))
        if form.id:
            row = s.get(Service, form.id)
            if row is None or row.deleted:
                raise OperationRefused(_tr("Dieses Angebot gibt es nicht mehr."))
        else:
            row = Service(actor_id=form.actor_id)
            s.add(row)
        values = {f: getattr(form, f) for f in _FIELDS} | {"name": name, "category_id": form.category_id or None}
        for f, v in values.items():
            if getattr(row, f) != v:
                setattr(row, f, v)
        s.flush()
        return row.id


def remove_service(ws: WorkspaceFile, service_id: str) -> None:
    with ws.session() as s:
        row = s.get(Service, service_id)
        if row is None or row.deleted:
            raise OperationRefused(_tr("Dieses Angebot gibt es nicht mehr."))
        row.deleted = True


def _rows(s: Session, actor_id: str | None = None) -> list[ServiceRow]:
    cats = category_map(s)
    q = (select(Service, Actor.name, Actor.category_id).join(Actor, Actor.id == Service.actor_id)
         .where(Service.deleted.is_(False), Actor.deleted.is_(False)))
    if actor_id is not None:
        q = q.where(Service.actor_id == actor_id)
    out = []
    for sv, actor_name, actor_cat in s.execute(q).tuples():
        # a service without a category of its own belongs where its actor belongs
        cat = next((c for c in (sv.category_id, actor_cat) if c in cats), None)
        out.append(ServiceRow(sv.id, sv.actor_id, actor_name, sv.name, cat,
                              category_tree.path(cat, cats) if cat else "", sv.target_group, sv.price_cents,
                              sv.price_unit, sv.financing, sv.availability, sv.accessibility))
    return sorted(out, key=lambda r: (r.category == "", r.category.casefold(), r.name.casefold(),
                                      r.actor_name.casefold()))


def services_of(ws: WorkspaceFile, actor_id: str) -> list[ServiceRow]:
    with ws.session() as s:
        return _rows(s, actor_id)


def catalogue(ws: WorkspaceFile) -> list[ServiceRow]:
    """Every live service of every live actor, by category path, then name: the Quartier's one offering."""
    with ws.session() as s:
        return _rows(s)


def _offers(s: Session) -> list[service_matching.Offer]:
    return [service_matching.Offer(r.id, r.actor_id, r.category_id,
                                   " ".join((r.name, r.category, r.target_group))) for r in _rows(s)]


def gaps(ws: WorkspaceFile) -> list[Gap]:
    """Needs written on cooperation-model canvases that no service of the catalogue serves.

    A need is a live card in the "Zielgruppen" or "Wertangebot" block of a live canvas made from the
    cooperation-model template. It counts as served when one of its words matches a word of a service's name,
    category path or target group (see :mod:`app.domain.service_matching` for the exact rule: folded case and
    umlauts, filler words dropped, equal words or a common beginning of six letters). Everything else is a gap.
    """
    with ws.session() as s:
        q = (select(Card.id, Card.text, Card.block_key, Canvas.title)
             .join(Canvas, Canvas.id == Card.canvas_id)
             .join(CanvasTemplate, CanvasTemplate.id == Canvas.template_id)
             .where(Card.deleted.is_(False), Canvas.deleted.is_(False), CanvasTemplate.key == NEED_TEMPLATE,
                    Card.block_key.in_(NEED_BLOCKS)))
        cards = {r.id: r for r in s.execute(q)}
        needs = [service_matching.Need(r.id, r.text) for r in cards.values()]
        return [Gap(n.card_id, cards[n.card_id].title, cards[n.card_id].block_key, n.text)
                for n in service_matching.unserved(needs, _offers(s))]


def overlaps(ws: WorkspaceFile) -> list[Overlap]:
    """Categories in which two or more actors offer services: candidates for pooling resources.

    A service without a category of its own counts under its actor's category (see :func:`_rows`).
    """
    with ws.session() as s:
        cats = category_map(s)
        rows = _rows(s)
        offers = [service_matching.Offer(r.id, r.actor_id, r.category_id, "") for r in rows]
        names = {r.actor_id: r.actor_name for r in rows}
        svc_names = {r.id: r.name for r in rows}
        out = []
        for cat_id, group in service_matching.overlapping(offers).items():
            actors = sorted({names[o.actor_id] for o in group}, key=str.casefold)
            out.append(Overlap(cat_id, category_tree.path(cat_id, cats), tuple(actors),
                               tuple(sorted({svc_names[o.service_id] for o in group}, key=str.casefold))))
        return sorted(out, key=lambda o: o.category.casefold())
