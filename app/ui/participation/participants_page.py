"""Participants page ("Teilnehmende"): the roster with filter, quick add at the door, attendance per session,
the consent of the selected person (with its append-only ledger), and the DSGVO actions for that person.

Quick add is built for the door: type a name (or nothing, for a pseudonym), press Enter, the person is on the
list and marked present in the chosen session, and the cursor is back in the field for the next arrival.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.operations import participants_ops
from app.operations.errors import OperationRefused
from app.ui.vocabulary import tr_word

from . import privacy_actions
from .consent_panel import ConsentPanel
from .widgets import MIN_HIT_PX, MessageLine, set_point_size

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

ID_ROLE = Qt.ItemDataRole.UserRole
FIXED_COLUMNS = 4  # name, pseudonym, group, organisation; then one attendance column per session


class ParticipantsPage(QWidget):
    def __init__(self, ws: WorkspaceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._filling = False
        self.sessions: list[participants_ops.SessionChoice] = []
        self.people: list[participants_ops.ParticipantInfo] = []

        self.door_session_box = QComboBox()
        self.quick_edit = QLineEdit()
        self.quick_edit.setPlaceholderText(self.tr("Name – leer lassen für ein Pseudonym – Enter"))
        self.quick_group_box = QComboBox()
        for group in participants_ops.STAKEHOLDER_GROUPS:
            self.quick_group_box.addItem(tr_word(group), group)
        self.quick_button = QPushButton(self.tr("An der Tür hinzufügen"))
        door = QHBoxLayout()
        door.addWidget(QLabel(self.tr("Sitzung")))
        door.addWidget(self.door_session_box, 1)
        door.addWidget(self.quick_edit, 2)
        door.addWidget(self.quick_group_box)
        door.addWidget(self.quick_button)
        for widget in (self.door_session_box, self.quick_edit, self.quick_group_box, self.quick_button):
            widget.setMinimumHeight(MIN_HIT_PX)
            set_point_size(widget, 15)
        self.message = MessageLine(points=13)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Suchen nach Name, Pseudonym oder Organisation"))
        self.filter_group_box = QComboBox()
        self.filter_group_box.addItem(self.tr("alle Gruppen"), None)
        for group in participants_ops.STAKEHOLDER_GROUPS:
            self.filter_group_box.addItem(tr_word(group), group)
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 2)
        filters.addWidget(self.filter_group_box)
        filters.addWidget(self.count_label)

        self.table = QTableWidget(0, FIXED_COLUMNS)
        set_point_size(self.table, 13)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.consent = ConsentPanel(ws)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(self._build_edit_row())
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.consent)
        split.setSizes([800, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(door)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)

        self.quick_edit.returnPressed.connect(self.quick_add)
        self.quick_button.clicked.connect(self.quick_add)
        self.filter_edit.textChanged.connect(lambda _t: self.refresh())
        self.filter_group_box.activated.connect(lambda _i: self.refresh())
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reload()

    def _build_edit_row(self) -> QVBoxLayout:
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.group_box = QComboBox()
        for group in participants_ops.STAKEHOLDER_GROUPS:
            self.group_box.addItem(tr_word(group), group)
        self.actor_box = QComboBox()
        self.save_button = QPushButton(self.tr("Änderungen speichern"))
        self.save_button.clicked.connect(self.save_selected)
        self.erase_button = QPushButton(self.tr("Person löschen (DSGVO) …"))
        self.erase_button.clicked.connect(self.erase_selected)
        self.export_person_button = QPushButton(self.tr("Auskunft exportieren (Art. 15) …"))
        self.export_person_button.clicked.connect(self.export_selected)
        row = QHBoxLayout()
        for widget in (self.name_edit, self.group_box, self.actor_box, self.save_button):
            widget.setMinimumHeight(MIN_HIT_PX)
            widget.setEnabled(False)
            row.addWidget(widget, 1)
        box = QVBoxLayout()
        box.addLayout(row)
        privacy = QHBoxLayout()
        privacy.addStretch(1)
        for widget in (self.export_person_button, self.erase_button):
            widget.setMinimumHeight(MIN_HIT_PX)
            widget.setEnabled(False)
            privacy.addWidget(widget)
        box.addLayout(privacy)
        return box

    def _fill_actor_box(self, actor_id: str | None) -> None:
        self.actor_box.clear()
        self.actor_box.addItem(self.tr("keine Organisation"), None)
        for actor in participants_ops.list_actor_choices(self.ws):
            self.actor_box.addItem(actor.name, actor.id)
        self.actor_box.setCurrentIndex(max(0, self.actor_box.findData(actor_id)) if actor_id else 0)

    def save_selected(self) -> None:
        pid = self.selected_participant_id()
        if pid is None:
            return
        actor_id = self.actor_box.currentData()
        try:
            person = participants_ops.update_participant(
                self.ws, pid, display_name=self.name_edit.text(), stakeholder_group=self.group_box.currentData(),
                actor_id=actor_id, clear_actor=actor_id is None)
        except OperationRefused as exc:
            self.message.show_refusal(str(exc))
            return
        self.message.show_ok(self.tr("%1 gespeichert.").replace("%1", person.label))
        self.refresh()

    def _selected_person(self) -> participants_ops.ParticipantInfo | None:
        pid = self.selected_participant_id()
        return next((p for p in self.people if p.id == pid), None)

    def erase_selected(self) -> bool:
        person = self._selected_person()
        if person is None or not privacy_actions.erase_with_confirmation(
                self, self.ws, person.id, person.label, erased_by=self.consent.recorded_by_edit.text().strip()):
            return False
        self.message.show_ok(self.tr("Die personenbezogenen Daten von %1 sind gelöscht.").replace("%1", person.label))
        self.refresh()
        self._selection_changed()  # the same row stays selected, but the person is now "gelöscht"
        return True

    def export_selected(self) -> Path | None:
        person = self._selected_person()
        written = privacy_actions.export_with_dialog(self, self.ws, person.id, person.label) if person else None
        if written is not None:
            self.message.show_ok(self.tr("Auskunft gespeichert: %1").replace("%1", str(written)))
        return written

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        current = self.door_session_box.currentData()
        self.sessions = participants_ops.list_session_choices(self.ws)
        self.door_session_box.clear()
        self.door_session_box.addItem(self.tr("ohne Sitzung"), None)
        for choice in self.sessions:
            self.door_session_box.addItem(choice.label, choice.id)
        index = self.door_session_box.findData(current) if current else (1 if self.sessions else 0)
        self.door_session_box.setCurrentIndex(max(0, index))
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_participant_id()
        self.people = participants_ops.list_participants(
            self.ws, text=self.filter_edit.text(), stakeholder_group=self.filter_group_box.currentData())
        attendance = {c.id: participants_ops.attendance_for_session(self.ws, c.id) for c in self.sessions}
        self._filling = True
        try:
            headers = [self.tr("Name"), self.tr("Pseudonym"), self.tr("Gruppe"), self.tr("Organisation")]
            headers += [self.tr("anwesend: %1").replace("%1", c.label) for c in self.sessions]
            self.table.setColumnCount(len(headers))
            self.table.setHorizontalHeaderLabels(headers)
            self.table.setRowCount(len(self.people))
            for row, person in enumerate(self.people):
                name = person.display_name if not person.erased else self.tr("(gelöscht)")
                for col, text in enumerate((name, person.pseudonym, tr_word(person.stakeholder_group),
                                            person.actor_name)):
                    item = QTableWidgetItem(text)
                    item.setData(ID_ROLE, person.id)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    self.table.setItem(row, col, item)
                for col, choice in enumerate(self.sessions, start=FIXED_COLUMNS):
                    present = attendance[choice.id].get(person.id, False)
                    item = QTableWidgetItem(self.tr("anwesend") if present else self.tr("nicht da"))
                    item.setData(ID_ROLE, person.id)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                                  | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
                    self.table.setItem(row, col, item)
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        finally:
            self._filling = False
        self.count_label.setText(self.tr("%1 Personen").replace("%1", str(len(self.people))))
        if selected:
            self.select_participant(selected)

    # ------------------------------------------------------------------ actions
    def quick_add(self) -> participants_ops.ParticipantInfo | None:
        try:
            person = participants_ops.quick_add(
                self.ws, self.quick_edit.text(), stakeholder_group=self.quick_group_box.currentData(),
                present_in_session=self.door_session_box.currentData())
        except OperationRefused as exc:
            self.message.show_refusal(str(exc))
            return None
        self.quick_edit.clear()
        self.quick_edit.setFocus()
        where = self.door_session_box.currentText() if self.door_session_box.currentData() else ""
        text = self.tr("%1 hinzugefügt").replace("%1", person.label)
        self.message.show_ok(text + (self.tr(" und als anwesend markiert (%1).").replace("%1", where)
                                     if where else "."))
        self.refresh()
        return person

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() < FIXED_COLUMNS:
            return
        choice = self.sessions[item.column() - FIXED_COLUMNS]
        present = item.checkState() == Qt.CheckState.Checked
        try:
            participants_ops.set_attendance(self.ws, choice.id, item.data(ID_ROLE), present)
        except OperationRefused as exc:
            self.message.show_refusal(str(exc))
        self._filling = True
        item.setText(self.tr("anwesend") if present else self.tr("nicht da"))
        self._filling = False

    def selected_participant_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def select_participant(self, participant_id: str) -> None:
        for row, person in enumerate(self.people):
            if person.id == participant_id:
                self.table.selectRow(row)
                return

    def _selection_changed(self) -> None:
        pid = self.selected_participant_id()
        person = next((p for p in self.people if p.id == pid), None)
        self.consent.show_participant(pid, person.label if person else "")
        for widget in (self.name_edit, self.group_box, self.actor_box, self.save_button, self.export_person_button):
            widget.setEnabled(person is not None)
        self.erase_button.setEnabled(person is not None and not person.erased)
        if person is not None:
            self.name_edit.setText(person.display_name)
            self.group_box.setCurrentIndex(max(0, self.group_box.findData(person.stakeholder_group)))
            self._fill_actor_box(person.actor_id)
