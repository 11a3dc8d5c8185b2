""""Versionen vergleichen" and "Sitzungen vergleichen": what changed between versions, who said what where.

Every difference is named in words ("neu", "entfernt", "geändert: Text, Bereich"); the background colour only
repeats it, so the table reads the same in black and white and for people who do not tell red from green.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.canvas_diff import FIELD_LABELS, DiffRow, diff_rows
from app.domain.formatting import format_eur
from app.operations.canvas_versions import VersionError, VersionInfo, diff_versions, list_versions
from app.ui.canvas.comparison_table import GroupedTable, readable_font
from app.ui.canvas.session_compare import SessionCompareWidget

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

ADDED_BACKGROUND = "#d3f9d8"
REMOVED_BACKGROUND = "#ffe3e3"
CHANGED_BACKGROUND = "#fff3bf"


def field_names(fields: tuple[str, ...]) -> str:
    return ", ".join(QCoreApplication.translate("CanvasDiff", FIELD_LABELS[f]) for f in fields)


def euro_text(cents: int | None, period: str) -> str:
    """German money text from exact cents: 12345 → "123,45 €" (with "/ Monat" or "/ Jahr")."""
    tr = QCoreApplication.translate
    if cents is None:
        return tr("VersionDiff", "kein Betrag")
    text = format_eur(cents)
    per = {"month": tr("VersionDiff", " / Monat"), "year": tr("VersionDiff", " / Jahr")}.get(period, "")
    return text + per


def before_text(row: DiffRow, block_titles: dict[str, str]) -> str:
    """How a changed card was before, one line per changed field the user can read (colour is only named)."""
    old = row.old
    if old is None:
        return ""
    tr = QCoreApplication.translate
    lines = []
    if "text" in row.fields:
        lines.append(old.text)
    if "block" in row.fields:
        lines.append(tr("VersionDiff", "Bereich: {title}").format(
            title=block_titles.get(old.block_key) or old.block_key))
    if "amount" in row.fields:
        lines.append(tr("VersionDiff", "Betrag: {amount}").format(
            amount=euro_text(old.amount_cents, old.amount_period)))
    if "cluster" in row.fields:
        lines.append(tr("VersionDiff", "Gruppe: {title}").format(
            title=old.cluster_title or tr("VersionDiff", "keine")))
    return "\n".join(lines)


class VersionDiffWidget(QWidget):
    """Two version pickers and the table of differences between them, grouped by block."""

    def __init__(self, ws: WorkspaceFile, canvas_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.versions: list[VersionInfo] = list_versions(ws, canvas_id)
        self.older_box = QComboBox()
        self.newer_box = QComboBox()
        for box in (self.older_box, self.newer_box):
            box.setFont(readable_font(self.font()))
            for v in self.versions:
                box.addItem(v.label, v.id)
        form = QFormLayout()
        form.addRow(self.tr("Vorher:"), self.older_box)
        form.addRow(self.tr("Nachher:"), self.newer_box)
        self.summary = QLabel()
        self.summary.setFont(readable_font(self.font(), bold=True))
        self.summary.setWordWrap(True)
        self.table = GroupedTable([self.tr("Änderung"), self.tr("Karte"), self.tr("Vorher")])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

        current = next((i for i, v in enumerate(self.versions) if v.id == canvas_id), len(self.versions) - 1)
        self.newer_box.setCurrentIndex(current)
        self.older_box.setCurrentIndex(max(0, current - 1) if current > 0 else min(1, len(self.versions) - 1))
        self.older_box.currentIndexChanged.connect(self.refresh)
        self.newer_box.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def select(self, older_id: str, newer_id: str) -> None:
        self.older_box.setCurrentIndex(self.older_box.findData(older_id))
        self.newer_box.setCurrentIndex(self.newer_box.findData(newer_id))
        self.refresh()

    def refresh(self) -> None:
        self.table.clear_rows()
        if len(self.versions) < 2:
            self.summary.setText(self.tr("Von dieser Tafel gibt es erst eine Version. Mit »Als neue Version "
                                         "sichern« entsteht die nächste; dann lassen sich beide vergleichen."))
            return
        a, b = self.older_box.currentData(), self.newer_box.currentData()
        if a == b:
            self.summary.setText(self.tr("Bitte zwei verschiedene Versionen wählen."))
            return
        try:
            result = diff_versions(self._ws, a, b)
        except VersionError as exc:
            self.summary.setText(str(exc))
            return
        diff = result.diff
        self.summary.setText(self.tr("{older} → {newer}: {added} neu, {removed} entfernt, {changed} geändert, "
                                     "{same} unverändert").format(
            older=result.older.label, newer=result.newer.label, added=len(diff.added), removed=len(diff.removed),
            changed=len(diff.changed), same=len(diff.unchanged)))
        titles = {blk.key: blk.title for blk in result.blocks}
        current_block: str | None = None
        for row in diff_rows(diff, [blk.key for blk in result.blocks]):
            if row.block_key != current_block:
                current_block = row.block_key
                self.table.add_heading(titles.get(row.block_key) or row.block_key or self.tr("ohne Bereich"))
            if row.kind == "added":
                self.table.add_row([self.tr("neu"), row.text, ""], background=ADDED_BACKGROUND, bold_first=True)
            elif row.kind == "removed":
                self.table.add_row([self.tr("entfernt"), row.text, ""], background=REMOVED_BACKGROUND,
                                   bold_first=True, strike_out=(1,))
            else:
                self.table.add_row([self.tr("geändert: {fields}").format(fields=field_names(row.fields)),
                                    row.text, before_text(row, titles)], background=CHANGED_BACKGROUND,
                                   bold_first=True)
        if diff.is_empty:
            self.table.add_heading(self.tr("Keine Unterschiede zwischen den beiden Versionen."))
        self.table.finish()


class VersionDialog(QDialog):
    """Tabs "Versionen vergleichen" and "Sitzungen vergleichen" for one canvas."""

    def __init__(self, ws: WorkspaceFile, canvas_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Versionen und Sitzungen vergleichen"))
        self.setFont(readable_font(self.font()))
        self.tabs = QTabWidget()
        self.versions = VersionDiffWidget(ws, canvas_id)
        self.sessions = SessionCompareWidget(ws, canvas_id)
        self.tabs.addTab(self.versions, self.tr("Versionen vergleichen"))
        self.tabs.addTab(self.sessions, self.tr("Sitzungen vergleichen"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(1100, 760)
