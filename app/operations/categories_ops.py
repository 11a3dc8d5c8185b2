"""Subject categories: list as a tree, add, rename, move under a parent, remove (tombstone)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import category_tree
from app.store.models import Actor, Service, SubjectCategory
from app.store.workspace_file import WorkspaceFile

from .errors import OperationRefused


def _tr(text: str) -> str:
    return QCoreApplication.translate("Kategorien", text)


@dataclass(frozen=True)
class CategoryNode:
    id: str
    name: str
    parent_id: str | None
    path: str
    depth: int
    color: str  # own or inherited


def category_map(s: Session) -> dict[str, tuple[str, str | None]]:
    rows = s.execute(select(SubjectCategory.id, SubjectCategory.name, SubjectCategory.parent_id)
                     .where(SubjectCategory.deleted.is_(False)))
    return {r.id: (r.name, r.parent_id) for r in rows}


def category_colors(s: Session) -> dict[str, str]:
    rows = s.execute(select(SubjectCategory.id, SubjectCategory.color).where(SubjectCategory.deleted.is_(False)))
    return {r.id: r.color for r in rows if r.color}


def tree_nodes(s: Session) -> list[CategoryNode]:
    """Depth-first order (parents before children, siblings by position then name)."""
    rows = list(s.scalars(select(SubjectCategory).where(SubjectCategory.deleted.is_(False))))
    cats = {r.id: (r.name, r.parent_id) for r in rows}
    colors = {r.id: r.color for r in rows if r.color}
    children: dict[str | None, list[SubjectCategory]] = {}
    for r in rows:
        parent = r.parent_id if r.parent_id in cats else None
        children.setdefault(parent, []).append(r)
    out: list[CategoryNode] = []

    def walk(parent: str | None, depth: int) -> None:
        for r in sorted(children.get(parent, []), key=lambda r: (r.position, r.name.casefold())):
            if any(n.id == r.id for n in out):
                continue
            out.append(CategoryNode(r.id, r.name, r.parent_id, category_tree.path(r.id, cats), depth,
                                    category_tree.inherited_color(r.id, cats, colors)))
            walk(r.id, depth + 1)

    walk(None, 0)
    return out


def list_categories(ws: WorkspaceFile) -> list[CategoryNode]:
    with ws.session() as s:
        return tree_nodes(s)


def _live(s: Session, cat_id: str) -> SubjectCategory:
    row = s.get(SubjectCategory, cat_id)
    if row is None or row.deleted:
        raise OperationRefused(_tr("Diese Kategorie gibt es nicht mehr."))
    return row


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise OperationRefused(_tr("Eine Kategorie braucht einen Namen."))
    return name


def _refuse_sibling_twin(s: Session, name: str, parent_id: str | None, except_id: str | None = None) -> None:
    q = select(SubjectCategory.id).where(SubjectCategory.deleted.is_(False),
                                         func.lower(SubjectCategory.name) == name.lower())
    q = q.where(SubjectCategory.parent_id.is_(None) if parent_id is None else SubjectCategory.parent_id == parent_id)
    if any(cid != except_id for cid in s.scalars(q)):
        raise OperationRefused(_tr("Eine Kategorie »{name}« gibt es an dieser Stelle schon.").format(name=name))


def add_category(ws: WorkspaceFile, name: str, parent_id: str | None = None) -> str:
    with ws.session() as s:
        name = _clean_name(name)
        if parent_id is not None:
            _live(s, parent_id)
        _refuse_sibling_twin(s, name, parent_id)
        position = s.scalar(select(func.count()).select_from(SubjectCategory)
                            .where(SubjectCategory.parent_id.is_(parent_id) if parent_id is None
                                   else SubjectCategory.parent_id == parent_id)) or 0
        row = SubjectCategory(name=name, parent_id=parent_id, position=position)
        s.add(row)
        s.flush()
        return row.id


def rename_category(ws: WorkspaceFile, cat_id: str, name: str) -> None:
    with ws.session() as s:
        row = _live(s, cat_id)
        name = _clean_name(name)
        _refuse_sibling_twin(s, name, row.parent_id, except_id=cat_id)
        row.name = name


def move_category(ws: WorkspaceFile, cat_id: str, new_parent_id: str | None) -> None:
    with ws.session() as s:
        row = _live(s, cat_id)
        if new_parent_id is not None:
            _live(s, new_parent_id)
        if category_tree.would_cycle(cat_id, new_parent_id, category_map(s)):
            raise OperationRefused(_tr("Eine Kategorie kann nicht unter sich selbst oder ihre eigene "
                                       "Unterkategorie verschoben werden."))
        _refuse_sibling_twin(s, row.name, new_parent_id, except_id=cat_id)
        row.parent_id = new_parent_id


def remove_category(ws: WorkspaceFile, cat_id: str) -> None:
    """Tombstone; refused while sub-categories, actors or services still use it (nothing is left dangling)."""
    with ws.session() as s:
        row = _live(s, cat_id)
        kids = s.scalar(select(func.count()).select_from(SubjectCategory).where(
            SubjectCategory.parent_id == cat_id, SubjectCategory.deleted.is_(False))) or 0
        if kids:
            raise OperationRefused(_tr("»{name}« hat noch {n} Unterkategorien; bitte diese zuerst verschieben "
                                       "oder entfernen.").format(name=row.name, n=kids))
        users = (s.scalar(select(func.count()).select_from(Actor).where(
            Actor.category_id == cat_id, Actor.deleted.is_(False))) or 0) + (s.scalar(
            select(func.count()).select_from(Service).where(
                Service.category_id == cat_id, Service.deleted.is_(False))) or 0)
        if users:
            raise OperationRefused(_tr("»{name}« ist noch {n}-mal Akteuren oder Angeboten zugeordnet; bitte diese "
                                       "zuerst einer anderen Kategorie zuordnen.").format(name=row.name, n=users))
        row.deleted = True
