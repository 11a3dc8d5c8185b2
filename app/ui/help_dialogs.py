"""Help menu: about box and the list of keyboard shortcuts, built from the window's own menu actions."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMenuBar, QMessageBox, QVBoxLayout, QWidget

from app import APP_NAME, __version__


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpDialogs", text)


def show_about(parent: QWidget | None) -> None:
    text = _tr(
        "<h2>{name}</h2><p>Version {version}</p>"
        "<p>Geschäftsmodelle für die Quartiersversorgung gemeinsam entwickeln – "
        "mit Bürgerinnen und Bürgern, Dienstleistern und kommunalen Akteuren.</p>"
        "<p>Alles bleibt auf diesem Rechner; jede Änderung wird sofort gespeichert.</p>"
    ).format(name=APP_NAME, version=__version__)
    QMessageBox.about(parent, _tr("Über QuartiersWerkstatt"), text)


def shortcut_rows(menu_bar: QMenuBar) -> list[tuple[str, str]]:
    """(menu entry, key) for every action with a shortcut, in menu order."""
    rows: list[tuple[str, str]] = []

    def walk(actions: list[QAction], prefix: str) -> None:
        for action in actions:
            label = action.text().replace("&", "").replace("…", "").strip()
            if action.menu() is not None:
                walk(action.menu().actions(), f"{prefix}{label} → ")
            elif not action.shortcut().isEmpty():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((prefix + label, keys))

    walk(menu_bar.actions(), "")
    return rows


def page_shortcut_rows(page: QWidget | None) -> list[tuple[str, str]]:
    """(action, key) for the shown page's own actions with a shortcut (the canvas: N, Entf, F5 …)."""
    if page is None:
        return []
    rows: list[tuple[str, str]] = []
    for action in page.findChildren(QAction):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if not keys:
            # the board handles its one-key shortcuts itself and names them in the tooltip: "Neue Karte (N)"
            hint = re.search(r"\(([^()]+)\)$", action.toolTip())
            keys = hint.group(1) if hint and not QKeySequence(hint.group(1)).isEmpty() else ""
        if not keys or not action.text():
            continue
        row = (action.text().replace("&", "").replace("…", "").strip(), keys)
        if row not in rows:
            rows.append(row)
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None, page: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tastenkürzel"))
        self.rows = shortcut_rows(menu_bar) + page_shortcut_rows(page)
        cells = "".join(
            f"<tr><td style='padding:4px 24px 4px 0'>{html.escape(label)}</td>"
            f"<td style='padding:4px 0'><b>{html.escape(keys)}</b></td></tr>"
            for label, keys in self.rows
        )
        extra = self.tr(
            "<p>In jeder Liste: Pfeiltasten wählen, Tabulator wechselt zwischen Navigation und Inhalt.</p>"
        )
        label = QLabel(f"<table>{cells}</table>{extra}")
        label.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
