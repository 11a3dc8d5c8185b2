"""Rows as plain dicts: where a merge reads them from (a row source) and how it loads and writes them in bulk.

Both sides of a merge are SQLAlchemy Core connections (a workspace file or the PostgreSQL hub), so one engine
serves packages, files and the hub. Everything is batched: load the target's rows of a batch with one query,
decide in Python, write with executemany.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

from sqlalchemy import Connection, Select, Table, bindparam, select

from .values import normalize

Row = dict[str, Any]

BATCH_SIZE = 2000
_IN_CHUNK = 900


class RowSource(Protocol):
    """Rows of one table of a source, in batches (the merge asks table by table, in foreign-key order)."""

    label: str

    def batches(self, table: Table) -> Iterator[list[Row]]: ...


class SqlRowSource:
    """Rows of a database reachable through a connection; ``query`` may narrow a table's rows (changes only)."""

    def __init__(self, conn: Connection, label: str,
                 query: Callable[[Table], Select[Any]] | None = None) -> None:
        self.conn = conn
        self.label = label
        self._query = query or (lambda t: select(t))

    def batches(self, table: Table) -> Iterator[list[Row]]:
        result = self.conn.execute(self._query(table))
        for part in result.mappings().partitions(BATCH_SIZE):
            yield [to_row(m) for m in part]


def to_row(mapping: Any) -> Row:
    return {k: normalize(v) for k, v in mapping.items()}


def load_rows(conn: Connection, table: Table, ids: Iterable[str]) -> dict[str, Row]:
    """The target's rows with these ids, by id."""
    wanted = list(ids)
    found: dict[str, Row] = {}
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start:start + _IN_CHUNK]
        for m in conn.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            found[m["id"]] = to_row(m)
    return found


def insert_rows(conn: Connection, table: Table, rows: list[Row]) -> None:
    if rows:
        conn.execute(table.insert(), rows)


def update_rows(conn: Connection, table: Table, rows: list[Row]) -> None:
    """Write whole rows back by id (one executemany)."""
    if not rows:
        return
    params = [{"_id": r["id"], **{k: v for k, v in r.items() if k != "id"}} for r in rows]
    conn.execute(table.update().where(table.c.id == bindparam("_id")), params)
