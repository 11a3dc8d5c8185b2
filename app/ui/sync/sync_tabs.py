"""The input parts of the "Synchronisieren" dialog, one tab each: merging, packing, the hub, preparing a laptop.

Each tab only collects what the user chose; the dialog runs the work (off the GUI thread) and shows the result.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

_ID = Qt.ItemDataRole.UserRole
PACKAGE_FILTER_SUFFIX = "*.qwpaket *.werkstatt"


def _path_row(label: str, edit: QLineEdit, choose) -> QHBoxLayout:  # type: ignore[no-untyped-def]
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    button = QPushButton(label)
    button.clicked.connect(choose)
    row.addWidget(button)
    return row


class MergeTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(self.tr("Pakete oder Werkstatt-Dateien anderer Laptops in diese Werkstatt übernehmen. "
                               "Nichts geht verloren: gleichzeitige Änderungen erscheinen danach unter "
                               "»Konflikte«."))
        intro.setWordWrap(True)
        self.sources = QListWidget()
        self.sources.setAccessibleName(self.tr("Gewählte Pakete und Dateien"))
        add = QPushButton(self.tr("&Hinzufügen …"))
        add.clicked.connect(self.choose_sources)
        remove = QPushButton(self.tr("&Entfernen"))
        remove.clicked.connect(lambda: self.sources.takeItem(self.sources.currentRow()))
        self.run_button = QPushButton(self.tr("&Zusammenführen"))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.sources, 1)
        layout.addLayout(buttons)

    def choose_sources(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Pakete oder Werkstatt-Dateien wählen"), str(Path.home()),
            self.tr("Pakete und Werkstatt-Dateien ({patterns});;Alle Dateien (*)").format(
                patterns=PACKAGE_FILTER_SUFFIX))
        self.add_sources([Path(n) for n in names])

    def add_sources(self, paths: list[Path]) -> None:
        known = set(self.paths())
        for path in paths:
            if path not in known:
                item = QListWidgetItem(path.name)
                item.setToolTip(str(path))
                item.setData(_ID, str(path))
                self.sources.addItem(item)

    def paths(self) -> list[Path]:
        return [Path(self.sources.item(i).data(_ID)) for i in range(self.sources.count())]


class PackTab(QWidget):
    def __init__(self, suggestion: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(self.tr("Ein Paket ist eine Momentaufnahme dieser Werkstatt zum Mitnehmen (USB-Stick, "
                               "E-Mail). Mit Passwort ist es verschlüsselt: ein verlorener Stick verrät nichts."))
        intro.setWordWrap(True)
        self.target = QLineEdit(str(suggestion))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.run_button = QPushButton(self.tr("Paket &erstellen"))
        form = QFormLayout()
        form.addRow(self.tr("Paketdatei:"), _path_row(self.tr("Auswählen …"), self.target, self.choose_target))
        form.addRow(self.tr("Passwort (freiwillig):"), self.passphrase)
        form.addRow(self.tr("Passwort wiederholen:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignRight)

    def choose_target(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Paket speichern unter"), self.target.text(),
                                              self.tr("Pakete (*.qwpaket)"))
        if name:
            self.target.setText(name if name.endswith(".qwpaket") else name + ".qwpaket")


class HubTab(QWidget):
    def __init__(self, address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(self.tr("Mit dem zentralen Server (PostgreSQL) abgleichen: eigene Änderungen senden und die "
                               "der anderen holen. Das Passwort wird jedes Mal abgefragt und nie gespeichert."))
        intro.setWordWrap(True)
        self.address = QLineEdit(address)
        self.address.setPlaceholderText(self.tr("postgresql://benutzer@server:5432/werkstatt"))
        self.run_button = QPushButton(self.tr("Mit Server &abgleichen"))
        form = QFormLayout()
        form.addRow(self.tr("Server-Adresse:"), self.address)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignRight)


class PrepareTab(QWidget):
    def __init__(self, suggestion: Path, canvases: list[tuple[str, str]], actors: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(self.tr("Eine eigene Werkstatt-Datei für einen Laptop, der mit zur Veranstaltung geht. "
                               "Danach wird sie unter »Pakete zusammenführen« zurückgeholt."))
        intro.setWordWrap(True)
        self.target = QLineEdit(str(suggestion))
        self.everything = QRadioButton(self.tr("&Alles mitnehmen"))
        self.chosen = QRadioButton(self.tr("Nur &ausgewählte Modelle und Akteure"))
        self.everything.setChecked(True)
        self.canvas_list = self._checklist(canvases, self.tr("Modelle"))
        self.actor_list = self._checklist(actors, self.tr("Akteure"))
        self.chosen.toggled.connect(self._enable_lists)
        self._enable_lists(False)
        self.run_button = QPushButton(self.tr("Laptop-Datei &erstellen"))
        form = QFormLayout()
        form.addRow(self.tr("Neue Datei:"), _path_row(self.tr("Auswählen …"), self.target, self.choose_target))
        lists = QHBoxLayout()
        for title, widget in ((self.tr("Modelle"), self.canvas_list), (self.tr("Akteure"), self.actor_list)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(widget, 1)
            lists.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.everything)
        layout.addWidget(self.chosen)
        layout.addLayout(lists, 1)
        layout.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignRight)

    def _checklist(self, rows: list[tuple[str, str]], name: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(name)
        for row_id, label in rows:
            item = QListWidgetItem(label)
            item.setData(_ID, row_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            widget.addItem(item)
        return widget

    def _enable_lists(self, on: bool) -> None:
        self.canvas_list.setEnabled(on)
        self.actor_list.setEnabled(on)

    @staticmethod
    def checked(widget: QListWidget) -> list[str]:
        return [widget.item(i).data(_ID) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def selection(self) -> tuple[list[str], list[str]]:
        """(canvas ids, actor ids); empty lists mean "all"."""
        if self.everything.isChecked():
            return [], []
        canvases, actors = self.checked(self.canvas_list), self.checked(self.actor_list)
        return (canvases if len(canvases) < self.canvas_list.count() else [],
                actors if len(actors) < self.actor_list.count() else [])

    def choose_target(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Laptop-Datei speichern unter"), self.target.text(),
                                              self.tr("Werkstatt-Dateien (*.werkstatt)"))
        if name:
            self.target.setText(name if name.endswith(".werkstatt") else name + ".werkstatt")
