"""The shell's overviews read live rows only, in a stable order, and never carry a participant's real name."""

from __future__ import annotations

import dataclasses
import datetime as dt

from app.operations import listing
from app.store.models import EventSession
from app.store.workspace_file import WorkspaceFile
from tests.sample_workspace import fill_workspace, make_workspace


def test_tombstoned_rows_and_links_to_deleted_actors_are_not_listed(tmp_path):
    path = make_workspace(tmp_path / "a.werkstatt")
    fill_workspace(path)
    with WorkspaceFile.open(path) as ws:
        assert [r.title for r in listing.list_sessions(ws)] == ["Dienstleisterkonferenz Frühjahr"]
        assert [r.name for r in listing.list_actors(ws)] == ["Bäckerei Kötter", "Caritas-Pflegedienst"]
        links = listing.list_cooperation_links(ws)
        assert [(r.actor_a, r.actor_b) for r in links] == [("Caritas-Pflegedienst", "Bäckerei Kötter")]


def test_rows_carry_joined_names(tmp_path):
    path = make_workspace(tmp_path / "a.werkstatt")
    fill_workspace(path)
    with WorkspaceFile.open(path) as ws:
        caritas = next(r for r in listing.list_actors(ws) if r.name == "Caritas-Pflegedienst")
        assert (caritas.category, caritas.key_partner) == ("Pflege", True)
        (canvas,) = listing.list_canvases(ws)
        assert (canvas.template, canvas.version, canvas.status) == ("Organisations-/Kooperationsmodell", 2, "aktiv")
        (model,) = listing.list_financing_models(ws)
        assert (model.canvas, model.horizon_months) == ("Nachbarschaftshilfe Schaffrath", 60)
        assert listing.workspace_summary(ws).quartier == "Schaffrath"


def test_participant_rows_hold_no_name_or_contact(tmp_path):
    path = make_workspace(tmp_path / "a.werkstatt")
    fill_workspace(path)
    with WorkspaceFile.open(path) as ws:
        (row,) = listing.list_participants(ws)
    assert (row.pseudonym, row.stakeholder_group) == ("Tulpe", "Bürger*innen")
    values = [str(v) for v in dataclasses.astuple(row)]
    assert not any("Erika" in v or "example" in v for v in values)


def test_sessions_in_calendar_order_with_undated_last(tmp_path):
    path = make_workspace(tmp_path / "a.werkstatt")
    with WorkspaceFile.open(path) as ws:
        with ws.session() as s:
            s.add_all([
                EventSession(title="ohne Datum"),
                EventSession(title="später", date=dt.date(2025, 6, 1)),
                EventSession(title="früher", date=dt.date(2025, 2, 1)),
            ])
        assert [r.title for r in listing.list_sessions(ws)] == ["früher", "später", "ohne Datum"]


def test_summary_of_empty_file_is_blank_not_an_error(tmp_path):
    path = tmp_path / "leer.werkstatt"
    WorkspaceFile.create(path, seed=False).close()
    with WorkspaceFile.open(path) as ws:
        assert listing.workspace_summary(ws) == listing.WorkspaceSummary("", "")
