"""A whole round on the shared screen: people vote one after another, refusals are shown as sentences, hidden
results stay hidden until the facilitator closes the round, then ranking and chart by group appear."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.operations import voting_ops
from app.store.models import Vote
from app.ui.participation.paper_entry_dialog import PaperEntryDialog
from app.ui.participation.vote_panel import VotePanel


def _click_card(qtbot, panel, card_id):
    qtbot.mouseClick(panel.ballot.card_buttons[card_id], Qt.MouseButton.LeftButton)


def test_full_round_on_the_shared_screen(qtbot, board, people):
    anna, sonne, bernd = people
    panel = VotePanel(board.ws)
    qtbot.addWidget(panel)
    panel.resize(1400, 900)
    panel.show()
    qtbot.waitExposed(panel)

    dialog = panel.new_round()
    dialog.title_edit.setText("Was zuerst?")
    dialog.budget_spin.setValue(3)
    dialog.accept()
    assert panel.round_box.currentText() == "Was zuerst? (Entwurf)"
    assert not panel.ballot.card_buttons[board.card_ids[0]].isEnabled()
    assert panel.open_round()
    assert panel.round_box.currentText() == "Was zuerst? (offen)"
    cards = board.card_ids
    screen = panel.ballot
    assert all(b.height() >= 44 for b in screen.card_buttons.values())

    # person 1: three dots, a fourth is refused with a sentence and nothing is stored
    screen.choose_participant(anna.id)
    assert screen.remaining_label.text() == "3"
    for _ in range(3):
        _click_card(qtbot, panel, cards[2])
    assert screen.remaining_label.text() == "0"
    before = voting_ops.remaining_for(board.ws, panel.round_box.currentData(), participant_id=anna.id)
    _click_card(qtbot, panel, cards[0])
    assert screen.message.kind == "refusal"
    assert "Nicht angenommen" in screen.message.text() and "Alle Punkte sind schon vergeben" in screen.message.text()
    assert before == 0
    assert "Ihre Punkte hier: 3" in screen.card_buttons[cards[2]].text_shown()
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)

    # person 2
    screen.voter_box.setCurrentIndex(screen.voter_box.findData(sonne.id))
    screen.voter_box.activated.emit(screen.voter_box.currentIndex())
    assert "Pflegedienst Sonne" in screen.voter_label.text()
    _click_card(qtbot, panel, cards[1])
    _click_card(qtbot, panel, cards[1])
    _click_card(qtbot, panel, cards[2])
    screen.finish_voter()

    # person 3: anonymous ballot
    qtbot.mouseClick(screen.anonymous_button, Qt.MouseButton.LeftButton)
    assert screen.ballot_token == "Stimmzettel 1" and "Stimmzettel 1" in screen.voter_label.text()
    _click_card(qtbot, panel, cards[0])
    screen.finish_voter()

    # an absent person cannot be chosen, except by proxy
    assert screen.voter_box.findData(bernd.id) == -1
    screen.proxy_check.setChecked(True)
    assert screen.voter_box.findData(bernd.id) > 0
    screen.choose_participant(bernd.id)
    assert "(Vertretung)" in screen.voter_label.text()
    _click_card(qtbot, panel, cards[3])
    screen.finish_voter()

    # while open, the projector view hides results; the facilitator console shows the interim count
    panel.tabs.setCurrentWidget(panel.results)
    assert panel.results.message.kind == "refusal" and panel.results.table.rowCount() == 0
    panel.results.facilitator_check.setChecked(True)
    assert panel.results.table.rowCount() == 4 and "Zwischenstand" in panel.results.summary.text()
    panel.results.facilitator_check.setChecked(False)

    panel.ask = lambda _question: True
    assert panel.close_round()
    assert panel.tabs.currentWidget() is panel.results
    table = panel.results.table
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == [
        "Bürgercafé", "Fahrdienst zum Arzt", "Einkaufsbegleitung", "Techniktreff"]
    assert [table.item(r, 2).text() for r in range(table.rowCount())] == ["4", "2", "1", "1"]
    assert panel.results.chart_group_names() == ["Bürger*innen", "Dienstleister", "anonym"]
    assert [table.horizontalHeaderItem(c).text().replace("\n", " ") for c in range(3, table.columnCount())] == [
        "Bürger*innen", "Dienstleister", "anonym"]
    with board.ws.session() as s:
        sources = {v.source for v in s.scalars(select(Vote).where(Vote.participant_id == bernd.id))}
    assert sources == {"proxy"}
    assert not screen.card_buttons[cards[0]].isEnabled()


def test_paper_entry_dialog_refuses_impossible_counts_and_stores_plausible_ones(qtbot, board):
    r = voting_ops.create_round(board.ws, board.canvas_id, budget=2)
    voting_ops.open_round(board.ws, r.id)
    dialog = PaperEntryDialog(board.ws, r.id, recorded_by="Moderation")
    qtbot.addWidget(dialog)
    dialog.set_counts(2, {board.card_ids[0]: 3, board.card_ids[1]: 2})
    dialog.accept()
    assert dialog.message.kind == "refusal" and "höchstens 4 möglich" in dialog.message.text()
    assert dialog.result() == 0
    dialog.ballots_spin.setValue(3)
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert dialog.stored_points == 5
    with board.ws.session() as s:
        rows = s.scalars(select(Vote).where(Vote.round_id == r.id)).all()
    assert {(v.source, v.recorded_by) for v in rows} == {("paper", "Moderation")}
