"""The template being edited: blocks held in one place, with signals the board items and the side form follow.

Items on the board never own a block's geometry; they show the draft and ask undo commands to change it, so undo,
the side form and the board always agree.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields, replace

from PySide6.QtCore import QObject, Signal

from app.domain.templates import BlockDef, TemplateDef

GRID = 20.0
DEFAULT_BLOCK_W = 400.0
DEFAULT_BLOCK_H = 300.0
MIN_BLOCK_SIZE = 2 * GRID

#: Pale fills a facilitator picks from; the block title always says what the block is.
BLOCK_COLOURS = ("#e6eef9", "#eaf5ea", "#f3ecfa", "#fdf1e3", "#e4f3f1", "#eef0f4", "#fbe9ee", "#fff8db")

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})


def snap(value: float, grid: float = GRID) -> float:
    return round(value / grid) * grid


def slug(text: str) -> str:
    """A block key from a title: "Wer hilft?" → "wer_hilft" (only a–z, 0–9 and _, as templates require)."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_UMLAUTS)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_") or "bereich"


@dataclass
class BlockDraft:
    uid: int
    key: str
    title: str
    question: str
    x: float
    y: float
    w: float
    h: float
    color: str = ""
    #: Blocks loaded from a stored template keep their key (cards on canvases refer to it); new ones follow the title.
    key_locked: bool = False

    def to_def(self) -> BlockDef:
        return BlockDef(self.key, self.title, self.question, self.x, self.y, self.w, self.h, self.color)


BLOCK_FIELDS = tuple(f.name for f in fields(BlockDraft) if f.name not in ("uid", "key_locked"))


class TemplateDraft(QObject):
    block_added = Signal(int)
    block_changed = Signal(int)
    block_removed = Signal(int)
    template_changed = Signal()

    def __init__(self, definition: TemplateDef, *, keys_locked: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = definition.key
        self.name = definition.name
        self.description = definition.description
        self.width = definition.width
        self.height = definition.height
        self._next_uid = 1
        self.blocks: dict[int, BlockDraft] = {}
        for b in definition.blocks:
            uid = self.new_uid()
            self.blocks[uid] = BlockDraft(uid, b.key, b.title, b.question, b.x, b.y, b.w, b.h, b.color, keys_locked)

    def new_uid(self) -> int:
        uid = self._next_uid
        self._next_uid += 1
        return uid

    # ------------------------------------------------------------------ reading
    def to_definition(self) -> TemplateDef:
        return TemplateDef(self.key, self.name, self.description, self.width, self.height,
                           tuple(b.to_def() for b in self.blocks.values()))

    def block(self, uid: int) -> BlockDraft:
        return self.blocks[uid]

    def free_key(self, base: str, *, except_uid: int | None = None) -> str:
        taken = {b.key for b in self.blocks.values() if b.uid != except_uid}
        key, n = base, 2
        while key in taken:
            key, n = f"{base}_{n}", n + 1
        return key

    def free_spot(self, w: float = DEFAULT_BLOCK_W, h: float = DEFAULT_BLOCK_H) -> tuple[float, float] | None:
        """The first grid position (row by row) where a block of w×h fits without overlapping another."""
        y = GRID
        while y + h <= self.height:
            x = GRID
            while x + w <= self.width:
                probe = BlockDef("", "", "", x, y, w, h)
                if not any(probe.overlaps(b.to_def()) for b in self.blocks.values()):
                    return x, y
                x += GRID
            y += GRID
        return None

    # ------------------------------------------------------------------ changing (called by undo commands)
    def insert_block(self, block: BlockDraft, index: int | None = None) -> None:
        items = list(self.blocks.items())
        items.insert(len(items) if index is None else index, (block.uid, replace(block)))
        self.blocks = dict(items)
        self.block_added.emit(block.uid)
        self.template_changed.emit()

    def remove_block(self, uid: int) -> tuple[BlockDraft, int]:
        index = list(self.blocks).index(uid)
        block = self.blocks.pop(uid)
        self.block_removed.emit(uid)
        self.template_changed.emit()
        return block, index

    def update_block(self, uid: int, **values: object) -> None:
        block = self.blocks[uid]
        for name, value in values.items():
            setattr(block, name, value)
        if "title" in values and not block.key_locked:
            block.key = self.free_key(slug(block.title), except_uid=uid)
        self.block_changed.emit(uid)
        self.template_changed.emit()

    def update_template(self, **values: object) -> None:
        for name, value in values.items():
            setattr(self, name, value)
        self.template_changed.emit()
