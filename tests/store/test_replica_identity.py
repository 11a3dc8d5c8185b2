"""A copied workspace file is a new replica: it takes its own device id before its first write, however it was
copied (cp while closed, a copy of file and write-ahead log while open, SQLite's backup API, »Speichern unter«, a
move, another machine). The original keeps its device id."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from sqlalchemy import select

from app.store import replica_identity
from app.store.models import Card, Workspace
from app.store.replica_identity import IDENTITY_KEY, PREVIOUS_DEVICES_KEY, is_same_place, with_previous
from app.store.workspace_file import WorkspaceFile


def _device(path) -> str:
    with WorkspaceFile.open(path) as ws:
        return ws.device_id


def _meta(path, key: str) -> str | None:
    con = sqlite3.connect(path)
    try:
        row = con.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None
    finally:
        con.close()


@pytest.fixture
def original(tmp_path):
    p = tmp_path / "original.werkstatt"
    with WorkspaceFile.create(p, quartier="Schaffrath") as ws:
        device = ws.device_id
    return p, device


def test_reopening_the_same_file_keeps_its_device_id(original):
    p, device = original
    assert _device(p) == device
    assert _device(p) == device


def test_a_file_copied_while_closed_takes_a_new_device_id_and_the_original_keeps_its_own(original, tmp_path):
    p, device = original
    copy = tmp_path / "stick" / "kopie.werkstatt"
    copy.parent.mkdir()
    shutil.copy2(p, copy)
    copied_device = _device(copy)
    assert copied_device != device
    assert _device(copy) == copied_device  # once, not on every open
    assert _device(p) == device
    assert device in (_meta(copy, PREVIOUS_DEVICES_KEY) or "").split()


def test_a_copy_of_an_open_file_with_its_write_ahead_log_is_a_new_replica(original, tmp_path):
    p, device = original
    with WorkspaceFile.open(p) as ws:
        with ws.session() as s:
            s.scalars(select(Workspace)).one().quartier = "noch im Log"
        copy = tmp_path / "kopie.werkstatt"
        for suffix in ("", "-wal"):
            src = p.with_name(p.name + suffix)
            if src.exists():
                shutil.copyfile(src, copy.with_name(copy.name + suffix))
    with WorkspaceFile.open(copy) as c:
        assert c.device_id != device
        with c.session() as s:
            assert s.scalars(select(Workspace.quartier)).one() == "noch im Log"


def test_a_copy_made_with_the_sqlite_backup_api_is_a_new_replica(original, tmp_path):
    p, device = original
    copy = tmp_path / "sicherung.werkstatt"
    src, dst = sqlite3.connect(p), sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    assert _device(copy) != device


def test_save_as_gives_the_copy_its_own_id_once(original, tmp_path):
    p, device = original
    with WorkspaceFile.open(p) as ws:
        target = ws.save_as(tmp_path / "gespeichert-unter.werkstatt")
    with sqlite3.connect(target) as con:
        saved = con.execute("SELECT value FROM meta WHERE key='device_id'").fetchone()[0]
    assert saved != device
    assert _device(target) == saved  # opened where it was written: no second new id
    assert _device(p) == device


def test_a_moved_file_takes_a_new_id_which_is_harmless(original, tmp_path):
    p, device = original
    moved = tmp_path / "verschoben.werkstatt"
    p.rename(moved)
    assert _device(moved) != device


def test_the_same_file_on_another_machine_takes_a_new_id(original, monkeypatch):
    p, device = original
    monkeypatch.setattr(replica_identity, "machine_id", lambda: "ein-anderer-rechner")
    assert _device(p) != device


def test_a_file_from_before_this_version_takes_a_new_id_once(original):
    p, device = original
    with sqlite3.connect(p) as con:
        con.execute("DELETE FROM meta WHERE key=?", (IDENTITY_KEY,))
    first = _device(p)
    assert first != device
    assert _device(p) == first


def test_readers_never_change_the_device_id(original, tmp_path):
    p, device = original
    copy = tmp_path / "kopie.werkstatt"
    shutil.copyfile(p, copy)
    with WorkspaceFile.open(copy, readonly=True) as ro:
        assert ro.device_id == device
    assert _meta(copy, "device_id") == device


def test_edits_on_a_copy_carry_the_copys_device_id(original, tmp_path):
    p, device = original
    copy = tmp_path / "kopie.werkstatt"
    shutil.copyfile(p, copy)
    with WorkspaceFile.open(copy) as ws:
        with ws.session() as s:
            from app.store.models import Canvas, CanvasTemplate

            t = CanvasTemplate(key="k", name="T")
            s.add(t)
            s.flush()
            c = Canvas(title="Modell", template_id=t.id)
            s.add(c)
            s.flush()
            card = Card(canvas_id=c.id, block_key="b", text="auf der Kopie")
            s.add(card)
            s.flush()
            assert card.stamps["text"].endswith(ws.device_id)
        assert ws.device_id != device


def test_place_and_history_rules():
    assert not is_same_place(None, "x") and not is_same_place("", "x") and is_same_place("x", "x")
    assert with_previous("a b", "c") == "a b c"
    assert with_previous("a b", "a") == "a b"
    assert with_previous(None, "") == ""
    assert replica_identity.machine_id()
