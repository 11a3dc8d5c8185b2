"""The process the crash loop kills: it edits a workspace through the operations layer and reports as it goes.

``edits``: before each edit it writes ``B <json>`` (what it is about to do) and after the operation returned (so
the transaction committed) ``D <seq>``, each line flushed at once. The parent kills it with SIGKILL at a random
moment and then checks the file against the lines it got. ``migrate``, ``pack`` and ``merge`` run one long
operation and write ``OK`` when it returned. ``--die-at-statement N`` makes the process kill itself right after
its N-th SQL statement, so kills also land at exact points inside a transaction or a migration.

``--plant`` swaps in a deliberately broken writer, so the tests can show that the crash loop notices one:
``split-update`` writes a card's text and its position in two transactions, ``in-place`` writes a package
straight into the final file (and dies halfway) instead of renaming a finished temporary file, ``stepwise-migration`` commits
each step of the migration on its own and dies between two steps (``...-no-marker``: without the marker that lets
the next open restore the backup).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import uuid
from pathlib import Path

KINDS = ("add", "update", "move", "delete", "vote", "comment")
WEIGHTS = (4, 3, 2, 1, 2, 2)


def report(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def die_at_statement(n: int) -> None:
    """Kill this process right after its n-th SQL statement (through SQLAlchemy) has run."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    count = [0]

    @event.listens_for(Engine, "after_cursor_execute")
    def _count(*_args: object) -> None:
        count[0] += 1
        if count[0] >= n:
            os.kill(os.getpid(), signal.SIGKILL)


def plant_split_update() -> None:
    """A non-atomic card edit: text and position in two separate transactions."""
    from app.operations import canvas_ops, card_ops

    original = card_ops.update_card

    def split(ws, card_id, **fields):  # type: ignore[no-untyped-def]
        text = fields.pop("text", None)
        if text is not None:
            original(ws, card_id, text=text)
        return original(ws, card_id, **fields)

    card_ops.update_card = split
    canvas_ops.update_card = split


def plant_stepwise_migration(*, marker: bool) -> None:
    """A migration that is not one transaction, and a crash between its steps."""
    import sqlite3

    from app.store import workspace_file

    def stepwise(engine) -> None:  # type: ignore[no-untyped-def]
        with engine.connect() as conn:  # the engine connects through a creator: ask SQLite for the file
            path = Path(conn.exec_driver_sql("PRAGMA database_list").fetchone()[2])
        con = sqlite3.connect(path, isolation_level=None)
        con.execute("CREATE INDEX ix_cards_canvas_live ON cards (canvas_id, deleted)")
        os.kill(os.getpid(), signal.SIGKILL)  # the crash between two committed steps

    workspace_file.upgrade = stepwise
    if not marker:
        import contextlib

        workspace_file.migration_marker = lambda _p, _b: contextlib.nullcontext()
        workspace_file.recover_interrupted_migration = lambda _p: None


def plant_in_place() -> None:
    """A package writer that copies into the final file instead of renaming a finished temporary file, and a
    crash halfway through that copy."""
    from app.sync import package

    real_replace = os.replace

    def copy_in_place(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if not str(dst).endswith(package.PACKAGE_SUFFIX):
            real_replace(src, dst)
            return
        data = Path(src).read_bytes()
        with open(dst, "wb") as fout:
            fout.write(data[: len(data) // 2])
            fout.flush()
            os.kill(os.getpid(), signal.SIGKILL)

    package.os.replace = copy_in_place  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------------------- edits
def next_edit(rng: random.Random, seq: int, live: list[str], blocks: list[str]) -> dict[str, object]:
    kind = rng.choices(KINDS, WEIGHTS)[0] if live else "add"
    x, y = float(rng.randrange(0, 4000)), float(rng.randrange(0, 3000))
    edit: dict[str, object] = {"seq": seq, "kind": kind}
    if kind == "add":
        edit.update(card=str(uuid.UUID(int=rng.getrandbits(128), version=4)), block=rng.choice(blocks),
                    text=f"E{seq}|{x:.0f}|{y:.0f}", x=x, y=y)
    elif kind == "update":
        edit.update(card=rng.choice(live), text=f"E{seq}|{x:.0f}|{y:.0f}", x=x, y=y)
    elif kind == "move":
        a, b = rng.sample(live, 2) if len(live) > 1 else (live[0], live[0])
        edit.update(moves=[[a, x, y]] + ([[b, x + 250.0, y]] if b != a else []))
    elif kind == "delete":
        edit.update(card=rng.choice(live))
    elif kind == "vote":
        edit.update(card=rng.choice(live), token=f"Stimmzettel {seq}")
    else:
        edit.update(card=rng.choice(live), text=f"Kommentar {seq}: " + "äöüß" * rng.randrange(1, 40))
    return edit


def apply_edit(ws, edit: dict[str, object], canvas_id: str, round_id: str) -> None:  # type: ignore[no-untyped-def]
    from app.operations import canvas_ops, comments_ops, voting_ops

    kind = edit["kind"]
    if kind == "add":
        canvas_ops.add_card(ws, canvas_id, str(edit["block"]), str(edit["text"]), edit["x"], edit["y"],
                            card_id=str(edit["card"]))
    elif kind == "update":
        canvas_ops.update_card(ws, str(edit["card"]), text=edit["text"], x=edit["x"], y=edit["y"])
    elif kind == "move":
        canvas_ops.move_cards(ws, [canvas_ops.CardMove(c, x, y, None) for c, x, y in edit["moves"]])  # type: ignore[attr-defined]
    elif kind == "delete":
        canvas_ops.delete_cards(ws, [str(edit["card"])])
    elif kind == "vote":
        voting_ops.cast_vote(ws, round_id, str(edit["card"]), ballot_token=str(edit["token"]))
    else:
        comments_ops.add_comment(ws, "card", str(edit["card"]), str(edit["text"]))


def run_edits(args: argparse.Namespace) -> None:
    from app.operations import canvas_ops
    from app.store.workspace_file import WorkspaceFile

    rng = random.Random(args.seed)
    ws = WorkspaceFile.open(args.path)
    board = canvas_ops.load_board(ws, args.canvas)
    live = sorted(c.id for c in board.cards)
    blocks = [b.key for b in board.blocks]
    report("READY")
    seq = args.seed * 1_000_000
    while True:
        seq += 1
        edit = next_edit(rng, seq, live, blocks)
        report("B " + json.dumps(edit))
        apply_edit(ws, edit, args.canvas, args.round)
        report(f"D {seq}")
        if edit["kind"] == "add":
            live.append(str(edit["card"]))
        elif edit["kind"] == "delete":
            live.remove(str(edit["card"]))


# ---------------------------------------------------------------------------------------------------- one-shots
def run_migrate(args: argparse.Namespace) -> None:
    import alembic.command  # noqa: F401  (imported before READY, so timed kills land in the migration itself)

    from app.store.workspace_file import WorkspaceFile

    report("READY")
    WorkspaceFile.open(args.path).close()
    report("OK")


def run_pack(args: argparse.Namespace) -> None:
    from app.sync.package import write_package

    report("READY")
    write_package(Path(args.path), Path(args.out), args.passphrase, kdf_n=2**14 if args.passphrase else None)
    report("OK")


def run_merge(args: argparse.Namespace) -> None:
    from app.operations.sync_ops import merge_sources

    report("READY")
    merge_sources(Path(args.path), [Path(s) for s in args.sources])
    report("OK")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--die-at-statement", type=int, default=0)
    parser.add_argument("--plant", default=None, choices=(
        "split-update", "in-place", "stepwise-migration", "stepwise-migration-no-marker"))
    sub = parser.add_subparsers(dest="mode", required=True)
    e = sub.add_parser("edits")
    e.add_argument("path")
    e.add_argument("canvas")
    e.add_argument("round")
    e.add_argument("seed", type=int)
    m = sub.add_parser("migrate")
    m.add_argument("path")
    p = sub.add_parser("pack")
    p.add_argument("path")
    p.add_argument("out")
    p.add_argument("--passphrase", default=None)
    g = sub.add_parser("merge")
    g.add_argument("path")
    g.add_argument("sources", nargs="+")
    args = parser.parse_args(argv)
    if args.plant == "split-update":
        plant_split_update()
    elif args.plant == "in-place":
        plant_in_place()
    elif args.plant and args.plant.startswith("stepwise-migration"):
        plant_stepwise_migration(marker=not args.plant.endswith("no-marker"))
    if args.die_at_statement:
        die_at_statement(args.die_at_statement)
    {"edits": run_edits, "migrate": run_migrate, "pack": run_pack, "merge": run_merge}[args.mode](args)


if __name__ == "__main__":
    main()
