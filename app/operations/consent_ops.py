"""Recording consent (given or withdrawn) and reading the current state and the ledger of a person.

Events are only ever appended; the current state is what ``app.domain.consent`` derives from them, so the
protocol can always show who recorded which statement when.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.domain.consent import PURPOSES, ConsentRecord, consent_by_participant, consent_state, event_order
from app.domain.translation_marker import QT_TRANSLATE_NOOP
from app.store.models import ConsentEvent, Participant

from .errors import OperationRefused

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

PURPOSE_LABELS: dict[str, str] = {
    "name_in_protocol": QT_TRANSLATE_NOOP("Consent", "Name im Protokoll"),
    "photos": QT_TRANSLATE_NOOP("Consent", "Fotos"),
    "contact_afterwards": QT_TRANSLATE_NOOP("Consent", "Kontakt danach"),
}


@dataclass(frozen=True)
class ConsentEntry:
    id: str
    participant_id: str
    purpose: str
    given: bool
    recorded_by: str
    recorded_at: datetime | None
    note: str

    @property
    def purpose_label(self) -> str:
        return PURPOSE_LABELS.get(self.purpose, self.purpose)

    @property
    def state_word(self) -> str:
        return "erteilt" if self.given else "widerrufen"


def _record(e: ConsentEvent) -> ConsentRecord:
    return ConsentRecord(purpose=e.purpose, given=e.given, recorded_at=e.recorded_at, hlc=e.hlc,
                         participant_id=e.participant_id)


def record_consent(
    ws: WorkspaceFile,
    participant_id: str,
    purpose: str,
    given: bool,
    *,
    recorded_by: str = "",
    recorded_at: datetime | None = None,
    note: str = "",
) -> ConsentEntry:
    """Append one statement of the person; ``recorded_at`` is when they said it (default: now)."""
    if purpose not in PURPOSES:
        raise OperationRefused(f"Unbekannter Zweck der Einwilligung „{purpose}“.")
    with ws.session() as s:
        person = s.get(Participant, participant_id)
        if person is None or person.deleted:
            raise OperationRefused("Diese Person steht nicht (mehr) auf der Teilnehmendenliste.")
        if person.erased and given:
            raise OperationRefused("Die Daten dieser Person wurden gelöscht; eine Einwilligung kann nicht mehr "
                                   "erfasst werden.")
        row = ConsentEvent(participant_id=participant_id, purpose=purpose, given=given,
                           recorded_by=recorded_by.strip(), recorded_at=recorded_at or datetime.now(), note=note)
        s.add(row)
        s.flush()
        return ConsentEntry(row.id, participant_id, purpose, given, row.recorded_by, row.recorded_at, note)


def _live_events(ws: WorkspaceFile, participant_id: str | None = None) -> list[ConsentEvent]:
    with ws.session() as s:
        query = select(ConsentEvent).where(ConsentEvent.deleted.is_(False))
        if participant_id is not None:
            query = query.where(ConsentEvent.participant_id == participant_id)
        return list(s.scalars(query))


def consent_ledger(ws: WorkspaceFile, participant_id: str) -> list[ConsentEntry]:
    """Every statement of the person, oldest first, in the order that decides the current state."""
    events = sorted(_live_events(ws, participant_id), key=lambda e: event_order(_record(e)))
    return [ConsentEntry(e.id, e.participant_id, e.purpose, e.given, e.recorded_by, e.recorded_at, e.note)
            for e in events]


def current_consent(ws: WorkspaceFile, participant_id: str) -> dict[str, bool | None]:
    """Every purpose → given (True), withdrawn (False) or never stated (None, which counts as not given)."""
    state = consent_state(_record(e) for e in _live_events(ws, participant_id))
    return {purpose: state.get(purpose) for purpose in PURPOSES}


def consent_overview(ws: WorkspaceFile) -> dict[str, dict[str, bool]]:
    """Participant id → purpose → given, for everyone with at least one statement."""
    return consent_by_participant(_record(e) for e in _live_events(ws))


def consent_word(value: bool | None) -> str:
    """A word for lists (never colour alone)."""
    if value is None:
        return "keine Angabe"
    return "erteilt" if value else "widerrufen"
