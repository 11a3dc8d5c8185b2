"""Preparing a laptop: a workshop file made from the master, with its own device id, that carries all or only the
chosen canvases and actors into the event and is merged back afterwards.

The copy is a partial replica, not an edit: rows that were not chosen are left out of the file altogether (they are
physically removed from the fresh copy, never tombstoned, because a tombstone would travel back and delete them in
the master). What a chosen row needs stays: templates, the workspace row, sessions, participants, categories, and
any left-out row that a kept row still points to. Rows that belong to a left-out row go with it (the cards of a
canvas, the services of an actor ...).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Table, delete, select

from app.store.engine import make_engine
from app.store.errors import WorkspaceError
from app.store.models import SYNC_MODELS, Actor, Canvas, Comment, ConflictRecord
from app.store.workspace_file import WorkspaceFile

from .report import TABLE_LABELS

_TABLES: list[Table] = [m.__table__ for m in SYNC_MODELS]  # type: ignore[attr-defined]
#: Optional references that still mean "belongs to": a comment on a canvas, the financing model of a canvas, the
#: cost/benefit entry of an actor, a reply to a comment.
_OWNED_OPTIONAL = {("comments", "canvas_id"), ("comments", "parent_id"), ("financing_models", "canvas_id"),
                   ("cost_benefit_items", "actor_id")}


@dataclass(frozen=True)
class PreparedLaptop:
    path: Path
    device_id: str
    left_out: dict[str, int]  # German table label -> rows not carried


def prepare_laptop(master: WorkspaceFile | Path, out: Path, canvas_ids: Sequence[str] = (),
                   actor_ids: Sequence[str] = ()) -> PreparedLaptop:
    """Copy ``master`` to ``out`` (a new file with its own device id); with ``canvas_ids``/``actor_ids`` only those
    canvases/actors (and what they need) are carried, otherwise all."""
    out = Path(out)
    if out.exists():
        raise WorkspaceError(f"Die Datei {out.name} gibt es schon; sie wird nicht überschrieben.")
    if isinstance(master, WorkspaceFile):
        out = master.save_as(out)
    else:
        with WorkspaceFile.open(Path(master), readonly=True) as ws:
            out = ws.save_as(out)
    try:
        engine = make_engine(out)
        try:
            with engine.begin() as conn:
                _check_chosen(conn, Canvas.__table__, canvas_ids, "Canvas")  # type: ignore[arg-type]
                _check_chosen(conn, Actor.__table__, actor_ids, "Akteur")  # type: ignore[arg-type]
                left_out = _leave_out(conn, canvas_ids, actor_ids)
            with engine.connect() as conn:
                if conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                    raise WorkspaceError("Die vorbereitete Datei ist in sich unstimmig; sie wurde verworfen.")
                device = conn.exec_driver_sql("SELECT value FROM meta WHERE key='device_id'").scalar_one()
        finally:
            engine.dispose()
    except BaseException:
        for leftover in (out, out.with_name(out.name + "-wal"), out.with_name(out.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    labels = {TABLE_LABELS.get(t, t): n for t, n in left_out.items() if n}
    return PreparedLaptop(out, str(device), labels)


def _check_chosen(conn: Connection, table: Table, ids: Sequence[str], what: str) -> None:
    if not ids:
        return
    found = set(conn.scalars(select(table.c.id).where(table.c.id.in_(list(ids)), table.c.deleted.is_(False))))
    missing = [i for i in ids if i not in found]
    if missing:
        raise WorkspaceError(f"{what} {missing[0]} gibt es in der Werkstatt-Datei nicht.")


def _leave_out(conn: Connection, canvas_ids: Sequence[str], actor_ids: Sequence[str]) -> dict[str, int]:
    roots: dict[str, set[str]] = {}
    if canvas_ids:
        parents = dict(conn.execute(select(Canvas.id, Canvas.parent_id)).all())  # type: ignore[arg-type]
        keep = set()
        for cid in canvas_ids:  # a chosen canvas keeps the versions it was derived from
            while cid and cid not in keep:
                keep.add(cid)
                cid = parents.get(cid) or ""
        roots["canvases"] = set(parents) - keep
    if actor_ids:
        roots["actors"] = set(conn.scalars(select(Actor.id))) - set(actor_ids)
    removed = _closure(conn, roots)
    conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    counts: dict[str, int] = {}
    for table in _TABLES:
        ids = removed.get(table.name, set())
        for chunk in _chunks(ids):
            conn.execute(delete(table).where(table.c.id.in_(chunk)))
        counts[table.name] = len(ids)
    everything = set().union(*removed.values()) if removed else set()
    comments: Table = Comment.__table__  # type: ignore[assignment]
    stale = [cid for cid, target in conn.execute(select(comments.c.id, comments.c.target_id))
             if target in everything or target.split(":", 1)[0] in everything]
    for chunk in _chunks(stale):
        conn.execute(delete(comments).where(comments.c.id.in_(chunk)))
    counts["comments"] = counts.get("comments", 0) + len(stale)
    conflicts: Table = ConflictRecord.__table__  # type: ignore[assignment]
    for chunk in _chunks(everything):
        conn.execute(delete(conflicts).where(conflicts.c.record_id.in_(chunk)))
    return counts


def _closure(conn: Connection, roots: dict[str, set[str]]) -> dict[str, set[str]]:
    """Rows to leave out: the roots and everything that belongs to them, except roots a kept row points to."""
    rescued: dict[str, set[str]] = {}
    while True:
        removed = {t: set(ids) - rescued.get(t, set()) for t, ids in roots.items()}
        changed = True
        while changed:
            changed = False
            for table in _TABLES:
                for column in table.columns:
                    for fk in column.foreign_keys:
                        target = fk.column.table.name
                        owned = not column.nullable or (table.name, column.name) in _OWNED_OPTIONAL
                        if not owned or not removed.get(target):
                            continue
                        hits = _rows_pointing(conn, table, column.name, removed[target])
                        new = hits - removed.setdefault(table.name, set())
                        if new:
                            removed[table.name] |= new
                            changed = True
        # a kept row that merely refers to a left-out one (a participant's organisation, a network's coordinator)
        # keeps it in the file
        more = _still_needed(conn, removed)
        if not more:
            return removed
        for t, ids in more.items():
            rescued.setdefault(t, set()).update(ids)


def _still_needed(conn: Connection, removed: dict[str, set[str]]) -> dict[str, set[str]]:
    needed: dict[str, set[str]] = {}
    for table in _TABLES:
        gone = removed.get(table.name, set())
        for column in table.columns:
            for fk in column.foreign_keys:
                target = fk.column.table.name
                if not column.nullable or (table.name, column.name) in _OWNED_OPTIONAL or not removed.get(target):
                    continue
                rows = conn.execute(select(table.c.id, table.c[column.name])
                                    .where(table.c[column.name].is_not(None))).all()
                refs = {ref for rid, ref in rows if rid not in gone and ref in removed[target]}
                if refs:
                    needed.setdefault(target, set()).update(refs)
    return needed


def _rows_pointing(conn: Connection, table: Table, column: str, ids: set[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(ids):
        found.update(conn.scalars(select(table.c.id).where(table.c[column].in_(chunk))))
    return found


def _chunks(ids: Iterable[str], size: int = 900) -> Iterable[list[str]]:
    items = sorted(ids)
    for start in range(0, len(items), size):
        yield items[start:start + size]


def default_laptop_name(master: Path, number: int = 1) -> Path:
    """A free file name next to the master: ``<name>-Laptop-1.werkstatt``, ``-2`` ..."""
    while True:
        candidate = master.with_name(f"{master.stem}-Laptop-{number}{master.suffix or '.werkstatt'}")
        if not candidate.exists() and not os.path.lexists(candidate):
            return candidate
        number += 1
