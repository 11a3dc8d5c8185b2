"""Agenda on screen: default phases, start and stop with a timer in words and numbers, reorder, items by Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.operations import agenda_ops
from app.ui.participation.agenda_panel import AgendaPanel


def test_phases_start_stop_reorder_and_items(qtbot, board):
    panel = AgendaPanel(board.ws)
    qtbot.addWidget(panel)
    assert [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())] == [
        "Ankommen", "Sammeln", "Clustern", "Bewerten", "Diskutieren", "Abschluss"]
    assert panel.phase_label.text() == "Keine Phase läuft."
    panel.table.selectRow(1)
    assert panel.start_selected()
    assert panel.phase_label.text() == "Jetzt: Sammeln"
    assert panel.timer_label.text().startswith("00:0") and panel.timer_label.text().endswith("von 30:00")
    assert panel.table.item(1, 2).text() == "läuft"
    assert panel.stop_current()
    assert panel.table.item(1, 2).text() == "beendet" and panel.phase_label.text() == "Keine Phase läuft."
    panel.table.selectRow(3)
    assert panel.move_selected(-1)
    assert panel.table.item(2, 0).text() == "Bewerten" and panel.selected_phase_id() == panel.phases[2].id
    panel.table.item(0, 1).setText("20")
    assert agenda_ops.list_phases(board.ws, board.session_id)[0].planned_minutes == 20

    qtbot.keyClicks(panel.item_edit, "Fahrdienst wird erprobt")
    qtbot.keyClick(panel.item_edit, Qt.Key.Key_Return)
    panel.item_kind_box.setCurrentIndex(panel.item_kind_box.findData("next_step"))
    qtbot.keyClicks(panel.item_edit, "Angebote einholen")
    qtbot.keyClick(panel.item_edit, Qt.Key.Key_Return)
    assert [(panel.items_table.item(r, 0).text(), panel.items_table.item(r, 1).text())
            for r in range(panel.items_table.rowCount())] == [
        ("Entscheidung", "Fahrdienst wird erprobt"), ("Nächster Schritt", "Angebote einholen")]


def test_new_session_by_enter_gets_the_default_phases(qtbot, board):
    panel = AgendaPanel(board.ws)
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.new_session_edit, "Dienstleisterkonferenz Herbst")
    qtbot.keyClick(panel.new_session_edit, Qt.Key.Key_Return)
    assert panel.session_box.currentText().startswith("Dienstleisterkonferenz Herbst")
    assert panel.table.rowCount() == 6
