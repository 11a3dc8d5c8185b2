"""Erasure on the PostgreSQL hub itself: after the erasing laptop syncs, ``pg_dump`` of the hub's schema holds no
trace of the person, and an old laptop that syncs later brings nothing back (neither to the hub nor to itself)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from urllib.parse import unquote

import pytest
from sqlalchemy import create_engine

from app.operations.privacy_ops import erase_participant
from app.operations.sync_ops import merge_sources, sync_hub
from app.operations.transport_ops import pack_workspace
from app.store.workspace_file import WorkspaceFile
from app.sync.canonical import canonical_dump
from app.sync.hub import init_hub

from .erasure_fixtures import (
    file_bytes,
    leaked,
    mention_everywhere,
    name_the_person,
    redact_columns_hold_no_name,
)
from .helpers import copies, dump, make_origin


def pg_dump_binary() -> str:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"), key=lambda p: int(p.split("/")[4]))
    path = found[-1] if found else shutil.which("pg_dump")
    if path is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("pg_dump fehlt: unter CI muss PostgreSQL installiert sein.")
        pytest.skip("pg_dump ist nicht installiert")
    return path


def hub_dump(url: str) -> str:
    """``pg_dump`` of the test's schema (tables and data, as the server holds them)."""
    schema = unquote(url.split("search_path", 1)[1]).lstrip("=")
    base = url.split("?", 1)[0].replace("postgresql+psycopg://", "postgresql://")
    done = subprocess.run([pg_dump_binary(), "--no-owner", "--schema", schema, "--dbname", base],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "CREATE TABLE" in done.stdout and "erasure_records" in done.stdout
    return done.stdout


@pytest.fixture
def laptops(tmp_path):
    origin = tmp_path / "origin.werkstatt"
    ids = make_origin(origin)
    name_the_person(origin, ids["participant"])
    a, b, c = copies(origin, ["a.werkstatt", "b.werkstatt", "c.werkstatt"])
    return {"a": a, "b": b, "c": c, **ids}


def test_the_hub_forgets_the_person_and_an_old_laptop_brings_nothing_back(pg_url, laptops, tmp_path):
    init_hub(pg_url)
    pid = laptops["participant"]
    mention_everywhere(laptops["b"], pid)
    sync_hub(laptops["b"], pg_url)
    assert leaked(hub_dump(pg_url)), "the test must start with the name on the hub"
    mention_everywhere(laptops["c"], pid)  # c never synced: an old laptop
    package = tmp_path / "c-alt.qwpaket"
    with WorkspaceFile.open(laptops["c"]) as ws:
        pack_workspace(ws, package)
    with WorkspaceFile.open(laptops["a"]) as ws:
        erase_participant(ws, pid, erased_by="Moderation")
    sync_hub(laptops["a"], pg_url)
    assert leaked(hub_dump(pg_url)) == []
    # the old laptop syncs: what it pushes is cleaned on the hub, what it pulls cleans the laptop
    sync_hub(laptops["c"], pg_url)
    assert leaked(hub_dump(pg_url)) == []
    assert redact_columns_hold_no_name(laptops["c"]) == [] and leaked(file_bytes(laptops["c"])) == []
    # a package made before the erasure, merged into a laptop that syncs afterwards
    merge_sources(laptops["b"], [package])
    sync_hub(laptops["b"], pg_url)
    assert leaked(hub_dump(pg_url)) == []
    for name in ("a", "b", "c", "a"):
        sync_hub(laptops[name], pg_url)
    assert dump(laptops["a"]) == dump(laptops["b"]) == dump(laptops["c"])
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert canonical_dump(conn) == dump(laptops["a"])
    engine.dispose()
    for name in ("a", "b", "c"):
        assert leaked(file_bytes(laptops[name])) == [], name


def test_a_push_after_the_erasure_only_looks_at_the_rows_it_brought(pg_url, laptops):
    """On the hub every row came through a push and was cleaned then; a push without a new erasure record
    cleans its own rows (and the name typed again on a laptop is replaced on the hub)."""
    init_hub(pg_url)
    pid = laptops["participant"]
    with WorkspaceFile.open(laptops["a"]) as ws:
        erase_participant(ws, pid)
    sync_hub(laptops["a"], pg_url)
    mention_everywhere(laptops["b"], pid)  # b has not heard of the erasure yet
    result = sync_hub(laptops["b"], pg_url)
    assert result.pushed.erased_blanked > 0
    assert leaked(hub_dump(pg_url)) == []
    again = sync_hub(laptops["b"], pg_url)
    assert not again.pushed.changed_anything and not again.pulled.changed_anything
