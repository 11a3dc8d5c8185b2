""""Exportieren …": the workspace's data as XLSX, CSV or JSON, pseudonymised unless names are asked for.

The export runs off the GUI thread (BackgroundTask) with a progress bar and can be cancelled; a cancelled or
failed export leaves nothing behind (the writers build under a temporary name and rename at the end).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.operations.export_ops import FORMAT_TITLES, FORMATS, export_workspace
from app.ui.background import BackgroundTask

CANCELLED = "ExportCancelled"


class ExportDialog(QDialog):
    def __init__(self, ws, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ws = ws
        self.task: BackgroundTask | None = None
        self.result_path: Path | None = None
        self.setWindowTitle(self.tr("Daten exportieren"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Alle Tabellen der Werkstatt für Tabellenkalkulation und Auswertung. Standardmäßig "
                               "pseudonymisiert: keine Namen von Teilnehmenden, anonyme Stimmen ohne Person."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(self.tr("Format des Exports"))
        for fmt in ("xlsx", "csv", "json"):
            self.format_box.addItem(self.tr(FORMAT_TITLES[fmt]), fmt)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        form.addRow(self.tr("Format:"), self.format_box)
        target_row = QHBoxLayout()
        self.target_edit = QLineEdit()
        self.target_edit.setAccessibleName(self.tr("Ziel des Exports"))
        self.browse_button = QPushButton(self.tr("Durchsuchen …"))
        self.browse_button.clicked.connect(self.browse)
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.browse_button)
        form.addRow(self.tr("Ziel:"), target_row)
        layout.addLayout(form)
        self.names_box = QCheckBox(self.tr("mit Namen (nur mit Einwilligung)"))
        self.names_box.setToolTip(self.tr("Namen erscheinen nur bei Personen, die der Nennung zugestimmt haben; "
                                          "alle anderen bleiben Pseudonyme."))
        layout.addWidget(self.names_box)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("Exportieren"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Abbrechen"))
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.open_button = QPushButton(self.tr("Ordner öffnen"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_folder)
        for b in (self.open_button, self.export_button, self.cancel_button):
            b.setMinimumHeight(40)
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self._format_changed()

    def chosen_format(self) -> str:
        fmt = self.format_box.currentData()
        return fmt if fmt in FORMATS else "xlsx"

    def _default_folder(self) -> Path:
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or ".")

    def _format_changed(self) -> None:
        current = Path(self.target_edit.text()) if self.target_edit.text().strip() else None
        folder = (current.parent if current and current.suffix else current) or self._default_folder()
        fmt = self.chosen_format()
        name = "Werkstatt-Export" if fmt == "csv" else f"Werkstatt-Export.{fmt}"
        self.target_edit.setText(str(folder / name))

    def browse(self) -> None:
        fmt = self.chosen_format()
        start = self.target_edit.text() or str(self._default_folder())
        if fmt == "csv":
            path = QFileDialog.getExistingDirectory(self, self.tr("Ordner für den CSV-Export"), start)
        else:
            pattern = self.tr("Excel-Arbeitsmappen (*.xlsx)") if fmt == "xlsx" else self.tr("JSON-Dateien (*.json)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export speichern"), start, pattern)
        if path:
            self.target_edit.setText(path)

    def start(self) -> BackgroundTask | None:
        text = self.target_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Bitte ein Ziel angeben."))
            return None
        ws, target, fmt, with_names = self.ws, Path(text), self.chosen_format(), self.names_box.isChecked()

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return export_workspace(ws, target, fmt, with_names=with_names, progress=progress, cancelled=cancelled)

        self.task = BackgroundTask.launch(self, work, progressed=self._on_progress, succeeded=self._on_done,
                                          failed=self._on_failed, busy=self._busy)
        return self.task

    def cancel_or_close(self) -> None:
        if self.task is not None and self.task.is_running():
            self.task.cancel()
            self.status.setText(self.tr("Wird abgebrochen …"))
        else:
            self.reject()

    def reject(self) -> None:
        if self.task is not None and self.task.is_running():
            self.task.cancel()  # closing the window cancels; the dialog waits for the worker to stop
            self.task.wait()
        super().reject()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        for w in (self.export_button, self.format_box, self.target_edit, self.browse_button, self.names_box):
            w.setEnabled(not busy)
        self.cancel_button.setText(self.tr("Abbrechen") if busy else self.tr("Schließen"))

    def _on_progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(self.tr("Tabelle: %1").replace("%1", text))

    def _on_done(self, result: object) -> None:
        path = Path(str(getattr(result, "path", result)))
        self.result_path = path
        kind = self.tr("pseudonymisiert") if getattr(result, "pseudonymised", True) else \
            self.tr("mit Namen (nur bei Einwilligung)")
        text = self.tr("Export geschrieben (%1): %2").replace("%1", kind).replace("%2", str(path))
        replaced = int(getattr(result, "replaced_controls", 0) or 0)
        if replaced:
            text += " " + self.tr("%1 Zellen enthielten Steuerzeichen, die Excel nicht speichern kann; sie stehen "
                                  "dort sichtbar als ␋, ␀, ␛.").replace("%1", str(replaced))
        self.status.setText(text)
        self.open_button.setEnabled(True)

    def _on_failed(self, message: str) -> None:
        if message == CANCELLED:
            self.status.setText(self.tr("Abgebrochen – es wurde nichts geschrieben."))
            return
        self.status.setText(message)
        QMessageBox.warning(self, self.tr("Export"), message)

    def open_folder(self) -> None:
        if self.result_path is not None:
            folder = self.result_path if self.result_path.is_dir() else self.result_path.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
