"""Comments page: the thread on one target, fast capture by keyboard, an editor, and the list of barriers.

Fast capture: type into one line and press Enter. Alt+1 … Alt+5 choose the stance (dafür, dagegen, neutral,
Frage, Idee), Alt+E / Alt+R / Alt+S toggle the aspects ethisch / rechtlich / sozial, Alt+B marks an
implementation barrier, Alt+Up / Alt+Down select a comment in the thread and Alt+A answers it, Escape ends
answering. The same can be
typed as a prefix ("+ ", "- ", "= ", "? ", "! ") and hash tags (#ethisch, #barriere). After saving, stance and
aspects go back to neutral, so nothing is carried over unnoticed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from app.domain.comment_capture import parse_comment_line
from app.operations import comments_ops
from app.operations.errors import OperationRefused
from app.ui.vocabulary import tr_word

from .barrier_list import BarrierList
from .comment_editor import CommentEditor
from .widgets import MIN_HIT_PX, MessageLine, set_point_size

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

ID_ROLE = Qt.ItemDataRole.UserRole
TAG_KEYS = {"E": "ethisch", "R": "rechtlich", "S": "sozial"}


class CommentsPanel(QWidget):
    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.target: tuple[str, str] | None = None
        self.stance = "neutral"
        self.tags: set[str] = set()
        self.barrier = False
        self.reply_to: comments_ops.CommentInfo | None = None
        self.thread: list[comments_ops.ThreadEntry] = []

        self.target_box = QComboBox()
        self.target_box.setMinimumHeight(MIN_HIT_PX)
        set_point_size(self.target_box, 14)
        self.target_box.activated.connect(lambda _i: self._target_chosen())
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Kommentar"), self.tr("Haltung"), self.tr("Aspekte"),
                                   self.tr("Barriere"), self.tr("von")])
        set_point_size(self.tree, 14)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.capture_state = QLabel()
        set_point_size(self.capture_state, 14, bold=True)
        self.capture_edit = QLineEdit()
        self.capture_edit.setMinimumHeight(MIN_HIT_PX)
        set_point_size(self.capture_edit, 16)
        self.capture_edit.setPlaceholderText(self.tr("Kommentar tippen, Enter speichert (Alt+1…5 Haltung, "
                                                     "Alt+E/R/S Aspekte, Alt+B Barriere, Alt+↑/↓ und Alt+A antworten)"))
        self.capture_edit.returnPressed.connect(self.save_capture)
        self.message = MessageLine(points=13)
        self.editor = CommentEditor(ws)
        self.editor.saved.connect(lambda _cid: self.refresh())

        thread_page = QWidget()
        thread_layout = QVBoxLayout(thread_page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Worauf?")))
        row.addWidget(self.target_box, 1)
        thread_layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        split.addWidget(self.editor)
        split.setSizes([800, 400])
        thread_layout.addWidget(split, 1)
        thread_layout.addWidget(self.capture_state)
        thread_layout.addWidget(self.capture_edit)
        thread_layout.addWidget(self.message)
        self.barriers = BarrierList(ws)
        self.tabs = QTabWidget()
        self.tabs.addTab(thread_page, self.tr("Kommentare"))
        self.tabs.addTab(self.barriers, self.tr("Umsetzungsbarrieren"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._install_shortcuts()
        self.reload_targets()

    def _install_shortcuts(self) -> None:
        def add(keys: str, slot: Callable[[], object]) -> None:
            shortcut = QShortcut(QKeySequence(keys), self.capture_edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        for number, stance in enumerate(comments_ops.STANCES, start=1):
            add(f"Alt+{number}", lambda st=stance: self.set_stance(st))
        for key, tag in TAG_KEYS.items():
            add(f"Alt+{key}", lambda t=tag: self.toggle_tag(t))
        add("Alt+B", self.toggle_barrier)
        add("Alt+A", self.reply_to_selected)
        add("Escape", lambda: self.set_reply(None))
        add("Alt+Up", lambda: self.move_selection(-1))
        add("Alt+Down", lambda: self.move_selection(1))

    def move_selection(self, step: int) -> None:
        """Walk through the thread from the capture line (Alt+↑/↓), e.g. to choose what to answer."""
        items: list[QTreeWidgetItem] = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value():
            items.append(iterator.value())
            iterator += 1
        if not items:
            return
        current = self.tree.currentItem()
        index = items.index(current) + step if current in items else (len(items) - 1 if step < 0 else 0)
        self.tree.setCurrentItem(items[max(0, min(len(items) - 1, index))])

    # ------------------------------------------------------------------ targets
    def reload_targets(self) -> None:
        current = self.target
        self.target_box.clear()
        for choice in comments_ops.list_comment_targets(self.ws):
            self.target_box.addItem(choice.label, (choice.target_type, choice.target_id))
        if current:
            self.set_target(*current)
        elif self.target_box.count():
            self._target_chosen()

    def _target_chosen(self) -> None:
        data = self.target_box.currentData()
        if data:
            self.set_target(data[0], data[1])

    def set_target(self, target_type: str, target_id: str) -> None:
        """Show the thread of a card, block ("<canvas id>:<key>"), canvas or session (used by the canvas)."""
        self.target = (target_type, target_id)
        index = self.target_box.findData((target_type, target_id))
        if index >= 0:
            self.target_box.setCurrentIndex(index)
        self.set_reply(None)
        self.refresh()

    # ------------------------------------------------------------------ thread
    def refresh(self) -> None:
        selected = self.selected_comment()
        self.tree.clear()
        self.thread = comments_ops.comment_thread(self.ws, *self.target) if self.target else []
        items: dict[str, QTreeWidgetItem] = {}
        for entry in self.thread:
            c = entry.comment
            barrier = self.tr("Barriere: %1").replace("%1", tr_word(c.barrier_status)) if c.barrier else ""
            item = QTreeWidgetItem([c.text, tr_word(c.stance), ", ".join(tr_word(t) for t in c.elsi_tags), barrier,
                                    c.author_label])
            item.setData(0, ID_ROLE, c.id)
            parent = items.get(c.parent_id or "")
            if parent is not None:
                parent.addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            items[c.id] = item
        self.tree.expandAll()
        for col in range(1, 5):
            self.tree.resizeColumnToContents(col)
        if selected and selected.id in items:
            self.tree.setCurrentItem(items[selected.id])
        self.barriers.refresh()
        self._show_capture_state()

    def selected_comment(self) -> comments_ops.CommentInfo | None:
        item = self.tree.currentItem()
        cid = item.data(0, ID_ROLE) if item else None
        return next((e.comment for e in self.thread if e.comment.id == cid), None)

    def _selection_changed(self) -> None:
        self.editor.show_comment(self.selected_comment())

    # ------------------------------------------------------------------ capture
    def set_stance(self, stance: str) -> None:
        self.stance = stance
        self._show_capture_state()

    def toggle_tag(self, tag: str) -> None:
        self.tags ^= {tag}
        self._show_capture_state()

    def toggle_barrier(self) -> None:
        self.barrier = not self.barrier
        self._show_capture_state()

    def reply_to_selected(self) -> None:
        self.set_reply(self.selected_comment())

    def set_reply(self, comment: comments_ops.CommentInfo | None) -> None:
        self.reply_to = comment
        self._show_capture_state()

    def _show_capture_state(self) -> None:
        parts = [self.tr("Haltung: %1").replace("%1", tr_word(self.stance))]
        tags = [tr_word(t) for t in comments_ops.ELSI_TAGS if t in self.tags]
        parts.append(self.tr("Aspekte: %1").replace("%1", ", ".join(tags) if tags else self.tr("keine")))
        if self.barrier:
            parts.append(self.tr("Umsetzungsbarriere"))
        if self.reply_to is not None:
            parts.append(self.tr("Antwort auf „%1“").replace("%1", self.reply_to.text[:40]))
        self.capture_state.setText(" · ".join(parts))

    def save_capture(self) -> comments_ops.CommentInfo | None:
        if self.target is None:
            self.message.show_refusal(self.tr("Bitte zuerst wählen, worauf sich der Kommentar bezieht."))
            return None
        typed = parse_comment_line(self.capture_edit.text())
        try:
            saved = comments_ops.add_comment(
                self.ws, *self.target, typed.text, stance=typed.stance or self.stance,
                elsi_tags=self.tags | set(typed.elsi_tags), barrier=self.barrier or typed.barrier,
                parent_id=self.reply_to.id if self.reply_to else None)
        except OperationRefused as exc:
            self.message.show_refusal(str(exc))
            return None
        self.capture_edit.clear()
        self.stance, self.tags, self.barrier, self.reply_to = "neutral", set(), False, None
        self.message.show_ok(self.tr("Gespeichert (%1).").replace("%1", tr_word(saved.stance)))
        self.refresh()
        self.capture_edit.setFocus()
        return saved
