"""Hierarchy rules for subject categories: paths, descendants, cycles, inherited colours.

Categories are rows with a ``parent_id``; the rules here work on a plain ``{id: (name, parent_id)}`` map so
they can be tested without a database and reused by filters, the matrix and the graph.
"""

from __future__ import annotations

from collections.abc import Mapping

#: Colour for categories without a colour of their own and without a coloured ancestor.
FALLBACK_COLOR = "#e0e0e0"

CategoryMap = Mapping[str, tuple[str, str | None]]  # id -> (name, parent id)


def ancestors(cat_id: str, cats: CategoryMap) -> list[str]:
    """Ids from the parent up to the root; stops at unknown ids and at a cycle left by a bad merge."""
    out: list[str] = []
    seen = {cat_id}
    parent = cats.get(cat_id, ("", None))[1]
    while parent is not None and parent in cats and parent not in seen:
        out.append(parent)
        seen.add(parent)
        parent = cats[parent][1]
    return out


def root_of(cat_id: str, cats: CategoryMap) -> str:
    chain = ancestors(cat_id, cats)
    return chain[-1] if chain else cat_id


def path(cat_id: str, cats: CategoryMap, sep: str = " › ") -> str:
    """Readable path "Pflege › Tagespflege" (root first)."""
    if cat_id not in cats:
        return ""
    names = [cats[c][0] for c in reversed(ancestors(cat_id, cats))]
    return sep.join([*names, cats[cat_id][0]])


def descendants(cat_id: str, cats: CategoryMap) -> set[str]:
    """The category itself and every category below it (a filter on "Pflege" includes "Tagespflege")."""
    children: dict[str | None, list[str]] = {}
    for cid, (_name, parent) in cats.items():
        children.setdefault(parent, []).append(cid)
    out = {cat_id}
    stack = [cat_id]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in out:
                out.add(child)
                stack.append(child)
    return out


def would_cycle(cat_id: str, new_parent: str | None, cats: CategoryMap) -> bool:
    """Moving ``cat_id`` under ``new_parent`` would make it its own ancestor."""
    return new_parent is not None and new_parent in descendants(cat_id, cats)


def inherited_color(cat_id: str | None, cats: CategoryMap, colors: Mapping[str, str]) -> str:
    """Own colour, else the nearest ancestor's, else a neutral grey."""
    if cat_id is None or cat_id not in cats:
        return FALLBACK_COLOR
    for cid in [cat_id, *ancestors(cat_id, cats)]:
        if colors.get(cid):
            return colors[cid]
    return FALLBACK_COLOR
