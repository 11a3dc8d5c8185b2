"""Three laptops (and the hub, when PostgreSQL is available) edit, vote, comment, delete, erase and sync in random
order with skewed and backward-jumping clocks; in the end one full sync makes every replica equal, nothing that
was created is lost, erased data stays erased, and merging the replicas in any order gives the same master.

How many examples: env ``WERKSTATT_SYNC_EXAMPLES``; without it 3,000 under CI (``CI=true``) and 120 otherwise,
split over ``SHARDS`` test functions (each with its own seed) so that pytest-xdist runs them side by side. Every
run is derandomised and independent of the machine's clock: every stamp comes from a fake wall clock per laptop,
the files start from fixed device ids, and rules pick rows in creation order (never by random ids). So the
regression test, which plants a tie-break bug (equal clock readings decided without the device id), catches it on
every run, however loaded the machine is.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, seed, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import create_engine, select, text

from app.domain import merge_rules
from app.operations.deletion_conflicts import list_deletion_conflicts, resolve_deletion
from app.operations.privacy_ops import erase_participant
from app.operations.sync_ops import merge_sources, sync_hub
from app.store.dependents import last_written
from app.store.models import SYNC_MODELS, Card, Comment, ConsentEvent, Participant, Vote
from app.store.workspace_file import WorkspaceFile
from app.sync.canonical import canonical_dump
from app.sync.hub import hub_row_versions, init_hub
from app.sync.local import merge_prepared
from app.sync.sources import prepared_sources

from .helpers import copies, make_origin


def _under_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


EXAMPLES = int(os.environ.get("WERKSTATT_SYNC_EXAMPLES") or (3000 if _under_ci() else 120))
STEPS = int(os.environ.get("WERKSTATT_SYNC_STEPS", "20"))
#: shrinking a failure costs minutes; the CI run only has to find one (set WERKSTATT_SYNC_SHRINK=1 to shrink)
SHRINK = os.environ.get("WERKSTATT_SYNC_SHRINK", "0" if _under_ci() else "1") == "1"
SHARDS = 6
REPLICAS = 3
TEXTS = ["Einkaufshilfe", "Fahrdienst", "Mittagstisch", "Besuchsdienst"]
#: the origin's participant as people type her name (whole words, any case, any spacing)
SPELLINGS = ["Erna Beispiel", "ERNA BEISPIEL", "erna\nbeispiel", "Erna Beispiel, erna@example.org"]
EPOCH_MS = 1_800_000_000_000  # the laptops' fake wall clocks start here (ms)
DEVICE_IDS = [f"0000000{i}-5eed-4000-8000-00000000000{i}" for i in range(REPLICAS)]


def _fixed(ms: int):  # type: ignore[no-untyped-def]
    return lambda: ms / 1000


class World:
    """Files made once per test session: replicas of one origin (fixed device ids) and an empty master, plus the
    open replicas and master every example starts from. Each example puts the pristine files back under the open
    ones, so engines (and the statements they compiled) live for the whole session: an example costs a fraction
    of a second instead of the seconds that fresh engines, Alembic checks and compiling again would cost."""

    def __init__(self, root: Path) -> None:
        self.root = root
        origin = root / "origin.werkstatt"
        self.ids = make_origin(origin, cards=3, wall=_fixed(EPOCH_MS - 3_600_000))  # an hour before the laptops
        self.replicas = copies(origin, [f"r{i}.werkstatt" for i in range(REPLICAS)])
        for path, device in zip(self.replicas, DEVICE_IDS, strict=True):
            con = sqlite3.connect(path)
            with con:
                con.execute("UPDATE meta SET value=? WHERE key='device_id'", (device,))
            con.close()
        self.empty = root / "empty.werkstatt"
        WorkspaceFile.create(self.empty, seed=False, wall=_fixed(EPOCH_MS)).close()
        self.hub_url: str | None = None
        self.now = [EPOCH_MS] * REPLICAS  # ms; each example sets its own
        live = root / "live"
        live.mkdir()
        self.paths = [Path(shutil.copy(p, live / p.name)) for p in self.replicas]
        self.ws = [WorkspaceFile.open(p, wall=lambda i=i: self.now[i] / 1000) for i, p in enumerate(self.paths)]
        self.master = WorkspaceFile.open(shutil.copy(self.empty, live / "master.werkstatt"), wall=_fixed(EPOCH_MS))

    def fresh_replicas(self) -> list[WorkspaceFile]:
        for ws, pristine in zip(self.ws, self.replicas, strict=True):
            put_back(ws, pristine)
        return self.ws

    def fresh_master(self) -> WorkspaceFile:
        put_back(self.master, self.empty)
        return self.master

    def close(self) -> None:
        for ws in [*self.ws, self.master]:
            ws.close()


def put_back(ws: WorkspaceFile, pristine: Path) -> None:
    """Replace the file under an open workspace by a pristine copy and read its state again."""
    ws.engine.dispose()
    for suffix in ("-wal", "-shm"):
        ws.path.with_name(ws.path.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(pristine, ws.path)
    ws.reload()


class SyncMachine(RuleBasedStateMachine):
    world: World
    examples_run = 0

    def __init__(self) -> None:
        super().__init__()
        world = self.world
        world.now[:] = [EPOCH_MS + 7_000 * i for i in range(REPLICAS)]  # ms, skewed per laptop
        self.now = world.now  # the laptops' wall clocks read this list
        self.peak = max(self.now)  # the latest wall time any laptop has read: no stamp is later
        self.ws = world.fresh_replicas()
        self.paths = world.paths
        self.cards = list(world.ids["cards"])
        self.votes: list[str] = []  # in creation order, so choices never depend on random ids
        self.comments: list[str] = []
        self.erased = False
        self.erased_name = ""
        self.hub = world.hub_url
        if self.hub:
            _empty_hub(self.hub)

    # ---------------------------------------------------------------- clocks
    @rule(i=st.integers(0, REPLICAS - 1), delta=st.integers(-5_000, 5_000))
    def clock_jumps(self, i: int, delta: int) -> None:
        self.now[i] = max(0, self.now[i] + delta)
        self.peak = max(self.peak, self.now[i])

    def _all_clocks_read(self, ms: int) -> None:
        self.now[:] = [ms] * REPLICAS
        self.peak = max(self.peak, ms)

    @rule()
    def clocks_agree(self) -> None:
        """All laptops read the same wall time, later than any stamp: their next stamps tie on (time, counter)
        and only the device id decides."""
        self._all_clocks_read(self.peak + 1_000)

    @rule(i=st.integers(0, REPLICAS - 1), j=st.integers(0, REPLICAS - 1), idx=st.integers(0, 9),
          texts=st.lists(st.sampled_from(TEXTS), min_size=2, max_size=2, unique=True))
    def edit_at_the_same_moment(self, i: int, j: int, idx: int, texts: list[str]) -> None:
        """Two laptops change one card in the same millisecond: a tie only the device id can decide."""
        self._all_clocks_read(self.peak + 1_000)
        for laptop, value in ((i, texts[0]), (j, texts[1])):
            with self.ws[laptop].session() as s:
                card = self._live_card(s, idx)
                if card is not None:
                    card.text = value

    # ---------------------------------------------------------------- edits
    def _card(self, s, idx: int):  # type: ignore[no-untyped-def]
        return s.get(Card, self.cards[idx % len(self.cards)])

    def _live_card(self, s, idx: int):  # type: ignore[no-untyped-def]
        """A card as the board offers it: a deleted card is not there to be edited or commented."""
        card = self._card(s, idx)
        return card if card is not None and not card.deleted else None

    @rule(i=st.integers(0, REPLICAS - 1), idx=st.integers(0, 9), text_=st.sampled_from(TEXTS))
    def edit_text(self, i: int, idx: int, text_: str) -> None:
        with self.ws[i].session() as s:
            card = self._live_card(s, idx)
            if card is not None:
                card.text = text_

    @rule(i=st.integers(0, REPLICAS - 1), idx=st.integers(0, 9), x=st.integers(0, 3))
    def move_card(self, i: int, idx: int, x: int) -> None:
        with self.ws[i].session() as s:
            card = self._live_card(s, idx)
            if card is not None:
                card.x, card.y = float(x * 100), float(x * 50)

    @rule(i=st.integers(0, REPLICAS - 1), idx=st.integers(0, 9))
    def delete_or_undelete(self, i: int, idx: int) -> None:
        with self.ws[i].session() as s:
            card = self._card(s, idx)
            if card is not None:
                card.deleted = not card.deleted

    @rule(i=st.integers(0, REPLICAS - 1))
    def add_card(self, i: int) -> None:
        with self.ws[i].session() as s:
            card = Card(canvas_id=self.world.ids["canvas"], block_key="wertangebot", text="neu")
            s.add(card)
            s.flush()
            self.cards.append(card.id)

    @rule(i=st.integers(0, REPLICAS - 1), idx=st.integers(0, 9))
    def vote(self, i: int, idx: int) -> None:
        with self.ws[i].session() as s:
            card = self._card(s, idx)
            if card is not None:
                v = Vote(round_id=self.world.ids["round"], card_id=card.id, ballot_token=f"Zettel {i}")
                s.add(v)
                s.flush()
                self.votes.append(v.id)

    @rule(i=st.integers(0, REPLICAS - 1))
    def retract_a_vote(self, i: int) -> None:
        with self.ws[i].session() as s:
            for vote_id in self.votes:  # the oldest vote this laptop holds and has not retracted
                v = s.get(Vote, vote_id)
                if v is not None and not v.deleted:
                    v.deleted = True
                    break

    @rule(i=st.integers(0, REPLICAS - 1), idx=st.integers(0, 9), text_=st.sampled_from(TEXTS))
    def comment(self, i: int, idx: int, text_: str) -> None:
        with self.ws[i].session() as s:
            if self._live_card(s, idx) is None:
                return
            c = Comment(target_type="card", target_id=self.cards[idx % len(self.cards)], text=text_)
            s.add(c)
            s.flush()
            self.comments.append(c.id)

    @rule(i=st.integers(0, REPLICAS - 1), text_=st.sampled_from(TEXTS))
    def edit_a_comment(self, i: int, text_: str) -> None:
        with self.ws[i].session() as s:
            for comment_id in self.comments:  # the oldest comment this laptop holds
                c = s.get(Comment, comment_id)
                if c is not None:
                    c.text = text_ + " (überarbeitet)"
                    break

    @rule(i=st.integers(0, REPLICAS - 1), name=st.sampled_from(["Erna B.", "Erna Beispiel-Neu"]))
    def rename_participant(self, i: int, name: str) -> None:
        with self.ws[i].session() as s:
            p = s.get(Participant, self.world.ids["participant"])
            if not p.erased:
                p.display_name = name

    @precondition(lambda self: not self.erased)
    @rule(i=st.integers(0, REPLICAS - 1))
    def erase_participant(self, i: int) -> None:
        with self.ws[i].session() as s:
            p = s.get(Participant, self.world.ids["participant"])
            erased_here, known_name = p.erased, p.display_name
        if not erased_here:
            erase_participant(self.ws[i], self.world.ids["participant"], erased_by="Moderation")
            self.erased = True
            self.erased_name = known_name  # a rename made elsewhere and not yet seen here cannot be recognised

    @rule(i=st.integers(0, REPLICAS - 1), idx=st.integers(0, 9), spelling=st.sampled_from(SPELLINGS),
          where=st.sampled_from(["card", "comment", "consent", "vote"]))
    def mention_the_person(self, i: int, idx: int, spelling: str, where: str) -> None:
        """The person's name typed into free text: before the erasure, on a laptop that has not heard of it yet,
        or again after it."""
        with self.ws[i].session() as s:
            card = self._card(s, idx)
            if card is None:
                return
            if where == "card":
                card.text = f"{spelling} meint: {card.text}"[:200]
            elif where == "comment":
                c = Comment(target_type="card", target_id=card.id, text=f"laut {spelling}")
                s.add(c)
                s.flush()
                self.comments.append(c.id)
            elif where == "consent":
                s.add(ConsentEvent(participant_id=self.world.ids["participant"], purpose="photos", given=False,
                                   note=f"{spelling} am Eingang"))
            else:
                v = Vote(round_id=self.world.ids["round"], card_id=card.id, ballot_token="Papier",
                         recorded_by=spelling)
                s.add(v)
                s.flush()
                self.votes.append(v.id)

    @rule(i=st.integers(0, REPLICAS - 1), restore=st.booleans())
    def resolve_a_deletion(self, i: int, restore: bool) -> None:
        """The facilitator decides a "deleted, but edited later" conflict (the oldest card first)."""
        with self.ws[i].session() as s:
            open_ = {d.record_id for d in list_deletion_conflicts(s) if d.table == "cards"}
        for card_id in self.cards:
            if card_id in open_:
                resolve_deletion(self.ws[i], "cards", card_id, restore=restore)
                return

    # ---------------------------------------------------------------- syncs
    @rule(i=st.integers(0, REPLICAS - 1), j=st.integers(0, REPLICAS - 1))
    def merge_file(self, i: int, j: int) -> None:
        if i != j:
            merge_sources(self.ws[i], [self.paths[j]])

    @precondition(lambda self: self.hub is not None)
    @rule(i=st.integers(0, REPLICAS - 1))
    def sync_with_hub(self, i: int) -> None:
        sync_hub(self.ws[i], self.hub)  # type: ignore[arg-type]

    @invariant()
    def files_stay_consistent(self) -> None:
        for ws in self.ws:
            with ws.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []

    # ---------------------------------------------------------------- the end
    def teardown(self) -> None:
        self._check_end_state()
        type(self).examples_run += 1

    def _dump(self, i: int) -> dict[str, list[str]]:
        with self.ws[i].engine.connect() as conn:
            return canonical_dump(conn)

    def _check_end_state(self) -> None:
        # the replicas as they are now, each read once (as a merge reads any source)
        with prepared_sources(self.paths, None) as snapshots:
            # any merge order of them gives the same master
            masters = []
            for order in ([0, 1, 2], [2, 1, 0], [1, 2, 0]):
                master = self.world.fresh_master()
                for k in order:
                    merge_prepared(master, snapshots[k])
                with master.engine.connect() as conn:
                    masters.append(canonical_dump(conn))
            assert masters[0] == masters[1] == masters[2], "merge order changed the result"
            # one full sync: everything into r0, then r0 into the others (and through the hub)
            merge_prepared(self.ws[0], snapshots[1])
            merge_prepared(self.ws[0], snapshots[2])
            merge_sources(self.ws[1], [self.paths[0]])
            merge_sources(self.ws[2], [self.paths[0]])
            if self.hub:
                for i in (0, 1, 2):
                    sync_hub(self.ws[i], self.hub)
            final = self._dump(0)
            assert final == self._dump(1) == self._dump(2), "replicas differ after a full sync"
            hub_state: dict[str, list[str]] = {}
            if self.hub:
                engine = create_engine(self.hub)
                with engine.connect() as conn:
                    hub_state = canonical_dump(conn)
                    assert hub_state == final, "hub differs after a full sync"
                engine.dispose()
            else:
                assert final == masters[0], "full sync differs from a fresh merge of the same replicas"
            self._check_late_edits_of_deleted_cards_are_shown()
            with self.ws[0].session() as s:
                assert set(self.votes) <= set(s.scalars(select(Vote.id))), "a vote was lost"
                assert set(self.comments) <= set(s.scalars(select(Comment.id))), "a comment was lost"
                p = s.get(Participant, self.world.ids["participant"])
                if self.erased:
                    assert (p.display_name, p.contact, p.notes, p.erased) == ("", "", "", True)
            if self.erased:  # no trace of the person on any replica, master or the hub, nor in the files' bytes
                for where, state in [("master", masters[0]), ("replica", final)] + (
                        [("hub", hub_state)] if self.hub else []):
                    assert not _names(self.erased_name, repr(state)), f"the erased person is still named on the {where}"
                for path in self.paths:
                    raw = path.read_bytes() + b"".join(p.read_bytes() for p in path.parent.glob(path.name + "-wal"))
                    assert not _names(self.erased_name, raw.decode("utf-8", "replace")), f"{path.name} keeps the name"
            # merging an older state of a replica again changes nothing
            again = merge_prepared(self.ws[0], snapshots[1])
            assert not again.changed_anything, "a repeated merge changed something"


    def _check_late_edits_of_deleted_cards_are_shown(self) -> None:
        """A deleted card with an edit or a live comment later than its delete (so the delete cannot have known
        it) is listed as a deletion conflict."""
        with self.ws[0].session() as s:
            shown = {d.record_id for d in list_deletion_conflicts(s)}
            comments = s.scalars(select(Comment).where(Comment.deleted.is_(False))).all()
            for card in s.scalars(select(Card).where(Card.deleted.is_(True))):
                stamps = card.stamps or {}
                gone = stamps["deleted"]
                later = [k for k, v in stamps.items() if "@" not in k and v > gone and not v.endswith("~")]
                later += [c.id for c in comments
                          if c.target_id == card.id and last_written({"stamps": c.stamps, "hlc": c.hlc}) > gone]
                if later:
                    assert card.id in shown, f"a late edit of a deleted card is hidden: {later}"


def _names(name: str, text: str) -> bool:
    """True when ``text`` (a dump or the bytes of a file) names the person as she was known to the eraser."""
    words = re.findall(r"\w+", name.casefold())
    pattern = r"(?<!\w)" + r"(\W|\\n){1,3}".join(re.escape(w) for w in words) + r"(?!\w)"
    return bool(words and re.search(pattern, text.casefold())) or "erna@example.org" in text


def _empty_hub(url: str) -> None:
    engine = create_engine(url)
    tables = [m.__tablename__ for m in SYNC_MODELS] + [hub_row_versions.name]  # type: ignore[attr-defined]
    with engine.begin() as conn:
        conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables)))
        conn.execute(text("UPDATE hub_meta SET value = '0' WHERE key = 'push_seq'"))
    engine.dispose()


def _settings(examples: int, *, shrink: bool) -> settings:
    phases = list(Phase) if shrink else [Phase.explicit, Phase.reuse, Phase.generate]
    return settings(max_examples=examples, stateful_step_count=STEPS, derandomize=True, deadline=None,
                    suppress_health_check=list(HealthCheck), database=None, phases=phases)


#: Examples write many small files (copies, snapshots, WAL); a RAM disk, where there is one, spares the disk.
RAM_DISK = Path("/dev/shm")


@pytest.fixture(scope="session")
def world(tmp_path_factory):
    on_ram = RAM_DISK.is_dir() and os.access(RAM_DISK, os.W_OK)
    root = Path(tempfile.mkdtemp(prefix="qw-sync-world-", dir=RAM_DISK)) if on_ram \
        else tmp_path_factory.mktemp("sync-world")
    w = World(root)
    try:
        yield w
    finally:
        w.close()
        if on_ram:
            shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def machine_world(world, monkeypatch):
    """The world, with the merge snapshots of this test written next to it (on the RAM disk, if any)."""
    monkeypatch.setattr(tempfile, "tempdir", str(world.root))
    return world


def _machine(world: World, hub_url: str | None, seed_value: int) -> type[SyncMachine]:
    world.hub_url = hub_url
    machine = type("SyncMachineRun", (SyncMachine,), {"world": world, "examples_run": 0})
    return seed(seed_value)(machine)  # each shard its own fixed seed: derandomised, yet different examples


@pytest.mark.timeout(1800)
@pytest.mark.parametrize("shard", range(SHARDS))
def test_replicas_converge_without_losing_anything(machine_world, shard, record_property):
    machine = _machine(machine_world, None, seed_value=1000 + shard)
    run_state_machine_as_test(machine, settings=_settings(math.ceil(EXAMPLES / SHARDS), shrink=SHRINK))
    record_property("sync_examples", machine.examples_run)


@pytest.mark.timeout(1800)
@pytest.mark.needs_postgres
def test_replicas_and_hub_converge_without_losing_anything(machine_world, pg_url, record_property):
    init_hub(pg_url)
    machine = _machine(machine_world, pg_url, seed_value=2000)
    run_state_machine_as_test(machine, settings=_settings(max(10, EXAMPLES // 30), shrink=SHRINK))
    record_property("sync_examples_hub", machine.examples_run)


def test_a_tie_break_that_ignores_the_device_is_caught(machine_world, monkeypatch, record_property):
    """Plant the bug: equal clock readings decided without the device id (ties keep the target's value)."""
    monkeypatch.setattr(merge_rules, "stamp_wins", lambda new, old: new[:22] > old[:22])
    machine = _machine(machine_world, None, seed_value=3000)
    with pytest.raises(AssertionError, match="differ|changed the result"):
        run_state_machine_as_test(machine, settings=_settings(200, shrink=False))
    record_property("examples_before_the_bug_was_caught", machine.examples_run)
    assert machine.examples_run < 200


@pytest.mark.parametrize("planted_bug", [False, True])
def test_equal_clock_readings_on_two_laptops_end_the_same_on_both(tmp_path, monkeypatch, planted_bug):
    """Targeted form of the tie case: both laptops edit one card at the same wall time and counter."""
    if planted_bug:
        monkeypatch.setattr(merge_rules, "stamp_wins", lambda new, old: new[:22] > old[:22])
    origin = tmp_path / "o.werkstatt"
    ids = make_origin(origin, wall=_fixed(EPOCH_MS))
    paths = copies(origin, ["a.werkstatt", "b.werkstatt"])
    frozen = _fixed(EPOCH_MS + 60_000)  # later than anything in the origin, equal on both
    for path, value in zip(paths, ["Fahrdienst", "Mittagstisch"], strict=True):
        with WorkspaceFile.open(path, wall=frozen) as ws, ws.session() as s:
            s.get(Card, ids["cards"][0]).text = value
    merge_sources(paths[0], [paths[1]])
    merge_sources(paths[1], [paths[0]])
    texts = []
    for path in paths:
        with WorkspaceFile.open(path, readonly=True) as ws, ws.session() as s:
            texts.append(s.get(Card, ids["cards"][0]).text)
    assert (texts[0] == texts[1]) is not planted_bug
