"""Sessions' agendas: phases with planned minutes, the phase that runs now, and what a session decided.

The running phase is ``EventSession.current_phase_id``; each phase keeps when it started and ended, so the
protocol can compare planned and actual time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.translation_marker import QT_TRANSLATE_NOOP
from app.store.models import AgendaPhase, EventSession, SessionItem
from app.store.models.sessions import SESSION_KINDS

from .errors import OperationRefused

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

DEFAULT_PHASES: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("Agenda", "Ankommen"), 15),
    (QT_TRANSLATE_NOOP("Agenda", "Sammeln"), 30),
    (QT_TRANSLATE_NOOP("Agenda", "Clustern"), 20),
    (QT_TRANSLATE_NOOP("Agenda", "Bewerten"), 20),
    (QT_TRANSLATE_NOOP("Agenda", "Diskutieren"), 30),
    (QT_TRANSLATE_NOOP("Agenda", "Abschluss"), 10),
)
ITEM_KINDS: dict[str, str] = {
    "decision": QT_TRANSLATE_NOOP("Agenda", "Entscheidung"),
    "next_step": QT_TRANSLATE_NOOP("Agenda", "Nächster Schritt"),
    "open_question": QT_TRANSLATE_NOOP("Agenda", "Offene Frage"),
}


@dataclass(frozen=True)
class SessionInfo:
    id: str
    title: str
    kind: str
    date: date | None
    status: str
    current_phase_id: str | None


@dataclass(frozen=True)
class PhaseInfo:
    id: str
    session_id: str
    position: int
    title: str
    planned_minutes: int
    started_at: datetime | None
    ended_at: datetime | None
    current: bool

    @property
    def state_word(self) -> str:
        if self.current:
            return "läuft"
        if self.ended_at is not None:
            return "beendet"
        return "geplant"

    def elapsed_seconds(self, now: datetime) -> int:
        if self.started_at is None:
            return 0
        end = now if self.current or self.ended_at is None else self.ended_at
        return max(0, int((end - self.started_at).total_seconds()))


@dataclass(frozen=True)
class ItemInfo:
    id: str
    session_id: str
    kind: str
    text: str
    owner: str
    due_date: date | None
    position: int

    @property
    def kind_word(self) -> str:
        return ITEM_KINDS.get(self.kind, self.kind)


def _session_info(e: EventSession) -> SessionInfo:
    return SessionInfo(e.id, e.title, e.kind, e.date, e.status, e.current_phase_id)


def _live_session(s: Session, session_id: str) -> EventSession:
    row = s.get(EventSession, session_id)
    if row is None or row.deleted:
        raise OperationRefused("Diese Sitzung gibt es nicht (mehr).")
    return row


def _live_phase(s: Session, phase_id: str) -> AgendaPhase:
    row = s.get(AgendaPhase, phase_id)
    if row is None or row.deleted:
        raise OperationRefused("Diese Phase gibt es nicht (mehr).")
    return row


def _phases(s: Session, session_id: str) -> list[AgendaPhase]:
    return list(s.scalars(select(AgendaPhase).where(AgendaPhase.session_id == session_id,
                                                    AgendaPhase.deleted.is_(False))
                          .order_by(AgendaPhase.position, AgendaPhase.hlc)))


def _set(row: object, name: str, value: object) -> None:
    if getattr(row, name) != value:
        setattr(row, name, value)


def create_session(
    ws: WorkspaceFile,
    title: str,
    *,
    kind: str = SESSION_KINDS[0],
    on: date | None = None,
    start_time: str = "",
    place: str = "",
    default_phases: bool = True,
) -> SessionInfo:
    if kind not in SESSION_KINDS:
        raise OperationRefused(f"Unbekannte Art der Sitzung „{kind}“. Möglich sind: {', '.join(SESSION_KINDS)}.")
    if not title.strip():
        raise OperationRefused("Bitte einen Titel für die Sitzung angeben.")
    with ws.session() as s:
        row = EventSession(title=title.strip(), kind=kind, date=on, start_time=start_time, place=place)
        s.add(row)
        s.flush()
        if default_phases:
            for pos, (name, minutes) in enumerate(DEFAULT_PHASES):
                s.add(AgendaPhase(session_id=row.id, position=pos, title=name, planned_minutes=minutes))
        return _session_info(row)


def get_session(ws: WorkspaceFile, session_id: str) -> SessionInfo:
    with ws.session() as s:
        return _session_info(_live_session(s, session_id))


def _phase_info(p: AgendaPhase, current_id: str | None) -> PhaseInfo:
    return PhaseInfo(p.id, p.session_id, p.position, p.title, p.planned_minutes, p.started_at, p.ended_at,
                     p.id == current_id)


def list_phases(ws: WorkspaceFile, session_id: str) -> list[PhaseInfo]:
    with ws.session() as s:
        current = _live_session(s, session_id).current_phase_id
        return [_phase_info(p, current) for p in _phases(s, session_id)]


def add_phase(ws: WorkspaceFile, session_id: str, title: str, planned_minutes: int) -> PhaseInfo:
    if not title.strip():
        raise OperationRefused("Bitte einen Namen für die Phase angeben.")
    if planned_minutes < 0:
        raise OperationRefused("Die geplante Dauer darf nicht negativ sein.")
    with ws.session() as s:
        event = _live_session(s, session_id)
        last = s.scalar(select(func.max(AgendaPhase.position)).where(AgendaPhase.session_id == session_id,
                                                                     AgendaPhase.deleted.is_(False)))
        row = AgendaPhase(session_id=session_id, position=(last + 1) if last is not None else 0,
                          title=title.strip(), planned_minutes=planned_minutes)
        s.add(row)
        s.flush()
        return _phase_info(row, event.current_phase_id)


def add_default_phases(ws: WorkspaceFile, session_id: str) -> list[PhaseInfo]:
    for name, minutes in DEFAULT_PHASES:
        add_phase(ws, session_id, name, minutes)
    return list_phases(ws, session_id)


def update_phase(
    ws: WorkspaceFile, phase_id: str, *, title: str | None = None, planned_minutes: int | None = None
) -> None:
    if title is not None and not title.strip():
        raise OperationRefused("Bitte einen Namen für die Phase angeben.")
    if planned_minutes is not None and planned_minutes < 0:
        raise OperationRefused("Die geplante Dauer darf nicht negativ sein.")
    with ws.session() as s:
        row = _live_phase(s, phase_id)
        if title is not None:
            _set(row, "title", title.strip())
        if planned_minutes is not None:
            _set(row, "planned_minutes", planned_minutes)


def remove_phase(ws: WorkspaceFile, phase_id: str) -> None:
    with ws.session() as s:
        row = _live_phase(s, phase_id)
        event = _live_session(s, row.session_id)
        if event.current_phase_id == phase_id:
            event.current_phase_id = None
        row.deleted = True


def reorder_phases(ws: WorkspaceFile, session_id: str, ordered_ids: Sequence[str]) -> list[PhaseInfo]:
    """Set the order; ``ordered_ids`` must name every live phase of the session exactly once."""
    with ws.session() as s:
        phases = {p.id: p for p in _phases(s, session_id)}
        if sorted(ordered_ids) != sorted(phases):
            raise OperationRefused("Die neue Reihenfolge passt nicht zu den Phasen der Sitzung; bitte neu laden.")
        for pos, pid in enumerate(ordered_ids):
            _set(phases[pid], "position", pos)
    return list_phases(ws, session_id)


def move_phase(ws: WorkspaceFile, phase_id: str, step: int) -> list[PhaseInfo]:
    """Move a phase up (negative step) or down in the agenda."""
    with ws.session() as s:
        session_id = _live_phase(s, phase_id).session_id
        order = [p.id for p in _phases(s, session_id)]
    i = order.index(phase_id)
    j = max(0, min(len(order) - 1, i + step))
    order.insert(j, order.pop(i))
    return reorder_phases(ws, session_id, order)


def start_phase(ws: WorkspaceFile, phase_id: str, *, now: datetime | None = None) -> PhaseInfo:
    """Make this the running phase; the phase that ran before ends now. Restarting a phase starts its timer anew."""
    at = now or datetime.now()
    with ws.session() as s:
        row = _live_phase(s, phase_id)
        event = _live_session(s, row.session_id)
        if event.current_phase_id == phase_id:
            raise OperationRefused("Diese Phase läuft bereits.")
        if event.current_phase_id:
            running = s.get(AgendaPhase, event.current_phase_id)
            if running is not None and not running.deleted:
                running.ended_at = at
        row.started_at = at
        _set(row, "ended_at", None)
        event.current_phase_id = phase_id
        _set(event, "status", "laufend")
        return _phase_info(row, phase_id)


def stop_current_phase(ws: WorkspaceFile, session_id: str, *, now: datetime | None = None) -> PhaseInfo | None:
    """End the running phase (a break or the end of the event); returns it, or None if none ran."""
    at = now or datetime.now()
    with ws.session() as s:
        event = _live_session(s, session_id)
        if not event.current_phase_id:
            return None
        row = s.get(AgendaPhase, event.current_phase_id)
        event.current_phase_id = None
        if row is None:
            return None
        row.ended_at = at
        return _phase_info(row, None)


def current_phase(ws: WorkspaceFile, session_id: str) -> PhaseInfo | None:
    return next((p for p in list_phases(ws, session_id) if p.current), None)


def add_item(
    ws: WorkspaceFile, session_id: str, kind: str, text: str, *, owner: str = "", due_date: date | None = None
) -> ItemInfo:
    """Record a decision, next step or open question."""
    if kind not in ITEM_KINDS:
        raise OperationRefused(f"Unbekannte Art „{kind}“. Möglich sind: {', '.join(ITEM_KINDS.values())}.")
    if not text.strip():
        raise OperationRefused("Der Eintrag ist leer.")
    with ws.session() as s:
        _live_session(s, session_id)
        last = s.scalar(select(func.max(SessionItem.position)).where(SessionItem.session_id == session_id,
                                                                     SessionItem.deleted.is_(False)))
        row = SessionItem(session_id=session_id, kind=kind, text=text.strip(), owner=owner.strip(),
                          due_date=due_date, position=(last + 1) if last is not None else 0)
        s.add(row)
        s.flush()
        return ItemInfo(row.id, session_id, kind, row.text, row.owner, due_date, row.position)


def list_items(ws: WorkspaceFile, session_id: str, kind: str | None = None) -> list[ItemInfo]:
    with ws.session() as s:
        query = select(SessionItem).where(SessionItem.session_id == session_id, SessionItem.deleted.is_(False))
        if kind is not None:
            query = query.where(SessionItem.kind == kind)
        rows = s.scalars(query.order_by(SessionItem.position, SessionItem.hlc)).all()
        return [ItemInfo(r.id, r.session_id, r.kind, r.text, r.owner, r.due_date, r.position) for r in rows]


def update_item(
    ws: WorkspaceFile, item_id: str, *, text: str | None = None, owner: str | None = None,
    due_date: date | None = None,
) -> None:
    if text is not None and not text.strip():
        raise OperationRefused("Der Eintrag ist leer.")
    with ws.session() as s:
        row = s.get(SessionItem, item_id)
        if row is None or row.deleted:
            raise OperationRefused("Diesen Eintrag gibt es nicht (mehr).")
        if text is not None:
            _set(row, "text", text.strip())
        if owner is not None:
            _set(row, "owner", owner.strip())
        if due_date is not None:
            _set(row, "due_date", due_date)


def remove_item(ws: WorkspaceFile, item_id: str) -> None:
    with ws.session() as s:
        row = s.get(SessionItem, item_id)
        if row is None or row.deleted:
            raise OperationRefused("Diesen Eintrag gibt es nicht (mehr).")
        row.deleted = True
