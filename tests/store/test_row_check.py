"""The row check finds every value the ORM would stumble over, and nothing in a healthy workspace."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, select

from app.operations.demo import create_demo_workspace
from app.store.models import MODEL_BY_TABLE, SYNC_MODELS
from app.store.row_check import MAX_TEXT_CHARS, find_problems, iter_problems
from app.store.workspace_file import WorkspaceFile


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.werkstatt"
    create_demo_workspace(path)
    return path


def _problems(path: Path) -> list:
    con = sqlite3.connect(path)
    try:
        return list(iter_problems(con))
    finally:
        con.close()


def test_a_healthy_demo_workspace_has_no_problems(demo):
    assert _problems(demo) == []


def test_a_new_empty_workspace_has_no_problems(tmp_path):
    WorkspaceFile.create(tmp_path / "leer.werkstatt").close()
    assert _problems(tmp_path / "leer.werkstatt") == []


@pytest.mark.parametrize("sql, expected", [
    ("UPDATE cards SET text = X'0001FF'", "cards"),
    ("UPDATE cards SET w = 'breit'", "cards"),
    ("UPDATE sessions SET date = '2025-02-30'", "sessions"),
    ("UPDATE comments SET created_at = '31.12.2025'", "comments"),
    ("UPDATE comments SET elsi_tags = '[\"a\", 2]'", "comments"),
    ("UPDATE votes SET hlc = ''", "votes"),
    ("UPDATE actors SET stamps = '[]'", "actors"),
    ("UPDATE actors SET stamps = json_set(stamps, '$.\"name@seen\"', 'gestern heute')", "actors"),
    (f"UPDATE actors SET notes = printf('%.{MAX_TEXT_CHARS + 1}c', 'x')", "actors"),
    ("UPDATE participants SET id = 'zu-lang-' || id WHERE rowid = (SELECT min(rowid) FROM participants)",
     "participants"),
    ("UPDATE measurements SET value = 9e999", "measurements"),
    ("ALTER TABLE votes ADD COLUMN versteckt BLOB", "votes"),
])
def test_damage_is_named_by_table(demo, tmp_path, sql, expected):
    path = tmp_path / "kaputt.werkstatt"
    shutil.copy(demo, path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute(sql)
    con.commit()
    problems = find_problems(con, limit=3)
    con.close()
    assert problems and {p.table for p in problems} == {expected}
    assert all(str(p).startswith(expected) for p in problems)


def test_the_search_stops_at_the_limit(demo, tmp_path):
    path = tmp_path / "kaputt.werkstatt"
    shutil.copy(demo, path)
    con = sqlite3.connect(path)
    con.execute("UPDATE votes SET hlc = 'x'")
    con.commit()
    assert len(find_problems(con, limit=5)) == 5
    con.close()


HOSTILE = st.one_of(
    st.binary(max_size=12), st.text(max_size=12), st.integers(-2**63, 2**63 - 1),
    st.floats(allow_nan=False), st.none(), st.booleans(),
    st.sampled_from(["2025-13-01", "2025-02-29", "2024-02-29", "2025-01-01 25:00:00", "2025-01-01 10:00:00.000000",
                     "2025-01-01T10:00:00", "{}", "[]", "[\"a\"]", "{\"text\": 1}", "null", "1e999", "",
                     "000000000000001-000000-gerät", "0-0-x", "\ud7ff", "ja", "0", "1"]))
ORM_TABLES = sorted(MODEL_BY_TABLE)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(table=st.sampled_from(ORM_TABLES), data=st.data())
def test_whatever_the_check_lets_pass_the_orm_can_read(demo, tmp_path_factory, table, data):
    """Property: no false negatives. A value written with SQL either is named by the check, or the ORM reads the
    row and every attribute of it without an error."""
    path = tmp_path_factory.mktemp("prop") / "w.werkstatt"
    shutil.copy(demo, path)
    model = MODEL_BY_TABLE[table]
    columns = [c.name for c in model.__table__.columns]  # type: ignore[attr-defined]
    column = data.draw(st.sampled_from(columns))
    value = data.draw(HOSTILE)
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=OFF")
    try:
        changed = con.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = (SELECT min(rowid) FROM '
                              f'"{table}")', (value,)).rowcount
        con.commit()
    except sqlite3.Error:
        changed = 0
    problems = find_problems(con, limit=3)
    con.close()
    assume(changed)
    if problems:
        return
    with WorkspaceFile.open(path, readonly=True) as ws, ws.session() as s:
        for row in s.scalars(select(model)).all():
            for attr in inspect(model).column_attrs:
                getattr(row, attr.key)


def test_every_shared_column_has_a_check():
    from app.store.row_check import column_check

    for model in SYNC_MODELS:
        for column in model.__table__.columns:  # type: ignore[attr-defined]
            assert callable(column_check(column))


TIMEPOINTS = st.one_of(
    st.dates().map(str), st.datetimes().map(lambda d: d.strftime("%Y-%m-%d %H:%M:%S.%f")),
    st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6})?\Z"), st.text(max_size=30))


@settings(max_examples=300, deadline=None)
@given(value=TIMEPOINTS)
def test_sql_vouches_for_a_date_or_time_only_when_sqlalchemy_can_read_it(value):
    """The SQL prefilter must never be more lenient than the processors the ORM reads with."""
    from sqlalchemy import Date, DateTime
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    from app.store.models import EventSession, VoteRound
    from app.store.row_check import surely_ok

    dialect = sqlite_dialect.dialect()
    con = sqlite3.connect(":memory:")
    for column, kind in ((EventSession.__table__.c.date, Date), (VoteRound.__table__.c.opened_at, DateTime)):
        vouched = con.execute(f'SELECT {surely_ok(column)} FROM (SELECT ? AS "{column.name}")', (value,)).fetchone()[0]
        if vouched:
            kind().dialect_impl(dialect).result_processor(dialect, None)(value)  # must not raise


def test_a_deleted_record_with_what_its_delete_knew_passes_the_check_and_merges(demo, tmp_path):
    """A tombstone carries ``deleted@knew`` next to ``@seen`` companions: both are valid stamps lists, so a file
    or package with deletions is neither reported as damaged nor refused by the merge."""
    from app.operations.card_ops import delete_cards
    from app.operations.sync_ops import merge_sources

    laptop = tmp_path / "laptop.werkstatt"
    shutil.copy(demo, laptop)
    with WorkspaceFile.open(laptop) as ws, ws.session() as s:
        from app.store.models import Card
        card_id = s.scalars(select(Card.id).where(Card.deleted.is_(False))).first()
    with WorkspaceFile.open(laptop) as ws:
        delete_cards(ws, [card_id])
    con = sqlite3.connect(laptop)
    stamps = con.execute("SELECT stamps FROM cards WHERE id = ?", (card_id,)).fetchone()[0]
    con.close()
    assert '"deleted@knew"' in stamps
    assert _problems(laptop) == []
    master = tmp_path / "master.werkstatt"
    shutil.copy(demo, master)
    result = merge_sources(master, [laptop])
    assert result.summaries and result.summaries[0].changed_rows >= 1
