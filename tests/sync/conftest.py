"""Fixtures for sync tests: families of workspace copies, and a fresh PostgreSQL schema per test for the hub.

The hub tests need ``WERKSTATT_PG_URL`` (e.g. postgresql+psycopg://postgres@127.0.0.1:54331/postgres). Without it
they are skipped on a developer machine and FAIL under CI (``CI=true``), so CI can never pass by skipping.
"""

from __future__ import annotations

import os
import uuid

import pytest


def pg_base_url() -> str | None:
    url = os.environ.get("WERKSTATT_PG_URL")
    if url:
        return url
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("WERKSTATT_PG_URL fehlt: unter CI müssen die Hub-Tests gegen PostgreSQL laufen.")
    pytest.skip("WERKSTATT_PG_URL ist nicht gesetzt (kein PostgreSQL für die Hub-Tests)")
    return None  # pragma: no cover


def schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_url():
    """A URL whose search_path is a new, empty schema; dropped after the test."""
    from sqlalchemy import create_engine, text

    base = pg_base_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(base)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield schema_url(base, schema)
    finally:
        with engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()
