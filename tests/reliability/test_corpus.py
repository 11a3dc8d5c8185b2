"""The corpus of nasty files (``corpus/``, written by ``make_corpus.py``): each one refused or defused, bounded."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.operations.actor_import import import_actors
from app.operations.errors import OperationRefused
from app.store.errors import WorkspaceError
from app.store.workspace_file import WorkspaceFile

from .crash_loop import werkstatt_check
from .untrusted import fingerprint, run_bounded, sha256

CORPUS = Path(__file__).with_name("corpus")

#: actor lists: file -> words the refusal (or every row's reason) must contain
REFUSED_LISTS = {
    "truncated.csv": "abgeschnitten",
    "nul_bytes.csv": "Binärdaten",
    "truncated.xlsx": "beschädigt",
    "not_a_zip.xlsx": "beschädigt",
    "zip_bomb.xlsx": "Sicherheitsgründen",
    "lying_zip_bomb.xlsx": "beschädigt",
    "billion_laughs.xlsx": "beschädigt",
    "external_entity.xlsx": "beschädigt",
    "lying_directory.xlsx": "beschädigt",  # found by the fuzzer: a flipped packed size made the reader take 128 MB
}
BLOCKED_LISTS = {
    "huge_price.csv": "unrealistisch hoch",
    "huge_strings.csv": "unrealistisch hoch",
    "formula_cells.xlsx": "Der Name fehlt",  # formulas are never evaluated: their cells read as empty
}
WORKSPACES = {
    "foreign_app_id.werkstatt": "anderen Programms",
    "trigger.werkstatt": "Sicherheitsgründen",
    "view.werkstatt": "Sicherheitsgründen",
    "no_version.werkstatt": "keine Versionsangabe",
    "truncated.werkstatt": "beschädigt",
    "text.werkstatt": "keine SQLite-Datenbank",
}


def test_corpus_is_complete_and_small():
    names = {p.name for p in CORPUS.iterdir()}
    assert set(REFUSED_LISTS) | set(BLOCKED_LISTS) | set(WORKSPACES) | {"formula_cells.csv"} == names
    assert all(p.stat().st_size < 200_000 for p in CORPUS.iterdir())


@pytest.fixture
def ws(tmp_path):
    w = WorkspaceFile.create(tmp_path / "bestand.werkstatt", quartier="Schaffrath")
    yield w
    w.close()


def _cause_chain(exc: BaseException | None) -> list[str]:
    names = []
    while exc is not None:
        names.append(f"{type(exc).__module__}.{type(exc).__name__}")
        exc = exc.__cause__ or exc.__context__
    return names


@pytest.mark.parametrize("name", sorted(REFUSED_LISTS))
def test_nasty_actor_list_is_refused_in_german_within_bounds(ws, tmp_path, name):
    path = shutil.copy(CORPUS / name, tmp_path / name)
    before = fingerprint(ws.path)
    outcome = run_bounded(lambda: import_actors(ws, Path(path)), seconds=5, megabytes=60)
    assert isinstance(outcome.error, OperationRefused)
    assert REFUSED_LISTS[name] in str(outcome.error)
    assert fingerprint(ws.path) == before
    if "entit" in name or "laughs" in name:  # refused by defusedxml, not by luck
        assert any(n.startswith("defusedxml.") for n in _cause_chain(outcome.error))


@pytest.mark.parametrize("name", sorted(BLOCKED_LISTS))
def test_nasty_rows_block_the_import_with_reasons(ws, tmp_path, name):
    path = Path(shutil.copy(CORPUS / name, tmp_path / name))
    before = fingerprint(ws.path)
    results: list = []  # type: ignore[type-arg]
    run_bounded(lambda: results.append(import_actors(ws, path)), seconds=5, megabytes=60)
    (result,) = results
    assert not result.applied and result.plan.errors
    assert all(any(BLOCKED_LISTS[name] in r for r in row.reasons) for row in result.plan.errors)
    assert fingerprint(ws.path) == before


def test_formula_cells_of_a_csv_are_stored_as_plain_text(ws, tmp_path):
    path = Path(shutil.copy(CORPUS / "formula_cells.csv", tmp_path / "formeln.csv"))
    result = import_actors(ws, path)
    assert result.applied
    con = sqlite3.connect(ws.path)
    names = {r[0] for r in con.execute("SELECT name FROM actors WHERE deleted = 0")}
    con.close()
    assert '=HYPERLINK("http://boese.example","Klick")' in names and "@SUM(1+1)" in names


@pytest.mark.parametrize("name", sorted(WORKSPACES))
def test_nasty_workspace_file_is_refused_unchanged(tmp_path, name):
    path = Path(shutil.copy(CORPUS / name, tmp_path / name))
    before = sha256(path)
    for readonly in (False, True):
        outcome = run_bounded(lambda ro=readonly: WorkspaceFile.open(path, readonly=ro), seconds=5, megabytes=30)
        assert isinstance(outcome.error, WorkspaceError)
        assert WORKSPACES[name] in str(outcome.error)
    code, text = werkstatt_check(path)
    assert code == 1 and "Fehler" in text
    assert sha256(path) == before
