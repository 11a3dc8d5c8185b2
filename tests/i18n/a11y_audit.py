"""Which focusable widgets of a page have nothing a screen reader could say (no text, no accessible name)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

NEEDS_NAME = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QGraphicsView, QTextEdit, QPlainTextEdit,
              QAbstractButton)


def _labelled(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName().strip():
        return True
    if id(widget) in buddies:
        return True
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return True
    if isinstance(widget, QLineEdit) and widget.placeholderText().strip():
        return True  # Qt reports the placeholder as the accessible name of an empty line edit
    return False


def unnamed_widgets(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing: list[str] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, NEEDS_NAME) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if type(widget).__module__.startswith("PySide6") and widget.parent() is not None and \
                type(widget.parent()).__name__ in {"QComboBox", "QAbstractSpinBox", "QSpinBox", "QDateEdit",
                                                   "QDoubleSpinBox", "QTabBar", "QScrollBar", "QCalendarWidget"}:
            continue  # parts of a compound widget (the combo box's own line edit, a tab bar's scroll arrows)
        if widget.objectName().startswith("qt_"):
            continue
        if not _labelled(widget, buddies):
            path = f"{type(widget.window()).__name__}/{type(widget.parent()).__name__}/{type(widget).__name__}"
            missing.append(f"{path} {widget.objectName()!r}")
    return missing
