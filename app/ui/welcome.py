"""The first screen: start a new workspace, open one, try the demo, or pick a recently opened file.

The screen only says what was asked for (signals); the application controller does the opening, so the same
code path serves the welcome screen, the menu and the command line.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__
from app.ui.settings import recent_files


class WelcomeScreen(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)

        title = QLabel(APP_NAME)
        title.setObjectName("welcomeTitle")
        subtitle = QLabel(self.tr("Geschäftsmodelle für die Quartiersversorgung gemeinsam entwickeln"))
        subtitle.setObjectName("welcomeSubtitle")
        subtitle.setWordWrap(True)

        self.new_button = self._big_button(self.tr("Neue Werkstatt …"), self.new_requested,
                                           self.tr("Eine neue, leere Werkstatt-Datei für ein Quartier anlegen"))
        self.open_button = self._big_button(self.tr("Öffnen …"), self.open_requested,
                                            self.tr("Eine vorhandene Werkstatt-Datei öffnen"))
        self.demo_button = self._big_button(self.tr("Demo öffnen"), self.demo_requested,
                                            self.tr("Eine Beispiel-Werkstatt zum Ausprobieren öffnen"))
        buttons = QVBoxLayout()
        buttons.setSpacing(16)
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        self.manual_button = QPushButton(self.tr("Handbuch lesen (F1)"))
        self.manual_button.setToolTip(self.tr("Wie Sie eine Konferenz vorbereiten, abstimmen lassen und das "
                                              "Protokoll drucken"))
        self.manual_button.clicked.connect(self.show_manual)
        QShortcut(QKeySequence("F1"), self, self.show_manual)
        self.manual: QWidget | None = None
        buttons.addWidget(self.manual_button)
        buttons.addStretch(1)

        recent_title = QLabel(self.tr("Zuletzt geöffnet"))
        recent_title.setObjectName("sectionTitle")
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentFiles")
        self.recent_list.setAccessibleName(self.tr("Zuletzt geöffnete Werkstätten"))
        self.recent_list.itemActivated.connect(self._on_item_activated)
        self.recent_list.installEventFilter(self)
        recent_title.setBuddy(self.recent_list)
        self.no_recent_label = QLabel(self.tr("Noch keine Werkstatt geöffnet."))
        self.no_recent_label.setObjectName("emptyHint")
        self.no_recent_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._recent_body = QStackedWidget()
        self._recent_body.addWidget(self.recent_list)
        self._recent_body.addWidget(self.no_recent_label)
        self.recent_hint = recent_hint = QLabel(self.tr("Doppelklick oder Eingabetaste öffnet die Datei."))
        recent_hint.setObjectName("pageHint")
        for label in (recent_title, recent_hint):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        recent = QVBoxLayout()
        recent.setSpacing(8)
        recent.addWidget(recent_title)
        recent.addWidget(self._recent_body, 1)
        recent.addWidget(recent_hint)

        columns = QHBoxLayout()
        columns.setSpacing(48)
        columns.addLayout(buttons)
        columns.addLayout(recent, 1)

        version = QLabel(self.tr("Version {version} · Alles bleibt auf diesem Rechner.").format(version=__version__))
        version.setObjectName("pageHint")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(56, 40, 56, 28)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(28)
        layout.addLayout(columns, 1)
        layout.addWidget(version)

        self.resize(1100, 680)
        self.refresh_recent()
        self.new_button.setFocus()

    def _big_button(self, text: str, signal: Signal, tooltip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("bigButton")
        button.setToolTip(tooltip)
        button.setAutoDefault(True)
        button.clicked.connect(signal.emit)
        return button

    def show_manual(self) -> None:
        from app.ui.manual_dialog import ManualDialog

        if self.manual is None:
            self.manual = ManualDialog(self)
        self.manual.show()
        self.manual.raise_()

    def refresh_recent(self) -> None:
        self.recent_list.clear()
        for path in recent_files():
            item = QListWidgetItem(f"{path.name}\n{path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        has_recent = self.recent_list.count() > 0
        self._recent_body.setCurrentWidget(self.recent_list if has_recent else self.no_recent_label)
        self.recent_hint.setVisible(has_recent)
        if has_recent:
            self.recent_list.setCurrentRow(0)

    def recent_paths(self) -> list[Path]:
        return [Path(self.recent_list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.recent_list.count())]

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter on the list opens the file on every platform style (itemActivated alone depends on the style)
        if (watched is self.recent_list and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            item = self.recent_list.currentItem()
            if item is not None:
                self._on_item_activated(item)
                return True
        return super().eventFilter(watched, event)
