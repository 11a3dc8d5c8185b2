"""Taking over the content of an independently created workspace as new records (``werkstatt merge --adopt``).

A file that was not prepared from the master has its own workspace row and is refused by the ordinary merge
(see ``workspace_identity``). When organisers really want its content, its records come over as new records of
the target: the source's workspace row is left out, and its catalogue — subject categories, canvas templates
with their blocks, financing sources — is matched to the target's own (by id, else by key, else by name), so the
target's templates and categories are not duplicated. References to matched entries are rewritten to the
target's ids. Everything else keeps its id (UUIDs made on the device), so adopting the same file again changes
nothing, and later edits in it merge like any other.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Table, select

from app.store.models import SYNC_MODELS, Workspace

from .rows import Row, RowSource


def _fold(text: Any) -> str:
    return " ".join(str(text or "").split()).casefold()


def _live(conn: Connection, table: Table) -> list[dict[str, Any]]:
    return [dict(m) for m in conn.execute(select(table).where(table.c.deleted.is_(False))).mappings()]


def _match_flat(source: list[dict[str, Any]], target: list[dict[str, Any]], keys: tuple[str, ...]) -> dict[str, str]:
    """Source id -> target id for entries found by id, else by the first of ``keys`` that matches."""
    by_id = {r["id"] for r in target}
    found: dict[str, str] = {}
    for row in source:
        if row["id"] in by_id:
            found[row["id"]] = row["id"]
            continue
        for key in keys:
            value = _fold(row.get(key))
            hit = next((t["id"] for t in target if value and _fold(t.get(key)) == value), None)
            if hit is not None:
                found[row["id"]] = hit
                break
    return found


def _match_categories(source: list[dict[str, Any]], target: list[dict[str, Any]]) -> dict[str, str]:
    """Categories by id, else by (matched parent, name): a tree, matched from the roots down."""
    by_id = {r["id"] for r in target}
    by_place = {(t.get("parent_id"), _fold(t.get("name"))): t["id"] for t in target}
    found: dict[str, str] = {}
    pending = list(source)
    while pending:
        progressed = False
        for row in list(pending):
            parent = row.get("parent_id")
            if parent is not None and parent not in found and any(p["id"] == parent for p in pending):
                continue  # its parent is decided first
            pending.remove(row)
            progressed = True
            if row["id"] in by_id:
                found[row["id"]] = row["id"]
                continue
            hit = by_place.get((found.get(parent, parent), _fold(row.get("name"))))
            if hit is not None:
                found[row["id"]] = hit
        if not progressed:  # a cycle in damaged data: the rest is not matched
            break
    return found


class AdoptionPlan:
    """Which source rows are replaced by the target's own, and how references are rewritten."""

    def __init__(self, source: Connection, target: Connection) -> None:
        tables = {m.__tablename__: m.__table__ for m in SYNC_MODELS}  # type: ignore[attr-defined]
        table = Workspace.__table__  # type: ignore[attr-defined]
        mine = set(target.scalars(select(table.c.id)))
        theirs = set(source.scalars(select(table.c.id)))
        self.active = bool(mine) and not theirs <= mine  # a replica of the target merges as usual
        self.replaced: dict[str, dict[str, str]] = {}
        if not self.active:
            return
        self.replaced["subject_categories"] = _match_categories(
            _live(source, tables["subject_categories"]), _live(target, tables["subject_categories"]))
        templates = _match_flat(_live(source, tables["canvas_templates"]), _live(target, tables["canvas_templates"]),
                                ("key", "name"))
        self.replaced["canvas_templates"] = templates
        target_blocks = {(b["template_id"], _fold(b.get("key"))): b["id"]
                         for b in _live(target, tables["template_blocks"])}
        blocks: dict[str, str] = {}
        for b in _live(source, tables["template_blocks"]):
            hit = target_blocks.get((templates.get(b["template_id"]), _fold(b.get("key"))))
            if hit is not None:
                blocks[b["id"]] = hit
        self.replaced["template_blocks"] = blocks
        self.replaced["financing_sources"] = _match_flat(
            _live(source, tables["financing_sources"]), _live(target, tables["financing_sources"]), ("key", "name"))
        self._references = {
            t.name: [(c.name, next(iter(c.foreign_keys)).column.table.name) for c in t.columns
                     if c.foreign_keys and next(iter(c.foreign_keys)).column.table.name in self.replaced]
            for t in tables.values()}

    def rewrite(self, table: Table, batch: list[Row]) -> list[Row]:
        if not self.active:
            return batch
        if table.name == "workspace":
            return []
        dropped = self.replaced.get(table.name, {})
        references = self._references.get(table.name, [])
        out: list[Row] = []
        for row in batch:
            if row["id"] in dropped:
                continue
            if table.name == "conflict_records" and row.get("record_id") in self.replaced.get(
                    row.get("table_name") or "", {}):
                continue
            for column, referred in references:
                value = row.get(column)
                if value is not None and value in self.replaced[referred]:
                    row = {**row, column: self.replaced[referred][value]}
            out.append(row)
        return out


class AdoptingSource:
    """A row source whose rows are rewritten by an :class:`AdoptionPlan`."""

    def __init__(self, inner: RowSource, plan: AdoptionPlan) -> None:
        self.inner = inner
        self.plan = plan
        self.label = inner.label

    def batches(self, table: Table) -> Iterator[list[Row]]:
        for batch in self.inner.batches(table):
            rewritten = self.plan.rewrite(table, batch)
            if rewritten:
                yield rewritten
