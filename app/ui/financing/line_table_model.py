"""An editable table over revenue or cost lines; every finished cell edit is one operation call.

The model holds plain row dataclasses from the operations. ``setData`` turns the typed text into the field
value (amounts typed the German way become cents), calls the save function (an operation), and reports either
``edited`` (the page then reloads rows and results) or ``refused`` with the German reason.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.domain.formatting import format_eur, format_number_de, parse_eur_cents
from app.operations.errors import OperationRefused

Index = QModelIndex | QPersistentModelIndex

UNIT_LABELS = {"per_month": QT_TRANSLATE_NOOP("FinancingTable", "pro Monat"),
               "per_year": QT_TRANSLATE_NOOP("FinancingTable", "pro Jahr"),
               "per_client_month": QT_TRANSLATE_NOOP("FinancingTable", "pro Person/Monat"),
               "one_off": QT_TRANSLATE_NOOP("FinancingTable", "einmalig")}
CERTAINTY_LABELS = {"sicher": QT_TRANSLATE_NOOP("FinancingTable", "sicher"),
                    "wahrscheinlich": QT_TRANSLATE_NOOP("FinancingTable", "wahrscheinlich"),
                    "offen": QT_TRANSLATE_NOOP("FinancingTable", "offen")}


def shown(text: str) -> str:
    """Column titles and choice labels are German source texts marked above; translated when shown."""
    return QCoreApplication.translate("FinancingTable", text)


@dataclass(frozen=True)
class Column:
    field: str
    title: str
    kind: str  # text | money | int | optional_int | percent | choice | bool
    choices: tuple[tuple[Any, str], ...] = ()
    display_field: str = ""  # for a choice shown by another field (source_id shown as source_name)


def _parse(column: Column, value: Any) -> Any:
    if column.kind == "bool":
        return value == Qt.CheckState.Checked.value or value is True
    if column.kind == "choice":
        return value
    text = str(value).strip()
    if column.kind == "money":
        return parse_eur_cents(text)
    if column.kind in ("int", "optional_int"):
        if not text and column.kind == "optional_int":
            return None
        if not text.lstrip("-").isdigit():
            raise ValueError(shown("»{text}« ist keine ganze Zahl.").format(text=text))
        return int(text)
    if column.kind == "percent":
        try:
            return float(text.replace("%", "").replace(".", "").replace(",", ".").strip())
        except ValueError:
            raise ValueError(shown("»{text}« ist keine Prozentzahl (Beispiel: 87,5).").format(text=text)) from None
    return text


class LineTableModel(QAbstractTableModel):
    edited = Signal()
    refused = Signal(str)

    def __init__(self, columns: Sequence[Column], save: Callable[[str, dict[str, Any]], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._save = save
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def set_choices(self, field: str, choices: Sequence[tuple[Any, str]]) -> None:
        self.columns = [Column(c.field, c.title, c.kind, tuple(choices), c.display_field) if c.field == field else c
                        for c in self.columns]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return shown(self.columns[section].title)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def _display(self, column: Column, value: Any, row: Any) -> str:
        if column.kind == "money":
            return format_eur(value)
        if column.kind == "percent":
            return f"{format_number_de(value)} %"
        if column.kind == "optional_int":
            return "" if value is None else str(value)
        if column.kind == "choice":
            if column.display_field:
                return str(getattr(row, column.display_field) or "–")
            return shown(dict(column.choices).get(value, str(value)))
        return str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        value = getattr(row, column.field)
        if column.kind == "bool":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, value, row)
        if role == Qt.ItemDataRole.EditRole:
            if column.kind == "money":
                return format_eur(value, symbol=False)
            if column.kind == "percent":
                return format_number_de(value)
            if column.kind == "choice":
                return value
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("money", "int", "optional_int", "percent"):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role not in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.CheckStateRole):
            return False
        row, column = self._rows[index.row()], self.columns[index.column()]
        try:
            new_value = _parse(column, value)
            if new_value == getattr(row, column.field):
                return False
            self._save(row.id, {column.field: new_value})
        except (OperationRefused, ValueError) as exc:
            self.refused.emit(str(exc))
            return False
        self.edited.emit()
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down for columns with a fixed set of values (unit, certainty, source, cost kind)."""

    def __init__(self, model: LineTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def _column(self, index: Index) -> Column:
        return self._model.columns[index.column()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self._column(index)
        if column.kind != "choice":
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in column.choices:
            combo.addItem(shown(label), value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
