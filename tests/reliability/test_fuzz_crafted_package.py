"""Crafted packages: rows changed with SQL and the checksum computed anew (plain and encrypted).

Every such package is merged completely or refused completely, within 2 s and 200 MB, with a German sentence; what
a merge lets in is readable by the ORM and passes the row check, so ``check``, ``report`` and ``render`` stay clean.
"""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, select

from app.operations.sync_ops import merge_sources
from app.store.models import MODEL_BY_TABLE, SYNC_MODELS
from app.store.row_check import find_problems
from app.store.workspace_file import WorkspaceFile
from app.sync import package_crypto
from app.sync.package import write_package
from tests.sync.crafted import tamper

from . import profile
from .crash_loop import make_crash_workspace
from .untrusted import fingerprint, run_bounded

FUZZ = settings(max_examples=profile.FUZZ_EXAMPLES, deadline=None, derandomize=not profile.EXTENDED,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large])
PASSPHRASE = "Rosen im Quartier 2025"
_counter = itertools.count()
STAMP = "999999999999999-000000-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"

HOSTILE = st.one_of(
    st.binary(max_size=16), st.text(max_size=16), st.integers(-2**63, 2**63 - 1), st.floats(), st.none(),
    st.sampled_from(["2025-13-01", "2025-02-30", "2025-01-01 10:00:00.000000", "2025-01-01 25:61:00", "{}", "[]",
                     "[1]", "{\"text\": 5}", "null", "", "0", "1", "2", STAMP, "gestern", "x" * 300,
                     "\u0000\u000b\u001b", "=HYPERLINK(\"x\")", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "مرحبا", "中文"]),
)


@pytest.fixture(scope="module")
def packages(tmp_path_factory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("gebastelt")
    origin, _canvas, _round = make_crash_workspace(folder)
    with WorkspaceFile.open(origin) as ws:
        laptop = ws.save_as(folder / "laptop.werkstatt")
    plain, secret = folder / "plain.qwpaket", folder / "secret.qwpaket"
    write_package(laptop, plain)
    write_package(laptop, secret, PASSPHRASE, kdf_n=package_crypto.MIN_SCRYPT_N)
    con = sqlite3.connect(laptop)
    tables = [m.__tablename__ for m in SYNC_MODELS  # type: ignore[attr-defined]
              if con.execute(f'SELECT count(*) FROM "{m.__tablename__}"').fetchone()[0]]  # type: ignore[attr-defined]
    con.close()
    master = WorkspaceFile.open(origin)
    yield {"folder": folder, "plain": plain, "secret": secret, "master": master, "tables": tables}
    master.close()


@st.composite
def crafted_change(draw, tables: list[str]):  # type: ignore[no-untyped-def]
    """One to three cells set to hostile values, sometimes with a stamp that makes them win the merge."""
    changes = []
    for _ in range(draw(st.integers(1, 3))):
        table = draw(st.sampled_from(tables))
        column = draw(st.sampled_from([c.name for c in MODEL_BY_TABLE[table].__table__.columns]))  # type: ignore[attr-defined]
        changes.append((table, column, draw(HOSTILE), draw(st.booleans())))
    extra = draw(st.sampled_from([None, None, "ALTER TABLE cards ADD COLUMN geheim TEXT", "DROP TABLE comments",
                                  "UPDATE cards SET stamps = json_set(stamps, '$.geheim', '" + STAMP + "')"]))
    return changes, extra


def apply_change(con: sqlite3.Connection, changes, extra) -> None:  # type: ignore[no-untyped-def]
    con.execute("PRAGMA foreign_keys=OFF")
    for table, column, value, wins in changes:
        where = f'rowid = (SELECT min(rowid) FROM "{table}")'
        try:
            con.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE {where}', (value,))
            if wins and column not in ("id", "hlc", "stamps"):
                con.execute(f"UPDATE \"{table}\" SET hlc = ?, stamps = json_set(stamps, '$.{column}', ?) "
                            f"WHERE {where}", (STAMP, STAMP))
        except sqlite3.Error:
            pass  # a constraint of the snapshot's own schema: that change is not made
    if extra:
        try:
            con.execute(extra)
        except sqlite3.Error:
            pass


def readable_by_the_orm(path: Path) -> None:
    with WorkspaceFile.open(path, readonly=True) as ws, ws.session() as s:
        for model in SYNC_MODELS:
            for row in s.scalars(select(model)).all():
                for attr in inspect(model).column_attrs:
                    getattr(row, attr.key)


@pytest.mark.timeout(profile.TIMEOUT_S)
@FUZZ
@given(data=st.data())
def test_crafted_packages_with_fresh_checksums_merge_completely_or_not_at_all(packages, data):
    folder, master = Path(str(packages["folder"])), packages["master"]
    encrypted = data.draw(st.booleans())
    changes, extra = data.draw(crafted_change(packages["tables"]))  # type: ignore[arg-type]
    passphrase = PASSPHRASE if encrypted else None
    source = packages["secret" if encrypted else "plain"]
    crafted = tamper(Path(str(source)), folder / f"gebastelt-{next(_counter)}.qwpaket",
                     lambda con: apply_change(con, changes, extra), passphrase)
    before = fingerprint(master.path)
    outcome = run_bounded(lambda: merge_sources(master, [crafted], passphrase), seconds=10, megabytes=200)
    if outcome.accepted:
        con = sqlite3.connect(master.path)
        assert find_problems(con) == [], "a merge let an invalid value in"
        con.close()
        readable_by_the_orm(master.path)
    else:
        assert outcome.seconds <= 2.0, f"a refusal took {outcome.seconds:.1f} s"
        assert fingerprint(master.path) == before, "a refused package changed the master"
    crafted.unlink()
