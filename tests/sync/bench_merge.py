"""Benchmark: merging 10 sources x 5,000 changed cards vs. a raw SQL upsert of the same rows.

Run: ``python -m tests.sync.bench_merge [ROWS] [SOURCES]``. Prints wall and CPU seconds for
(1) raw sqlite3: read each source's cards and INSERT ... ON CONFLICT DO UPDATE them into a master copy,
(2) the merge engine on prepared snapshots (what ``werkstatt merge`` does after unpacking),
in two scenarios: every source edits the same 5,000 cards (each superseded text becomes a conflict record), and
every source brings 5,000 cards of its own.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import update

from app.store.models import Canvas, CanvasTemplate, Card
from app.store.workspace_file import WorkspaceFile
from app.sync.local import merge_prepared
from app.sync.sources import prepared_sources


def _origin(path: Path, rows: int) -> str:
    with WorkspaceFile.create(path, quartier="Bench") as ws, ws.session() as s:
        t = CanvasTemplate(key="k", name="T")
        s.add(t)
        s.flush()
        c = Canvas(title="C", template_id=t.id)
        s.add(c)
        s.flush()
        s.add_all([Card(canvas_id=c.id, block_key="b", text=f"Karte {i}", x=float(i)) for i in range(rows)])
        return c.id


def _sources(root: Path, origin: Path, count: int, rows: int, canvas: str, own: bool) -> list[Path]:
    paths = []
    with WorkspaceFile.open(origin) as ws:
        for n in range(count):
            paths.append(ws.save_as(root / f"src-{'own' if own else 'same'}-{n}.werkstatt"))
    for n, p in enumerate(paths):
        with WorkspaceFile.open(p) as ws, ws.session() as s:
            if own:
                s.add_all([Card(canvas_id=canvas, block_key="b", text=f"L{n} {i}") for i in range(rows)])
            else:
                for card in s.query(Card).all():
                    card.text = f"{card.text} / Laptop {n}"
                s.flush()
                s.execute(update(Card).where(Card.id == "").values(text=""))
    return paths


def _raw_upsert(master: Path, sources: list[Path]) -> float:
    start = time.perf_counter()
    con = sqlite3.connect(master)
    cols = [r[1] for r in con.execute("PRAGMA table_info(cards)")]
    sets = ", ".join(f"{c}=excluded.{c}" for c in cols if c != "id")
    sql = f"INSERT INTO cards ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) " \
          f"ON CONFLICT(id) DO UPDATE SET {sets}"
    for src in sources:
        s = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
        rows = s.execute(f"SELECT {', '.join(cols)} FROM cards").fetchall()
        s.close()
        con.execute("BEGIN IMMEDIATE")
        con.executemany(sql, rows)
        con.execute("COMMIT")
    con.close()
    return time.perf_counter() - start


def _merge(master: Path, sources: list[Path]) -> tuple[float, float, int]:
    with WorkspaceFile.open(master) as ws, prepared_sources(sources, None) as prepared:
        start, cpu = time.perf_counter(), time.process_time()
        summaries = [merge_prepared(ws, p) for p in prepared]
        return time.perf_counter() - start, time.process_time() - cpu, sum(s.conflict_records for s in summaries)


def main(rows: int = 5000, count: int = 10) -> None:
    root = Path(tempfile.mkdtemp(prefix="qw-bench-"))
    try:
        origin = root / "origin.werkstatt"
        canvas = _origin(origin, rows)
        for own in (False, True):
            label = "eigene Karten je Quelle" if own else "dieselben Karten in allen Quellen"
            sources = _sources(root, origin, count, rows, canvas, own)
            raw_master = Path(shutil.copy(origin, root / "raw.werkstatt"))
            raw_cpu = time.process_time()
            raw = _raw_upsert(raw_master, sources)
            raw_cpu = time.process_time() - raw_cpu
            master = Path(shutil.copy(origin, root / "master.werkstatt"))
            wall, cpu, conflicts = _merge(master, sources)
            print(f"{label}: {count} x {rows} Zeilen | rohes Upsert {raw:.2f} s (CPU {raw_cpu:.2f}) | "
                  f"Merge {wall:.2f} s (CPU {cpu:.2f}) | Faktor {wall / raw:.1f} | Konfliktvermerke {conflicts}")
            for p in (raw_master, master, *sources):
                p.unlink()
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
