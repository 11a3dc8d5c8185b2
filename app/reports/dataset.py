"""The whole workspace as plain records (table name -> list of dicts), pseudonymised: the one source of every
data export (JSON, CSV, XLSX), so that no export format can forget a privacy rule.

Rules: only live rows (tombstones are left out); no sync bookkeeping (clock stamps, device ids); participants
appear with id, stable pseudonym, stakeholder group and organisation only; their display name only with
``with_names`` AND their current consent "name_in_protocol" (derived from consent events). A hidden name that
occurs anywhere else (an actor's contact person, a facilitator list, "recorded by") is replaced by the pseudonym.
Anonymous votes carry no participant id, anonymous comments no author, photos carry no image data, and the
free-text notes of consent events (personal remarks, like the participants' own notes) are left empty.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.consent import ConsentRecord, may_show_name
from app.domain.name_matching import NameReplacer
from app.store.models import SYNC_MODELS, Actor, ConsentEvent, Participant, VoteRound
from app.store.models.base import SYNC_META_COLUMNS

Record = dict[str, Any]
Dataset = dict[str, list[Record]]

#: Tables in the order of the export (the main ones first, then every other shared table by name).
MAIN_TABLES = ("sessions", "participants", "actors", "canvases", "cards", "vote_rounds", "votes", "comments")
#: Participant fields that never leave the workspace in an export.
PERSONAL_FIELDS = ("display_name", "contact", "notes")


@dataclass(frozen=True)
class Privacy:
    """Who may be named, and the pseudonym that replaces everyone else."""

    shown_names: dict[str, str]  # participant id -> display name that may be exported
    hidden: dict[str, str]  # display name -> pseudonym, for names that must not appear

    def scrubber(self) -> Callable[[Any], Any]:
        """Replaces every hidden name in any value (whole words, case-insensitive: ``app.domain.name_matching``)."""
        # a shown name stays whole: "Anna Schulz" (consented) is not cut by a hidden "Anna" (longest name first)
        replace = NameReplacer(self.hidden, keep=self.shown_names.values())
        if not replace:
            return lambda value: value

        def scrub(value: Any) -> Any:
            if isinstance(value, str):
                return replace(value)
            if isinstance(value, list):
                return [scrub(v) for v in value]
            if isinstance(value, dict):
                return {k: scrub(v) for k, v in value.items()}
            return value

        return scrub


def table_order() -> list[str]:
    names = [m.__tablename__ for m in SYNC_MODELS]  # type: ignore[attr-defined]
    return list(MAIN_TABLES) + sorted(n for n in names if n not in MAIN_TABLES)


def privacy_of(s: Session, *, with_names: bool) -> Privacy:
    events: dict[str, list[ConsentRecord]] = {}
    for e in s.scalars(select(ConsentEvent).where(ConsentEvent.deleted.is_(False))):
        events.setdefault(e.participant_id, []).append(
            ConsentRecord(purpose=e.purpose, given=e.given, recorded_at=e.recorded_at, hlc=e.hlc,
                          participant_id=e.participant_id))
    shown: dict[str, str] = {}
    hidden: dict[str, str] = {}
    for pid, name, pseudonym, erased in s.execute(
            select(Participant.id, Participant.display_name, Participant.pseudonym, Participant.erased)):
        if not name:
            continue
        if with_names and not erased and may_show_name(events.get(pid, [])):
            shown[pid] = name
        else:
            hidden.setdefault(name, pseudonym or "Teilnehmende")
    # a name that one person may show but a namesake may not stays hidden: the safe side
    for pid, name in list(shown.items()):
        if name in hidden:
            del shown[pid]
    return Privacy(shown_names=shown, hidden=hidden)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


#: columns that never leave the workspace: machine-made recognisers of erased names (no use to anyone outside)
NOT_EXPORTED = frozenset({("erasure_records", "digest_salt"), ("erasure_records", "name_digests")})


def record_keys(model: type) -> list[str]:
    """The keys of an exported record of ``model``: its id and its own columns, no sync bookkeeping."""
    table = model.__table__  # type: ignore[attr-defined]
    return ["id"] + [c.key for c in table.columns if c.key not in SYNC_META_COLUMNS and c.key != "deleted"
                     and (table.name, c.key) not in NOT_EXPORTED]


def _rows(s: Session, model: type, typed: bool = False) -> list[Record]:
    table = model.__table__  # type: ignore[attr-defined]
    keys = record_keys(model)
    stmt = select(*(table.c[k] for k in keys)).where(table.c.deleted.is_(False)).order_by(table.c.id)
    if typed:  # dates stay dates for spreadsheets; binary data is never part of a table export anyway
        return [dict(zip(keys, row, strict=True)) for row in s.execute(stmt)]
    return [{k: _plain(v) for k, v in zip(keys, row, strict=True)} for row in s.execute(stmt)]


def build_dataset(s: Session, *, with_names: bool = False, typed: bool = False) -> Dataset:
    """Every shared table as plain records, pseudonymised (see the module docstring for the rules).

    With ``typed`` dates and time stamps stay ``date``/``datetime`` objects (for CSV and XLSX); otherwise they
    are ISO strings, as JSON needs them.
    """
    privacy = privacy_of(s, with_names=with_names)
    scrub = privacy.scrubber()
    by_table = {m.__tablename__: m for m in SYNC_MODELS}  # type: ignore[attr-defined]
    organisations = {aid: name for aid, name in s.execute(
        select(Actor.id, Actor.name).where(Actor.deleted.is_(False)))}
    anonymous_rounds = set(s.scalars(select(VoteRound.id).where(VoteRound.anonymous.is_(True))))
    data: Dataset = {}
    for name in table_order():
        records = _rows(s, by_table[name], typed)
        if name == "participants":
            records = [_participant(r, privacy, organisations) for r in records]
            data[name] = records
            continue
        if name == "votes":
            for r in records:
                if r["round_id"] in anonymous_rounds:
                    r["participant_id"] = None
        elif name == "comments":
            for r in records:
                if r["anonymous"]:
                    r["author_id"] = None
        elif name == "consent_events":
            for r in records:
                r["note"] = ""
        elif name == "session_photos":
            for r in records:
                r["data"] = None  # images of people are not part of a data export
        elif name == "conflict_records":
            records = [r for r in records
                       if not (r["table_name"] == "participants" and r["field"] in PERSONAL_FIELDS)]
        data[name] = [scrub(r) for r in records]
    return data


#: the columns of an exported participant; "display_name" only in an export with names (empty without consent)
PARTICIPANT_KEYS = ("id", "pseudonym", "stakeholder_group", "actor_id", "organisation", "erased")


def table_keys(name: str, *, with_names: bool = False) -> list[str]:
    """The columns a table has in the export, also when it has no rows."""
    if name == "participants":
        return list(PARTICIPANT_KEYS) + (["display_name"] if with_names else [])
    return record_keys({m.__tablename__: m for m in SYNC_MODELS}[name])  # type: ignore[attr-defined]


def _participant(r: Record, privacy: Privacy, organisations: dict[str, str]) -> Record:
    out: Record = {
        "id": r["id"],
        "pseudonym": r["pseudonym"],
        "stakeholder_group": r["stakeholder_group"],
        "actor_id": r["actor_id"],
        "organisation": organisations.get(r["actor_id"] or "", ""),
        "erased": r["erased"],
    }
    if r["id"] in privacy.shown_names:
        out["display_name"] = privacy.shown_names[r["id"]]
    return out
