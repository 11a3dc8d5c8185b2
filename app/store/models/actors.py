"""The Quartier's providers and municipal actors, their services, networks, outreach and cooperation."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, SyncMixin

OUTREACH_STATUSES = ("identifiziert", "kontaktiert", "interessiert", "teilnehmend", "Partner", "abgesagt")
OUTREACH_CHANNELS = ("Telefon", "Brief", "E-Mail", "Besuch", "Konferenz")
ACTOR_KINDS = (
    "privates Unternehmen",
    "Wohlfahrtsverband",
    "Kommune",
    "Wohnungsunternehmen",
    "Kirchengemeinde",
    "Verein",
    "Genossenschaft",
    "Netzwerk",
)
LEGAL_FORMS = ("e.V.", "gGmbH", "GmbH", "eG", "Einzelunternehmen", "Körperschaft des öffentlichen Rechts")
LINK_TYPES = ("Schnittstelle", "Überleitung", "gemeinsames Angebot", "geteilte Ressourcen", "gemeinsame Finanzierung")
LINK_STATUSES = ("potenziell", "vereinbart", "aktiv")
CB_DIMENSIONS = ("Zeit", "Geld", "Kundschaft", "Ansehen", "Wissen", "Vernetzung", "Risiko")


class SubjectCategory(SyncMixin, Base):
    """Editable, hierarchical subject category (Pflege, Gesundheit, ...)."""

    __tablename__ = "subject_categories"
    name: Mapped[str] = mapped_column(String(200), default="")
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("subject_categories.id"), nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    color: Mapped[str] = mapped_column(String(9), default="")


class Actor(SyncMixin, Base):
    __tablename__ = "actors"
    name: Mapped[str] = mapped_column(String(300), default="", index=True)
    kind: Mapped[str] = mapped_column(String(60), default="")
    category_id: Mapped[str | None] = mapped_column(ForeignKey("subject_categories.id"), nullable=True, index=True)
    legal_form: Mapped[str] = mapped_column(String(60), default="")
    non_profit: Mapped[bool] = mapped_column(Boolean, default=False)
    public_body: Mapped[bool] = mapped_column(Boolean, default=False)
    recognised_45a: Mapped[bool] = mapped_column(Boolean, default=False)  # recognised everyday-support offer
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(80), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    outreach_status: Mapped[str] = mapped_column(String(30), default=OUTREACH_STATUSES[0])
    key_partner: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class Service(SyncMixin, Base):
    """A service an actor offers: the building block of the Quartier's combined offering."""

    __tablename__ = "services"
    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), index=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    category_id: Mapped[str | None] = mapped_column(ForeignKey("subject_categories.id"), nullable=True)
    target_group: Mapped[str] = mapped_column(String(300), default="")
    price_cents: Mapped[int | None] = mapped_column(Integer, nullable=True)
    price_unit: Mapped[str] = mapped_column(String(40), default="")  # pro Stunde, pro Monat, ...
    financing: Mapped[str] = mapped_column(String(300), default="")  # e.g. "§45b, Selbstzahler"
    availability: Mapped[str] = mapped_column(String(300), default="")
    accessibility: Mapped[str] = mapped_column(String(300), default="")


class Network(SyncMixin, Base):
    __tablename__ = "networks"
    name: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    coordinator_actor_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), nullable=True)


class NetworkMembership(SyncMixin, Base):
    __tablename__ = "network_memberships"
    network_id: Mapped[str] = mapped_column(ForeignKey("networks.id"), index=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), index=True)
    role: Mapped[str] = mapped_column(String(100), default="Mitglied")


class OutreachContact(SyncMixin, Base):
    """Append-only log entry: a call, letter, visit ... to an actor."""

    __tablename__ = "outreach_contacts"
    __append_only__ = True
    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), index=True)
    channel: Mapped[str] = mapped_column(String(30), default=OUTREACH_CHANNELS[0])
    contact_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    by_whom: Mapped[str] = mapped_column(String(200), default="")
    result: Mapped[str] = mapped_column(Text, default="")
    status_after: Mapped[str] = mapped_column(String(30), default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)


class CostBenefitItem(SyncMixin, Base):
    """A cost or benefit of taking part, for one actor or a whole category."""

    __tablename__ = "cost_benefit_items"
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), nullable=True, index=True)
    category_id: Mapped[str | None] = mapped_column(ForeignKey("subject_categories.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(10), default="cost")  # cost | benefit
    dimension: Mapped[str] = mapped_column(String(30), default=CB_DIMENSIONS[0])
    weight: Mapped[int] = mapped_column(Integer, default=3)
    note: Mapped[str] = mapped_column(Text, default="")


class CooperationLink(SyncMixin, Base):
    __tablename__ = "cooperation_links"
    actor_a_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), index=True)
    actor_b_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), index=True)
    link_type: Mapped[str] = mapped_column(String(40), default=LINK_TYPES[0])
    status: Mapped[str] = mapped_column(String(20), default=LINK_STATUSES[0])
    description: Mapped[str] = mapped_column(Text, default="")
    # compatibility of the two actors' organisation and financing models
    compatibility: Mapped[str] = mapped_column(String(20), default="")  # kompatibel, bedingt, inkompatibel
    compatibility_reason: Mapped[str] = mapped_column(Text, default="")
    override_verdict: Mapped[str] = mapped_column(String(20), default="")
    override_reason: Mapped[str] = mapped_column(Text, default="")
