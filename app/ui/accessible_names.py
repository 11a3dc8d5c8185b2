"""Accessible names for widgets that show no text of their own, taken from what a sighted user sees next to them.

A screen reader says a widget's accessible name. Buttons and check boxes have their text; a combo box, a spin
box, a table or a chart does not. Rather than naming ~100 widgets by hand (and forgetting the next one), every
page is passed through ``name_unnamed_widgets`` when it is built: a widget without a name gets its tooltip, its
placeholder, the label beside it in the layout, its group box or tab title, or (tables) its column headings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGraphicsView,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)

NEEDS_NAME = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QGraphicsView, QTextEdit, QPlainTextEdit,
              QAbstractButton)


def _clean(text: str) -> str:
    return " ".join(text.replace("&", "").rstrip(":").split())


def needs_name(widget: QWidget) -> bool:
    if not isinstance(widget, NEEDS_NAME) or widget.accessibleName().strip():
        return False
    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.objectName().startswith("qt_"):
        return False
    if isinstance(widget, QAbstractButton) and _clean(widget.text()):
        return False
    parent = widget.parentWidget()
    if parent is not None and isinstance(parent, QComboBox | QAbstractSpinBox):
        return False  # a part of a compound widget
    return type(widget.window()).__name__ != "QComboBoxPrivateContainer"  # a combo box's popup list


def _layout_holding(layout: QLayout, widget: QWidget) -> QLayout | None:
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        if child is not None:
            found = _layout_holding(child, widget)
            if found is not None:
                return found
    return None


def _label_beside(widget: QWidget) -> str:
    parent = widget.parentWidget()
    if parent is None or parent.layout() is None:
        return ""
    layout = _layout_holding(parent.layout(), widget)
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        return _clean(label.text()) if isinstance(label, QLabel) else ""
    if isinstance(layout, QGridLayout):
        row, col, _rs, _cs = layout.getItemPosition(layout.indexOf(widget))
        item = layout.itemAtPosition(row, col - 1) if col > 0 else None
        if item is not None and isinstance(item.widget(), QLabel):
            return _clean(item.widget().text())
        return ""
    if isinstance(layout, QBoxLayout):
        index = layout.indexOf(widget)
        for i in range(index - 1, -1, -1):
            before = layout.itemAt(i).widget()
            if before is None:
                continue
            return _clean(before.text()) if isinstance(before, QLabel) else ""
    return ""


def _enclosing_title(widget: QWidget) -> str:
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title():
            return _clean(parent.title())
        if isinstance(parent, QTabWidget):
            index = parent.indexOf(child)
            if index >= 0:
                return _clean(parent.tabText(index))
        child, parent = parent, parent.parentWidget()
    return ""


def _headings(view: QAbstractItemView) -> str:
    model = view.model()
    if model is None or not isinstance(view, QTableView):
        return ""
    titles = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(min(model.columnCount(), 3))]
    titles = [t.replace("\n", " ") for t in titles if t]
    return QCoreApplication.translate("AccessibleNames", "Tabelle: {columns}").format(columns=", ".join(titles)) \
        if titles else ""


def derived_name(widget: QWidget) -> str:
    """What a sighted user reads as this widget's label; empty if nothing fits."""
    if widget.toolTip().strip():
        return _clean(widget.toolTip().split("\n")[0])
    if isinstance(widget, QLineEdit) and widget.placeholderText().strip():
        return _clean(widget.placeholderText())
    beside = _label_beside(widget)
    if beside:
        return beside
    if isinstance(widget, QAbstractItemView):
        headings = _headings(widget)
        if headings:
            return headings
    chart = getattr(widget, "chart", None)
    if callable(chart) and chart() is not None and chart().title():
        return _clean(chart().title())
    return _generic_name(widget)


def _generic_name(widget: QWidget) -> str:
    """Last resort: the kind of control, within its group or tab ("Abstimmungen – Auswahl")."""
    tr = QCoreApplication.translate
    if isinstance(widget, QComboBox):
        kind = tr("AccessibleNames", "Auswahl")
    elif isinstance(widget, QAbstractSpinBox):
        kind = tr("AccessibleNames", "Zahl")
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        kind = tr("AccessibleNames", "Eingabe")
    elif isinstance(widget, QGraphicsView):
        kind = tr("AccessibleNames", "Grafik")
    else:
        kind = tr("AccessibleNames", "Liste")
    title = _enclosing_title(widget)
    return f"{title} – {kind}" if title else kind


def name_unnamed_widgets(root: QWidget) -> list[QWidget]:
    """Give every unnamed focusable widget under ``root`` a derived name; returns those still without one."""
    left: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not needs_name(widget):
            continue
        name = derived_name(widget)
        if name:
            widget.setAccessibleName(name)
        else:
            left.append(widget)
    return left
