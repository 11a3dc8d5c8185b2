"""A person named in every free-text column of every shared table, and checks that the name is gone everywhere.

``mention_everywhere`` writes one row of each shared table (parents first, so foreign keys hold) whose every
``REDACT`` column names the person, plus a conflict record that keeps a superseded card text naming them and a
consent event of the person with a remark. A new table or column marked ``REDACT`` is covered without touching
this file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.domain.personal_data import REDACT_COLUMNS
from app.store.models import (
    SYNC_MODELS,
    ConflictRecord,
    ConsentEvent,
    ErasureRecord,
    Participant,
    Workspace,
)
from app.store.workspace_file import WorkspaceFile
from app.sync.values import encode_value

NAME = "Wilhelmine Zabelschmidt"
CONTACT = "wilhelmine.z@beispiel.invalid"
#: what must not be found anywhere after the erasure (the surname alone is the strictest test)
SECRETS = (b"Zabelschmidt", b"zabelschmidt", b"ZABELSCHMIDT", CONTACT.encode())


def name_the_person(path: Path, participant_id: str) -> None:
    """Give the sample participant the name and contact the checks look for."""
    with WorkspaceFile.open(path) as ws, ws.session() as s:
        p = s.get(Participant, participant_id)
        p.display_name, p.contact, p.notes = NAME, CONTACT, f"{NAME} bringt Kuchen"


def _mention(table: str, column: str, name: str = NAME, contact: str = CONTACT) -> str:
    # several spellings: the erasure matches whole words, case-insensitively, across ", " and line breaks
    spelling = {0: name, 1: name.upper(), 2: name.replace(" ", "\n"), 3: name.lower()}[len(table + column) % 4]
    return f"laut {spelling}: {contact}" if column != "ballot_token" else spelling


def mention_everywhere(path: Path, participant_id: str, name: str = NAME, contact: str = CONTACT) -> dict[str, str]:
    """One row of every shared table naming the person in each REDACT column; returns table -> row id."""
    made: dict[str, str] = {}
    with WorkspaceFile.open(path) as ws, ws.session() as s:
        other = Participant(display_name="Karl Nachbar", pseudonym="Teilnehmende 9")
        s.add(other)
        s.flush()
        made["participants"] = other.id
        for model in SYNC_MODELS:
            table = model.__table__  # type: ignore[attr-defined]
            if model in (ErasureRecord, ConflictRecord, Workspace, Participant):
                continue
            values: dict[str, Any] = {}
            for col in table.columns:
                for fk in col.foreign_keys:
                    target = fk.column.table.name
                    values[col.key] = None if target == table.name else made.get(target)
            if table.name == "comments":
                values.update(target_type="card", target_id=made["cards"])
            values.update({c: _mention(table.name, c, name, contact) for c in REDACT_COLUMNS.get(table.name, ())})
            row = model(**values)
            s.add(row)
            s.flush()
            made[table.name] = row.id
        s.scalars(select(Workspace)).one().description = _mention("workspace", "description", name, contact)
        s.get(Participant, other.id).notes = _mention("participants", "notes", name, contact)
        s.add(ConsentEvent(participant_id=participant_id, purpose="photos", given=True,
                           recorded_by="Moderation", note=f"{name} möchte keine Fotos"))
        conflict = ConflictRecord(table_name="cards", record_id=made["cards"], field="text",
                                  loser_value=encode_value(_mention("cards", "text", name, contact)), loser_hlc="x")
        s.add(conflict)
        s.flush()
        made["conflict_records"] = conflict.id
    return made


def file_bytes(path: Path) -> bytes:
    """The workspace file and its write-ahead log, as they lie on the disk."""
    out = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return out + (wal.read_bytes() if wal.exists() else b"")


def leaked(data: bytes | str) -> list[str]:
    raw = data.encode() if isinstance(data, str) else data
    return [s.decode() for s in SECRETS if s in raw]


def redact_columns_hold_no_name(path: Path) -> list[str]:
    """Every (table.column) of a REDACT column that still names the person (read through SQL, not bytes)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found = []
        for table, cols in REDACT_COLUMNS.items():
            for col in cols:
                for (value,) in con.execute(f'SELECT "{col}" FROM "{table}"'):  # noqa: S608 (test code)
                    if isinstance(value, str) and "zabelschmidt" in value.casefold():
                        found.append(f"{table}.{col}")
        for (value,) in con.execute("SELECT loser_value || winner_value FROM conflict_records"):
            if "zabelschmidt" in value.casefold():
                found.append("conflict_records")
        return found
    finally:
        con.close()
