"""DSGVO: erase a participant's personal data everywhere (Art. 17) and export everything about one person (Art. 15)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.domain.erased_names import ErasedName
from app.domain.personal_data import PARTICIPANT_ERASED_VALUES
from app.store.atomic_file import write_text_atomically
from app.store.models import (
    Attendance,
    Card,
    Comment,
    ConsentEvent,
    ErasureRecord,
    EventSession,
    Vote,
    VoteRound,
)
from app.store.scrub import scrub_free_pages
from app.store.workspace_file import WorkspaceFile
from app.sync.erasure import apply_erasures

from .errors import OperationRefused
from .name_mentions_ops import identity_of, participant_or_refuse


@dataclass(frozen=True)
class ErasureResult:
    """What the erasure changed besides the person's own row (the consent remarks, names in text elsewhere)."""

    participant_id: str
    records_cleaned: int  # rows in which the name (or a remark about the person) was replaced
    file_scrubbed: bool  # no old copy left in the file's unused space and write-ahead log


def erase_participant(ws: WorkspaceFile, participant_id: str, erased_by: str = "") -> ErasureResult:
    """Blank the person's data, record the erasure for sync (with digests that recognise the name later, never
    the name), replace the name everywhere in free text, then scrub free pages and the WAL.

    The last step is the same one every merge and hub sync runs (``app.sync.erasure``): the erasure record,
    applied to this file. All of it is one transaction."""
    with ws.session() as s:
        p = participant_or_refuse(s, participant_id)
        if p.erased:
            raise OperationRefused("Die Daten dieser Person sind bereits gelöscht.")
        identity = identity_of(s, p)
        recogniser = ErasedName.of(identity.phrases)
        for field, value in PARTICIPANT_ERASED_VALUES.items():
            setattr(p, field, value)
        s.add(ErasureRecord(participant_id=participant_id, erased_at=datetime.now(), erased_by=erased_by,
                            digest_salt=recogniser.salt, name_digests=sorted(recogniser.digests)))
        s.flush()  # stamped like any edit, so sync carries it
        applied = apply_erasures(s.connection())
    scrubbed = scrub_free_pages(ws)
    return ErasureResult(participant_id, applied.erased_blanked, scrubbed)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _row(obj: Any, fields: list[str]) -> dict[str, Any]:
    return {f: _plain(getattr(obj, f)) for f in fields}


def person_report(ws: WorkspaceFile, participant_id: str) -> dict[str, Any]:
    """Everything stored about one person, readable without the app."""
    with ws.session() as s:
        p = participant_or_refuse(s, participant_id)
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
