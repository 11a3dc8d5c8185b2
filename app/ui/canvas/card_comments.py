"""The side panel for comments on one card: the thread and the fast capture line of the comments page, aimed at
the selected card, beside the board (C or "Kommentieren"), so a remark is written down without leaving it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.ui.participation.comments_panel import CommentsPanel
from app.ui.participation.widgets import set_point_size

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


class CardCommentsSide(QWidget):
    #: a comment was saved or edited: the badges on the cards need new numbers
    counts_changed = Signal()

    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.panel: CommentsPanel | None = None  # built when first needed (it lists every card as a target)
        self.card_id: str | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        set_point_size(self.title, 14, bold=True)
        close = QPushButton(self.tr("Schließen"))
        close.clicked.connect(self.hide)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(close)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(4, 0, 0, 0)
        self.box.addLayout(head)
        self.setMinimumWidth(380)

    def _ensure_panel(self) -> CommentsPanel:
        if self.panel is None:
            self.panel = CommentsPanel(self.ws)
            for split in self.panel.findChildren(QSplitter):
                split.setOrientation(Qt.Orientation.Vertical)  # a narrow side panel: thread above, editor below
            # beside the board the thread and the capture line matter; comments are edited on the Sitzungen page
            self.panel.editor.hide()
            self.panel.tree.setColumnWidth(0, 300)
            self.panel.capture_edit.returnPressed.connect(self.counts_changed)
            self.panel.editor.saved.connect(lambda _cid: self.counts_changed.emit())
            self.box.addWidget(self.panel, 1)
        return self.panel

    @staticmethod
    def _target_index(panel: CommentsPanel, card_id: str) -> int:
        box = panel.target_box
        return next((i for i in range(box.count()) if tuple(box.itemData(i) or ()) == ("card", card_id)), -1)

    def show_card(self, card_id: str, text: str) -> CommentsPanel:
        panel = self._ensure_panel()
        self.card_id = card_id
        if self._target_index(panel, card_id) < 0:
            panel.reload_targets()  # a card written after the panel was built
        panel.set_target("card", card_id)
        index = self._target_index(panel, card_id)
        if index >= 0:
            panel.target_box.setCurrentIndex(index)  # "Worauf?" names the card (tuples are compared here)
        panel.tabs.setCurrentIndex(0)
        short = text if len(text) <= 60 else text[:57] + "…"
        self.title.setText(self.tr("Kommentare zur Karte „{0}“").format(short))
        self.show()
        panel.capture_edit.setFocus()
        return panel
