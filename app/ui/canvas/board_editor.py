"""What the facilitator does on a board, turned into undo commands: the glue between scene gestures, the
keyboard, the toolbar and the model. Holds the undo stack and the in-app clipboard of one open board."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtGui import QGuiApplication, QUndoStack

from app.domain.card_look import DEFAULT_CARD_COLOR, color_for_group
from app.operations.canvas_data import CardMove, NewCard
from app.ui import kiosk

from . import commands as cmd
from .board_model import BoardModel
from .board_scene import BoardScene
from .card_editor import CardEditor
from .card_item import CardItem
from .painting import cluster_heading_height

GAP = 16.0
PASTE_OFFSET = 30.0


@dataclass
class PendingEdit:
    editor: CardEditor
    card_id: str | None  # None: a new card, created only when the text is accepted
    block_key: str
    x: float
    y: float


class BoardEditor(QObject):
    editing_changed = Signal(bool)
    message = Signal(str)

    def __init__(self, model: BoardModel, scene: BoardScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.scene = scene
        self.undo_stack = QUndoStack(self)
        self.private_mode = False
        self.author_id: str | None = None
        self.author_group: str | None = None
        self.new_card_color = ""
        self._clipboard: list[NewCard] = []
        self._clipboard_text = ""
        self.pending: PendingEdit | None = None
        scene.move_finished.connect(self._on_move_finished)
        scene.resize_finished.connect(self._on_resize_finished)
        scene.card_double_clicked.connect(self.edit_card)
        scene.empty_double_clicked.connect(self._on_empty_double_click)
        model.error_occurred.connect(self.message)

    # ------------------------------------------------------------------ gestures from the scene
    def _on_move_finished(self, moved: list) -> None:  # type: ignore[type-arg]
        old, new = [], []
        for card_id, _start, end in moved:
            card = self.model.cards[card_id]
            item = self.scene.card_items[card_id]
            w, h = item.size()
            x, y = round(end.x()), round(end.y())  # whole units: no float noise from screen mapping
            block = self.model.block_key_at(x + w / 2, y + h / 2) or card.block_key
            old.append(CardMove(card_id, card.x, card.y, card.block_key))
            new.append(CardMove(card_id, x, y, block))
        self.undo_stack.push(cmd.MoveCards(self.model, old, new))

    def _on_resize_finished(self, card_id: str, w0: float, h0: float, w1: float, h1: float) -> None:
        self.undo_stack.push(cmd.ResizeCard(self.model, card_id, (w0, h0), (w1, h1)))

    def _on_empty_double_click(self, pos: QPointF) -> None:
        key = self.model.block_key_at(pos.x(), pos.y())
        if key is not None:
            self.start_new_card(key, QPointF(pos.x() - 100, pos.y() - 30))

    # ------------------------------------------------------------------ typing on cards
    def current_block(self, fallback: QPointF | None = None) -> str:
        """Block of the selected card, else the block at ``fallback`` (the view's centre), else the first block."""
        selected = self.scene.selected_card_ids()
        if selected:
            return self.model.cards[selected[0]].block_key
        if fallback is not None:
            key = self.model.block_key_at(fallback.x(), fallback.y())
            if key:
                return key
        return self.model.board.blocks[0].key

    def free_spot(self, block_key: str, w: float = 200.0, h: float = 120.0) -> QPointF:
        """First place in the block (row by row, below title and question) where a new card overlaps nothing."""
        block = self.model.board.block(block_key)
        item = self.scene.block_items.get(block_key)
        if block is None or item is None:
            return QPointF(0, 0)
        top = block.y + item.header_height()
        x0 = block.x + GAP
        cols = max(1, int((block.w - GAP) // (w + GAP)))
        rows = max(1, int((block.y + block.h - top) // (h + GAP)))
        for r in range(rows):
            for c in range(cols):
                rect = QRectF(x0 + c * (w + GAP), top + r * (h + GAP), w, h)
                if not any(isinstance(i, CardItem) for i in self.scene.items(rect)):
                    return rect.topLeft()
        n = len(self.scene.items(QRectF(block.x, block.y, block.w, block.h)))
        return QPointF(x0 + (n % 8) * 12, top + (n % 8) * 12)

    def start_new_card(self, block_key: str, at: QPointF | None = None, initial_text: str = "") -> CardEditor:
        self.cancel_edit()
        pos = at if at is not None else self.free_spot(block_key)
        color = self.new_card_color or DEFAULT_CARD_COLOR
        if self.author_id and not self.new_card_color:
            color = color_for_group(self.author_group, DEFAULT_CARD_COLOR)
        editor = CardEditor(initial_text, pos.x(), pos.y(), 200.0, 120.0, color, self.scene.theme)
        self._open(PendingEdit(editor, None, block_key, pos.x(), pos.y()))
        return editor

    def edit_card(self, card_id: str) -> CardEditor | None:
        card = self.model.cards.get(card_id)
        if card is None or card.private:
            if card is not None:
                self.message.emit(self.tr("Verdeckte Karten lassen sich erst nach dem Aufdecken bearbeiten."))
            return None
        self.cancel_edit()
        item = self.scene.card_items[card_id]
        w, h = item.size()
        editor = CardEditor(card.text, card.x, card.y, w, h, card.color, self.scene.theme, card_id=card_id)
        item.set_editing(True)
        self._open(PendingEdit(editor, card_id, card.block_key, card.x, card.y))
        return editor

    def _open(self, pending: PendingEdit) -> None:
        self.pending = pending
        self.scene.addItem(pending.editor)
        pending.editor.finished.connect(self._on_edit_finished)
        self.scene.setFocusItem(pending.editor)
        pending.editor.setFocus()
        self.editing_changed.emit(True)

    def cancel_edit(self) -> None:
        if self.pending is not None:
            self.pending.editor.finish(False)

    def commit_edit(self) -> None:
        if self.pending is not None:
            self.pending.editor.finish(True)

    def _on_edit_finished(self, accepted: bool) -> None:
        pending, self.pending = self.pending, None
        if pending is None:
            return
        text = pending.editor.text()
        pending.editor.clearFocus()
        self.scene.removeItem(pending.editor)
        pending.editor.deleteLater()
        if pending.card_id is not None and pending.card_id in self.scene.card_items:
            self.scene.card_items[pending.card_id].set_editing(False)
        self.editing_changed.emit(False)
        if not accepted or not text:
            return
        if pending.card_id is None:
            spec = NewCard(block_key=pending.block_key, text=text, x=pending.x, y=pending.y,
                           color=self.new_card_color, private=self.private_mode, author_id=self.author_id)
            command = cmd.AddCard(self.model, spec)
            self.undo_stack.push(command)
            self.scene.select_only(command.card_ids)
        elif text != self.model.cards[pending.card_id].text:
            self.undo_stack.push(cmd.EditCardText(self.model, pending.card_id, self.model.cards[pending.card_id].text,
                                                  text))

    # ------------------------------------------------------------------ selection actions
    def delete_selected(self) -> None:
        ids = self.scene.selected_card_ids()
        if ids and kiosk.allows_card_delete(self.model.cards[c].author_id for c in ids):
            self.undo_stack.push(cmd.DeleteCards(self.model, ids))

    def set_color(self, color: str) -> None:
        ids = self.scene.selected_card_ids()
        if ids:
            self.undo_stack.push(cmd.SetColor(self.model, ids, color))

    def color_by_group(self) -> None:
        """Selected cards (or all, if none is selected) take the colour of their author's stakeholder group."""
        ids = self.scene.selected_card_ids() or list(self.model.cards)
        new = {cid: {"color": color_for_group(self.model.cards[cid].author_group)} for cid in ids
               if self.model.cards[cid].author_group}
        if new:
            self.undo_stack.push(cmd.UpdateCards(self.model, self.tr("Farbe nach Gruppe"), new))

    def set_amount(self, card_id: str, cents: int | None, period: str) -> None:
        self.undo_stack.push(cmd.SetAmount(self.model, card_id, cents, period))

    def reveal(self, author_id: str | None = None) -> int:
        command = cmd.RevealCards(self.model, author_id)
        self.undo_stack.push(command)
        return len(command.revealed)

    def link_actor(self, card_id: str, actor_id: str, name: str, *, link: bool = True) -> None:
        self.undo_stack.push(cmd.LinkActor(self.model, card_id, actor_id, name, link=link))

    def copy_selected(self) -> int:
        cards = [self.model.cards[cid] for cid in self.scene.selected_card_ids()]
        self._clipboard = [NewCard(block_key=c.block_key, text=c.text, x=c.x, y=c.y, w=c.w, h=c.h, color=c.color,
                                   private=c.private, author_id=c.author_id, amount_cents=c.amount_cents,
                                   amount_period=c.amount_period) for c in cards]
        self._clipboard_text = "\n\n".join(c.text for c in cards if not c.private)
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self._clipboard_text)
        return len(cards)

    def paste(self, fallback: QPointF | None = None) -> list[str]:
        """Paste copied cards beside the originals; text from other programs becomes one card per line."""
        clipboard = QGuiApplication.clipboard()
        outside = clipboard.text() if clipboard is not None else ""
        if self._clipboard and (not outside or outside == self._clipboard_text):
            specs = []
            for c in self._clipboard:
                x, y = c.x + PASTE_OFFSET, c.y + PASTE_OFFSET
                block = self.model.block_key_at(x + c.w / 2, y + c.h / 2) or c.block_key
                specs.append(NewCard(block_key=block, text=c.text, x=x, y=y, w=c.w, h=c.h, color=c.color,
                                     private=c.private, author_id=c.author_id, amount_cents=c.amount_cents,
                                     amount_period=c.amount_period))
            self._clipboard = specs  # pasting again steps further
        elif outside.strip():
            block = self.current_block(fallback)
            lines = [line.strip() for line in outside.splitlines() if line.strip()][:50]
            start = self.free_spot(block)
            specs = [NewCard(block_key=block, text=t, x=start.x() + i * 12, y=start.y() + i * 12,
                             private=self.private_mode, author_id=self.author_id) for i, t in enumerate(lines)]
        else:
            return []
        command = cmd.Paste(self.model, specs)
        self.undo_stack.push(command)
        self.scene.select_only(command.card_ids)
        return command.card_ids

    def cluster_selected(self, title: str) -> str | None:
        """Group the selected cards under ``title``: stacked in a tidy grid where the selection begins."""
        ids = self.scene.selected_card_ids()
        if not ids or not title.strip():
            return None
        items = sorted((self.scene.card_items[i] for i in ids), key=lambda it: (it.card.y, it.card.x))
        first = items[0].card
        block = self.model.board.block(first.block_key)
        x0 = min(it.card.x for it in items)
        y0 = min(it.card.y for it in items)
        right = block.x + block.w if block else x0 + 1000
        width = max(it.size()[0] for it in items) + GAP
        cols = max(1, min(math.ceil(math.sqrt(len(items))), int((right - x0) // width)))
        rows_h = [max(it.size()[1] for it in items[r:r + cols]) for r in range(0, len(items), cols)]
        origin = self._free_cluster_origin(set(ids), first.block_key, x0, y0, cols * width - GAP,
                                           sum(rows_h) + GAP * (len(rows_h) - 1))
        old, new = [], []
        if origin is None:  # no room for a tidy grid: the cards keep their places inside one frame
            old = [CardMove(it.card_id, it.card.x, it.card.y, it.card.block_key) for it in items]
            new = [CardMove(it.card_id, it.card.x, it.card.y, first.block_key) for it in items]
            command = cmd.ClusterCards(self.model, first.block_key, title, old, new)
            self.undo_stack.push(command)
            return command.cluster_id
        x0, y0 = origin
        y = y0
        for n, it in enumerate(items):
            col = n % cols
            if col == 0 and n:
                y += rows_h[n // cols - 1] + GAP
            old.append(CardMove(it.card_id, it.card.x, it.card.y, it.card.block_key))
            new.append(CardMove(it.card_id, x0 + col * width, y, first.block_key))
        command = cmd.ClusterCards(self.model, first.block_key, title, old, new)
        self.undo_stack.push(command)
        return command.cluster_id

    def _free_cluster_origin(self, members: set[str], block_key: str, x0: float, y0: float, w: float,
                             h: float) -> tuple[float, float] | None:
        """Where the grouped cards go: where the selection begins, unless that covers other cards; then the
        first place in the block, row by row, where the group (with its heading) covers none; then one where
        only the heading touches a card. None: no room anywhere, the cards stay where they are (grouping must
        never hide a card under another)."""
        block = self.model.board.block(block_key)
        item = self.scene.block_items.get(block_key)
        for head in (cluster_heading_height(self.scene.theme) + 6, 0.0):

            def free(x: float, y: float, head: float = head) -> bool:
                rect = QRectF(x, y, w, h).adjusted(-GAP / 2, -head, GAP / 2, GAP / 2)
                return not any(isinstance(i, CardItem) and i.card_id not in members
                               for i in self.scene.items(rect))

            if free(x0, y0):
                return x0, y0
            if block is None or item is None:
                continue
            y = block.y + item.header_height() + head
            while y + h <= block.y + block.h:
                x = block.x + GAP
                while x + w <= block.x + block.w:
                    if free(x, y):
                        return x, y
                    x += GAP / 2
                y += GAP / 2
        return None
