"""Voting on the board: a round of this canvas is started and opened from the bar, people vote by touching cards,
refusals are sentences and store nothing, hidden results stay hidden, and after closing the points are on the cards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from app.operations import canvas_ops as ops
from app.operations import voting_ops
from app.ui.canvas.canvas_page import CanvasPage
from app.ui.canvas.vote_badge import DotsBadge
from tests.canvas_fixtures import add_participant, make_workspace
from tests.ui.test_board_gestures import drag


@pytest.fixture
def page(tmp_path, qtbot):
    ws, canvas_id = make_workspace(tmp_path)
    for i, text in enumerate(("Fahrdienst", "Einkaufshilfe", "Mittagstisch")):
        ops.add_card(ws, canvas_id, "wertangebot", text, 1000, 200 + i * 180)
    add_participant(ws, "Anna", "Bürger*innen")
    add_participant(ws, "Bernd", "Anbieter")
    widget = CanvasPage(ws)
    qtbot.addWidget(widget)
    widget.resize(1600, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()
    ws.close()


def card_id_with(page, text: str) -> str:
    return next(c.id for c in page.model.cards.values() if c.text == text)


def card_point(page, card_id: str) -> QPoint:
    item = page.scene.card_items[card_id]
    return page.view.mapFromScene(item.sceneBoundingRect().center() + QPointF(0, 10))


def tap(page, card_id: str) -> None:
    QTest.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     card_point(page, card_id))


def start_open_round(page, qtbot, *, budget: int = 5, hidden: bool = True) -> voting_ops.RoundInfo:
    page.bars.actions["vote"].setChecked(True)
    bar = page.vote_bar
    assert bar.isVisible()
    dialog = bar.new_round()
    dialog.budget_spin.setValue(budget)
    dialog.hidden_check.setChecked(hidden)
    dialog.accept()
    assert "angelegt" in bar.ballot.message.text()
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    info = bar.current_round()
    assert info is not None and info.status == "open"
    return info


def choose_voter(page, name: str) -> None:
    box = page.vote_bar.ballot.voter_box
    index = next(i for i in range(box.count()) if box.itemText(i).startswith(name))
    box.setCurrentIndex(index)
    box.activated.emit(index)


def stored_points(page, round_id: str) -> dict[str, int]:
    return voting_ops.card_dot_counts(page.ws, round_id, as_facilitator=True) or {}


def test_touching_cards_votes_and_the_large_number_counts_down(page, qtbot):
    info = start_open_round(page, qtbot)
    choose_voter(page, "Anna")
    fahrdienst = card_id_with(page, "Fahrdienst")
    before = page.model.cards[fahrdienst]
    tap(page, fahrdienst)
    tap(page, fahrdienst)
    assert stored_points(page, info.id) == {fahrdienst: 2}
    assert page.vote_bar.ballot.remaining_label.text() == "3"
    assert page.vote_bar.ballot.remaining_label.font().pointSize() >= 40
    assert "Angenommen" in page.vote_bar.ballot.message.text()
    assert page.model.cards[fahrdienst] == before  # the touch placed a dot; the card did not move
    assert page.editor.pending is None and page.editor.undo_stack.count() == 0


def test_without_a_voter_the_touch_is_refused_in_words_and_nothing_is_stored(page, qtbot):
    info = start_open_round(page, qtbot)
    tap(page, card_id_with(page, "Einkaufshilfe"))
    message = page.vote_bar.ballot.message
    assert message.kind == "refusal" and "Nicht angenommen" in message.text()
    assert stored_points(page, info.id) == {}


def test_a_sixth_dot_is_refused_and_not_stored(page, qtbot):
    info = start_open_round(page, qtbot, budget=5)
    choose_voter(page, "Bernd")
    card = card_id_with(page, "Mittagstisch")
    for _ in range(5):
        tap(page, card)
    tap(page, card)
    assert page.vote_bar.ballot.message.kind == "refusal"
    assert stored_points(page, info.id) == {card: 5}
    assert page.vote_bar.ballot.remaining_label.text() == "0"


def test_a_draft_round_refuses_touches_with_a_hint_to_open_it(page):
    page.bars.actions["vote"].setChecked(True)
    dialog = page.vote_bar.new_round()
    dialog.accept()
    tap(page, card_id_with(page, "Fahrdienst"))
    assert "noch nicht geöffnet" in page.vote_bar.ballot.message.text()


def test_hidden_results_show_no_counts_until_closed_then_dots_on_every_voted_card(page, qtbot):
    info = start_open_round(page, qtbot)
    choose_voter(page, "Anna")
    fahrdienst, mittag = card_id_with(page, "Fahrdienst"), card_id_with(page, "Mittagstisch")
    for card in (fahrdienst, fahrdienst, fahrdienst, mittag):
        tap(page, card)
    assert page.model.dot_counts == {}
    assert all(item.dots == 0 for item in page.scene.card_items.values())

    page.vote_bar.ask = lambda _question: True
    qtbot.mouseClick(page.vote_bar.close_button, Qt.MouseButton.LeftButton)
    assert voting_ops.get_round(page.ws, info.id).status == "closed"
    assert page.model.dot_counts == {fahrdienst: 3, mittag: 1}
    assert page.scene.card_items[fahrdienst].dots == 3
    assert "3 Punkte" in page.scene.card_items[fahrdienst].tooltip_text()
    assert "Meiste Punkte: „Fahrdienst“ 3 · „Mittagstisch“ 1" in page.vote_bar.status_label.text()
    (badge,) = [c for c in page.scene.card_items[fahrdienst].childItems() if isinstance(c, DotsBadge)]
    assert badge.count == 3
    assert badge.flags() & badge.GraphicsItemFlag.ItemIgnoresTransformations  # as large at any zoom
    assert page.scene.card_items[card_id_with(page, "Einkaufshilfe")].dots == 0
    tap(page, mittag)
    assert "geschlossen" in page.vote_bar.ballot.message.text()
    assert stored_points(page, info.id) == {fahrdienst: 3, mittag: 1}

    page.bars.actions["vote"].setChecked(False)  # leaving the mode takes the dots off the board
    assert page.model.dot_counts == {} and page.scene.card_items[fahrdienst].dots == 0
    assert not page.scene.card_items[fahrdienst].childItems()


def test_visible_round_shows_dots_while_open(page, qtbot):
    start_open_round(page, qtbot, hidden=False)
    choose_voter(page, "Anna")
    card = card_id_with(page, "Einkaufshilfe")
    tap(page, card)
    assert page.scene.card_items[card].dots == 1


def test_a_proxy_vote_from_the_board_is_stored_as_proxy(page, qtbot):
    info = start_open_round(page, qtbot)
    page.vote_bar.ballot.proxy_check.setChecked(True)
    choose_voter(page, "Bernd")
    assert "Vertretung" in page.vote_bar.ballot.voter_label.text()
    tap(page, card_id_with(page, "Fahrdienst"))
    results = voting_ops.voter_points(page.ws, info.id, participant_id=page.vote_bar.ballot.participant_id)
    assert sum(results.values()) == 1
    from app.store.models import Vote

    with page.ws.session() as s:
        (vote,) = s.query(Vote).filter(Vote.round_id == info.id).all()
        assert vote.source == "proxy"


def test_anonymous_ballot_and_keyboard_voting(page, qtbot):
    info = start_open_round(page, qtbot)
    qtbot.mouseClick(page.vote_bar.ballot.anonymous_button, Qt.MouseButton.LeftButton)
    assert "Stimmzettel 1" in page.vote_bar.ballot.voter_label.text()
    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_Tab)
    selected = page.scene.selected_card_ids()
    assert len(selected) == 1
    QTest.keyClick(page.view, Qt.Key.Key_Return)
    QTest.keyClick(page.view, Qt.Key.Key_N)  # no new card while people vote
    QTest.keyClick(page.view, Qt.Key.Key_Delete)  # and nothing is deleted
    assert page.editor.pending is None and len(page.model.cards) == 3
    assert stored_points(page, info.id) == {selected[0]: 1}


def test_dragging_in_vote_mode_moves_no_card(page, qtbot):
    start_open_round(page, qtbot)
    card = card_id_with(page, "Fahrdienst")
    before = page.model.cards[card]
    start = card_point(page, card)
    drag(page, start, start + QPoint(150, 80))
    assert page.model.cards[card] == before
    assert page.scene.card_items[card].pos() == QPointF(before.x, before.y)
