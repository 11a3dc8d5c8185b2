"""``werkstatt merge --adopt``: an independently created workspace's records come over as new ones, with its
templates and categories matched to the master's, never duplicated."""

from __future__ import annotations

from sqlalchemy import func, select

from app.cli import run_cli
from app.operations.sync_ops import merge_sources
from app.store.models import Actor, Canvas, CanvasTemplate, Card, SubjectCategory, TemplateBlock, Workspace
from app.store.workspace_file import WorkspaceFile

from .helpers import dump, make_origin


def _foreign(path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Another workspace ("Schaffrath" too) with its own copy of the template, a category the master also has
    (spelled differently) and one it lacks."""
    ids = make_origin(path)
    with WorkspaceFile.open(path) as ws, ws.session() as s:
        parent = s.scalars(select(SubjectCategory).where(SubjectCategory.parent_id.is_(None))).first()
        same = SubjectCategory(name=f"  {parent.name.upper()} ", parent_id=None)  # matched by name
        s.add(same)
        s.flush()
        new = SubjectCategory(name="Quartiersgarten", parent_id=same.id)
        s.add(new)
        s.flush()
        s.add_all([Actor(name="Gartenverein", category_id=new.id), Actor(name="Pflegedienst Nord",
                                                                       category_id=same.id)])
        s.add(TemplateBlock(template_id=s.get(Canvas, ids["canvas"]).template_id, key="wertangebot",
                            title="Wertangebot"))
        return {**ids, "same": same.id, "new": new.id, "parent": parent.id}


def _count(s, model) -> int:  # type: ignore[no-untyped-def]
    return s.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False)))


def test_adopting_takes_the_records_over_and_matches_the_catalogue(tmp_path):
    master, other = tmp_path / "master.werkstatt", tmp_path / "fremd.werkstatt"
    make_origin(master)
    with WorkspaceFile.open(master) as ws, ws.session() as s:
        template = s.scalars(select(CanvasTemplate).where(CanvasTemplate.key == "bmc")).one()
        s.add(TemplateBlock(template_id=template.id, key="wertangebot", title="Wertangebot"))
    theirs = _foreign(other)
    with WorkspaceFile.open(master, readonly=True) as ws:
        device = ws.device_id
        with ws.session() as s:
            before = {m: _count(s, m) for m in (Workspace, CanvasTemplate, TemplateBlock, SubjectCategory, Card,
                                                Canvas, Actor)}
    merge_sources(master, [other], adopt=True)
    with WorkspaceFile.open(master, readonly=True) as ws, ws.session() as s:
        assert _count(s, Workspace) == before[Workspace] == 1
        assert _count(s, CanvasTemplate) == before[CanvasTemplate]  # "bmc" matched, not doubled
        assert _count(s, TemplateBlock) == before[TemplateBlock]
        assert _count(s, SubjectCategory) == before[SubjectCategory] + 1  # only "Quartiersgarten" is new
        assert _count(s, Card) == before[Card] + 3 and _count(s, Canvas) == before[Canvas] + 1
        canvas = s.get(Canvas, theirs["canvas"])
        mine = s.scalars(select(CanvasTemplate).where(CanvasTemplate.key == "bmc")).one()
        assert canvas.template_id == mine.id
        garden = s.get(SubjectCategory, theirs["new"])
        assert garden.parent_id == theirs["parent"]
        nurse = s.scalars(select(Actor).where(Actor.name == "Pflegedienst Nord")).one()
        assert nurse.category_id == theirs["parent"]
        assert s.get(SubjectCategory, theirs["same"]) is None
        assert ws.device_id == device
    assert run_cli(["check", str(master)]) == 0
    after = dump(master)
    merge_sources(master, [other], adopt=True)  # again: nothing changes
    assert dump(master) == after


def test_the_adopt_option_of_the_command_line(tmp_path, capsys):
    master, other = tmp_path / "master.werkstatt", tmp_path / "fremd.werkstatt"
    make_origin(master)
    _foreign(other)
    assert run_cli(["merge", str(master), str(other)]) == 1
    assert "--adopt" in capsys.readouterr().err
    assert run_cli(["merge", str(master), str(other), "--adopt"]) == 0
    assert "Quelle fremd.werkstatt: " in capsys.readouterr().out


def test_adopting_a_laptop_of_the_same_workspace_is_an_ordinary_merge(tmp_path):
    master = tmp_path / "master.werkstatt"
    make_origin(master)
    with WorkspaceFile.open(master) as ws:
        laptop = ws.save_as(tmp_path / "laptop.werkstatt")
    plain, adopted = tmp_path / "a.werkstatt", tmp_path / "b.werkstatt"
    for target in (plain, adopted):
        with WorkspaceFile.open(master) as ws:
            ws.save_as(target)
    merge_sources(plain, [laptop])
    merge_sources(adopted, [laptop], adopt=True)
    assert dump(plain) == dump(adopted)
