"""A workspace file with one live row per area and tombstoned rows that no list may show."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.store.models import (
    Actor,
    Canvas,
    CanvasTemplate,
    CooperationLink,
    EventSession,
    FinancingModel,
    Participant,
    SubjectCategory,
)
from app.store.workspace_file import WorkspaceFile


def make_workspace(path: Path, quartier: str = "Schaffrath") -> Path:
    WorkspaceFile.create(path, quartier=quartier).close()
    return path


def fill_workspace(path: Path) -> None:
    """One live row per area, plus tombstoned rows that must never be shown."""
    with WorkspaceFile.open(path) as ws, ws.session() as s:
        pflege = SubjectCategory(name="Pflege")
        template = CanvasTemplate(key="bmc", name="Organisations-/Kooperationsmodell")
        caritas = Actor(name="Caritas-Pflegedienst", kind="Wohlfahrtsverband", outreach_status="Partner",
                        key_partner=True)
        baeckerei = Actor(name="Bäckerei Kötter", kind="privates Unternehmen", outreach_status="kontaktiert")
        gone = Actor(name="Gelöschter Akteur", deleted=True)
        s.add_all([pflege, template, caritas, baeckerei, gone])
        s.flush()
        caritas.category_id = pflege.id
        canvas = Canvas(title="Nachbarschaftshilfe Schaffrath", template_id=template.id, version=2, status="aktiv")
        s.add_all([
            EventSession(title="Dienstleisterkonferenz Frühjahr", kind="Dienstleisterkonferenz",
                         date=dt.date(2025, 3, 12), start_time="18:00", place="Bürgerhaus Schaffrath"),
            EventSession(title="Abgesagter Termin", deleted=True),
            canvas,
            CooperationLink(actor_a_id=caritas.id, actor_b_id=baeckerei.id, link_type="gemeinsames Angebot",
                            status="vereinbart"),
            CooperationLink(actor_a_id=caritas.id, actor_b_id=gone.id, link_type="Schnittstelle"),
            Participant(display_name="Erika Mustermann", pseudonym="Tulpe", stakeholder_group="Bürger*innen",
                        contact="erika@example.invalid"),
        ])
        s.flush()
        s.add(FinancingModel(title="Einkaufshilfe mit §45b", canvas_id=canvas.id, start_date=dt.date(2025, 1, 1),
                             horizon_months=60))
