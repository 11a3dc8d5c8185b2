"""The roster of participants and who is present in which session.

People arrive at the door while the event runs, so adding someone takes one line: a name, or nothing at all and
the person gets a stable pseudonym ("Teilnehmende 7") that the protocol prints when no name consent exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import Actor, Attendance, EventSession, Participant
from app.store.models.sessions import STAKEHOLDER_GROUPS

from .errors import OperationRefused

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

__all__ = [
    "STAKEHOLDER_GROUPS",
    "ActorChoice",
    "ParticipantInfo",
    "SessionChoice",
    "attendance_for_session",
    "list_actor_choices",
    "list_participants",
    "list_session_choices",
    "participant_label",
    "present_participant_ids",
    "quick_add",
    "remove_participant",
    "set_attendance",
    "update_participant",
]

PSEUDONYM_PREFIX = "Teilnehmende"
_PSEUDONYM_RE = re.compile(rf"^{PSEUDONYM_PREFIX} (\d+)$")


@dataclass(frozen=True)
class ParticipantInfo:
    id: str
    display_name: str
    pseudonym: str
    stakeholder_group: str
    actor_id: str | None
    actor_name: str
    contact: str
    notes: str
    erased: bool

    @property
    def label(self) -> str:
        return participant_label(self.display_name, self.pseudonym, self.erased)


@dataclass(frozen=True)
class ActorChoice:
    id: str
    name: str


@dataclass(frozen=True)
class SessionChoice:
    id: str
    title: str
    kind: str
    date: date | None
    status: str

    @property
    def label(self) -> str:
        when = self.date.strftime("%d.%m.%Y") if self.date else ""
        return " – ".join(p for p in (self.title or self.kind, when) if p)


def participant_label(display_name: str, pseudonym: str, erased: bool = False) -> str:
    """What lists show: the name, or the pseudonym when there is none (or it was erased)."""
    if display_name and not erased:
        return display_name
    return pseudonym or "ohne Namen"


def _info(p: Participant, actor_names: dict[str, str]) -> ParticipantInfo:
    return ParticipantInfo(
        id=p.id, display_name=p.display_name, pseudonym=p.pseudonym, stakeholder_group=p.stakeholder_group,
        actor_id=p.actor_id, actor_name=actor_names.get(p.actor_id or "", ""), contact=p.contact, notes=p.notes,
        erased=p.erased,
    )


def _actor_names(s: Session) -> dict[str, str]:
    return dict(s.execute(select(Actor.id, Actor.name).where(Actor.deleted.is_(False))).tuples().all())


def _next_pseudonym(s: Session) -> str:
    """One more than the highest number ever given (tombstoned rows included), so numbers are never reused."""
    highest = 0
    for pseudonym in s.scalars(select(Participant.pseudonym)):
        match = _PSEUDONYM_RE.match(pseudonym or "")
        if match:
            highest = max(highest, int(match.group(1)))
    return f"{PSEUDONYM_PREFIX} {highest + 1}"


def _check_group(group: str) -> None:
    if group not in STAKEHOLDER_GROUPS:
        raise OperationRefused(f"Unbekannte Gruppe „{group}“. Möglich sind: {', '.join(STAKEHOLDER_GROUPS)}.")


def _check_actor(s: Session, actor_id: str | None) -> None:
    if actor_id is None:
        return
    actor = s.get(Actor, actor_id)
    if actor is None or actor.deleted:
        raise OperationRefused("Diese Organisation gibt es nicht (mehr).")


def _live_session(s: Session, session_id: str) -> EventSession:
    row = s.get(EventSession, session_id)
    if row is None or row.deleted:
        raise OperationRefused("Diese Sitzung gibt es nicht (mehr).")
    return row


def _live_participant(s: Session, participant_id: str) -> Participant:
    row = s.get(Participant, participant_id)
    if row is None or row.deleted:
        raise OperationRefused("Diese Person steht nicht (mehr) auf der Teilnehmendenliste.")
    return row


def quick_add(
    ws: WorkspaceFile,
    name: str = "",
    *,
    stakeholder_group: str = STAKEHOLDER_GROUPS[0],
    actor_id: str | None = None,
    present_in_session: str | None = None,
    now: datetime | None = None,
) -> ParticipantInfo:
    """Add one person; with ``present_in_session`` they are marked present there at once (arrival at the door)."""
    _check_group(stakeholder_group)
    with ws.session() as s:
        _check_actor(s, actor_id)
        if present_in_session is not None:
            _live_session(s, present_in_session)
        row = Participant(display_name=name.strip(), pseudonym=_next_pseudonym(s),
                          stakeholder_group=stakeholder_group, actor_id=actor_id)
        s.add(row)
        s.flush()
        if present_in_session is not None:
            s.add(Attendance(session_id=present_in_session, participant_id=row.id, present=True,
                             arrived_at=now or datetime.now()))
        return _info(row, _actor_names(s))


def update_participant(
    ws: WorkspaceFile,
    participant_id: str,
    *,
    display_name: str | None = None,
    stakeholder_group: str | None = None,
    actor_id: str | None = None,
    clear_actor: bool = False,
    contact: str | None = None,
    notes: str | None = None,
) -> ParticipantInfo:
    """Change what was given; ``None`` leaves a field as it is (``clear_actor`` removes the organisation)."""
    if stakeholder_group is not None:
        _check_group(stakeholder_group)
    with ws.session() as s:
        row = _live_participant(s, participant_id)
        _check_actor(s, actor_id)
        if display_name is not None and display_name.strip() != row.display_name:
            row.display_name = display_name.strip()
        if stakeholder_group is not None and stakeholder_group != row.stakeholder_group:
            row.stakeholder_group = stakeholder_group
        if clear_actor and row.actor_id is not None:
            row.actor_id = None
        elif actor_id is not None and actor_id != row.actor_id:
            row.actor_id = actor_id
        if contact is not None and contact != row.contact:
            row.contact = contact
        if notes is not None and notes != row.notes:
            row.notes = notes
        return _info(row, _actor_names(s))


def remove_participant(ws: WorkspaceFile, participant_id: str) -> None:
    with ws.session() as s:
        _live_participant(s, participant_id).deleted = True


def list_participants(
    ws: WorkspaceFile, *, text: str = "", stakeholder_group: str | None = None
) -> list[ParticipantInfo]:
    """Live participants sorted by label; ``text`` filters by name, pseudonym or organisation (any case)."""
    needle = text.strip().casefold()
    with ws.session() as s:
        names = _actor_names(s)
        rows = s.scalars(select(Participant).where(Participant.deleted.is_(False))).all()
        infos = [_info(p, names) for p in rows]
    if stakeholder_group:
        infos = [p for p in infos if p.stakeholder_group == stakeholder_group]
    if needle:
        infos = [p for p in infos if needle in f"{p.label}\n{p.pseudonym}\n{p.actor_name}".casefold()]
    return sorted(infos, key=lambda p: (p.label.casefold(), p.id))


def list_actor_choices(ws: WorkspaceFile) -> list[ActorChoice]:
    with ws.session() as s:
        names = _actor_names(s)
    return sorted((ActorChoice(i, n) for i, n in names.items()), key=lambda a: (a.name.casefold(), a.id))


def list_session_choices(ws: WorkspaceFile) -> list[SessionChoice]:
    """Sessions, newest date first (undated last)."""
    with ws.session() as s:
        rows = s.scalars(select(EventSession).where(EventSession.deleted.is_(False))).all()
        choices = [SessionChoice(r.id, r.title, r.kind, r.date, r.status) for r in rows]
    dated = sorted((c for c in choices if c.date), key=lambda c: (c.date, c.title), reverse=True)
    undated = sorted((c for c in choices if not c.date), key=lambda c: (c.title, c.id))
    return dated + undated


def _attendance_row(s: Session, session_id: str, participant_id: str) -> Attendance | None:
    return s.scalars(
        select(Attendance).where(
            Attendance.session_id == session_id,
            Attendance.participant_id == participant_id,
            Attendance.deleted.is_(False),
        ).order_by(Attendance.hlc.desc())
    ).first()


def set_attendance(
    ws: WorkspaceFile, session_id: str, participant_id: str, present: bool, *, now: datetime | None = None
) -> None:
    """Mark present or absent; the first arrival time is kept when someone is unticked and ticked again."""
    with ws.session() as s:
        _live_session(s, session_id)
        _live_participant(s, participant_id)
        row = _attendance_row(s, session_id, participant_id)
        if row is None:
            s.add(Attendance(session_id=session_id, participant_id=participant_id, present=present,
                             arrived_at=(now or datetime.now()) if present else None))
            return
        if row.present != present:
            row.present = present
        if present and row.arrived_at is None:
            row.arrived_at = now or datetime.now()


def attendance_for_session(ws: WorkspaceFile, session_id: str) -> dict[str, bool]:
    """Participant id → present, for everyone who has an attendance entry in this session."""
    with ws.session() as s:
        rows = s.scalars(
            select(Attendance).where(Attendance.session_id == session_id, Attendance.deleted.is_(False))
            .order_by(Attendance.hlc)
        ).all()
        return {r.participant_id: r.present for r in rows}  # the newest row per person wins


def present_participant_ids(s: Session, session_id: str) -> set[str]:
    """For other operations inside their own session: who is marked present (tombstoned people excluded)."""
    rows = s.execute(
        select(Attendance.participant_id, Attendance.present)
        .join(Participant, Participant.id == Attendance.participant_id)
        .where(Attendance.session_id == session_id, Attendance.deleted.is_(False),
               Participant.deleted.is_(False))
        .order_by(Attendance.hlc)
    ).tuples().all()
    state: dict[str, bool] = {}
    for pid, present in rows:
        state[pid] = present
    return {pid for pid, present in state.items() if present}
