"""Events (Sitzungen) with agenda, decisions and photos; participants, attendance and consent."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, SyncMixin

SESSION_KINDS = (
    "Dienstleisterkonferenz",
    "Bürgerworkshop",
    "Quartierskonferenz",
    "Koordinierungstreffen",
    "Evaluationstreffen",
)
STAKEHOLDER_GROUPS = (
    "Bürger*innen",
    "Dienstleister",
    "kommunale Akteure",
    "Vereine/Netzwerke",
    "Wissenschaft/Moderation",
)
CONSENT_PURPOSES = ("name_in_protocol", "photos", "contact_afterwards")


class EventSession(SyncMixin, Base):
    """A provider conference, citizen workshop, ... (called ``EventSession`` to keep clear of ORM sessions)."""

    __tablename__ = "sessions"
    title: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(60), default=SESSION_KINDS[0])
    date: Mapped[date | None] = mapped_column(Date, nullable=True)
    start_time: Mapped[str] = mapped_column(String(5), default="")  # "18:00"
    place: Mapped[str] = mapped_column(String(300), default="")
    facilitators: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="geplant")  # geplant, laufend, abgeschlossen
    current_phase_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class AgendaPhase(SyncMixin, Base):
    __tablename__ = "agenda_phases"
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200), default="")
    planned_minutes: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class SessionItem(SyncMixin, Base):
    """A decision, next step or open question recorded in a session."""

    __tablename__ = "session_items"
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="decision")  # decision, next_step, open_question
    text: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class SessionPhoto(SyncMixin, Base):
    """A photo (e.g. of a paper board) attached to a session; stored in the workspace."""

    __tablename__ = "session_photos"
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"), index=True)
    caption: Mapped[str] = mapped_column(String(300), default="")
    filename: Mapped[str] = mapped_column(String(300), default="")
    mime: Mapped[str] = mapped_column(String(60), default="image/jpeg")
    data: Mapped[bytes] = mapped_column(LargeBinary, default=b"")


class Participant(SyncMixin, Base):
    __tablename__ = "participants"
    display_name: Mapped[str] = mapped_column(String(200), default="")
    pseudonym: Mapped[str] = mapped_column(String(100), default="")
    stakeholder_group: Mapped[str] = mapped_column(String(60), default=STAKEHOLDER_GROUPS[0])
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), nullable=True, index=True)
    contact: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    erased: Mapped[bool] = mapped_column(Boolean, default=False)


class Attendance(SyncMixin, Base):
    __tablename__ = "attendances"
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    arrived_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class ConsentEvent(SyncMixin, Base):
    """Append-only: consent given or withdrawn for one purpose. The current state is derived from the events."""

    __tablename__ = "consent_events"
    __append_only__ = True
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(40), default=CONSENT_PURPOSES[0])
    given: Mapped[bool] = mapped_column(Boolean, default=True)
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class ErasureRecord(SyncMixin, Base):
    """Personal data of a participant was erased (DSGVO Art. 17); sync carries this to every copy."""

    __tablename__ = "erasure_records"
    participant_id: Mapped[str] = mapped_column(String(36), index=True)
    erased_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    erased_by: Mapped[str] = mapped_column(String(200), default="")
    # recognises the erased names in records that arrive later, without keeping them (app.domain.erased_names)
    digest_salt: Mapped[str] = mapped_column(String(32), default="", server_default="")
    name_digests: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
