"""Financing models (revenue and cost lines, source catalogue) and evaluation in everyday use."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, SyncMixin

REVENUE_UNITS = ("per_month", "per_year", "per_client_month", "one_off")
CERTAINTIES = ("sicher", "wahrscheinlich", "offen")
COST_KINDS = ("Personal", "Räume", "Fahrzeuge", "Versicherung", "Koordination", "Ehrenamtspauschalen", "Sonstiges")


class FinancingSource(SyncMixin, Base):
    """Editable catalogue entry (§45b Entlastungsbetrag, Landesförderung, ...)."""

    __tablename__ = "financing_sources"
    key: Mapped[str] = mapped_column(String(60), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    default_amount_cents: Mapped[int] = mapped_column(Integer, default=0)
    default_unit: Mapped[str] = mapped_column(String(20), default="per_month")
    temporary: Mapped[bool] = mapped_column(Boolean, default=False)
    public: Mapped[bool] = mapped_column(Boolean, default=False)
    max_years: Mapped[int] = mapped_column(Integer, default=0)  # 0 = open-ended
    requires_recognition: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class FinancingModel(SyncMixin, Base):
    __tablename__ = "financing_models"
    canvas_id: Mapped[str | None] = mapped_column(ForeignKey("canvases.id"), nullable=True, index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    horizon_months: Mapped[int] = mapped_column(Integer, default=60)
    notes: Mapped[str] = mapped_column(Text, default="")


class RevenueLine(SyncMixin, Base):
    __tablename__ = "revenue_lines"
    model_id: Mapped[str] = mapped_column(ForeignKey("financing_models.id"), index=True)
    source_id: Mapped[str | None] = mapped_column(ForeignKey("financing_sources.id"), nullable=True)
    label: Mapped[str] = mapped_column(String(300), default="")
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)
    unit: Mapped[str] = mapped_column(String(20), default="per_month")
    clients: Mapped[int] = mapped_column(Integer, default=0)
    uptake_pct: Mapped[float] = mapped_column(Float, default=100.0)
    start_month: Mapped[int] = mapped_column(Integer, default=1)  # 1-based month of the horizon
    end_month: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None = open-ended
    certainty: Mapped[str] = mapped_column(String(20), default="sicher")
    temporary: Mapped[bool] = mapped_column(Boolean, default=False)
    public: Mapped[bool] = mapped_column(Boolean, default=False)
    valued: Mapped[bool] = mapped_column(Boolean, default=True)  # time credits may be left unvalued
    position: Mapped[int] = mapped_column(Integer, default=0)


class CostLine(SyncMixin, Base):
    __tablename__ = "cost_lines"
    model_id: Mapped[str] = mapped_column(ForeignKey("financing_models.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40), default=COST_KINDS[0])
    label: Mapped[str] = mapped_column(String(300), default="")
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)
    unit: Mapped[str] = mapped_column(String(20), default="per_month")
    start_month: Mapped[int] = mapped_column(Integer, default=1)
    end_month: Mapped[int | None] = mapped_column(Integer, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class EvaluationCriterion(SyncMixin, Base):
    __tablename__ = "evaluation_criteria"
    canvas_id: Mapped[str] = mapped_column(ForeignKey("canvases.id"), index=True)  # the model (any version)
    name: Mapped[str] = mapped_column(String(200), default="")
    unit: Mapped[str] = mapped_column(String(40), default="")
    target_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    higher_is_better: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Measurement(SyncMixin, Base):
    __tablename__ = "measurements"
    criterion_id: Mapped[str] = mapped_column(ForeignKey("evaluation_criteria.id"), index=True)
    canvas_id: Mapped[str] = mapped_column(ForeignKey("canvases.id"), index=True)  # the version measured
    measured_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    value: Mapped[float] = mapped_column(Float, default=0.0)
    source: Mapped[str] = mapped_column(String(200), default="")
    session_id: Mapped[str | None] = mapped_column(ForeignKey("sessions.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
