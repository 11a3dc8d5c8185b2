"""One durable edit through the app (a session that changes a card's text) against a raw sqlite3 UPDATE+COMMIT
with the same pragmas (WAL, synchronous=FULL): the price of the ORM, the flush hook and the clock stamps."""

from __future__ import annotations

import sqlite3

from tests.benchmarks.harness import BenchContext, BenchResult, measure, median_pair

NAME, UNIT, TARGET = "durable_edit_commit", "ms", "report the ratio"


@measure(NAME)
def durable_edit_commit(ctx: BenchContext) -> BenchResult:
    from sqlalchemy import select

    from app.operations.demo import create_demo_workspace
    from app.store.models import Card
    from app.store.workspace_file import WorkspaceFile

    path = ctx.workdir / "commit.werkstatt"
    create_demo_workspace(path, seed=1)
    repeats, warmup, block = (6, 2, 3) if ctx.smoke else (30, 2, 10)
    counter = iter(range(1_000_000))
    con = sqlite3.connect(ctx.workdir / "raw.sqlite", isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE cards (id TEXT PRIMARY KEY, text TEXT)")
    con.execute("INSERT INTO cards VALUES ('k1', 'Einkaufsbegleitung')")

    def raw_edit() -> None:
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE cards SET text = ? WHERE id = 'k1'", (f"Text {next(counter)}",))
        con.execute("COMMIT")

    try:
        with WorkspaceFile.open(path) as ws:
            with ws.session() as s:
                card_id = s.scalars(select(Card.id).where(Card.deleted.is_(False)).order_by(Card.id)).first()

            def app_edit() -> None:
                with ws.session() as s:
                    card = s.get(Card, card_id)
                    assert card is not None
                    card.text = f"Einkaufsbegleitung dienstags und freitags ({next(counter)})"

            app, raw = median_pair(app_edit, raw_edit, repeats=repeats, warmup=warmup, block=block)
    finally:
        con.close()
    return BenchResult.compare(NAME, app * 1000, raw * 1000, UNIT, TARGET,
                               note="baseline: raw sqlite3 UPDATE + COMMIT, WAL, synchronous=FULL")
