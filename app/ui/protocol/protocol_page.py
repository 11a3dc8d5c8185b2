"""Protokoll: choose a session and sections, write the PDF off the GUI thread, open it, print it, export data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.formatting import format_date
from app.operations.listing import list_sessions
from app.operations.protocol_ops import SECTION_TITLES, write_session_protocol
from app.reports.canvas_render import render_canvas_pdfs
from app.ui.background import BackgroundTask
from app.ui.protocol.export_dialog import ExportDialog
from app.ui.vocabulary import tr_word


class ProtocolPage(QWidget):
    def __init__(self, ws, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ws = ws
        self.task: BackgroundTask | None = None
        self.last_pdf: Path | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Protokoll einer Sitzung"))
        title.setObjectName("pageTitle")
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        title.setFont(f)
        layout.addWidget(title)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Sitzung:")))
        self.session_box = QComboBox()
        self.session_box.setAccessibleName(self.tr("Sitzung für das Protokoll"))
        row.addWidget(self.session_box, 1)
        layout.addLayout(row)

        group = QGroupBox(self.tr("Abschnitte"))
        grid = QGridLayout(group)
        self.section_boxes: dict[str, QCheckBox] = {}
        for i, (key, text) in enumerate(SECTION_TITLES.items()):
            box = QCheckBox(tr_word(text))
            box.setChecked(True)
            self.section_boxes[key] = box
            grid.addWidget(box, i // 3, i % 3)
        layout.addWidget(group)
        self.short_box = QCheckBox(self.tr("Kurzprotokoll (eine Seite zum Austeilen)"))
        self.short_box.toggled.connect(group.setDisabled)
        layout.addWidget(self.short_box)

        buttons = QHBoxLayout()
        self.write_button = QPushButton(self.tr("PDF erstellen …"))
        self.write_button.clicked.connect(self.choose_and_write)
        self.open_button = QPushButton(self.tr("PDF öffnen"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_pdf)
        self.print_button = QPushButton(self.tr("Drucken …"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_pdf)
        self.cancel_button = QPushButton(self.tr("Abbrechen"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button = QPushButton(self.tr("Exportieren …"))
        self.export_button.setToolTip(self.tr("Alle Daten als Excel-Arbeitsmappe, CSV-Ordner oder JSON – "
                                              "standardmäßig pseudonymisiert"))
        self.export_button.clicked.connect(self.open_export_dialog)
        for b in (self.write_button, self.open_button, self.print_button, self.cancel_button, self.export_button):
            b.setMinimumHeight(44)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Namen erscheinen nur bei Personen mit Einwilligung; alle anderen unter "
                                        "ihrem Pseudonym.")))
        layout.addStretch(1)
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.session_box.clear()
        rows = sorted(list_sessions(self.ws), key=lambda r: (r.date is None, r.date), reverse=True)
        for r in rows:
            when = format_date(r.date) if r.date else self.tr("ohne Datum")
            self.session_box.addItem(f"{r.title or r.kind} – {r.kind}, {when}", r.id)
        self.write_button.setEnabled(bool(rows))
        if not rows:
            self.status.setText(self.tr("Diese Werkstatt enthält noch keine Sitzung."))

    def chosen_sections(self) -> list[str]:
        return [k for k, b in self.section_boxes.items() if b.isChecked()]

    def choose_and_write(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = "Kurzprotokoll.pdf" if self.short_box.isChecked() else "Protokoll.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Protokoll speichern"), str(Path(folder) / name),
                                              self.tr("PDF-Dateien (*.pdf)"))
        if path:
            self.write_to(Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf"))

    def write_to(self, target: Path) -> BackgroundTask:
        session_id = self.session_box.currentData()
        sections, short = self.chosen_sections(), self.short_box.isChecked()
        ws = self.ws

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return write_session_protocol(ws, session_id, target, sections=sections, short=short,
                                          progress=progress, cancelled=cancelled, render_pictures=render_canvas_pdfs)

        self.task = BackgroundTask.launch(self, work, progressed=self._on_progress, succeeded=self._on_done,
                                          failed=self._on_failed, busy=self._busy)
        return self.task

    def cancel(self) -> None:
        if self.task:
            self.task.cancel()
            self.status.setText(self.tr("Wird abgebrochen …"))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.write_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def _on_progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(self.tr("Abschnitt: %1").replace("%1", text))

    def _on_done(self, path: object) -> None:
        self.last_pdf = Path(str(path))
        self.status.setText(self.tr("Protokoll geschrieben: %1").replace("%1", str(path)))
        self.open_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def _on_failed(self, message: str) -> None:
        if "Cancelled" in message or message == "ProtocolCancelled":
            self.status.setText(self.tr("Abgebrochen – es wurde keine Datei geschrieben."))
            return
        self.status.setText(message)
        QMessageBox.warning(self, self.tr("Protokoll"), message)

    def open_pdf(self) -> None:
        if self.last_pdf:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_pdf)))

    def open_export_dialog(self) -> ExportDialog:
        dialog = ExportDialog(self.ws, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_pdf(self) -> None:
        if not self.last_pdf:
            return
        from app.ui.protocol.printing import print_pdf

        print_pdf(self, self.last_pdf)
