"""Losing values of concurrent edits, kept for review after a merge."""

from __future__ import annotations

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, SyncMixin


class ConflictRecord(SyncMixin, Base):
    __tablename__ = "conflict_records"
    table_name: Mapped[str] = mapped_column(String(60), default="")
    record_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    field: Mapped[str] = mapped_column(String(60), default="")
    winner_value: Mapped[str] = mapped_column(Text, default="")  # JSON-encoded
    loser_value: Mapped[str] = mapped_column(Text, default="")  # JSON-encoded
    winner_hlc: Mapped[str] = mapped_column(String(80), default="")
    loser_hlc: Mapped[str] = mapped_column(String(80), default="")
    winner_device: Mapped[str] = mapped_column(String(36), default="")
    loser_device: Mapped[str] = mapped_column(String(36), default="")
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolution: Mapped[str] = mapped_column(String(20), default="")  # kept | taken_other
