"""Vote rounds, votes and comments."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, SyncMixin

VOTE_METHODS = ("dots", "points")
VOTE_SOURCES = ("screen", "proxy", "paper")
STANCES = ("dafür", "dagegen", "neutral", "Frage", "Idee")
ELSI_TAGS = ("ethisch", "rechtlich", "sozial")
BARRIER_STATUSES = ("offen", "in Bearbeitung", "überwunden")
COMMENT_TARGETS = ("card", "block", "canvas", "session")


class VoteRound(SyncMixin, Base):
    __tablename__ = "vote_rounds"
    canvas_id: Mapped[str] = mapped_column(ForeignKey("canvases.id"), index=True)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("sessions.id"), nullable=True, index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    method: Mapped[str] = mapped_column(String(10), default="dots")
    budget: Mapped[int] = mapped_column(Integer, default=5)
    per_card_cap: Mapped[int] = mapped_column(Integer, default=0)  # 0 = no cap
    stacking: Mapped[bool] = mapped_column(Boolean, default=True)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    hidden_until_closed: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(10), default="draft")  # draft, open, closed
    card_ids: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)  # None = every card of the canvas
    paper_ballots: Mapped[int] = mapped_column(Integer, default=0)
    opened_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    closes_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Vote(SyncMixin, Base):
    """Append-only: one vote of ``weight`` dots/points. A retracted vote gets a tombstone, never an edit."""

    __tablename__ = "votes"
    __table_args__ = (Index("ix_votes_round_live", "round_id", "deleted"),)
    __append_only__ = True
    round_id: Mapped[str] = mapped_column(ForeignKey("vote_rounds.id"), index=True)
    card_id: Mapped[str] = mapped_column(ForeignKey("cards.id"), index=True)
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id"), nullable=True)
    ballot_token: Mapped[str] = mapped_column(String(60), default="")  # "Stimmzettel 12" for anonymous votes
    weight: Mapped[int] = mapped_column(Integer, default=1)
    source: Mapped[str] = mapped_column(String(10), default="screen")
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    cast_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Comment(SyncMixin, Base):
    """A comment on a card, block, canvas or session. May be edited; a merge never drops one."""

    __tablename__ = "comments"
    target_type: Mapped[str] = mapped_column(String(10), default="card")
    target_id: Mapped[str] = mapped_column(String(160), default="", index=True)  # block: "<canvas id>:<key>"
    canvas_id: Mapped[str | None] = mapped_column(ForeignKey("canvases.id"), nullable=True, index=True)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("sessions.id"), nullable=True, index=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("comments.id"), nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
    stance: Mapped[str] = mapped_column(String(10), default="neutral")
    elsi_tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    barrier: Mapped[bool] = mapped_column(Boolean, default=False)
    barrier_status: Mapped[str] = mapped_column(String(20), default="")
    barrier_measure: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id"), nullable=True)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


