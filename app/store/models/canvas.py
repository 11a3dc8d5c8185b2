"""Canvas templates and blocks, canvases (versioned), cards, clusters and card-actor links."""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, SyncMixin


class CanvasTemplate(SyncMixin, Base):
    __tablename__ = "canvas_templates"
    key: Mapped[str] = mapped_column(String(80), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    width: Mapped[float] = mapped_column(Float, default=1600.0)
    height: Mapped[float] = mapped_column(Float, default=900.0)


class TemplateBlock(SyncMixin, Base):
    __tablename__ = "template_blocks"
    template_id: Mapped[str] = mapped_column(ForeignKey("canvas_templates.id"), index=True)
    key: Mapped[str] = mapped_column(String(80), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    question: Mapped[str] = mapped_column(Text, default="")
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    w: Mapped[float] = mapped_column(Float, default=300.0)
    h: Mapped[float] = mapped_column(Float, default=300.0)
    position: Mapped[int] = mapped_column(Integer, default=0)
    color: Mapped[str] = mapped_column(String(9), default="")


class Canvas(SyncMixin, Base):
    __tablename__ = "canvases"
    title: Mapped[str] = mapped_column(String(300), default="")
    template_id: Mapped[str] = mapped_column(ForeignKey("canvas_templates.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("canvases.id"), nullable=True)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("sessions.id"), nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(20), default="Entwurf")  # Entwurf, aktiv, archiviert
    description: Mapped[str] = mapped_column(Text, default="")


class Cluster(SyncMixin, Base):
    __tablename__ = "clusters"
    canvas_id: Mapped[str] = mapped_column(ForeignKey("canvases.id"), index=True)
    block_key: Mapped[str] = mapped_column(String(80), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    color: Mapped[str] = mapped_column(String(9), default="")


class Card(SyncMixin, Base):
    __tablename__ = "cards"
    __table_args__ = (Index("ix_cards_canvas_live", "canvas_id", "deleted"),)
    canvas_id: Mapped[str] = mapped_column(ForeignKey("canvases.id"), index=True)
    block_key: Mapped[str] = mapped_column(String(80), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    color: Mapped[str] = mapped_column(String(9), default="#ffec99")
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    w: Mapped[float] = mapped_column(Float, default=200.0)
    h: Mapped[float] = mapped_column(Float, default=120.0)
    z: Mapped[float] = mapped_column(Float, default=0.0)
    cluster_id: Mapped[str | None] = mapped_column(ForeignKey("clusters.id"), nullable=True)
    private: Mapped[bool] = mapped_column(Boolean, default=False)  # face down until revealed
    author_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id"), nullable=True, index=True)
    amount_cents: Mapped[int | None] = mapped_column(Integer, nullable=True)
    amount_period: Mapped[str] = mapped_column(String(10), default="")  # month | year


class CardActorLink(SyncMixin, Base):
    __tablename__ = "card_actor_links"
    card_id: Mapped[str] = mapped_column(ForeignKey("cards.id"), index=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), index=True)
