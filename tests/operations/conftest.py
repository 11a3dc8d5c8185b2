"""Fixtures of the operations tests: a seeded workspace, a participation board, row counts with plain sqlite3."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.store.workspace_file import WorkspaceFile

from .participation_fixtures import Board, make_board


@pytest.fixture
def board(tmp_path):
    b: Board = make_board(tmp_path)
    yield b
    b.ws.close()


@pytest.fixture
def ws(tmp_path):
    w = WorkspaceFile.create(tmp_path / "quartier.werkstatt", quartier="Schaffrath")
    yield w
    w.close()


def count_rows(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[0]
    finally:
        con.close()


def table_snapshot(path: Path) -> dict[str, int]:
    return {t: count_rows(path, t) for t in ("actors", "services", "subject_categories")}
