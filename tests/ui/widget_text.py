"""Collect the text a page shows (labels, buttons, combo boxes, item views, graphics scenes) for assertions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QWidget,
)


def shown_texts(root: QWidget) -> list[str]:
    out: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QLineEdit):
            out.append(w.text())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            stack = [None]
            while stack:
                parent = stack.pop()
                from PySide6.QtCore import QModelIndex

                pidx = parent if parent is not None else QModelIndex()
                try:
                    n_rows, n_cols = m.rowCount(pidx), m.columnCount(pidx)
                except TypeError:  # list models hide columnCount
                    n_rows, n_cols = m.rowCount(), 1
                for r in range(n_rows):
                    for c in range(n_cols):
                        idx = m.index(r, c, pidx)
                        val = idx.data()
                        if val is not None:
                            out.append(str(val))
                        if c == 0 and n_cols > 1 and m.rowCount(idx) > 0:
                            stack.append(idx)
        elif isinstance(w, QGraphicsView) and w.scene() is not None:
            for item in w.scene().items():
                for attr in ("toPlainText", "text"):
                    fn = getattr(item, attr, None)
                    if callable(fn):
                        try:
                            out.append(str(fn()))
                        except TypeError:
                            pass
    return [t for t in out if t]
