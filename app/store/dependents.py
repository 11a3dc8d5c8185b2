"""What belongs to a shared record, or refers to it, found from the model registry (foreign keys) and the comment
targets: the cards of a canvas, the comments on a card, the services of an actor, a participant's organisation ...

A delete notes what it knew of the record and of these dependents (``stamps["deleted@knew"]``); an edit or an
addition it did not know (made later on another laptop) turns the delete into a conflict for the facilitator.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, or_, select

from app.domain.merge_rules import is_invented

from .models import SYNC_MODELS, Comment, ConflictRecord

#: Optional references that still mean "belongs to" (as for preparing a laptop): a comment on a canvas, the
#: financing model of a canvas, the cost/benefit entry of an actor, a reply to a comment.
OWNED_OPTIONAL = frozenset({("comments", "canvas_id"), ("comments", "parent_id"), ("financing_models", "canvas_id"),
                            ("cost_benefit_items", "actor_id")})
#: Comment targets by the table of the commented record (``block`` targets are ``<canvas id>:<block key>``).
COMMENT_TARGET_TABLES = {"card": "cards", "canvas": "canvases", "session": "sessions"}
_COMMENTS: Table = Comment.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class Link:
    """``table.column`` points at the record; ``owned``: the row belongs to it (any change of the row counts),
    otherwise it only refers to it (only a change of the reference counts)."""

    table: Table
    column: str
    owned: bool


@dataclass(frozen=True)
class Dependent:
    table: str
    record_id: str
    stamp: str  # the stamp of what counts (the whole row when owned, the reference otherwise)
    live: bool
    row: dict[str, Any]


@cache
def links_to(table_name: str) -> tuple[Link, ...]:
    found = []
    for model in SYNC_MODELS:
        table: Table = model.__table__  # type: ignore[attr-defined]
        if table.name == ConflictRecord.__tablename__:
            continue
        for column in table.columns:
            for fk in column.foreign_keys:
                if fk.column.table.name == table_name:
                    owned = not column.nullable or (table.name, column.name) in OWNED_OPTIONAL
                    found.append(Link(table, column.name, owned))
    return tuple(found)


def last_written(row: Any) -> str:
    """The latest stamp of a value a person wrote in the row: a value the merge derived (an erased name replaced,
    stamped as the successor of what it replaced) is no later edit of its own."""
    stamps = row["stamps"] or {}
    written = [v for k, v in stamps.items() if "@" not in k and v and not is_invented(v)]
    return max(written) if written else (row["hlc"] or "")


def dependents(conn: Connection, table_name: str, record_id: str) -> Iterator[Dependent]:
    """Every row that belongs to or refers to the record (live or deleted), with the stamp that counts."""
    yielded: set[tuple[str, str]] = set()
    for link in links_to(table_name):
        t = link.table
        for m in conn.execute(select(t).where(t.c[link.column] == record_id)).mappings():
            stamps = m["stamps"] or {}
            stamp = last_written(m) if link.owned else stamps.get(link.column, m["hlc"])
            if (t.name, m["id"]) not in yielded:
                yielded.add((t.name, m["id"]))
                yield Dependent(t.name, m["id"], stamp or "", not m["deleted"], dict(m))
    target_types = [k for k, v in COMMENT_TARGET_TABLES.items() if v == table_name]
    if target_types or table_name == "canvases":
        c = _COMMENTS
        conditions = [(c.c.target_type == tt) & (c.c.target_id == record_id) for tt in target_types]
        if table_name == "canvases":
            conditions.append((c.c.target_type == "block") & c.c.target_id.startswith(f"{record_id}:",
                                                                                     autoescape=True))
        for m in conn.execute(select(c).where(or_(*conditions))).mappings():
            if ("comments", m["id"]) in yielded:
                continue
            yielded.add(("comments", m["id"]))
            yield Dependent("comments", m["id"], last_written(m), not m["deleted"], dict(m))
