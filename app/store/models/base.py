"""Declarative base and the sync columns every shared record carries.

Every shared row has a device-made UUID, the hybrid-logical-clock stamp of its last change, the device that made
that change, a tombstone flag, and ``stamps``: one clock stamp per field. Per-field stamps let a merge decide
field by field (last writer wins per field) instead of row by row, so a text edit on one laptop and a move on
another both survive. The stamps are filled in automatically at flush time (see ``app.store.stamping``).
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, Boolean, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Columns that describe the sync state itself and are never merged as data.
SYNC_META_COLUMNS = frozenset({"id", "hlc", "device_id", "stamps"})


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


class SyncMixin:
    """Columns of a record that can be merged from many devices."""

    #: Append-only records (votes, consent events, outreach contacts) are never edited in place; only their
    #: tombstone may be set.
    __append_only__ = False

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    hlc: Mapped[str] = mapped_column(String(80), default="", index=True)
    device_id: Mapped[str] = mapped_column(String(36), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    stamps: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    @classmethod
    def data_columns(cls) -> list[str]:
        """Names of the columns a merge decides field by field (includes the tombstone)."""
        return [c.key for c in cls.__table__.columns if c.key not in SYNC_META_COLUMNS]  # type: ignore[attr-defined]


#: Namespace for deterministic ids of the default financing sources (never change: stored workspaces use them).
BUILTIN_NAMESPACE_SOURCES = uuid.UUID("0b7c2d91-4f36-5a8e-9d17-3e6a5c4b2f80")
