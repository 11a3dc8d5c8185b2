"""The facilitators' manual (Hilfe → Handbuch, F1): a German HTML page shipped in resources/help, shown offline.

The manual is a plain file next to the program so it can be read and corrected without touching code, and so the
bundle carries it like every other resource. Links inside it jump to chapters; nothing is ever fetched from the
internet (QTextBrowser only loads local files from the help folder).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.resources_path import resource_path

MANUAL_FILE = "handbuch.html"


def manual_path() -> Path:
    return resource_path("help", MANUAL_FILE)


class ManualDialog(QDialog):
    """Non-modal, so the manual can stay open beside the window while the facilitator tries a step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handbuch für die Moderation"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("manualBrowser")
        self.browser.setAccessibleName(self.tr("Handbuch"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.browser.setSearchPaths([str(manual_path().parent)])
        path = manual_path()
        if path.exists():
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:
            self.browser.setHtml(self.tr("<p>Das Handbuch wurde nicht gefunden: {path}</p>").format(path=path))

        self.contents_button = QPushButton(self.tr("Inhalt"))
        self.contents_button.setToolTip(self.tr("Zurück zum Inhaltsverzeichnis (Pos1)"))
        self.contents_button.clicked.connect(self.show_contents)
        self.back_button = QPushButton(self.tr("Zurück"))
        self.back_button.setToolTip(self.tr("Zur vorigen Stelle (Alt+Links)"))
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.contents_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Alt+Left"), self, self.browser.backward)

        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(900, 760)
        self.browser.setFocus()

    def show_contents(self) -> None:
        """The table of contents opens the page, so "Inhalt" means the top."""
        self.browser.verticalScrollBar().setValue(0)

    def show_chapter(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)
