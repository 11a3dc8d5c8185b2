"""Where a person's name still occurs in free text, listed for the facilitator before the erasure (Art. 17).

The erasure replaces the whole name (and each contact detail) in every free-text column by itself. What it cannot
decide alone are parts of a name ("Frau Schulz meint …", "Anna bringt Kuchen") and names of things (an
organisation called after its owner): those are listed here with their place and context, and one click replaces
one occurrence by "[Name gelöscht]". That click is an ordinary stamped edit, so it merges like any other edit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from app.domain.erased_names import REDACTED_NAME, name_phrases
from app.domain.name_matching import NameKey, find_runs, name_key
from app.domain.personal_data import OWN_RECORDS, REDACT_COLUMNS, REVIEW_COLUMNS
from app.reports.export_columns import COLUMN_TITLES, table_title
from app.store.models import MODEL_BY_TABLE, SYNC_MODELS, ConflictRecord, Participant
from app.store.stamping import REDACTING

from .errors import OperationRefused

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

#: words of a name that alone say nothing about the person (particles, titles)
_NOT_A_NAME = frozenset({"von", "van", "vom", "zu", "zum", "zur", "der", "den", "die", "das", "de", "del", "da",
                         "dos", "und", "frau", "herr", "herrn", "familie", "dr", "prof"})
_MIN_WORD = 3
_MARK_WORDS = frozenset(name_key(REDACTED_NAME))
_CONTEXT = 30
_FULL = "full"
_PART = "part"


@dataclass(frozen=True)
class NameMention:
    """One occurrence of the name (or a part of it) in one field of one record."""

    table: str
    record_id: str
    field: str
    place: str  # German: which list and which field ("Karten – Text")
    start: int
    end: int
    found: str  # the words as typed
    snippet: str  # the occurrence with some text around it
    automatic: bool  # the erasure replaces it anyway (the whole name in a free-text field)
    deleted: bool  # the record is deleted (still stored, so still worth replacing)


@dataclass(frozen=True)
class Identity:
    """What identifies a person in text: every display name and contact detail this file has seen."""

    display_names: tuple[str, ...]
    contacts: tuple[str, ...]

    @property
    def phrases(self) -> list[NameKey]:
        return name_phrases(self.display_names, self.contacts)

    @property
    def name_words(self) -> list[NameKey]:
        out: list[NameKey] = []
        for name in self.display_names:
            for word in name_key(name):
                if len(word) >= _MIN_WORD and word not in _NOT_A_NAME and word not in _MARK_WORDS \
                        and (word,) not in out:
                    out.append((word,))
        return out


def participant_or_refuse(s: Session, participant_id: str) -> Participant:
    p = s.get(Participant, participant_id)
    if p is None:
        raise OperationRefused(f"Eine teilnehmende Person mit der Kennung {participant_id} gibt es nicht.")
    return p


def identity_of(s: Session, p: Participant) -> Identity:
    """The current name and contact, and earlier ones that conflict records still keep."""
    names = [p.display_name or ""]
    contacts = [p.contact or ""]
    rows = s.execute(select(ConflictRecord.field, ConflictRecord.loser_value, ConflictRecord.winner_value).where(
        ConflictRecord.table_name == "participants", ConflictRecord.record_id == p.id,
        ConflictRecord.field.in_(("display_name", "contact"))))
    for field, *values in rows:
        for raw in values:
            try:
                value = json.loads(raw) if raw else None
            except ValueError:
                continue
            if isinstance(value, str) and value:
                (names if field == "display_name" else contacts).append(value)
    return Identity(tuple(dict.fromkeys(n for n in names if n)), tuple(dict.fromkeys(c for c in contacts if c)))


def _snippet(text: str, start: int, end: int) -> str:
    left = max(0, start - _CONTEXT)
    right = min(len(text), end + _CONTEXT)
    body = " ".join(text[left:right].split())
    return ("…" if left else "") + body + ("…" if right < len(text) else "")


def _columns() -> list[tuple[Table, tuple[str, ...]]]:
    out = []
    for model in SYNC_MODELS:
        table: Table = model.__table__  # type: ignore[attr-defined]
        cols = REDACT_COLUMNS.get(table.name, ()) + REVIEW_COLUMNS.get(table.name, ())
        if cols:
            out.append((table, cols))
    return out


def mentions_in(s: Session, participant_id: str, identity: Identity) -> list[NameMention]:
    lookup: dict[NameKey, str] = {key: _PART for key in identity.name_words}
    lookup.update({key: _FULL for key in identity.phrases})
    if not lookup:
        return []
    lengths = {len(k) for k in lookup}
    own = {table: column for table, (column, _values) in OWN_RECORDS.items()}
    found: list[NameMention] = []
    for table, cols in _columns():
        extra = [table.c[own[table.name]]] if table.name in own else []
        for m in s.execute(select(table.c.id, table.c.deleted, *extra, *(table.c[c] for c in cols))
                           .order_by(table.c.id)).mappings():
            if table.name == "participants" and m["id"] == participant_id:
                continue  # the person's own fields are erased as a whole
            owned = table.name in own and m[own[table.name]] == participant_id
            for col in cols:
                text = m[col]
                if not isinstance(text, str) or not text:
                    continue
                for hit in find_runs(text, lookup.get, lengths):
                    automatic = owned or (hit.value == _FULL and col in REDACT_COLUMNS.get(table.name, ()))
                    found.append(NameMention(
                        table.name, m["id"], col, f"{table_title(table.name)} – {COLUMN_TITLES.get(col, col)}",
                        hit.start, hit.end, text[hit.start:hit.end], _snippet(text, hit.start, hit.end), automatic,
                        bool(m["deleted"])))
    found.sort(key=lambda h: (h.automatic, h.deleted, h.place, h.snippet))
    return found


def find_mentions(ws: WorkspaceFile, participant_id: str) -> list[NameMention]:
    """Every occurrence of the person's name or a part of it in free text: first those the erasure leaves to the
    facilitator, then those it replaces by itself."""
    with ws.session() as s:
        p = participant_or_refuse(s, participant_id)
        if p.erased:
            return []
        return mentions_in(s, participant_id, identity_of(s, p))


def redact_mention(ws: WorkspaceFile, mention: NameMention) -> str:
    """Replace this one occurrence by "[Name gelöscht]" (a stamped edit); returns the new text of the field.

    Refused, changing nothing, when the text has changed since the list was made."""
    model: Any = MODEL_BY_TABLE.get(mention.table)
    if model is None or mention.field not in REDACT_COLUMNS.get(mention.table, ()) + REVIEW_COLUMNS.get(
            mention.table, ()):
        raise OperationRefused("Diese Textstelle kann nicht geschwärzt werden.")
    with ws.session() as s:
        s.info[REDACTING] = True  # also in append-only records (consent events, outreach contacts, votes)
        try:
            row = s.get(model, mention.record_id)
            text = getattr(row, mention.field, None) if row is not None else None
            if not isinstance(text, str) or text[mention.start:mention.end] != mention.found:
                raise OperationRefused("Die Textstelle hat sich inzwischen geändert; bitte die Liste neu laden.")
            new_text = text[:mention.start] + REDACTED_NAME + text[mention.end:]
            setattr(row, mention.field, new_text)
            s.flush()
        finally:
            s.info.pop(REDACTING, None)
    return new_text


def redact_open_mentions(ws: WorkspaceFile, participant_id: str) -> int:
    """Replace every occurrence the erasure would leave (parts of the name, names of things) in one action;
    returns how many were replaced. The same edit as one click per occurrence, in one transaction."""
    replaced = 0
    with ws.session() as s:
        p = participant_or_refuse(s, participant_id)
        if p.erased:
            return 0
        identity = identity_of(s, p)
        s.info[REDACTING] = True
        try:
            # an occurrence may shift the next one in the same text: look again after each replacement (each
            # replacement removes one occurrence, so this ends after as many rounds as there were at the start)
            rounds = None
            while rounds is None or replaced < rounds:
                todo = [m for m in mentions_in(s, participant_id, identity) if not m.automatic]
                rounds = len(todo) + replaced if rounds is None else rounds
                if not todo:
                    break
                m = todo[0]
                row = s.get(MODEL_BY_TABLE[m.table], m.record_id)
                text = getattr(row, m.field)
                setattr(row, m.field, text[:m.start] + REDACTED_NAME + text[m.end:])
                s.flush()
                replaced += 1
        finally:
            s.info.pop(REDACTING, None)
    return replaced
