"""Outreach: log a contact (append-only), the follow-up list, the funnel and the invitation list export."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from app.domain import outreach_followup
from app.domain.invitation import COLUMNS, invitation_row
from app.store.models import Actor, OutreachContact
from app.store.models.actors import OUTREACH_CHANNELS, OUTREACH_STATUSES
from app.store.workspace_file import WorkspaceFile

from .actors_ops import live_actor
from .errors import OperationRefused


def _tr(text: str) -> str:
    return QCoreApplication.translate("Ansprache", text)


@dataclass(frozen=True)
class ContactEntry:
    id: str
    actor_id: str
    channel: str
    contact_date: date | None
    by_whom: str
    result: str
    status_after: str
    next_step: str
    due_date: date | None


@dataclass(frozen=True)
class DueContact:
    actor_id: str
    actor_name: str
    phone: str
    contact_id: str
    last_contact: date | None
    next_step: str
    due_date: date
    days_overdue: int


def _entry(c: OutreachContact) -> ContactEntry:
    return ContactEntry(c.id, c.actor_id, c.channel, c.contact_date, c.by_whom, c.result, c.status_after,
                        c.next_step, c.due_date)


def log_contact(ws: WorkspaceFile, actor_id: str, *, channel: str, contact_date: date, by_whom: str = "",
                result: str = "", status_after: str = "", next_step: str = "", due_date: date | None = None
                ) -> ContactEntry:
    """Append a contact; a status after the contact becomes the actor's outreach status."""
    if channel not in OUTREACH_CHANNELS:
        raise OperationRefused(_tr("Den Kontaktweg »{c}« gibt es nicht (möglich: {all}).").format(
            c=channel, all=", ".join(OUTREACH_CHANNELS)))
    if status_after and status_after not in OUTREACH_STATUSES:
        raise OperationRefused(_tr("Den Status »{s}« gibt es nicht.").format(s=status_after))
    if contact_date is None:
        raise OperationRefused(_tr("Bitte das Datum des Kontakts angeben."))
    if due_date is not None and due_date < contact_date:
        raise OperationRefused(_tr("Der nächste Schritt kann nicht vor dem Kontakt fällig sein."))
    if due_date is not None and not next_step.strip():
        raise OperationRefused(_tr("Zu einem Fälligkeitsdatum gehört ein nächster Schritt."))
    with ws.session() as s:
        actor = live_actor(s, actor_id)
        row = OutreachContact(actor_id=actor_id, channel=channel, contact_date=contact_date,
                              by_whom=by_whom.strip(), result=result.strip(), status_after=status_after,
                              next_step=next_step.strip(), due_date=due_date)
        s.add(row)
        if status_after and actor.outreach_status != status_after:
            actor.outreach_status = status_after
        s.flush()
        return _entry(row)


def contact_log(ws: WorkspaceFile, actor_id: str) -> list[ContactEntry]:
    """Newest first."""
    with ws.session() as s:
        rows = s.scalars(select(OutreachContact).where(OutreachContact.actor_id == actor_id,
                                                       OutreachContact.deleted.is_(False)))
        ordered = sorted(rows, key=lambda c: (c.contact_date or date.min, c.hlc), reverse=True)
        return [_entry(c) for c in ordered]


def retract_contact(ws: WorkspaceFile, contact_id: str) -> None:
    """Entries are never edited; a wrong one is withdrawn (tombstone) and logged anew."""
    with ws.session() as s:
        row = s.get(OutreachContact, contact_id)
        if row is None or row.deleted:
            raise OperationRefused(_tr("Diesen Eintrag gibt es nicht mehr."))
        row.deleted = True


def due_contacts(ws: WorkspaceFile, on: date) -> list[DueContact]:
    """Actors whose latest contact has a next step due on or before ``on`` (the "Fällige Kontakte" list)."""
    with ws.session() as s:
        actors = {a.id: a for a in s.scalars(select(Actor).where(Actor.deleted.is_(False)))}
        contacts = {c.id: c for c in s.scalars(select(OutreachContact).where(
            OutreachContact.deleted.is_(False), OutreachContact.actor_id.in_(actors)))}
        facts = [outreach_followup.ContactFact(c.id, c.actor_id, c.contact_date, c.hlc, c.due_date)
                 for c in contacts.values()]
        out = []
        for f in outreach_followup.due_contacts(facts, on):
            c, a = contacts[f.contact_id], actors[f.actor_id]
            assert c.due_date is not None
            out.append(DueContact(a.id, a.name, a.phone, c.id, c.contact_date, c.next_step, c.due_date,
                                  (on - c.due_date).days))
        return out


def funnel(ws: WorkspaceFile) -> list[outreach_followup.FunnelStage]:
    with ws.session() as s:
        return outreach_followup.funnel(s.scalars(select(Actor.outreach_status).where(Actor.deleted.is_(False))))


#: Statuses invited to a conference by default: everyone but those who declined.
DEFAULT_INVITE_STATUSES = tuple(st for st in OUTREACH_STATUSES if st != "abgesagt")


def invitation_rows(ws: WorkspaceFile, *, actor_ids: Sequence[str] | None = None,
                    statuses: Sequence[str] = DEFAULT_INVITE_STATUSES) -> list[tuple[str, ...]]:
    with ws.session() as s:
        q = select(Actor).where(Actor.deleted.is_(False))
        if actor_ids is not None:
            q = q.where(Actor.id.in_(list(actor_ids)))
        else:
            q = q.where(Actor.outreach_status.in_(list(statuses)))
        actors = sorted(s.scalars(q), key=lambda a: a.name.casefold())
        return [invitation_row(contact_person=a.contact_person, organisation=a.name, street=a.street,
                               postcode=a.postcode, city=a.city, email=a.email, phone=a.phone).cells()
                for a in actors]


def export_invitation_list(ws: WorkspaceFile, target: Path, *, actor_ids: Sequence[str] | None = None,
                           statuses: Sequence[str] = DEFAULT_INVITE_STATUSES) -> int:
    """Write the list as CSV or XLSX (by the file suffix) for a mail merge; returns the number of rows."""
    from app.reports.table_export import write_csv, write_xlsx

    target = Path(target)
    rows = invitation_rows(ws, actor_ids=actor_ids, statuses=statuses)
    header = [_tr(c) for c in COLUMNS]
    if target.suffix.casefold() == ".xlsx":
        write_xlsx(target, header, rows, title=_tr("Einladungsliste"))
    elif target.suffix.casefold() == ".csv":
        write_csv(target, header, rows)
    else:
        raise OperationRefused(_tr("Bitte als .csv oder .xlsx speichern."))
    return len(rows)
