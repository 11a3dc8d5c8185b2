"""The workspace itself (the Quartier) and local, never-synced metadata."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, SyncMixin


class Workspace(SyncMixin, Base):
    """One row: the Quartier this workspace is about."""

    __tablename__ = "workspace"
    quartier: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    project_start: Mapped[date | None] = mapped_column(Date, nullable=True)


class Meta(Base):
    """Local key/value facts of this file (device id, last clock stamp, PIN hash). Never merged."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
