"""The app's own invariants of a workspace file, beyond SQLite's integrity and foreign key checks."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.hlc import Stamp

from .models import SYNC_MODELS, Card, Vote, VoteRound, Workspace


@dataclass
class CheckReport:
    integrity: str = ""
    foreign_key_problems: int = 0
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.foreign_key_problems == 0 and not self.problems


def check_invariants(s: Session, report: CheckReport) -> None:
    for model in SYNC_MODELS:
        table = model.__tablename__  # type: ignore[attr-defined]
        report.counts[table] = s.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False))) or 0
        for row_id, hlc, stamps in s.execute(select(model.id, model.hlc, model.stamps)):
            try:
                Stamp.decode(hlc)
            except ValueError:
                report.problems.append(f"{table} {row_id}: ungültiger Zeitstempel")
                continue
            if not isinstance(stamps, dict) or any(v > hlc for v in stamps.values()):
                report.problems.append(f"{table} {row_id}: Feldstempel jünger als der Datensatz")
    if s.scalar(select(func.count()).select_from(Workspace).where(Workspace.deleted.is_(False))) != 1:
        report.problems.append("Es muss genau einen Werkstatt-Datensatz (Quartier) geben.")
    # votes of closed rounds stay within budget per voter
    rounds = s.scalars(select(VoteRound).where(VoteRound.deleted.is_(False))).all()
    for rnd in rounds:
        per_voter: dict[str, int] = {}
        for v in s.scalars(select(Vote).where(Vote.round_id == rnd.id, Vote.deleted.is_(False),
                                              Vote.source != "paper")):
            key = v.participant_id or v.ballot_token
            per_voter[key] = per_voter.get(key, 0) + v.weight
        over = [k for k, n in per_voter.items() if rnd.budget and n > rnd.budget]
        if over:
            report.problems.append(f"Abstimmungsrunde »{rnd.title}«: {len(over)} Stimmen über dem Budget")
    orphan = s.scalar(select(func.count()).select_from(Card).where(Card.w <= 0))
    if orphan:
        report.problems.append(f"{orphan} Karten ohne gültige Größe")
