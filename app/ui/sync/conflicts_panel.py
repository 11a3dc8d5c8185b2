"""Conflict review: values that lost against a concurrent edit on another laptop, grouped by record.

For each conflict the facilitator sees both values, who wrote them and when, and either keeps the current value
or takes the other one. Both are ordinary edits through ``resolve_conflict`` (stamped, so they travel with the
next sync like any other change).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.merge_rules import device_of
from app.operations.sync_ops import ConflictView, list_conflicts, resolve_conflict
from app.store.errors import WorkspaceError
from app.store.workspace_file import WorkspaceFile

from .sync_texts import device_text, field_label, later_edits_text, value_text, when_text

_ID = Qt.ItemDataRole.UserRole


class ConflictsPanel(QWidget):
    #: a conflict was resolved: views showing the record should reload
    resolved = Signal()

    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.conflicts: dict[str, ConflictView] = {}
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("conflictTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Eintrag / Feld"), self.tr("Aktueller Wert"), self.tr("Anderer Wert"),
                                   self.tr("Anderer Wert von")])
        self.tree.setAccessibleName(self.tr("Konflikte"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.keep_button = QPushButton(self.tr("Aktuellen Wert &behalten"))
        self.take_button = QPushButton(self.tr("Anderen Wert ü&bernehmen"))
        self.keep_button.clicked.connect(lambda: self.resolve_selected(take_other=False))
        self.take_button.clicked.connect(lambda: self.resolve_selected(take_other=True))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        views = list_conflicts(self.ws)
        self.conflicts = {v.id: v for v in views}
        self.tree.clear()
        groups: dict[tuple[str, str], QTreeWidgetItem] = {}
        for view in views:
            key = (view.table, view.record_id)
            group = groups.get(key)
            if group is None:
                title = view.record_title or view.record_id[:8]
                group = QTreeWidgetItem([f"{view.table_label}: {title}"])
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(group)
                groups[key] = group
            who = device_text(view.other_device, self.ws.device_id)
            when = when_text(view.other_stamp)
            if view.kind == "deleted":
                item = QTreeWidgetItem([self.tr("Gelöscht, danach anderswo bearbeitet"), self.tr("gelöscht"),
                                        later_edits_text(view.later), ", ".join(p for p in (who, when) if p)])
            else:
                item = QTreeWidgetItem([field_label(view.field), value_text(view.current_value),
                                        value_text(view.other_value), ", ".join(p for p in (who, when) if p)])
            item.setData(0, _ID, view.id)
            current_by = ", ".join(p for p in (device_text(_device_of(view.current_stamp), self.ws.device_id),
                                                when_text(view.current_stamp)) if p)
            item.setToolTip(1, self.tr("Aktueller Wert von {who}").format(who=current_by) if current_by else "")
            group.addChild(item)
        self.tree.expandAll()
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        if views:
            text = self.tr("{n} Konflikte in {m} Einträgen. Wählen Sie einen Konflikt und behalten Sie den "
                           "aktuellen Wert oder übernehmen Sie den anderen.").format(n=len(views), m=len(groups))
            if any(v.kind == "deleted" for v in views):
                text += " " + self.tr("Was hier gelöscht und anderswo danach bearbeitet wurde, können Sie "
                                      "wiederherstellen oder gelöscht lassen.")
            self.summary.setText(text)
        else:
            self.summary.setText(self.tr("Keine offenen Konflikte: alle zusammengeführten Änderungen passen "
                                         "zueinander."))
        self._update_buttons()

    def selected_conflict(self) -> ConflictView | None:
        item = self.tree.currentItem()
        conflict_id = item.data(0, _ID) if item is not None else None
        return self.conflicts.get(conflict_id) if conflict_id else None

    def select_conflict(self, conflict_id: str) -> None:
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for c in range(group.childCount()):
                if group.child(c).data(0, _ID) == conflict_id:
                    self.tree.setCurrentItem(group.child(c))
                    return

    def _update_buttons(self) -> None:
        conflict = self.selected_conflict()
        self.keep_button.setEnabled(conflict is not None)
        self.take_button.setEnabled(conflict is not None)
        if conflict is not None and conflict.kind == "deleted":
            self.keep_button.setText(self.tr("Gelöscht &lassen"))
            self.take_button.setText(self.tr("&Wiederherstellen"))
        else:
            self.keep_button.setText(self.tr("Aktuellen Wert &behalten"))
            self.take_button.setText(self.tr("Anderen Wert ü&bernehmen"))

    def resolve_selected(self, *, take_other: bool) -> None:
        conflict = self.selected_conflict()
        if conflict is None:
            return
        try:
            resolve_conflict(self.ws, conflict.id, take_other)
        except WorkspaceError as exc:
            QMessageBox.warning(self, self.tr("Konflikt"), str(exc))
        self.refresh()
        self.resolved.emit()


def _device_of(stamp: str) -> str:
    try:
        return device_of(stamp)
    except ValueError:
        return ""
