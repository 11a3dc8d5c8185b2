"""One financing model at work: editable revenue and cost tables on the left, the result panel on the right.

Each cell edit calls one operation; afterwards the editor reloads the lines and recomputes, and tells the page
(``result_changed``) so the charts follow.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.operations import financing_ops as ops
from app.operations.errors import OperationRefused
from app.operations.financing_catalogue_ops import list_sources
from app.operations.financing_ops import COST_KIND_NAMES
from app.operations.financing_results import ModelResult, compute
from app.ui import theme

from .line_table_model import CERTAINTY_LABELS, UNIT_LABELS, ChoiceDelegate, Column, LineTableModel
from .result_panel import ResultPanel

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

REVENUE_COLUMNS = (
    Column("label", QT_TRANSLATE_NOOP("FinancingTable", "Bezeichnung"), "text"),
    Column("source_id", QT_TRANSLATE_NOOP("FinancingTable", "Quelle"), "choice", display_field="source_name"),
    Column("amount_cents", QT_TRANSLATE_NOOP("FinancingTable", "Betrag"), "money"),
    Column("unit", QT_TRANSLATE_NOOP("FinancingTable", "Einheit"), "choice", tuple(UNIT_LABELS.items())),
    Column("clients", QT_TRANSLATE_NOOP("FinancingTable", "Nutzende"), "int"),
    Column("uptake_pct", QT_TRANSLATE_NOOP("FinancingTable", "Inanspruchnahme"), "percent"),
    Column("start_month", QT_TRANSLATE_NOOP("FinancingTable", "Start"), "int"),
    Column("end_month", QT_TRANSLATE_NOOP("FinancingTable", "Ende"), "optional_int"),
    Column("certainty", QT_TRANSLATE_NOOP("FinancingTable", "Sicherheit"), "choice", tuple(CERTAINTY_LABELS.items())),
    Column("temporary", QT_TRANSLATE_NOOP("FinancingTable", "befristet"), "bool"),
    Column("public", QT_TRANSLATE_NOOP("FinancingTable", "öffentlich"), "bool"),
    Column("valued", QT_TRANSLATE_NOOP("FinancingTable", "bewertet"), "bool"),
)
COST_UNIT_LABELS = tuple((k, v) for k, v in UNIT_LABELS.items() if k != "per_client_month")
COST_COLUMNS = (
    Column("kind", QT_TRANSLATE_NOOP("FinancingTable", "Kostenart"), "choice", tuple((k, k) for k in COST_KIND_NAMES)),
    Column("label", QT_TRANSLATE_NOOP("FinancingTable", "Bezeichnung"), "text"),
    Column("amount_cents", QT_TRANSLATE_NOOP("FinancingTable", "Betrag"), "money"),
    Column("unit", QT_TRANSLATE_NOOP("FinancingTable", "Einheit"), "choice", COST_UNIT_LABELS),
    Column("start_month", QT_TRANSLATE_NOOP("FinancingTable", "Start"), "int"),
    Column("end_month", QT_TRANSLATE_NOOP("FinancingTable", "Ende"), "optional_int"),
)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont()
    font.setPointSize(theme.scaled(16))
    font.setBold(True)
    label.setFont(font)
    return label


def _table(model: LineTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(ChoiceDelegate(model, view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    header = view.horizontalHeader()
    header_font = QFont(view.font())
    header_font.setBold(True)
    header.setFont(header_font)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for index, column in enumerate(model.columns):
        if column.field in ("label", "source_id"):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(index, 200)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    return view


class ModelEditor(QWidget):
    result_changed = Signal(object)  # ModelResult | None
    message = Signal(str, bool)  # text, is_error

    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.model_id: str | None = None
        self.result: ModelResult | None = None
        self.revenue_model = LineTableModel(REVENUE_COLUMNS, partial(self._save, ops.edit_revenue_line), self)
        self.cost_model = LineTableModel(COST_COLUMNS, partial(self._save, ops.edit_cost_line), self)
        for model in (self.revenue_model, self.cost_model):
            model.edited.connect(self.reload)
            model.refused.connect(lambda text: self.message.emit(text, True))
        self.revenue_view, self.cost_view = _table(self.revenue_model), _table(self.cost_model)

        self.source_combo = QComboBox()
        add_revenue = QPushButton(self.tr("Einnahme hinzufügen"))
        add_revenue.clicked.connect(self.add_revenue_line)
        remove_revenue = QPushButton(self.tr("Einnahme entfernen"))
        remove_revenue.clicked.connect(partial(self._remove_selected, self.revenue_view, ops.remove_revenue_line))
        self.kind_combo = QComboBox()
        self.kind_combo.addItems(list(COST_KIND_NAMES))
        add_cost = QPushButton(self.tr("Kosten hinzufügen"))
        add_cost.clicked.connect(self.add_cost_line)
        remove_cost = QPushButton(self.tr("Kosten entfernen"))
        remove_cost.clicked.connect(partial(self._remove_selected, self.cost_view, ops.remove_cost_line))

        tables = QWidget()
        left = QVBoxLayout(tables)
        left.addWidget(_heading(self.tr("Einnahmen")))
        left.addWidget(self.revenue_view, 3)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Quelle:")))
        row.addWidget(self.source_combo, 1)
        row.addWidget(add_revenue)
        row.addWidget(remove_revenue)
        left.addLayout(row)
        left.addWidget(_heading(self.tr("Kosten")))
        left.addWidget(self.cost_view, 3)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Kostenart:")))
        row.addWidget(self.kind_combo, 1)
        row.addWidget(add_cost)
        row.addWidget(remove_cost)
        left.addLayout(row)
        hint = QLabel(self.tr("Doppelklick auf eine Zelle zum Ändern. Beträge in Euro, z. B. 1.234,50."))
        hint.setWordWrap(True)
        left.addWidget(hint)

        self.result_panel = ResultPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(tables)
        splitter.addWidget(self.result_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([880, 740])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.reload_sources()

    # ------------------------------------------------------------------ loading
    def reload_sources(self) -> None:
        sources = list_sources(self.ws)
        self.source_combo.clear()
        self.source_combo.addItem(self.tr("(eigene Einnahme ohne Quelle)"), None)
        for src in sources:
            self.source_combo.addItem(src.name, src.id)
        self.revenue_model.set_choices("source_id", [(None, "–")] + [(s.id, s.name) for s in sources])

    def set_model(self, model_id: str | None) -> None:
        self.model_id = model_id
        self.reload()

    def reload(self) -> None:
        if self.model_id is None:
            self.revenue_model.set_rows([])
            self.cost_model.set_rows([])
            self.result = None
        else:
            try:
                self.revenue_model.set_rows(ops.list_revenue_lines(self.ws, self.model_id))
                self.cost_model.set_rows(ops.list_cost_lines(self.ws, self.model_id))
                self.result = compute(self.ws, self.model_id)
            except OperationRefused as exc:
                self.message.emit(str(exc), True)
                self.result = None
        self.result_panel.show_result(self.result)
        self.result_changed.emit(self.result)

    # ------------------------------------------------------------------ actions
    def _save(self, operation: Any, line_id: str, changes: dict[str, Any]) -> None:
        operation(self.ws, line_id, **changes)

    def _run(self, action: Any, *args: Any, **kwargs: Any) -> bool:
        try:
            action(self.ws, *args, **kwargs)
        except OperationRefused as exc:
            self.message.emit(str(exc), True)
            return False
        self.reload()
        return True

    def add_revenue_line(self) -> None:
        if self.model_id is None:
            return
        source_id = self.source_combo.currentData()
        extra = {} if source_id else {"label": self.tr("Neue Einnahme")}
        self._run(ops.add_revenue_line, self.model_id, source_id, **extra)

    def add_cost_line(self) -> None:
        if self.model_id is None:
            return
        kind = self.kind_combo.currentText()
        self._run(ops.add_cost_line, self.model_id, kind, kind, 0)

    def _remove_selected(self, view: QTableView, operation: Any) -> None:
        rows = {index.row() for index in view.selectionModel().selectedRows()}
        model = view.model()
        assert isinstance(model, LineTableModel)
        for row in sorted(rows, reverse=True):
            if not self._run(operation, model.row_at(row).id):
                return
