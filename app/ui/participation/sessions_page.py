"""Sitzungen: one page per workshop day with the agenda and timer, the vote rounds and the comments."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.store.workspace_file import WorkspaceFile
from app.ui.participation.agenda_panel import AgendaPanel
from app.ui.participation.comments_panel import CommentsPanel
from app.ui.participation.vote_panel import VotePanel


class SessionsPage(QWidget):
    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.tabs = QTabWidget()
        self.agenda = AgendaPanel(ws)
        self.votes = VotePanel(ws)
        self.comments = CommentsPanel(ws)
        self.tabs.addTab(self.agenda, self.tr("Ablauf und Zeit"))
        self.tabs.addTab(self.votes, self.tr("Abstimmungen"))
        self.tabs.addTab(self.comments, self.tr("Kommentare und Barrieren"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        page = self.tabs.currentWidget()
        for name in ("refresh", "reload"):
            fn = getattr(page, name, None)
            if callable(fn):
                fn()
                return
