"""A canonical dump of every shared row: equal dumps mean equal replicas (local meta is not part of it)."""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, select

from app.store.models import SYNC_MODELS

from .values import encode_value


def canonical_dump(conn: Connection) -> dict[str, list[str]]:
    dump: dict[str, list[str]] = {}
    for model in SYNC_MODELS:
        table = model.__table__  # type: ignore[attr-defined]
        names = sorted(c.name for c in table.columns)
        rows = conn.execute(select(*(table.c[n] for n in names))).all()
        # sorted here, not in SQL: the hub's collation may order text differently from SQLite
        dump[table.name] = sorted(encode_value(dict(zip(names, row, strict=True))) for row in rows)
    return dump


def dump_digest(conn: Connection) -> str:
    digest = hashlib.sha256()
    for table, rows in canonical_dump(conn).items():
        digest.update(table.encode())
        for row in rows:
            digest.update(row.encode())
    return digest.hexdigest()
