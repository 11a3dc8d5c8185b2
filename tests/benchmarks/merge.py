"""Merging 10 transport packages, each with the same 5,000 cards changed on another laptop, into a workspace,
against a raw SQL upsert of the same rows (``INSERT … ON CONFLICT DO UPDATE`` in one transaction per package).

The merge does more than the upsert (reads and verifies each package, compares every field's stamp, keeps every
losing value as a conflict record); the target says how much more it may cost. Skipped until the sync engine
(``app.sync``) is part of the app.
"""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
import time
import uuid
from pathlib import Path

from tests.benchmarks.harness import BenchContext, BenchResult, median_pair
from tests.benchmarks.harness import measure as register_measure
from tests.benchmarks.peer_scene import create_peer_workspace

NAME, UNIT, TARGET = "merge_10x5000", "s", "ratio ≤ 3"


def sync_available() -> bool:
    try:
        return importlib.util.find_spec("app.sync.package") is not None
    except ImportError:
        return False


def _laptop_copy(base: Path, target: Path, number: int) -> None:
    """A copy of ``base`` that another device has worked on: every card's text and place changed."""
    from sqlalchemy import select

    from app.domain.hlc import HybridLogicalClock
    from app.store.models import Card
    from app.store.workspace_file import WorkspaceFile

    shutil.copyfile(base, target)
    with WorkspaceFile.open(target) as ws:
        device = str(uuid.UUID(int=number + 1, version=4))
        ws.set_setting("device_id", device)
        ws.device_id = device
        ws.clock = HybridLogicalClock(device)
        with ws.session() as s:
            for card in s.scalars(select(Card).where(Card.deleted.is_(False))):
                card.text = f"{card.text} – Laptop {number}"
                card.x = card.x + number


def _packages(ctx: BenchContext, rows: int, count: int) -> tuple[Path, list[Path]]:
    write_package = importlib.import_module("app.sync.package").write_package
    base = ctx.workdir / "merge-base.werkstatt"
    create_peer_workspace(base, rows)
    packages = []
    for number in range(1, count + 1):
        laptop = ctx.workdir / f"laptop-{number}.werkstatt"
        _laptop_copy(base, laptop, number)
        out = ctx.workdir / f"laptop-{number}.qwpaket"
        write_package(laptop, out)
        packages.append(out)
    return base, packages


def _changed_rows(package_sources: list[Path]) -> list[list[tuple[str, str, float, float]]]:
    """The card rows each laptop changed, read straight from its workspace file (the baseline's input)."""
    out = []
    for pkg in package_sources:
        con = sqlite3.connect(pkg.with_suffix(".werkstatt"))
        out.append(con.execute("SELECT id, text, x, y FROM cards WHERE deleted = 0").fetchall())
        con.close()
    return out


@register_measure(NAME)
def merge_packages(ctx: BenchContext) -> BenchResult:
    if not sync_available():
        return BenchResult.skipped(NAME, UNIT, TARGET, "sync not available")
    from app.store.workspace_file import WorkspaceFile

    merge_sources = importlib.import_module("app.operations.sync_ops").merge_sources

    rows, count = (50, 3) if ctx.smoke else (5000, 10)
    base, packages = _packages(ctx, rows, count)
    changed = _changed_rows(packages)
    numbers = iter(range(1000))

    def merge_once() -> float:
        target = ctx.workdir / f"ziel-{next(numbers)}.werkstatt"
        shutil.copyfile(base, target)
        with WorkspaceFile.open(target) as ws:
            start = time.perf_counter()
            merge_sources(ws, packages)
            took = time.perf_counter() - start
        return took

    def upsert_once() -> float:
        target = ctx.workdir / f"roh-{next(numbers)}.sqlite"
        con = sqlite3.connect(target, isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.execute("CREATE TABLE cards (id TEXT PRIMARY KEY, text TEXT, x REAL, y REAL)")
        con.executemany("INSERT INTO cards VALUES (?, ?, ?, ?)", changed[0])
        start = time.perf_counter()
        for package_rows in changed:
            con.execute("BEGIN IMMEDIATE")
            con.executemany("INSERT INTO cards VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                            "text = excluded.text, x = excluded.x, y = excluded.y", package_rows)
            con.execute("COMMIT")
        took = time.perf_counter() - start
        con.close()
        return took

    value, baseline = median_pair(merge_once, upsert_once, repeats=ctx.repeats, warmup=ctx.warmup)
    return BenchResult.compare(NAME, value, baseline, UNIT, TARGET,
                               f"{count} packages × {rows} changed cards; baseline: raw SQL upsert of the same rows")
