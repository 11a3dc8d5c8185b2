"""The parent side of the crash loop: start the child, kill it, and judge the file it leaves behind.

The judgement is strict: the board after the kill must be exactly the board before plus every edit the child
reported as done, optionally plus the one edit it had started (that one may or may not have committed). Anything
else (a reported edit missing, half an edit, an edit nobody made) is a problem.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CardState = tuple[str, float, float, str, bool]


@dataclass
class BoardState:
    cards: dict[str, CardState]
    votes: Counter[tuple[str, str]]
    comments: Counter[tuple[str, str]]

    def copy(self) -> BoardState:
        return BoardState(dict(self.cards), Counter(self.votes), Counter(self.comments))


@dataclass
class KillStats:
    kills: int = 0
    reported_edits: int = 0
    in_flight: int = 0
    problems: list[str] = field(default_factory=list)


def read_state(path: Path, canvas_id: str, round_id: str) -> BoardState:
    """The board as plain sqlite3 sees it (not through our code)."""
    con = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
    try:
        cards = {r[0]: (r[1], float(r[2]), float(r[3]), r[4], bool(r[5])) for r in con.execute(
            "SELECT id, text, x, y, block_key, deleted FROM cards WHERE canvas_id=?", (canvas_id,))}
        votes = Counter((r[0], r[1]) for r in con.execute(
            "SELECT card_id, ballot_token FROM votes WHERE round_id=? AND deleted=0", (round_id,)))
        comments = Counter((r[0], r[1]) for r in con.execute(
            "SELECT target_id, text FROM comments WHERE target_type='card' AND deleted=0"))
    finally:
        con.close()
    return BoardState(cards, votes, comments)


def apply(state: BoardState, edit: dict) -> BoardState:  # type: ignore[type-arg]
    """What one edit does to the board, by the operations' documented meaning."""
    out = state.copy()
    kind, card = edit["kind"], edit.get("card")
    if kind == "add":
        out.cards[card] = (edit["text"], edit["x"], edit["y"], edit["block"], False)
    elif kind == "update":
        _text, _x, _y, block, deleted = out.cards[card]
        out.cards[card] = (edit["text"], edit["x"], edit["y"], block, deleted)
    elif kind == "move":
        for cid, x, y in edit["moves"]:
            text, _x, _y, block, deleted = out.cards[cid]
            out.cards[cid] = (text, float(x), float(y), block, deleted)
    elif kind == "delete":
        text, x, y, block, _deleted = out.cards[card]
        out.cards[card] = (text, x, y, block, True)
    elif kind == "vote":
        out.votes[(card, edit["token"])] += 1
    elif kind == "comment":
        out.comments[(card, edit["text"])] += 1
    return out


def parse_report(output: str) -> tuple[list[dict], dict | None]:  # type: ignore[type-arg]
    """Edits reported done (in order) and the one started but not reported (if any)."""
    begun: dict[int, dict] = {}  # type: ignore[type-arg]
    done: list[dict] = []  # type: ignore[type-arg]
    lines = output.split("\n")
    for line in lines[:-1]:  # the last piece has no newline: cut off by the kill, or empty
        if line.startswith("B "):
            edit = json.loads(line[2:])
            begun[edit["seq"]] = edit
        elif line.startswith("D "):
            done.append(begun.pop(int(line[2:])))
    if len(begun) > 1:
        raise AssertionError(f"the child started {len(begun)} edits at once")
    return done, next(iter(begun.values()), None)


def describe(expected: BoardState, got: BoardState) -> str:
    diffs = [f"card {k}: expected {expected.cards.get(k)}, found {got.cards.get(k)}"
             for k in sorted(set(expected.cards) | set(got.cards)) if expected.cards.get(k) != got.cards.get(k)]
    if expected.votes != got.votes:
        diffs.append(f"votes differ: {(expected.votes - got.votes) or ''} / {(got.votes - expected.votes) or ''}")
    if expected.comments != got.comments:
        diffs.append(f"comments differ: {(expected.comments - got.comments) or ''} / "
                     f"{(got.comments - expected.comments) or ''}")
    return "; ".join(diffs[:4])


def judge(before: BoardState, output: str, after: BoardState) -> tuple[list[str], int, bool]:
    """Problems (empty when the file is exactly right), the number of reported edits, and whether one was in
    flight."""
    done, in_flight = parse_report(output)
    expected = before
    for edit in done:
        expected = apply(expected, edit)
    if after == expected:
        return [], len(done), in_flight is not None
    if in_flight is not None and after == apply(expected, in_flight):
        return [], len(done), True
    return [f"after {len(done)} reported edits (in flight: {in_flight and in_flight['kind']}): "
            f"{describe(expected, after)}"], len(done), in_flight is not None


def werkstatt_check(path: Path) -> tuple[int, str]:
    """``werkstatt check PATH`` in this process (the same code the command line runs)."""
    from app.cli import run_cli

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run_cli(["check", str(path)])
    return code, out.getvalue() + err.getvalue()


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def child(*args: str, plant: str | None = None, die_at: int = 0) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "tests.reliability.crash_child"]
    if plant:
        cmd += ["--plant", plant]
    if die_at:
        cmd += ["--die-at-statement", str(die_at)]
    return subprocess.Popen([*cmd, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def kill_after_ready(proc: subprocess.Popen[str], delay: float | None, *, timeout: float = 120) -> tuple[str, str]:
    """Wait for READY, let the child work ``delay`` seconds, SIGKILL it; returns all it wrote. With ``delay``
    None the child is expected to kill itself (``--die-at-statement``), perhaps even before READY."""
    assert proc.stdout is not None
    first = proc.stdout.readline()
    if first == "READY\n" and delay is not None:
        time.sleep(delay)
        with contextlib.suppress(ProcessLookupError):
            proc.send_signal(signal.SIGKILL)
    assert proc.stderr is not None
    out = proc.stdout.read()  # not communicate(): it would skip what readline() already buffered
    err = proc.stderr.read()
    proc.wait(timeout=timeout)
    return first + out, err


def edit_kill_round(path: Path, canvas_id: str, round_id: str, rng: random.Random,
                    plant: str | None = None) -> tuple[list[str], int, bool]:
    """One child, one kill, one judgement (board, integrity_check, werkstatt check)."""
    before = read_state(path, canvas_id, round_id)
    by_statement = rng.random() < 0.4
    proc = child("edits", str(path), canvas_id, round_id, str(rng.randrange(1, 10_000)), plant=plant,
                  die_at=rng.randrange(20, 600) if by_statement else 0)
    out, err = kill_after_ready(proc, None if by_statement else rng.uniform(0.0, 0.35))
    if proc.returncode != -signal.SIGKILL:
        return [f"child ended with {proc.returncode} instead of being killed: {err[-1500:]}"], 0, False
    problems: list[str] = []
    code, text = werkstatt_check(path)
    if code != 0:
        problems.append(f"werkstatt check failed: {text[-1500:]}")
    if integrity(path) != "ok":
        problems.append("integrity_check failed")
    found, reported, in_flight = judge(before, out, read_state(path, canvas_id, round_id))
    return problems + found, reported, in_flight


def make_crash_workspace(tmp_path: Path) -> tuple[Path, str, str]:
    """A workspace with one canvas of a few cards and an open vote round, made through the operations."""
    from app.operations import canvas_ops, voting_ops
    from app.store.workspace_file import WorkspaceFile

    path = tmp_path / "crash.werkstatt"
    with WorkspaceFile.create(path, quartier="Schaffrath") as ws:
        template = canvas_ops.list_templates(ws)[0]
        canvas = canvas_ops.create_canvas(ws, template.id, "Absturztest")
        block = canvas_ops.load_board(ws, canvas.id).blocks[0].key
        for i in range(3):
            canvas_ops.add_card(ws, canvas.id, block, f"Start {i}", 100.0 * i, 50.0)
        rnd = voting_ops.create_round(ws, canvas.id, title="Punkte", budget=5)
        voting_ops.open_round(ws, rnd.id)
    return path, canvas.id, rnd.id
