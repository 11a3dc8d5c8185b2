"""Participant (kiosk) mode: own cards only, no hidden results, no export, no way out without the PIN."""

from __future__ import annotations

import sqlite3

import pytest
from shiboken6 import isValid

from app.domain.roles import Role, verify_pin
from app.operations import canvas_ops, voting_ops
from app.ui import kiosk
from app.ui.main_window import MainWindow
from app.ui.participation.results_view import ResultsView
from tests.canvas_fixtures import add_participant, make_workspace

PIN = "2468"


class Pins:
    """Answers the PIN dialogs in order, as a person at the keyboard would."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, _parent, title, _label):  # type: ignore[no-untyped-def]
        self.asked.append(title)
        return self.answers.pop(0)


@pytest.fixture
def window(tmp_path, qtbot):
    ws, canvas_id = make_workspace(tmp_path, "fenster.werkstatt")
    w = MainWindow(ws, "Schaffrath")
    qtbot.addWidget(w)
    w.show()
    w.canvas_id = canvas_id  # type: ignore[attr-defined]
    yield w
    if isValid(w):
        if w.kiosk.active:
            w.kiosk.leave(PIN)
        w.close()


def _card_rows(ws) -> list[tuple]:  # type: ignore[no-untyped-def,type-arg]
    con = sqlite3.connect(ws.path)
    try:
        return con.execute("SELECT id, text, deleted FROM cards ORDER BY id").fetchall()
    finally:
        con.close()


def _start(window: MainWindow, *answers: str | None) -> Pins:
    pins = Pins(*answers)
    window.kiosk.ask_pin = pins
    return pins


def test_first_start_sets_the_pin_as_a_scrypt_hash_and_hides_menus_and_other_areas(window):
    pins = _start(window, PIN, PIN)
    assert window.kiosk.start()
    assert pins.asked == ["PIN der Moderation festlegen", "PIN der Moderation festlegen"]
    stored = window.workspace.get_setting(kiosk.PIN_SETTING)
    assert stored.startswith("scrypt$") and PIN not in stored and verify_pin(PIN, stored)
    assert kiosk.current_role() is Role.PARTICIPANT
    assert not window.menuBar().isVisible() and window.isFullScreen()
    shown = [window.navigation.item(r).data(256) for r in range(window.navigation.count())
             if not window.navigation.isRowHidden(r)]
    assert shown == ["sessions", "canvases"]
    assert window.current_area() == "canvases"
    assert not any(a.isEnabled() for a in window.kiosk._all_menu_actions())  # shortcuts are dead too


def test_pins_that_do_not_match_or_are_too_short_start_nothing(window, message_boxes):
    _start(window, PIN, "1357")
    assert not window.kiosk.start()
    _start(window, "12")
    assert not window.kiosk.start()
    assert kiosk.current_role() is Role.FACILITATOR
    assert window.workspace.get_setting(kiosk.PIN_SETTING) is None
    assert [m[2] for m in message_boxes][0] == "Die beiden Eingaben stimmen nicht überein."


def test_participant_cannot_delete_a_facilitators_card(window, board, message_boxes):
    """The board fixture's editor is the real delete path; the kiosk of the window guards it."""
    card = board.model.add_card("wertangebot", "Von der Moderation", 10, 10)
    _start(window, PIN, PIN)
    window.kiosk.start()
    before = _card_rows(board.ws)
    board.scene.select_only([card.id])
    board.editor.delete_selected()
    assert _card_rows(board.ws) == before
    assert card.id in board.model.cards
    assert message_boxes[-1][2] == "Im Teilnahme-Modus können nur eigene Karten gelöscht werden."


def test_participant_deletes_their_own_card_but_no_one_elses(window, board):
    me = add_participant(board.ws, "Tulpe", "Bürger*innen")
    other = add_participant(board.ws, "Rose", "Bürger*innen")
    own = board.model.add_card("wertangebot", "Meine Karte", 10, 10, author_id=me)
    theirs = board.model.add_card("wertangebot", "Ihre Karte", 300, 10, author_id=other)
    _start(window, PIN, PIN)
    window.kiosk.start()
    window.kiosk.participant_id = me
    board.scene.select_only([own.id, theirs.id])
    board.editor.delete_selected()  # a selection with someone else's card: nothing goes
    assert [r[2] for r in _card_rows(board.ws) if r[0] in (own.id, theirs.id)] == [0, 0]
    board.scene.select_only([own.id])
    board.editor.delete_selected()
    assert {r[0]: r[2] for r in _card_rows(board.ws)}[own.id] == 1
    window.kiosk.participant_id = None  # nobody chosen: no card counts as one's own
    assert not kiosk.owns_all([me])


def test_participant_cannot_see_hidden_results_even_with_the_facilitator_box_ticked(window, qtbot):
    ws = window.workspace
    card = canvas_ops.add_card(ws, window.canvas_id, "wertangebot", "Fahrdienst", 10, 10)
    rnd = voting_ops.create_round(ws, window.canvas_id, title="Punkte", budget=3, hidden_until_closed=True)
    voting_ops.open_round(ws, rnd.id)
    voting_ops.cast_vote(ws, rnd.id, card.id, ballot_token="Stimmzettel 1", weight=2)
    view = ResultsView(ws)
    qtbot.addWidget(view)
    view.facilitator_check.setChecked(True)
    view.show_round(rnd.id)
    assert view.results is not None and view.results.visible  # the facilitator sees the interim result
    _start(window, PIN, PIN)
    window.kiosk.start()
    view.refresh()
    assert view.results is not None and not view.results.visible


def test_export_and_closing_are_refused_in_kiosk_mode(window, message_boxes, monkeypatch):
    from app.ui import main_window as mw

    asked: list[str] = []
    monkeypatch.setattr(mw, "choose_new_file", lambda *a: asked.append("dialog"))
    _start(window, PIN, PIN)
    window.kiosk.start()
    window.save_copy_as()
    assert asked == [] and message_boxes[-1][2] == "Exportieren kann nur die Moderation."
    window.close()
    assert window.isVisible() and kiosk.current_role() is Role.PARTICIPANT
    assert message_boxes[-1][2] == "Zum Verlassen des Teilnahme-Modus ist die PIN der Moderation nötig."


def test_leaving_with_a_wrong_pin_fails_and_with_the_right_pin_succeeds(window, message_boxes):
    pins = _start(window, PIN, PIN, "0000", None, PIN)
    enabled_before = [a.isEnabled() for a in window.kiosk._all_menu_actions()]
    window.kiosk.start()
    assert not window.kiosk.request_leave()  # wrong PIN
    assert message_boxes[-1][2] == "Die PIN ist falsch. Der Teilnahme-Modus bleibt aktiv."
    assert not window.kiosk.request_leave()  # cancelled
    assert kiosk.current_role() is Role.PARTICIPANT and not window.menuBar().isVisible()
    assert window.kiosk.request_leave()
    assert pins.asked[-1] == "Teilnahme-Modus beenden"
    assert kiosk.current_role() is Role.FACILITATOR
    assert window.menuBar().isVisible()
    assert [a.isEnabled() for a in window.kiosk._all_menu_actions()] == enabled_before
    assert all(not window.navigation.isRowHidden(r) for r in range(window.navigation.count()))


def test_second_start_asks_no_new_pin(window):
    _start(window, PIN, PIN)
    window.kiosk.start()
    window.kiosk.leave(PIN)
    pins = _start(window)
    assert window.kiosk.start() and pins.asked == []
