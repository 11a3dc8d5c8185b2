"""The PostgreSQL hub: init, push/pull with the same merge semantics, marks in the local meta, no passwords."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine

from app.operations.sync_ops import merge_sources, sync_hub
from app.store.workspace_file import WorkspaceFile
from app.sync.canonical import canonical_dump
from app.sync.errors import HubError
from app.sync.hub import init_hub, safe_url

from .helpers import add_vote, card_text, copies, dump, erase_participant, make_origin, set_card


@pytest.fixture
def laptops(tmp_path):
    origin = tmp_path / "origin.werkstatt"
    ids = make_origin(origin)
    a, b, c = copies(origin, ["a.werkstatt", "b.werkstatt", "c.werkstatt"])
    return {"a": a, "b": b, "c": c, **ids}


def _meta(path):
    con = sqlite3.connect(path)
    try:
        return dict(con.execute("SELECT key, value FROM meta"))
    finally:
        con.close()


def test_hub_init_is_repeatable_and_keeps_its_id(pg_url):
    assert init_hub(pg_url) == init_hub(pg_url)


def test_three_laptops_converge_through_the_hub(pg_url, laptops):
    init_hub(pg_url)
    card = laptops["cards"][0]
    set_card(laptops["a"], card, text="A")
    set_card(laptops["b"], card, text="B", x=7.0)
    add_vote(laptops["c"], laptops["round"], card, "Stimmzettel 4")
    erase_participant(laptops["c"], laptops["participant"])
    for name in ("a", "b", "c", "a", "b"):
        sync_hub(laptops[name], pg_url)
    assert dump(laptops["a"]) == dump(laptops["b"]) == dump(laptops["c"])
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert canonical_dump(conn) == dump(laptops["a"])
    engine.dispose()


def test_second_sync_sends_nothing_and_changes_nothing(pg_url, laptops):
    init_hub(pg_url)
    sync_hub(laptops["a"], pg_url)
    before = dump(laptops["a"])
    again = sync_hub(laptops["a"], pg_url)
    assert not again.pushed.changed_anything and not again.pulled.changed_anything
    assert dump(laptops["a"]) == before


def test_rows_merged_from_a_package_after_a_sync_still_reach_the_hub(pg_url, laptops):
    init_hub(pg_url)
    card = laptops["cards"][1]
    set_card(laptops["b"], card, text="früh geschrieben, spät gebracht")  # older stamp than a's sync
    sync_hub(laptops["a"], pg_url)
    merge_sources(laptops["a"], [laptops["b"]])  # b's laptop never talks to the hub itself
    sync_hub(laptops["a"], pg_url)
    sync_hub(laptops["c"], pg_url)
    assert card_text(laptops["c"], card) == "früh geschrieben, spät gebracht"


def test_the_password_is_never_stored(pg_url, laptops):
    init_hub(pg_url)
    with_password = pg_url.replace("postgres@", "postgres:streng-geheim@", 1)
    sync_hub(laptops["a"], with_password)  # trust auth ignores the password
    assert not any("streng-geheim" in v for v in _meta(laptops["a"]).values())
    assert "streng-geheim" not in laptops["a"].read_bytes().decode("latin-1")


def test_an_uninitialised_hub_is_refused_in_german(pg_url, laptops):
    with pytest.raises(HubError, match="hub init"):
        sync_hub(laptops["a"], pg_url)


def test_unreachable_hub_leaves_the_file_untouched(laptops):
    before = dump(laptops["a"]), _meta(laptops["a"])
    with pytest.raises(HubError, match="nicht erreichbar") as info:
        sync_hub(laptops["a"], "postgresql://werkstatt:geheim@127.0.0.1:1/hub?connect_timeout=2")
    assert "geheim" not in str(info.value)
    assert (dump(laptops["a"]), _meta(laptops["a"])) == before


def test_safe_url_drops_passwords_everywhere():
    assert safe_url("postgresql://u:pw@h:5/db?password=x&sslmode=require") == \
        "postgresql+psycopg://u@h:5/db?sslmode=require"


def test_open_workspace_can_sync(pg_url, laptops):
    init_hub(pg_url)
    with WorkspaceFile.open(laptops["a"]) as ws:
        result = sync_hub(ws, pg_url)
    assert result.pushed.new_rows > 0
