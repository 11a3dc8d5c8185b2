"""A real workspace file with one canvas on the Kooperationsmodell template, shared by canvas tests."""

from __future__ import annotations

from pathlib import Path

from app.domain.templates import builtin_template_id
from app.operations import canvas_ops as ops
from app.store.workspace_file import WorkspaceFile


def make_workspace(tmp_path: Path, name: str = "werkstatt.werkstatt") -> tuple[WorkspaceFile, str]:
    ws = WorkspaceFile.create(tmp_path / name, quartier="Schaffrath")
    canvas = ops.create_canvas(ws, builtin_template_id("kooperationsmodell"), "Einkaufsbegleitung")
    return ws, canvas.id


def add_participant(ws: WorkspaceFile, name: str, group: str) -> str:
    from app.store.models import Participant

    with ws.session() as s:
        p = Participant(display_name=name, pseudonym=name, stakeholder_group=group)
        s.add(p)
        s.flush()
        return p.id


def add_actor(ws: WorkspaceFile, name: str) -> str:
    from app.store.models import Actor

    with ws.session() as s:
        a = Actor(name=name, kind="Verein")
        s.add(a)
        s.flush()
        return a.id
