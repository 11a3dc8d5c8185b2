"""A workspace file from elsewhere, mutated: opened and readable, or refused the app's own way and left alone."""

from __future__ import annotations

import itertools
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.operations import canvas_ops, participants_ops
from app.store.workspace_file import WorkspaceFile

from . import profile
from .crash_loop import make_crash_workspace, werkstatt_check
from .untrusted import run_bounded, sha256

FUZZ = settings(max_examples=profile.FUZZ_EXAMPLES, deadline=None, derandomize=not profile.EXTENDED,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
_counter = itertools.count()

DDL = [
    "CREATE TRIGGER t_{n} AFTER UPDATE ON cards BEGIN DELETE FROM actors; END",
    "CREATE TRIGGER t_{n} BEFORE INSERT ON votes BEGIN SELECT RAISE(IGNORE); END",
    "CREATE VIEW v_{n} AS SELECT * FROM cards",
    "CREATE TEMP VIEW v_{n} AS SELECT 1",  # temporary: gone with the connection, harmless
    "CREATE TABLE fremd_{n} (x)",
    "DROP TABLE comments",
    "DROP TABLE alembic_version",
    "UPDATE alembic_version SET version_num = 'zukunft_{n}'",
    "DELETE FROM meta WHERE key = 'device_id'",
    "DELETE FROM workspace",
    "UPDATE cards SET stamps = 'kein json {n}'",
    "UPDATE cards SET hlc = 'kaputt'",
    "UPDATE cards SET x = 'links'",
    "PRAGMA user_version = {n}",
]


@pytest.fixture(scope="module")
def original(tmp_path_factory) -> Path:
    path, _canvas, _round = make_crash_workspace(tmp_path_factory.mktemp("original"))
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


@st.composite
def mutation(draw, size: int) -> tuple[str, object]:  # type: ignore[no-untyped-def]
    kind = draw(st.sampled_from(["flip", "flip_header", "truncate", "app_id", "sql", "sql", "schema_text"]))
    if kind == "flip":
        return kind, draw(st.lists(st.tuples(st.integers(0, size - 1), st.integers(1, 255)), min_size=1,
                                   max_size=8))
    if kind == "flip_header":
        return kind, draw(st.lists(st.tuples(st.integers(0, 99), st.integers(1, 255)), min_size=1, max_size=3))
    if kind == "truncate":
        return kind, draw(st.integers(0, size - 1))
    if kind == "app_id":
        return kind, draw(st.integers(0, 2**32 - 1))
    if kind == "schema_text":
        return kind, draw(st.text(max_size=40))
    return kind, draw(st.lists(st.sampled_from(DDL), min_size=1, max_size=3)), draw(st.integers(0, 999))


def apply_mutation(path: Path, how: tuple) -> None:  # type: ignore[type-arg]
    kind = how[0]
    if kind in ("flip", "flip_header"):
        data = bytearray(path.read_bytes())
        for at, mask in how[1]:
            data[at] ^= mask
        path.write_bytes(bytes(data))
    elif kind == "truncate":
        path.write_bytes(path.read_bytes()[:how[1]])
    elif kind == "app_id":
        data = bytearray(path.read_bytes())
        data[68:72] = how[1].to_bytes(4, "big")
        path.write_bytes(bytes(data))
    elif kind == "schema_text":
        con = sqlite3.connect(path)
        con.execute("PRAGMA writable_schema=ON")
        con.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'comments'", (how[1],))
        con.commit()
        con.close()
    else:
        con = sqlite3.connect(path)
        for statement in how[1]:
            try:
                con.execute(statement.format(n=how[2]))
            except sqlite3.DatabaseError:
                pass
        con.commit()
        con.close()


def _use(path: Path) -> None:
    """What the app does with a file it opened: show the canvases, a board, the participants."""
    with WorkspaceFile.open(path) as ws:
        for summary in canvas_ops.list_canvases(ws):
            canvas_ops.load_board(ws, summary.id)
        participants_ops.list_participants(ws)


@pytest.mark.timeout(profile.TIMEOUT_S)
@FUZZ
@given(data=st.data())
def test_mutated_workspace_files_are_opened_or_refused_cleanly(tmp_path_factory, original, data):
    folder = tmp_path_factory.getbasetemp() / "mutiert"
    folder.mkdir(exist_ok=True)
    path = folder / f"fremd-{next(_counter)}.werkstatt"
    shutil.copyfile(original, path)
    WorkspaceFile.open(path).close()  # the copy claims its place (own device id) before it is damaged
    how = data.draw(mutation(original.stat().st_size))
    apply_mutation(path, how)
    before = sha256(path)
    check = run_bounded(lambda: werkstatt_check(path), seconds=10, megabytes=100)
    assert sha256(path) == before, f"werkstatt check changed the file ({how[0]})"
    outcome = run_bounded(lambda: _use(path), seconds=10, megabytes=100)
    if not outcome.accepted:
        assert sha256(path) == before, f"a refused file was changed ({how[0]})"
    assert check.accepted or check.error is not None
    for leftover in folder.glob(f"{path.name}*"):
        leftover.unlink()
