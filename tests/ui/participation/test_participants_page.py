"""At the door: three arrivals by keyboard only, each marked present; attendance ticks and consent buttons store
what they say."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.operations import consent_ops, participants_ops
from app.ui.participation.participants_page import FIXED_COLUMNS, ParticipantsPage


def test_quick_add_three_people_at_the_door_with_enter(qtbot, board):
    page = ParticipantsPage(board.ws)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.door_session_box.currentData() == board.session_id
    page.quick_edit.setFocus()
    qtbot.keyClicks(page.quick_edit, "Anna Schulz")
    qtbot.keyClick(page.quick_edit, Qt.Key.Key_Return)
    qtbot.keyClick(page.quick_edit, Qt.Key.Key_Enter)  # nobody typed: a pseudonym
    qtbot.keyClicks(page.quick_edit, "Herr Brandt")
    qtbot.keyClick(page.quick_edit, Qt.Key.Key_Return)
    assert page.quick_edit.text() == ""
    assert page.table.rowCount() == 3
    names = sorted(p.label for p in participants_ops.list_participants(board.ws))
    assert names == ["Anna Schulz", "Herr Brandt", "Teilnehmende 2"]
    present = participants_ops.attendance_for_session(board.ws, board.session_id)
    assert sorted(present.values()) == [True, True, True]
    assert page.table.item(0, FIXED_COLUMNS).text() == "anwesend"


def test_attendance_tick_and_consent_buttons(qtbot, board):
    anna = participants_ops.quick_add(board.ws, "Anna Schulz")
    page = ParticipantsPage(board.ws)
    qtbot.addWidget(page)
    item = page.table.item(0, FIXED_COLUMNS)
    assert item.text() == "nicht da"
    item.setCheckState(Qt.CheckState.Checked)
    assert participants_ops.attendance_for_session(board.ws, board.session_id) == {anna.id: True}
    assert page.table.item(0, FIXED_COLUMNS).text() == "anwesend"

    page.select_participant(anna.id)
    panel = page.consent
    assert panel.person_label.text() == "Anna Schulz"
    assert panel.state_labels["photos"].text() == "keine Angabe"
    panel.recorded_by_edit.setText("Moderation")
    qtbot.mouseClick(panel.give_buttons["photos"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.give_buttons["name_in_protocol"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.withdraw_buttons["photos"], Qt.MouseButton.LeftButton)
    assert panel.state_labels["photos"].text() == "widerrufen"
    assert panel.state_labels["name_in_protocol"].text() == "erteilt"
    assert panel.ledger.rowCount() == 3
    assert consent_ops.current_consent(board.ws, anna.id)["photos"] is False
    assert {e.recorded_by for e in consent_ops.consent_ledger(board.ws, anna.id)} == {"Moderation"}


def test_filter_by_text_and_group(qtbot, board):
    participants_ops.quick_add(board.ws, "Anna Schulz")
    participants_ops.quick_add(board.ws, "Pflegedienst Sonne", stakeholder_group="Dienstleister")
    page = ParticipantsPage(board.ws)
    qtbot.addWidget(page)
    page.filter_edit.setText("sonne")
    assert page.table.rowCount() == 1
    page.filter_edit.setText("")
    page.filter_group_box.setCurrentIndex(page.filter_group_box.findData("Bürger*innen"))
    page.filter_group_box.activated.emit(page.filter_group_box.currentIndex())
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == ["Anna Schulz"]


def test_edit_group_of_the_selected_person(qtbot, board):
    anna = participants_ops.quick_add(board.ws, "Anna Schulz")
    page = ParticipantsPage(board.ws)
    qtbot.addWidget(page)
    page.select_participant(anna.id)
    page.group_box.setCurrentIndex(page.group_box.findData("Vereine/Netzwerke"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert participants_ops.list_participants(board.ws)[0].stakeholder_group == "Vereine/Netzwerke"
    assert page.table.item(0, 2).text() == "Vereine/Netzwerke"
