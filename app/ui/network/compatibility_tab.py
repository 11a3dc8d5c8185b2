"""Compatibility matrix: actor pairs with the rules' verdict and German reasons; the group may override a
verdict, but only with a written reason (stored on the pair's cooperation link)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.operations import compatibility_ops
from app.operations.errors import OperationRefused
from app.store.workspace_file import WorkspaceFile

from .widgets import MessageLine, item, setup_table

LEVEL_COLORS = {"kompatibel": "#d9f2d9", "bedingt": "#fff3c4", "inkompatibel": "#ffd6d6"}
LEVELS = ("kompatibel", "bedingt", "inkompatibel")


class CompatibilityTab(QWidget):
    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.rows: list[compatibility_ops.PairRow] = []
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Paare mit Verbindung"), "linked")
        self.scope.addItem(self.tr("alle Schlüsselpartner"), "key_partners")
        self.scope.addItem(self.tr("alle Akteure"), "all")
        self.scope.currentIndexChanged.connect(self.refresh)
        self.sources = QListWidget()
        self.sources.setMaximumWidth(300)
        for src in compatibility_ops.financing_sources():
            it = QListWidgetItem(src.name)
            it.setData(Qt.ItemDataRole.UserRole, src.key)
            it.setCheckState(Qt.CheckState.Checked if src.key in ("entlastungsbetrag_45b", "entgelte")
                             else Qt.CheckState.Unchecked)
            self.sources.addItem(it)
        self.sources.itemChanged.connect(lambda _i: self.refresh())
        self.table = QTableWidget()
        setup_table(self.table, [self.tr("Akteur"), self.tr("Akteur"), self.tr("Bewertung"),
                                 self.tr("Regeln sagen"), self.tr("Begründung der Gruppe")])
        self.table.itemSelectionChanged.connect(self._show_reasons)
        self.reasons = QTextBrowser()
        self.level = QComboBox()
        self.level.addItems(LEVELS)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Warum sieht die Gruppe das anders? (Pflicht)"))
        override = QPushButton(self.tr("Abweichend bewerten"))
        override.clicked.connect(self.override)
        clear = QPushButton(self.tr("Abweichung aufheben"))
        clear.clicked.connect(self.clear_override)
        self.message = MessageLine()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Gemeinsam finanziert über:")))
        left.addWidget(self.sources, 1)
        left.addWidget(QLabel(self.tr("Welche Paare:")))
        left.addWidget(self.scope)
        over = QHBoxLayout()
        over.addWidget(self.level)
        over.addWidget(self.reason, 1)
        over.addWidget(override)
        over.addWidget(clear)
        right = QVBoxLayout()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.reasons)
        split.setSizes([400, 200])
        right.addWidget(split, 1)
        right.addLayout(over)
        right.addWidget(self.message)
        row = QHBoxLayout(self)
        lw, rw = QWidget(), QWidget()
        lw.setLayout(left)
        rw.setLayout(right)
        row.addWidget(lw)
        row.addWidget(rw, 1)

    def source_keys(self) -> list[str]:
        return [self.sources.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.sources.count())
                if self.sources.item(i).checkState() == Qt.CheckState.Checked]

    def refresh(self) -> None:
        selected = self.table.currentRow()
        self.rows = compatibility_ops.compatibility_pairs(self.ws, source_keys=self.source_keys(),
                                                          scope=self.scope.currentData())
        self.table.setRowCount(len(self.rows))
        for r, p in enumerate(self.rows):
            level = p.level + (" " + self.tr("(abweichend)") if p.override_reason else "")
            for c, v in enumerate((p.actor_a, p.actor_b, level, p.computed_level, p.override_reason)):
                self.table.setItem(r, c, item(v, color=LEVEL_COLORS.get(p.level, "") if c == 2 else ""))
        self.table.resizeColumnsToContents()
        if 0 <= selected < len(self.rows):
            self.table.selectRow(selected)
        self._show_reasons()

    def _current(self) -> compatibility_ops.PairRow | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def _show_reasons(self) -> None:
        p = self._current()
        if p is None:
            self.reasons.setPlainText(self.tr("Ein Paar auswählen, um die Begründungen zu sehen."))
            return
        lines = [f"{p.actor_a} – {p.actor_b}: {p.computed_level}", ""] + [f"• {x}" for x in p.reasons]
        if p.override_reason:
            lines += ["", self.tr("Die Gruppe bewertet: %1 – %2").replace("%1", p.level)
                      .replace("%2", p.override_reason)]
        self.reasons.setPlainText("\n".join(lines))

    def override(self) -> None:
        p = self._current()
        if p is None:
            return
        try:
            compatibility_ops.override_verdict(self.ws, p.actor_a_id, p.actor_b_id, level=self.level.currentText(),
                                               reason=self.reason.text(), source_keys=self.source_keys())
        except OperationRefused as exc:
            self.message.error(str(exc))
            return
        self.reason.clear()
        self.message.clear_message()
        self.refresh()

    def clear_override(self) -> None:
        p = self._current()
        if p is not None and p.link_id and p.override_reason:
            compatibility_ops.clear_override(self.ws, p.link_id)
            self.refresh()
