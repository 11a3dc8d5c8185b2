"""DSGVO: erase a participant's personal data everywhere (Art. 17) and export everything about one person (Art. 15)."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.domain.personal_data import CONSENT_EVENT_ERASED_VALUES, PARTICIPANT_ERASED_VALUES
from app.store.atomic_file import write_text_atomically
from app.store.models import (
    Attendance,
    Card,
    Comment,
    ConflictRecord,
    ConsentEvent,
    ErasureRecord,
    EventSession,
    Participant,
    Vote,
    VoteRound,
)
from app.store.workspace_file import WorkspaceFile

from .errors import OperationRefused


def _participant(s, participant_id: str) -> Participant:  # type: ignore[no-untyped-def]
    p = s.get(Participant, participant_id)
    if p is None:
        raise OperationRefused(f"Eine teilnehmende Person mit der Kennung {participant_id} gibt es nicht.")
    return p


def erase_participant(ws: WorkspaceFile, participant_id: str, erased_by: str = "") -> None:
    """Blank the person's data, record the erasure for sync, then scrub free pages and the WAL."""
    with ws.session() as s:
        p = _participant(s, participant_id)
        for field, value in PARTICIPANT_ERASED_VALUES.items():
            setattr(p, field, value)
        s.flush()  # stamped like any edit, so sync carries it
        # Consent events are append-only; erasure is the one case that scrubs their free text in place. It is
        # not stamped: every copy applies the same scrub when the erasure record arrives.
        s.info["merging"] = True
        try:
            for ev in s.scalars(select(ConsentEvent).where(ConsentEvent.participant_id == participant_id)):
                for field, value in CONSENT_EVENT_ERASED_VALUES.items():
                    setattr(ev, field, value)
            s.flush()
        finally:
            s.info["merging"] = False
        for cr in s.scalars(select(ConflictRecord).where(ConflictRecord.table_name == "participants",
                                                         ConflictRecord.record_id == participant_id)):
            cr.winner_value = cr.loser_value = "null"
            cr.deleted = True
        s.add(ErasureRecord(participant_id=participant_id, erased_at=datetime.now(), erased_by=erased_by))
    scrub_free_pages(ws)


def scrub_free_pages(ws: WorkspaceFile) -> None:
    """secure_delete zeroes freed pages; checkpoint the WAL into the file and VACUUM so no old copy remains."""
    ws.engine.dispose()  # no pooled connection may hold a read snapshot while we vacuum
    con = sqlite3.connect(ws.path, isolation_level=None)
    try:
        con.execute("PRAGMA secure_delete=ON")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        con.execute("VACUUM")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        con.close()


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _row(obj: Any, fields: list[str]) -> dict[str, Any]:
    return {f: _plain(getattr(obj, f)) for f in fields}


def person_report(ws: WorkspaceFile, participant_id: str) -> dict[str, Any]:
    """Everything stored about one person, readable without the app."""
    with ws.session() as s:
        p = _participant(s, participant_id)
        sessions = {e.id: e for e in s.scalars(select(EventSession))}
        rounds = {r.id: r for r in s.scalars(select(VoteRound))}
        out: dict[str, Any] = {
            "hinweis": "Auskunft nach Art. 15 DSGVO: alle in dieser Werkstatt-Datei gespeicherten Angaben zu "
                       "dieser Person.",
            "person": _row(p, ["id", "display_name", "pseudonym", "stakeholder_group", "actor_id", "contact",
                               "notes", "erased"]),
            "teilnahme": [{"sitzung": sessions[a.session_id].title if a.session_id in sessions else "",
                           "datum": _plain(sessions[a.session_id].date) if a.session_id in sessions else None,
                           "anwesend": a.present}
                          for a in s.scalars(select(Attendance).where(Attendance.participant_id == p.id,
                                                                      Attendance.deleted.is_(False)))],
            "einwilligungen": [_row(e, ["purpose", "given", "recorded_at", "recorded_by", "note"])
                               for e in s.scalars(select(ConsentEvent).where(ConsentEvent.participant_id == p.id,
                                                                             ConsentEvent.deleted.is_(False))
                                                  .order_by(ConsentEvent.recorded_at))],
            "karten": [_row(c, ["id", "text", "block_key", "canvas_id"])
                       for c in s.scalars(select(Card).where(Card.author_id == p.id, Card.deleted.is_(False)))],
            "kommentare": [_row(c, ["id", "text", "stance", "elsi_tags", "created_at"])
                           for c in s.scalars(select(Comment).where(Comment.author_id == p.id,
                                                                    Comment.deleted.is_(False)))],
            "stimmen": [{"runde": rounds[v.round_id].title if v.round_id in rounds else "", "karte": v.card_id,
                         "gewicht": v.weight, "quelle": v.source}
                        for v in s.scalars(select(Vote).where(Vote.participant_id == p.id, Vote.deleted.is_(False)))],
            "loeschungen": [_row(e, ["erased_at", "erased_by"])
                            for e in s.scalars(select(ErasureRecord).where(ErasureRecord.participant_id == p.id))],
        }
    return out


def export_person(ws: WorkspaceFile, participant_id: str, out: str | os.PathLike[str]) -> Path:
    data = person_report(ws, participant_id)
    target = Path(out)
    write_text_atomically(target, json.dumps(data, ensure_ascii=False, indent=2))
    return target
