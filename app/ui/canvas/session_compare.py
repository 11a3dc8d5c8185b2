""""Sitzungen vergleichen": two canvases on the same template side by side, per block and stakeholder group.

Typical use: the citizen workshop next to the provider conference, to see what citizens said that providers did
not, and the other way round. Cards only one side has are marked with the words "nur hier".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.domain.canvas_diff import BlockByGroup, CardSnapshot
from app.operations.canvas_versions import (
    SessionComparison,
    VersionError,
    VersionInfo,
    comparable_canvases,
    compare_sessions,
)
from app.ui.canvas.comparison_table import GroupedTable, readable_font

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


def canvas_label(v: VersionInfo) -> str:
    text = QCoreApplication.translate("SessionCompare", "{title}, Version {n}").format(title=v.title, n=v.version)
    return f"{text} – {v.session_title}" if v.session_title else text


def _cell(cards: tuple[CardSnapshot, ...], only_here: set[str]) -> str:
    if not cards:
        return "–"
    tr = QCoreApplication.translate
    head = tr("SessionCompare", "1 Karte") if len(cards) == 1 else tr(
        "SessionCompare", "{n} Karten").format(n=len(cards))
    lines = [head]
    for c in sorted(cards, key=lambda c: c.text.casefold()):
        mark = tr("SessionCompare", " – nur hier") if c.id in only_here else ""
        lines.append(f"• {c.text}{mark}")
    return "\n".join(lines)


class SessionCompareWidget(QWidget):
    def __init__(self, ws: WorkspaceFile, canvas_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.canvases = comparable_canvases(ws, canvas_id)
        self.a_box, self.b_box = QComboBox(), QComboBox()
        for box in (self.a_box, self.b_box):
            box.setFont(readable_font(self.font()))
            for v in self.canvases:
                box.addItem(canvas_label(v), v.id)
        form = QFormLayout()
        form.addRow(self.tr("Links:"), self.a_box)
        form.addRow(self.tr("Rechts:"), self.b_box)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setFont(readable_font(self.font(), bold=True))
        self.table = GroupedTable([self.tr("Gruppe"), self.tr("Links"), self.tr("Rechts")])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

        self.a_box.setCurrentIndex(max(0, self.a_box.findData(canvas_id)))
        mine = self.canvases[self.a_box.currentIndex()] if self.canvases else None
        other = next((i for i, v in enumerate(self.canvases)
                      if mine is not None and v.id != mine.id and v.session_id != mine.session_id), None)
        if other is None:
            other = next((i for i, v in enumerate(self.canvases) if mine is not None and v.id != mine.id), 0)
        self.b_box.setCurrentIndex(other)
        self.a_box.currentIndexChanged.connect(self.refresh)
        self.b_box.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def select(self, a_id: str, b_id: str) -> None:
        self.a_box.setCurrentIndex(self.a_box.findData(a_id))
        self.b_box.setCurrentIndex(self.b_box.findData(b_id))
        self.refresh()

    def refresh(self) -> None:
        self.table.clear_rows()
        if len(self.canvases) < 2:
            self.summary.setText(self.tr("Es gibt keine zweite Tafel mit derselben Vorlage zum Vergleichen."))
            return
        a, b = self.a_box.currentData(), self.b_box.currentData()
        if a == b:
            self.summary.setText(self.tr("Bitte zwei verschiedene Tafeln wählen."))
            return
        try:
            result = compare_sessions(self._ws, a, b)
        except VersionError as exc:
            self.summary.setText(str(exc))
            return
        self._show(result)

    def _show(self, result: SessionComparison) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Gruppe"), self.side_title(result.a), self.side_title(result.b)])
        only_a = sum(len(b.only_a) for b in result.per_block)
        only_b = sum(len(b.only_b) for b in result.per_block)
        self.summary.setText(self.tr("Nur links: {a} Karten, nur rechts: {b} Karten. Gruppe = Interessengruppe "
                                     "der Person, die die Karte geschrieben hat.").format(a=only_a, b=only_b))
        titles = {blk.key: blk.title for blk in result.blocks}
        for block in result.per_block:
            self._add_block(titles.get(block.block_key) or block.block_key or self.tr("ohne Bereich"), block)
        if not result.per_block:
            self.table.add_heading(self.tr("Auf beiden Tafeln liegen noch keine Karten."))
        self.table.finish()

    def side_title(self, v: VersionInfo) -> str:
        """Short column title: the session, which is what sets the two sides apart; else the version."""
        return v.session_title or self.tr("Version {n}").format(n=v.version)

    def _add_block(self, title: str, block: BlockByGroup) -> None:
        self.table.add_heading(title)
        only = {c.id for c in block.only_a} | {c.id for c in block.only_b}
        for group in block.groups:
            group_name = QCoreApplication.translate("CanvasDiff", group)
            self.table.add_row([group_name, _cell(block.cards_a.get(group, ()), only),
                                _cell(block.cards_b.get(group, ()), only)], bold_first=True)
