"""Preparing a laptop from the master: only the chosen canvases and actors travel, and the work comes back."""

from __future__ import annotations

from sqlalchemy import func, select

from app.cli import run_cli
from app.operations.sync_ops import merge_sources, prepare_laptop
from app.store.models import (
    Actor,
    Canvas,
    CanvasTemplate,
    Card,
    Comment,
    Participant,
    Service,
    Vote,
    Workspace,
)
from app.store.workspace_file import WorkspaceFile

from .helpers import card_text, make_origin, set_card


def _master_with_two_canvases_and_actors(path):
    ids = make_origin(path)
    with WorkspaceFile.open(path) as ws, ws.session() as s:
        template = s.scalars(select(CanvasTemplate.id).where(CanvasTemplate.key == "bmc")).one()
        other = Canvas(title="Fahrdienst", template_id=template)
        s.add(other)
        s.flush()
        other_card = Card(canvas_id=other.id, block_key="wertangebot", text="Fahrten zum Arzt")
        kept_actor = Actor(name="Nachbarschaftshilfe e. V.")
        left_actor = Actor(name="Pflegedienst Sonnenschein")
        s.add_all([other_card, kept_actor, left_actor])
        s.flush()
        s.add(Service(actor_id=left_actor.id, name="Hauswirtschaft"))
        s.add(Comment(target_type="card", target_id=other_card.id, text="wichtig"))
        # a participant from the left-out organisation keeps it in the file
        s.get(Participant, ids["participant"]).actor_id = None
        s.flush()
        return {**ids, "other": other.id, "other_card": other_card.id, "kept_actor": kept_actor.id,
                "left_actor": left_actor.id}


def _count(s, model, *where):
    return s.scalar(select(func.count()).select_from(model).where(*where))


def test_a_prepared_laptop_carries_only_the_chosen_canvas_and_actor(tmp_path):
    master = tmp_path / "master.werkstatt"
    ids = _master_with_two_canvases_and_actors(master)
    laptop = prepare_laptop(master, tmp_path / "laptop.werkstatt", [ids["canvas"]], [ids["kept_actor"]])
    with WorkspaceFile.open(master, readonly=True) as m:
        master_device = m.device_id
    with WorkspaceFile.open(laptop.path, readonly=True) as ws, ws.session() as s:
        assert ws.device_id == laptop.device_id != master_device
        assert set(s.scalars(select(Canvas.id))) == {ids["canvas"]}
        assert s.get(Card, ids["other_card"]) is None
        assert _count(s, Comment) == 0
        assert set(s.scalars(select(Actor.id))) == {ids["kept_actor"]}
        assert _count(s, Service) == 0
        assert _count(s, CanvasTemplate) >= 1 and _count(s, Workspace) == 1  # templates and the workspace travel
        assert s.get(Participant, ids["participant"]) is not None
        assert len(s.scalars(select(Card.id).where(Card.canvas_id == ids["canvas"])).all()) == 3
    assert laptop.left_out["Canvases"] == 1 and laptop.left_out["Akteure"] == 1


def test_work_on_a_prepared_laptop_merges_back_without_touching_what_stayed_home(tmp_path):
    master = tmp_path / "master.werkstatt"
    ids = _master_with_two_canvases_and_actors(master)
    laptop = prepare_laptop(master, tmp_path / "laptop.werkstatt", [ids["canvas"]]).path
    set_card(laptop, ids["cards"][0], text="am Laptop geändert")
    with WorkspaceFile.open(laptop) as ws, ws.session() as s:
        s.add(Vote(round_id=ids["round"], card_id=ids["cards"][1], ballot_token="Zettel 1"))
    (summary,) = merge_sources(master, [laptop]).summaries
    assert summary.tally("cards").changed == 1 and summary.tally("votes").new == 1
    assert card_text(master, ids["cards"][0]) == "am Laptop geändert"
    with WorkspaceFile.open(master, readonly=True) as ws, ws.session() as s:
        assert s.get(Canvas, ids["other"]).deleted is False
        assert s.get(Card, ids["other_card"]).text == "Fahrten zum Arzt"
        assert _count(s, Service) == 1


def test_a_participant_of_a_left_out_organisation_keeps_it_in_the_laptop_file(tmp_path):
    master = tmp_path / "master.werkstatt"
    ids = _master_with_two_canvases_and_actors(master)
    with WorkspaceFile.open(master) as ws, ws.session() as s:
        s.get(Participant, ids["participant"]).actor_id = ids["left_actor"]
    laptop = prepare_laptop(master, tmp_path / "laptop.werkstatt", actor_ids=[ids["kept_actor"]]).path
    with WorkspaceFile.open(laptop, readonly=True) as ws, ws.session() as s:
        assert s.get(Actor, ids["left_actor"]) is not None
        assert _count(s, Service) == 1


def test_prepare_command_makes_the_file_and_refuses_an_unknown_canvas(tmp_path, capsys):
    master = tmp_path / "master.werkstatt"
    ids = _master_with_two_canvases_and_actors(master)
    out = tmp_path / "laptop.werkstatt"
    assert run_cli(["prepare", str(master), "--out", str(out), "--canvas", ids["other"]]) == 0
    assert "Laptop-Datei angelegt" in capsys.readouterr().out
    with WorkspaceFile.open(out, readonly=True) as ws, ws.session() as s:
        assert set(s.scalars(select(Canvas.id))) == {ids["other"]}
    bad = tmp_path / "bad.werkstatt"
    assert run_cli(["prepare", str(master), "--out", str(bad), "--canvas", "gibt-es-nicht"]) == 1
    assert "gibt es in der Werkstatt-Datei nicht" in capsys.readouterr().err
    assert not bad.exists()
