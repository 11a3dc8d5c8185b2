"""The "Finanzierung" page: pick or create a financing model, work on its lines, see whether it carries itself.

Left: the models, the canvas each is linked to, its time span, and the Excel export. Right: tabs for the lines
with the result, the charts, the cross-check with the canvas, the comparison of models and the evaluation.
Refusals appear in a message line at the bottom instead of a dialog, so work is never interrupted.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.operations import financing_ops as ops
from app.operations.errors import OperationRefused
from app.operations.financing_results import ModelResult, export_model_xlsx
from app.ui import theme

from .compare_view import CompareView
from .crosscheck_view import CrossCheckView
from .evaluation_view import EvaluationView
from .financing_charts import BalanceChart, RevenueCostChart
from .model_editor import ModelEditor

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

PAGE_POINT_SIZE = 13


class FinancingPage(QWidget):
    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        font = self.font()
        font.setPointSize(max(font.pointSize(), PAGE_POINT_SIZE))
        self.setFont(font)

        self.model_list = QListWidget()
        self.model_list.currentItemChanged.connect(lambda *_: self._model_selected())
        self.model_list.itemChanged.connect(self._item_renamed)
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(self.tr("Titel des neuen Modells"))
        self.new_title.returnPressed.connect(self.create_model)
        create = QPushButton(self.tr("Neues Modell"))
        create.clicked.connect(self.create_model)
        delete = QPushButton(self.tr("Modell löschen"))
        delete.clicked.connect(self.delete_current)
        self.canvas_combo = QComboBox()
        self.canvas_combo.activated.connect(lambda _i: self._link_canvas())
        self.horizon_spin = QSpinBox()
        self.horizon_spin.setRange(1, ops.MAX_HORIZON_MONTHS)
        self.horizon_spin.setSuffix(self.tr(" Monate"))
        self.horizon_spin.editingFinished.connect(self._horizon_changed)
        self.export_button = QPushButton(self.tr("Als Excel exportieren"))
        self.export_button.clicked.connect(self._ask_export)

        side = QVBoxLayout()
        heading = QLabel(self.tr("Finanzierungsmodelle"))
        heading_font = QFont(font)
        heading_font.setPointSize(theme.scaled(17))
        heading_font.setBold(True)
        heading.setFont(heading_font)
        side.addWidget(heading)
        side.addWidget(self.model_list, 1)
        side.addWidget(self.new_title)
        buttons = QHBoxLayout()
        buttons.addWidget(create)
        buttons.addWidget(delete)
        side.addLayout(buttons)
        form = QFormLayout()
        form.addRow(self.tr("Canvas"), self.canvas_combo)
        form.addRow(self.tr("Zeitraum"), self.horizon_spin)
        side.addLayout(form)
        side.addWidget(self.export_button)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(theme.scaled(330))  # grows with the font scale: nothing cut off

        self.editor = ModelEditor(ws)
        self.editor.message.connect(self.show_message)
        self.editor.result_changed.connect(self._result_changed)
        self.revenue_chart, self.balance_chart = RevenueCostChart(), BalanceChart()
        charts = QWidget()
        chart_layout = QHBoxLayout(charts)
        chart_layout.addWidget(self.revenue_chart)
        chart_layout.addWidget(self.balance_chart)
        self.crosscheck = CrossCheckView(ws)
        self.crosscheck.message.connect(self.show_message)
        self.crosscheck.lines_imported.connect(self.editor.reload)
        self.compare = CompareView(ws)
        self.evaluation = EvaluationView(ws, self.show_message)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, self.tr("Einnahmen und Kosten"))
        self.tabs.addTab(charts, self.tr("Diagramme"))
        self.tabs.addTab(self.crosscheck, self.tr("Abgleich mit Canvas"))
        self.tabs.addTab(self.compare, self.tr("Modelle vergleichen"))
        self.tabs.addTab(self.evaluation, self.tr("Evaluation"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_tab())

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        main = QVBoxLayout()
        main.addWidget(self.tabs, 1)
        main.addWidget(self.message_label)
        layout = QHBoxLayout(self)
        layout.addWidget(side_widget)
        layout.addLayout(main, 1)
        self.reload()

    # ------------------------------------------------------------------ state
    def current_model_id(self) -> str | None:
        item = self.model_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def reload(self, select_id: str | None = None) -> None:
        """Re-read models and canvases (call after other pages changed the workspace)."""
        select_id = select_id or self.current_model_id()
        models = ops.list_models(self.ws)
        self.model_list.blockSignals(True)
        self.model_list.clear()
        for m in models:
            item = QListWidgetItem(m.title)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.model_list.addItem(item)
            if m.id == select_id:
                self.model_list.setCurrentItem(item)
        if self.model_list.currentItem() is None and models:
            self.model_list.setCurrentRow(0)
        self.model_list.blockSignals(False)
        self.canvas_combo.clear()
        self.canvas_combo.addItem(self.tr("(kein Canvas)"), None)
        for c in ops.list_link_canvases(self.ws):
            self.canvas_combo.addItem(f"{c.title} (v{c.version}, {c.template_name})", c.id)
        self.editor.reload_sources()
        self.compare.set_models(models)
        self._model_selected()

    def _model_selected(self) -> None:
        model_id = self.current_model_id()
        enabled = model_id is not None
        for widget in (self.canvas_combo, self.horizon_spin, self.export_button):
            widget.setEnabled(enabled)
        canvas_id = None
        if model_id:
            model = ops.get_model(self.ws, model_id)
            canvas_id = model.canvas_id
            self.canvas_combo.setCurrentIndex(max(0, self.canvas_combo.findData(canvas_id)))
            self.horizon_spin.setValue(model.horizon_months)
        self.editor.set_model(model_id)
        self.crosscheck.set_model(model_id)
        self.evaluation.set_canvas(canvas_id)

    def _result_changed(self, result: ModelResult | None) -> None:
        self.revenue_chart.show_result(result)
        self.balance_chart.show_result(result)

    def _refresh_tab(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.crosscheck:
            self.crosscheck.reload()
        elif current is self.compare:
            self.compare.refresh()

    def show_message(self, text: str, is_error: bool = False) -> None:
        self.message_label.setStyleSheet("color: #b3261e; font-weight: bold;" if is_error else "color: #1e7b34;")
        self.message_label.setText(text)

    # ------------------------------------------------------------------ actions
    def _try(self, action, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return action(self.ws, *args, **kwargs)
        except OperationRefused as exc:
            self.show_message(str(exc), True)
            return None

    def create_model(self) -> None:
        canvas_id = None
        choices = ops.list_link_canvases(self.ws)
        if choices and choices[0].template_key == ops.FINANCING_TEMPLATE_KEY:
            canvas_id = choices[0].id
        model = self._try(ops.create_model, self.new_title.text(), canvas_id=canvas_id)
        if model is not None:
            self.new_title.clear()
            self.show_message(self.tr("Modell »{0}« angelegt.").format(model.title))
            self.reload(model.id)

    def _item_renamed(self, item: QListWidgetItem) -> None:
        model_id = item.data(Qt.ItemDataRole.UserRole)
        if self._try(ops.rename_model, model_id, item.text()) is None:
            self.reload(model_id)
        else:
            self.compare.set_models(ops.list_models(self.ws))

    def delete_current(self) -> None:
        model_id = self.current_model_id()
        if model_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Modell löschen"),
                                      self.tr("Das Modell »{0}« mit allen Zeilen löschen?").format(
                                          self.model_list.currentItem().text()))
        if answer == QMessageBox.StandardButton.Yes:
            self._try(ops.delete_model, model_id)
            self.model_list.setCurrentItem(None)
            self.reload()

    def _link_canvas(self) -> None:
        model_id = self.current_model_id()
        if model_id and self._try(ops.update_model, model_id, canvas_id=self.canvas_combo.currentData()):
            self._model_selected()

    def _horizon_changed(self) -> None:
        model_id = self.current_model_id()
        if model_id and self.horizon_spin.value() != ops.get_model(self.ws, model_id).horizon_months:
            self._try(ops.update_model, model_id, horizon_months=self.horizon_spin.value())
            self.editor.reload()

    def _ask_export(self) -> None:
        model_id = self.current_model_id()
        if model_id is None:
            return
        title = self.model_list.currentItem().text()
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Als Excel exportieren"),
                                                    f"{title}.xlsx", self.tr("Excel-Arbeitsmappe (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Path | None:
        model_id = self.current_model_id()
        if model_id is None:
            return None
        written = self._try(export_model_xlsx, model_id, path)
        if written is not None:
            self.show_message(self.tr("Gespeichert: {0}").format(written))
        return written
