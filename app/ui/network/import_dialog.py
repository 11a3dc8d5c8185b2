"""Import an actor list: pick the file, map the columns, see every row's fate, choose, import all-or-nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.actor_import_headers import FIELD_LABELS
from app.operations.actor_import import ImportPlan, ImportResult, import_actors, preview_import, read_headers
from app.operations.errors import OperationRefused
from app.store.workspace_file import WorkspaceFile
from app.ui.vocabulary import tr_word

from .widgets import MessageLine, item, setup_table

ACTION_COLORS = {"error": "#ffd6d6", "skip": "#eeeeee", "merge": "#fff3c4", "merge_in_file": "#fff3c4"}


class ImportDialog(QDialog):
    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.result_: ImportResult | None = None
        self.plan: ImportPlan | None = None
        self.setWindowTitle(self.tr("Akteursliste importieren"))
        self.resize(1000, 680)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        pick = QPushButton(self.tr("Datei wählen …"))
        pick.clicked.connect(self._pick)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Datei (CSV oder Excel):")))
        top.addWidget(self.path, 1)
        top.addWidget(pick)
        self.mapping = QTableWidget()
        setup_table(self.mapping, [self.tr("Spalte in der Datei"), self.tr("Feld")])
        mapping_box = QGroupBox(self.tr("1. Spalten zuordnen"))
        QVBoxLayout(mapping_box).addWidget(self.mapping)
        self.preview = QTableWidget()
        setup_table(self.preview, [self.tr("Zeile"), self.tr("Name"), self.tr("Ergebnis"), self.tr("Hinweise")])
        preview_box = QGroupBox(self.tr("2. Vorschau"))
        QVBoxLayout(preview_box).addWidget(self.preview)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(mapping_box)
        split.addWidget(preview_box)
        split.setSizes([330, 670])
        self.merge = QRadioButton(self.tr("Dubletten zusammenführen (leere Felder ergänzen)"))
        self.skip = QRadioButton(self.tr("Dubletten überspringen"))
        self.merge.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.merge)
        group.addButton(self.skip)
        self.skip_errors = QCheckBox(self.tr("Fehlerhafte Zeilen überspringen"))
        for w in (self.merge, self.skip, self.skip_errors):
            w.toggled.connect(self.refresh_preview)
        options = QHBoxLayout()
        options.addWidget(self.merge)
        options.addWidget(self.skip)
        options.addStretch()
        options.addWidget(self.skip_errors)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = MessageLine()
        self.import_button = QPushButton(self.tr("Importieren"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.do_import)
        cancel = QPushButton(self.tr("Schließen"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(options)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    # ------------------------------------------------------------------ file and mapping
    def _pick(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Akteursliste öffnen"), "",
                                              self.tr("Listen (*.csv *.xlsx);;Alle Dateien (*)"))
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        self.path.setText(str(path))
        self.message.clear_message()
        self.mapping.setRowCount(0)
        self.preview.setRowCount(0)
        try:
            headers, mapping = read_headers(path)
        except OperationRefused as exc:
            self._refuse(str(exc))
            return
        self.mapping.setRowCount(len(headers))
        for r, (header, fld) in enumerate(zip(headers, mapping.fields, strict=True)):
            self.mapping.setItem(r, 0, item(header, color="" if fld else "#ffd6d6"))
            combo = QComboBox()
            combo.addItem(self.tr("– bitte zuordnen –"), None)
            for key, label in FIELD_LABELS.items():
                combo.addItem(tr_word(label), key)
            combo.setCurrentIndex(max(combo.findData(fld), 0))
            combo.currentIndexChanged.connect(self.refresh_preview)
            self.mapping.setCellWidget(r, 1, combo)
        self.mapping.resizeColumnsToContents()
        self.refresh_preview()

    def overrides(self) -> dict[str, str]:
        out = {}
        for r in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(r, 1)
            if isinstance(combo, QComboBox) and combo.currentData():
                out[self.mapping.item(r, 0).text()] = combo.currentData()
        return out

    def _unmapped(self) -> list[str]:
        return [self.mapping.item(r, 0).text() for r in range(self.mapping.rowCount())
                if not self.mapping.cellWidget(r, 1).currentData()]  # type: ignore[union-attr]

    # ------------------------------------------------------------------ preview and import
    def _duplicates(self) -> str:
        return "skip" if self.skip.isChecked() else "merge"

    def _refuse(self, text: str) -> None:
        self.plan = None
        self.message.error(text)
        self.import_button.setEnabled(False)
        self.summary.clear()

    def refresh_preview(self) -> None:
        if not self.path.text() or self.mapping.rowCount() == 0:
            return
        unmapped = self._unmapped()
        if unmapped:
            self._refuse(self.tr("Bitte diese Spalten einem Feld zuordnen oder »ignorieren« wählen: %1")
                         .replace("%1", ", ".join(f"»{h}«" for h in unmapped)))
            return
        try:
            self.plan = preview_import(self.ws, Path(self.path.text()), overrides=self.overrides(),
                                       duplicates=self._duplicates())
        except OperationRefused as exc:
            self._refuse(str(exc))
            return
        self.message.clear_message()
        labels = {"new": self.tr("neu"), "merge": self.tr("zusammenführen"), "merge_in_file": self.tr("zusammenführen"),
                  "skip": self.tr("überspringen"), "error": self.tr("Fehler")}
        rows = self.plan.rows
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            color = ACTION_COLORS.get(row.action, "")
            for c, v in enumerate((row.row_number, row.name, labels[row.action], "; ".join(row.reasons))):
                self.preview.setItem(r, c, item(v, color=color))
        self.preview.resizeColumnsToContents()
        errors = len(self.plan.errors)
        text = self.tr("%1 Zeilen gelesen: %2 neu, %3 zusammenführen, %4 überspringen, %5 mit Fehlern.")
        for i, n in enumerate((self.plan.rows_read, self.plan.count("new"),
                               self.plan.count("merge") + self.plan.count("merge_in_file"), self.plan.count("skip"),
                               errors), start=1):
            text = text.replace(f"%{i}", str(n))
        if errors and not self.skip_errors.isChecked():
            text += " " + self.tr("Alles oder nichts: erst Fehler beheben oder fehlerhafte Zeilen überspringen.")
        if self.plan.new_categories:
            text += " " + self.tr("Neue Kategorien: %1.").replace("%1", ", ".join(self.plan.new_categories))
        self.summary.setText(text)
        self.import_button.setEnabled(not errors or self.skip_errors.isChecked())

    def do_import(self) -> None:
        try:
            result = import_actors(self.ws, Path(self.path.text()), overrides=self.overrides(),
                                   duplicates=self._duplicates(), skip_errors=self.skip_errors.isChecked())
        except OperationRefused as exc:
            self._refuse(str(exc))
            return
        if not result.applied:
            self._refuse(self.tr("Nichts wurde importiert: die Datei enthält fehlerhafte Zeilen."))
            return
        self.result_ = result
        self.accept()
