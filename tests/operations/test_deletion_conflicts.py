"""Deleted on the master, edited or commented later on a laptop: never silently hidden. The facilitator sees a
conflict and restores the record or leaves it deleted; comments on a deleted card stay reachable. For every shared
record type (from the model registry), with skewed clocks, merged both ways."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import Boolean, Float, Integer, String, Table, Text, select

from app.operations import comments_ops
from app.operations.deletion_conflicts import list_deletion_conflicts, resolve_deletion
from app.operations.demo import create_demo_workspace
from app.operations.sync_ops import list_conflicts, merge_sources, resolve_conflict
from app.store.errors import WorkspaceError
from app.store.models import SYNC_MODELS, Card, Comment, Participant
from app.store.workspace_file import WorkspaceFile
from app.sync.canonical import canonical_dump
from app.sync.merge import NO_CONFLICT_TABLES

T0 = 1_800_000_000.0
HOUR = 3600.0


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.werkstatt"
    create_demo_workspace(path)
    return path


@pytest.fixture
def pair(demo, tmp_path) -> tuple[Path, Path]:
    """The master and a laptop prepared from it (its own device id)."""
    master = Path(shutil.copyfile(demo, tmp_path / "master.werkstatt"))
    with WorkspaceFile.open(master) as ws:
        laptop = ws.save_as(tmp_path / "laptop.werkstatt")
    return master, laptop


def _a_card(path: Path) -> tuple[str, str]:
    with WorkspaceFile.open(path, readonly=True) as ws, ws.session() as s:
        card = s.scalars(select(Card).where(Card.deleted.is_(False)).order_by(Card.id)).first()
        return card.id, card.text


def _delete(path: Path, model, record_id: str, wall: float) -> None:  # type: ignore[no-untyped-def]
    with WorkspaceFile.open(path, wall=lambda: wall) as ws, ws.session() as s:
        s.get(model, record_id).deleted = True


def _set(path: Path, model, record_id: str, wall: float, **values: object) -> None:  # type: ignore[no-untyped-def]
    with WorkspaceFile.open(path, wall=lambda: wall) as ws, ws.session() as s:
        row = s.get(model, record_id)
        for k, v in values.items():
            setattr(row, k, v)


def _deletions(path: Path) -> list:  # type: ignore[type-arg]
    with WorkspaceFile.open(path) as ws:
        return [c for c in list_conflicts(ws) if c.kind == "deleted"]


def _merge_both_ways(master: Path, laptop: Path) -> None:
    merge_sources(master, [laptop])
    merge_sources(laptop, [master])


def _dump(path: Path) -> dict[str, list[str]]:
    with WorkspaceFile.open(path, readonly=True) as ws, ws.engine.connect() as conn:
        return canonical_dump(conn)


@pytest.mark.parametrize("laptop_clock", [-HOUR, +HOUR], ids=["laptop-behind", "laptop-ahead"])
def test_a_card_deleted_on_the_master_and_edited_later_on_a_laptop_is_a_visible_conflict(pair, laptop_clock):
    master, laptop = pair
    card, _ = _a_card(master)
    _delete(master, Card, card, T0)
    _set(laptop, Card, card, T0 + 60 + laptop_clock, text="Fahrdienst – nach der Konferenz ergänzt")
    _merge_both_ways(master, laptop)
    for path in (master, laptop):
        (conflict,) = _deletions(path)
        assert conflict.record_id == card and conflict.table == "cards"
        assert [e.value for e in conflict.later] == ["Fahrdienst – nach der Konferenz ergänzt"]
    assert _dump(master) == _dump(laptop)


def test_restoring_brings_the_card_back_with_the_later_edit_everywhere(pair):
    master, laptop = pair
    card, _ = _a_card(master)
    _delete(master, Card, card, T0)
    _set(laptop, Card, card, T0 + 60, text="noch gebraucht")
    _merge_both_ways(master, laptop)
    with WorkspaceFile.open(master) as ws:
        (conflict,) = [c for c in list_conflicts(ws) if c.kind == "deleted"]
        resolve_conflict(ws, conflict.id, take_other=True)  # »Wiederherstellen«
        with ws.session() as s:
            row = s.get(Card, card)
            assert (row.deleted, row.text) == (False, "noch gebraucht")
    merge_sources(laptop, [master])
    assert _deletions(master) == [] and _deletions(laptop) == []
    with WorkspaceFile.open(laptop, readonly=True) as ws, ws.session() as s:
        assert not s.get(Card, card).deleted


def test_leaving_it_deleted_closes_the_conflict_until_another_unknown_edit_arrives(pair, tmp_path):
    master, laptop = pair
    with WorkspaceFile.open(laptop) as ws:
        third = ws.save_as(tmp_path / "dritter.werkstatt")
    card, _ = _a_card(master)
    _delete(master, Card, card, T0)
    _set(laptop, Card, card, T0 + 60, text="Laptop")
    _merge_both_ways(master, laptop)
    with WorkspaceFile.open(master) as ws:
        (conflict,) = [c for c in list_conflicts(ws) if c.kind == "deleted"]
        resolve_deletion(ws, "cards", card, restore=False)  # »Gelöscht lassen«
        with pytest.raises(WorkspaceError, match="schon entschieden"):
            resolve_deletion(ws, "cards", card, restore=False)
        with ws.session() as s:
            assert s.get(Card, card).deleted
    merge_sources(laptop, [master])
    assert _deletions(master) == [] and _deletions(laptop) == []
    # a third laptop edited it too, without knowing of the delete: the conflict is back, for that edit
    _set(third, Card, card, T0 + 30, x=512.0)
    merge_sources(master, [third])
    (again,) = _deletions(master)
    assert [e.field for e in again.later] == ["x"]


def test_an_edit_the_deleter_had_seen_is_no_conflict(pair):
    master, laptop = pair
    card, _ = _a_card(master)
    _set(laptop, Card, card, T0, text="bekannt")
    merge_sources(master, [laptop])
    _delete(master, Card, card, T0 + 60)  # deleted knowingly
    _merge_both_ways(master, laptop)
    assert _deletions(master) == [] and _deletions(laptop) == []


def test_a_comment_written_later_on_a_deleted_card_is_a_conflict_and_stays_reachable(pair):
    master, laptop = pair
    card, text = _a_card(master)
    _delete(master, Card, card, T0)
    with WorkspaceFile.open(laptop, wall=lambda: T0 - HOUR) as ws:  # the laptop's clock is an hour behind
        comment = comments_ops.add_comment(ws, "card", card, "Bitte unbedingt behalten!")
    _merge_both_ways(master, laptop)
    (conflict,) = _deletions(master)
    assert [(e.table, e.value) for e in conflict.later] == [("comments", "Bitte unbedingt behalten!")]
    with WorkspaceFile.open(master) as ws:
        resolve_deletion(ws, "cards", card, restore=False)
        targets = [t for t in comments_ops.list_comment_targets(ws) if t.target_id == card]
        assert [t.label for t in targets] == [f"Gelöschte Karte {text}"]
        thread = comments_ops.comment_thread(ws, "card", card)
        assert [e.comment.text for e in thread] == ["Bitte unbedingt behalten!"]
        with ws.session() as s:
            assert not s.get(Comment, comment.id if hasattr(comment, "id") else comment).deleted


def test_a_tombstone_from_an_older_version_counts_edits_later_than_the_delete(pair):
    master, laptop = pair
    card, _ = _a_card(master)
    _delete(master, Card, card, T0)
    with WorkspaceFile.open(master) as ws, ws.session() as s:  # what an older version wrote: no note of knowledge
        row = s.get(Card, card)
        stamps = dict(row.stamps)
        stamps.pop("deleted@knew")
        s.info["merging"] = True  # write the stamps as they are
        row.stamps = stamps
    _set(laptop, Card, card, T0 + 60, text="später")
    _set(laptop, Card, card, T0 + 70, y=5.0)
    _merge_both_ways(master, laptop)
    (conflict,) = _deletions(master)
    assert sorted(e.field for e in conflict.later) == ["text", "y"]


# ---------------------------------------------------------------- every shared record type
def _editable(model) -> tuple[str, object] | None:  # type: ignore[no-untyped-def]
    table = model.__table__
    for name in model.data_columns():
        column = table.c[name]
        if name in ("deleted", "erased") or column.foreign_keys or column.primary_key:
            continue
        if isinstance(column.type, String | Text):
            return name, "später geändert"[:getattr(column.type, "length", None) or 100]
    for name in model.data_columns():
        column = table.c[name]
        if name in ("deleted", "erased") or column.foreign_keys:
            continue
        if isinstance(column.type, Boolean):
            return name, None  # toggled
        if isinstance(column.type, Integer | Float):
            return name, 1
    for name in reversed(model.data_columns()):  # only references (a card's actor link): point it elsewhere
        for fk in table.c[name].foreign_keys:
            return name, fk.column.table
    return None


def _one_of(s, model):  # type: ignore[no-untyped-def]
    """A new row of ``model`` whose required references point at existing rows."""
    values = {}
    for column in model.__table__.columns:
        for fk in column.foreign_keys:
            if not column.nullable:
                target = fk.column.table
                values[column.name] = s.execute(select(target.c.id).order_by(target.c.id)).scalars().first()
    if "participant_id" in model.__table__.c and "participant_id" not in values:  # an erasure record names one
        values["participant_id"] = s.scalars(select(Participant.id).order_by(Participant.id)).first()
    row = model(**values)
    s.add(row)
    s.flush()
    return row


SHARED = [m for m in SYNC_MODELS if m.__tablename__ not in NO_CONFLICT_TABLES]  # type: ignore[attr-defined]


@pytest.mark.parametrize("model", SHARED, ids=lambda m: m.__tablename__)
def test_every_shared_record_deleted_and_edited_later_is_a_conflict_that_can_be_restored(pair, model):
    master, laptop = pair
    with WorkspaceFile.open(master) as ws, ws.session() as s:
        row = s.scalars(select(model).where(model.deleted.is_(False)).order_by(model.id)).first()
        if row is None:  # the demo has none (a session photo): add one on the master
            row = _one_of(s, model)
        record_id = row.id
        edit = _editable(model)
        assert edit is not None, f"{model.__tablename__}: no field to edit"
        name, value = edit
        old = getattr(row, name)
        if isinstance(value, Table):
            value = s.scalars(select(value.c.id).where(value.c.id != old).order_by(value.c.id)).first()
    with WorkspaceFile.open(master) as ws:  # the laptop is prepared from the master as it is now
        laptop.unlink()
        ws.save_as(laptop)
    if value is None:
        value = not old
    elif isinstance(value, int):
        value = (old or 0) + 1
    elif old == value:
        value = value + "!"
    _delete(master, model, record_id, T0)
    _set(laptop, model, record_id, T0 + 60, **{name: value})
    _merge_both_ways(master, laptop)
    for path in (master, laptop):
        with WorkspaceFile.open(path) as ws, ws.session() as s:
            found = [d for d in list_deletion_conflicts(s) if d.record_id == record_id]
        assert [e.field for e in found[0].later] == [name], model.__tablename__
    with WorkspaceFile.open(laptop) as ws:
        resolve_deletion(ws, model.__tablename__, record_id, restore=True)
        with ws.session() as s:
            row = s.get(model, record_id)
            assert not row.deleted and getattr(row, name) == value
    _merge_both_ways(master, laptop)
    assert _dump(master) == _dump(laptop)


def test_the_merge_report_names_records_deleted_and_edited_later(pair):
    from app.sync.report import summary_lines

    master, laptop = pair
    card, _ = _a_card(master)
    _delete(master, Card, card, T0)
    _set(laptop, Card, card, T0 + 60, text="später")
    (summary,) = merge_sources(master, [laptop]).summaries
    assert summary.deleted_but_edited == 1
    assert any("Gelöscht, aber danach anderswo bearbeitet: 1" in line for line in summary_lines(summary))
    (again,) = merge_sources(master, [laptop]).summaries
    assert again.deleted_but_edited == 0 and not again.changed_anything
