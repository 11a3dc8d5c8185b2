"""A model of people copying a workspace file around: edit on an original and on copies made with a plain file copy
(``cp`` of the file and its write-ahead log, while it is open), with skewed wall clocks, merge in any order, then
check that no edit was lost; cards are also deleted, and a facilitator restores or leaves deleted what was
deleted and edited later. Used by ``test_copy_property`` and by the reliability profile.

An edit counts as not lost when, after everything was merged everywhere, it is the field's value, or a conflict the
facilitator sees (``list_conflicts``), or someone replaced it knowingly: it was the current value where a later
edit was made, or the same file edited the field again later. ``legacy``: copies keep the original's device id (a
file copied by an older version, or a disk image put back): the merge must still keep every value (as value or
conflict record) and converge, in any order.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import strategies as st
from sqlalchemy import select

from app.operations.deletion_conflicts import list_deletion_conflicts, resolve_deletion
from app.operations.sync_ops import list_conflicts, merge_sources
from app.store.models import Card, ConflictRecord
from app.store.workspace_file import WorkspaceFile
from app.sync.canonical import canonical_dump
from app.sync.local import merge_prepared
from app.sync.sources import prepared_sources

MAX_REPLICAS = 4
TEXTS = ["Einkaufshilfe", "Fahrdienst", "Mittagstisch", "Besuchsdienst"]
T0_MS = 1_800_000_000_000

edit = st.tuples(st.just("edit"), st.integers(0, MAX_REPLICAS - 1), st.integers(0, 2),
                 st.sampled_from(["text", "x"]), st.integers(0, len(TEXTS) - 1))
copy = st.tuples(st.just("copy"), st.integers(0, MAX_REPLICAS - 1))
merge = st.tuples(st.just("merge"), st.integers(0, MAX_REPLICAS - 1), st.integers(0, MAX_REPLICAS - 1))
clock = st.tuples(st.just("clock"), st.integers(0, MAX_REPLICAS - 1), st.integers(-3_600_000, 3_600_000))
same_moment = st.tuples(st.just("same_moment"))
delete = st.tuples(st.just("delete"), st.integers(0, MAX_REPLICAS - 1), st.integers(0, 2))
decide = st.tuples(st.just("decide"), st.integers(0, MAX_REPLICAS - 1), st.booleans())
steps = st.lists(st.one_of(edit, edit, copy, merge, clock, same_moment, delete, decide), min_size=4, max_size=18)


@dataclass
class Write:
    replica: int
    card: str
    field: str
    value: object
    stamp: str
    seq: int
    replaced: bool = False


@dataclass
class World:
    folder: Path
    cards: list[str]
    legacy: bool
    paths: list[Path] = field(default_factory=list)
    ws: list[WorkspaceFile] = field(default_factory=list)
    now: list[int] = field(default_factory=list)
    writes: list[Write] = field(default_factory=list)

    def open(self, path: Path, now_ms: int, device: str | None = None) -> None:
        i = len(self.ws)
        self.now.append(now_ms)
        ws = WorkspaceFile.open(path, wall=lambda: self.now[i] / 1000)
        if device is not None:  # what an older version did: the copy writes under the original's device id
            ws.set_setting("device_id", device)
            ws.reload()
        self.paths.append(path)
        self.ws.append(ws)

    def close(self) -> None:
        for ws in self.ws:
            ws.close()

    # ------------------------------------------------------------------ steps
    def step(self, op: tuple) -> None:  # type: ignore[type-arg]
        kind = op[0]
        if kind == "edit":
            _, i, k, name, v = op
            self.edit(i % len(self.ws), self.cards[k], name, TEXTS[v] if name == "text" else float(v * 10))
        elif kind == "copy" and len(self.ws) < MAX_REPLICAS:
            self.copy(op[1] % len(self.ws))
        elif kind == "merge":
            i, j = op[1] % len(self.ws), op[2] % len(self.ws)
            if i != j:
                merge_sources(self.ws[i], [self.paths[j]])
        elif kind == "clock":
            i = op[1] % len(self.ws)
            self.now[i] = max(0, self.now[i] + op[2])
        elif kind == "same_moment":  # every laptop reads the same time: stamps tie on (time, counter)
            self.now[:] = [max(self.now) + 1_000] * len(self.now)
        elif kind == "delete":
            with self.ws[op[1] % len(self.ws)].session() as s:
                card = s.get(Card, self.cards[op[2]])
                card.deleted = True
        elif kind == "decide":  # the facilitator restores, or leaves deleted, the first card deleted and edited later
            ws = self.ws[op[1] % len(self.ws)]
            with ws.session() as s:
                open_ = [d.record_id for d in list_deletion_conflicts(s)]
            for card_id in self.cards:
                if card_id in open_:
                    resolve_deletion(ws, "cards", card_id, restore=op[2])
                    break

    def edit(self, i: int, card_id: str, name: str, value: object) -> None:
        ws = self.ws[i]
        with ws.session() as s:
            card = s.get(Card, card_id)
            before = (getattr(card, name), card.stamps.get(name, ""))
            if before[0] == value or card.deleted:
                return  # the same value again is no edit; a deleted card is not on the board to be edited
            setattr(card, name, value)
        with ws.session() as s:
            stamp = s.get(Card, card_id).stamps[name]
        for w in self.writes:  # the value this edit replaced was in front of the person who made it
            if (w.card, w.field) == (card_id, name) and (w.value, w.stamp) == before:
                w.replaced = True
        self.writes.append(Write(i, card_id, name, value, stamp, len(self.writes)))

    def copy(self, i: int) -> None:
        """A file manager's copy of an open file: the database and its write-ahead log, bytes as they are."""
        n = len(self.ws)
        target = self.folder / f"kopie-{n}" / self.paths[i].name
        target.parent.mkdir()
        for suffix in ("", "-wal"):
            src = self.paths[i].with_name(self.paths[i].name + suffix)
            if src.exists():
                shutil.copyfile(src, target.with_name(target.name + suffix))
        device = self.ws[i].device_id if self.legacy else None
        self.open(target, self.now[i], device)
        for w in [w for w in self.writes if w.replica == i]:  # the copy carries the original's edits
            self.writes.append(Write(n, w.card, w.field, w.value, w.stamp, w.seq, w.replaced))

    # ------------------------------------------------------------------ the end
    def check(self, masters: Path) -> None:
        with prepared_sources(self.paths, None) as snapshots:
            dumps = []
            for n, order in enumerate([list(range(len(snapshots))), list(reversed(range(len(snapshots))))]):
                master = WorkspaceFile.create(masters / f"master-{n}.werkstatt", seed=False)
                with master:
                    for k in order:
                        merge_prepared(master, snapshots[k])
                    with master.engine.connect() as conn:
                        dumps.append(canonical_dump(conn))
            assert dumps[0] == dumps[1], "merge order changed the result"
        for i in range(1, len(self.ws)):
            merge_sources(self.ws[0], [self.paths[i]])
        for i in range(1, len(self.ws)):
            merge_sources(self.ws[i], [self.paths[0]])
        finals = []
        for ws in self.ws:
            with ws.engine.connect() as conn:
                finals.append(canonical_dump(conn))
        assert all(f == finals[0] for f in finals), "replicas differ after merging everything everywhere"
        assert finals[0] == dumps[0], "a full sync differs from a fresh merge of the same files"
        self.check_nothing_lost(self.ws[0])

    def check_nothing_lost(self, ws: WorkspaceFile) -> None:
        with ws.session() as s:
            current = {(c.id, name): getattr(c, name) for c in s.scalars(select(Card)) for name in ("text", "x")}
            kept = {(r.record_id, r.field, r.loser_value) for r in s.scalars(select(ConflictRecord))}
        views = list_conflicts(ws)
        visible = {(c.record_id, c.field, c.other_value) for c in views}
        deleted_and_edited = {c.record_id for c in views if c.kind == "deleted"}
        with ws.session() as s:
            for card in s.scalars(select(Card).where(Card.deleted.is_(True))):
                gone = card.stamps["deleted"]
                if any(v > gone for k, v in card.stamps.items() if "@" not in k):
                    assert card.id in deleted_and_edited, "an edit later than the delete is hidden under it"
        for w in self.writes:
            key = (w.card, w.field, json.dumps(w.value, ensure_ascii=False))
            if w.replaced or current[(w.card, w.field)] == w.value:
                continue
            if any(o.replica == w.replica and (o.card, o.field) == (w.card, w.field) and o.seq > w.seq
                   for o in self.writes):
                continue  # the same file edited the field again later
            if self.legacy:
                assert key in kept, f"edit lost: {w}"
            else:
                assert key in visible, f"edit neither kept nor shown as a conflict: {w}"
