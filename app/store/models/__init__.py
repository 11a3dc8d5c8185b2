"""Typed SQLAlchemy models of the workspace file, one module per area."""

from __future__ import annotations

from .actors import (
    Actor,
    CooperationLink,
    CostBenefitItem,
    Network,
    NetworkMembership,
    OutreachContact,
    Service,
    SubjectCategory,
)
from .base import Base, SyncMixin, new_id
from .canvas import Canvas, CanvasTemplate, Card, CardActorLink, Cluster, TemplateBlock
from .conflicts import ConflictRecord
from .financing import (
    CostLine,
    EvaluationCriterion,
    FinancingModel,
    FinancingSource,
    Measurement,
    RevenueLine,
)
from .participation import Comment, Vote, VoteRound
from .sessions import (
    AgendaPhase,
    Attendance,
    ConsentEvent,
    ErasureRecord,
    EventSession,
    Participant,
    SessionItem,
    SessionPhoto,
)
from .workspace import Meta, Workspace

#: Every model whose rows are shared between devices, in an order that satisfies foreign keys.
SYNC_MODELS: list[type[SyncMixin]] = [
    Workspace, SubjectCategory, Actor, Service, Network, NetworkMembership, OutreachContact, CostBenefitItem,
    CooperationLink, EventSession, AgendaPhase, SessionItem, SessionPhoto, Participant, Attendance, ConsentEvent,
    ErasureRecord, CanvasTemplate, TemplateBlock, Canvas, Cluster, Card, CardActorLink, VoteRound, Vote, Comment,
    FinancingSource, FinancingModel, RevenueLine, CostLine, EvaluationCriterion, Measurement, ConflictRecord,
]
MODEL_BY_TABLE: dict[str, type[SyncMixin]] = {m.__tablename__: m for m in SYNC_MODELS}  # type: ignore[attr-defined]

__all__ = [
    "Actor",
    "AgendaPhase",
    "Attendance",
    "Base",
    "Canvas",
    "CanvasTemplate",
    "Card",
    "CardActorLink",
    "Cluster",
    "Comment",
    "ConflictRecord",
    "ConsentEvent",
    "CooperationLink",
    "CostBenefitItem",
    "CostLine",
    "ErasureRecord",
    "EvaluationCriterion",
    "EventSession",
    "FinancingModel",
    "FinancingSource",
    "MODEL_BY_TABLE",
    "Measurement",
    "Meta",
    "Network",
    "NetworkMembership",
    "OutreachContact",
    "Participant",
    "RevenueLine",
    "SYNC_MODELS",
    "Service",
    "SessionItem",
    "SessionPhoto",
    "SubjectCategory",
    "SyncMixin",
    "TemplateBlock",
    "Vote",
    "VoteRound",
    "Workspace",
    "new_id",
]
