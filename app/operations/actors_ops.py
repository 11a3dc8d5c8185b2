"""The actor inventory: list with filters, sorting and search; detail form; create and edit; remove; key partners."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import category_tree
from app.domain.service_matching import fold
from app.store.models import Actor, Network, NetworkMembership
from app.store.models.actors import OUTREACH_STATUSES
from app.store.workspace_file import WorkspaceFile

from .categories_ops import category_colors, category_map
from .errors import OperationRefused


def _tr(text: str) -> str:
    return QCoreApplication.translate("Akteure", text)


@dataclass(frozen=True)
class ActorRow:
    id: str
    name: str
    kind: str
    category_id: str | None
    category: str  # readable path
    color: str
    outreach_status: str
    key_partner: bool
    contact_person: str
    phone: str
    email: str
    city: str
    networks: tuple[str, ...]


@dataclass
class ActorForm:
    """Everything the detail form edits. ``id`` is empty for a new actor."""

    name: str = ""
    kind: str = ""
    category_id: str | None = None
    legal_form: str = ""
    non_profit: bool = False
    public_body: bool = False
    recognised_45a: bool = False
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    website: str = ""
    outreach_status: str = OUTREACH_STATUSES[0]
    key_partner: bool = False
    notes: str = ""
    id: str = ""


FORM_FIELDS = tuple(f.name for f in fields(ActorForm) if f.name != "id")
SORT_KEYS = ("name", "category", "kind", "outreach_status", "city", "key_partner")


@dataclass
class ActorFilter:
    category_id: str | None = None  # includes its sub-categories
    kind: str = ""
    outreach_status: str = ""
    key_partner: bool | None = None
    network_id: str | None = None
    search: str = ""
    sort_by: str = "name"
    descending: bool = False


def _network_names(s: Session) -> dict[str, list[str]]:
    q = (select(NetworkMembership.actor_id, Network.name)
         .join(Network, Network.id == NetworkMembership.network_id)
         .where(NetworkMembership.deleted.is_(False), Network.deleted.is_(False)))
    out: dict[str, list[str]] = {}
    for actor_id, name in s.execute(q):
        out.setdefault(actor_id, []).append(name)
    return out


def actor_rows(s: Session, flt: ActorFilter | None = None) -> list[ActorRow]:
    flt = flt or ActorFilter()
    cats = category_map(s)
    colors = category_colors(s)
    nets = _network_names(s)
    q = select(Actor).where(Actor.deleted.is_(False))
    if flt.category_id:
        q = q.where(Actor.category_id.in_(category_tree.descendants(flt.category_id, cats)))
    if flt.kind:
        q = q.where(Actor.kind == flt.kind)
    if flt.outreach_status:
        q = q.where(Actor.outreach_status == flt.outreach_status)
    if flt.key_partner is not None:
        q = q.where(Actor.key_partner.is_(flt.key_partner))
    if flt.network_id:
        q = q.where(Actor.id.in_(select(NetworkMembership.actor_id).where(
            NetworkMembership.network_id == flt.network_id, NetworkMembership.deleted.is_(False))))
    needle = fold(flt.search.strip())
    rows = []
    for a in s.scalars(q):
        cat = a.category_id if a.category_id in cats else None
        row = ActorRow(a.id, a.name, a.kind, cat, category_tree.path(cat, cats) if cat else "",
                       category_tree.inherited_color(cat, cats, colors), a.outreach_status, a.key_partner,
                       a.contact_person, a.phone, a.email, a.city, tuple(sorted(nets.get(a.id, []))))
        if needle and needle not in fold(" ".join((a.name, a.contact_person, a.city, a.street, a.email, a.notes,
                                                   row.category, a.kind))):
            continue
        rows.append(row)
    key = flt.sort_by if flt.sort_by in SORT_KEYS else "name"
    status_rank = {s_: i for i, s_ in enumerate(OUTREACH_STATUSES)}

    def sort_key(r: ActorRow) -> tuple:
        if key == "outreach_status":
            primary: object = status_rank.get(r.outreach_status, 99)
        elif key == "key_partner":
            primary = r.key_partner
        else:
            primary = fold(str(getattr(r, key)))
        return (primary, fold(r.name), r.id)

    return sorted(rows, key=sort_key, reverse=flt.descending)


def list_actors(ws: WorkspaceFile, flt: ActorFilter | None = None) -> list[ActorRow]:
    with ws.session() as s:
        return actor_rows(s, flt)


def key_partners(ws: WorkspaceFile) -> list[ActorRow]:
    return list_actors(ws, ActorFilter(key_partner=True))


def known_kinds(ws: WorkspaceFile) -> list[str]:
    """The standard kinds plus any other kind already used (imports bring their own words)."""
    from app.store.models.actors import ACTOR_KINDS

    with ws.session() as s:
        used = set(s.scalars(select(Actor.kind).where(Actor.deleted.is_(False)).distinct()))
    return list(ACTOR_KINDS) + sorted(k for k in used if k and k not in ACTOR_KINDS)


def get_actor(ws: WorkspaceFile, actor_id: str) -> ActorForm:
    with ws.session() as s:
        a = live_actor(s, actor_id)
        return ActorForm(**{f: getattr(a, f) for f in FORM_FIELDS}, id=a.id)


def live_actor(s: Session, actor_id: str) -> Actor:
    a = s.get(Actor, actor_id)
    if a is None or a.deleted:
        raise OperationRefused(_tr("Diesen Akteur gibt es nicht mehr."))
    return a


def _validate(s: Session, form: ActorForm) -> ActorForm:
    form = ActorForm(**asdict(form))
    form.name = " ".join(form.name.split())
    if not form.name:
        raise OperationRefused(_tr("Ein Akteur braucht einen Namen."))
    if form.outreach_status not in OUTREACH_STATUSES:
        raise OperationRefused(_tr("Den Status »{s}« gibt es nicht.").format(s=form.outreach_status))
    if form.category_id and form.category_id not in category_map(s):
        raise OperationRefused(_tr("Die gewählte Kategorie gibt es nicht mehr."))
    if form.email and ("@" not in form.email or " " in form.email.strip()):
        raise OperationRefused(_tr("Die E-Mail-Adresse »{e}« ist ungültig.").format(e=form.email))
    form.category_id = form.category_id or None
    return form


def save_actor(ws: WorkspaceFile, form: ActorForm) -> str:
    """Create (empty ``form.id``) or update an actor; only changed fields get a new stamp."""
    with ws.session() as s:
        form = _validate(s, form)
        if form.id:
            a = live_actor(s, form.id)
        else:
            a = Actor()
            s.add(a)
        for f in FORM_FIELDS:
            if getattr(a, f) != getattr(form, f):
                setattr(a, f, getattr(form, f))
        s.flush()
        return a.id


def set_key_partner(ws: WorkspaceFile, actor_id: str, key_partner: bool) -> None:
    with ws.session() as s:
        a = live_actor(s, actor_id)
        if a.key_partner != key_partner:
            a.key_partner = key_partner


def remove_actor(ws: WorkspaceFile, actor_id: str) -> None:
    with ws.session() as s:
        live_actor(s, actor_id).deleted = True
