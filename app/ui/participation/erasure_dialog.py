"""The erasure dialog (DSGVO Art. 17): what goes, what stays, and where the name still occurs in text.

The whole name is replaced everywhere by the erasure itself. Parts of a name ("Frau Schulz meint …") and names of
things (an organisation called after its owner) are the facilitator's call: each occurrence is listed with its
place and context and one click on »Schwärzen« replaces it by "[Name gelöscht]" (an ordinary edit, which merges
like any other). »Endgültig löschen« is never the default button.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.operations import name_mentions_ops
from app.operations.errors import OperationRefused

from .widgets import MIN_HIT_PX, MessageLine, set_point_size

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


def _tr(text: str) -> str:
    return QCoreApplication.translate("Datenschutz", text)


def erase_message(label: str) -> str:
    return _tr(
        "Alle personenbezogenen Daten von »{name}« werden gelöscht: Name, Kontaktangaben, Notizen, die Zuordnung "
        "zu einer Organisation und die Bemerkungen zu Einwilligungen. Wo der ganze Name in Texten steht (Karten, "
        "Kommentare, Moderation, »wer« bei Beschlüssen und nächsten Schritten, Kontaktaufnahmen …), wird er durch "
        "»[Name gelöscht]« ersetzt.\n\n"
        "Was die Person beigetragen hat – Karten, Kommentare und Stimmen – bleibt erhalten und wird »gelöscht« "
        "zugeordnet. Die Löschung wird vermerkt und beim nächsten Zusammenführen auf alle Kopien und den Hub "
        "übertragen, auch auf Einträge, die erst später von alten Laptops kommen; alte Stände in der Datei werden "
        "überschrieben.\n\n"
        "Das kann nicht rückgängig gemacht werden.").format(name=label)


class ErasureDialog(QDialog):
    """Confirm an erasure; review and replace the remaining mentions of the name first."""

    def __init__(self, ws: WorkspaceFile, participant_id: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.participant_id = ws, participant_id
        self.mentions: list[name_mentions_ops.NameMention] = []
        self.redact_buttons: list[QPushButton] = []
        self.setWindowTitle(_tr("Person löschen (DSGVO)"))
        self.intro = QLabel(erase_message(label))
        self.intro.setWordWrap(True)
        set_point_size(self.intro, 12)
        heading = QLabel(_tr("Wo der Name sonst noch steht"))
        set_point_size(heading, 13, bold=True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([_tr("Wo"), _tr("Textstelle"), ""])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.redact_all_button = QPushButton(_tr("Alle übrigen Stellen schwärzen"))
        self.redact_all_button.setMinimumHeight(MIN_HIT_PX)
        self.redact_all_button.clicked.connect(self.redact_all)
        self.message = MessageLine(points=12)
        self.buttons = QDialogButtonBox()
        self.erase_button = self.buttons.addButton(_tr("Endgültig löschen"),
                                                   QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = self.buttons.addButton(_tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.erase_button, cancel):
            button.setMinimumHeight(MIN_HIT_PX)
            button.setAutoDefault(False)
        cancel.setDefault(True)
        self.erase_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.redact_all_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(1200, screen.width() - 80), min(820, screen.height() - 80))
        self.reload()

    def reload(self) -> None:
        """Look for the name again (after a replacement the other places in the same text have moved)."""
        self.mentions = name_mentions_ops.find_mentions(self.ws, self.participant_id)
        self.redact_buttons = []
        self.table.setRowCount(len(self.mentions))
        for r, m in enumerate(self.mentions):
            place = m.place + (" " + _tr("(gelöschter Eintrag)") if m.deleted else "")
            self.table.setItem(r, 0, QTableWidgetItem(place))
            snippet = QTableWidgetItem(m.snippet)
            snippet.setToolTip(m.snippet)
            self.table.setItem(r, 1, snippet)
            if m.automatic:
                done = QTableWidgetItem(_tr("wird beim Löschen ersetzt"))
                done.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(r, 2, done)
                continue
            button = QPushButton(_tr("Schwärzen"))
            button.setMinimumHeight(MIN_HIT_PX - 8)
            button.setToolTip(_tr("»%1« an dieser Stelle durch »[Name gelöscht]« ersetzen").replace("%1", m.found))
            button.setAccessibleName(_tr("Schwärzen: %1").replace("%1", m.snippet))
            button.clicked.connect(lambda _checked=False, i=r: self.redact(i))
            self.table.setCellWidget(r, 2, button)
            self.redact_buttons.append(button)
        self.table.resizeRowsToContents()
        open_count = len(self.redact_buttons)
        self.redact_all_button.setEnabled(open_count > 0)
        if not self.mentions:
            self.hint.setText(_tr("Der Name kommt in keinem anderen Text vor."))
        elif open_count:
            self.hint.setText(_tr("%1 Stellen nennen vielleicht die Person (ein Teil des Namens oder der Name einer "
                                  "Organisation). Prüfen Sie sie: »Schwärzen« ersetzt die Stelle durch "
                                  "»[Name gelöscht]«.").replace("%1", str(open_count)))
        else:
            self.hint.setText(_tr("Alle Stellen werden beim Löschen ersetzt."))

    def redact(self, index: int) -> bool:
        """One click: replace one occurrence; the list is made again."""
        mention = self.mentions[index]
        try:
            name_mentions_ops.redact_mention(self.ws, mention)
        except OperationRefused as exc:
            self.message.show_refusal(str(exc))
            self.reload()
            return False
        self.message.show_ok(_tr("Geschwärzt: %1").replace("%1", mention.place))
        self.reload()
        return True

    def redact_all(self) -> int:
        count = name_mentions_ops.redact_open_mentions(self.ws, self.participant_id)
        self.message.show_ok(_tr("%1 Stellen geschwärzt.").replace("%1", str(count)))
        self.reload()
        return count
