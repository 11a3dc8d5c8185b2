"""The main actions by keyboard only: areas with Ctrl+1…7, a card on the board, a vote round from creation to
result. Every control is reached with Tab (as a person without a mouse would) and pressed with Space or Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.operations import vote_results_ops
from app.ui.help_dialogs import ShortcutsDialog
from app.ui.navigation import NAVIGATION

CTRL = Qt.KeyboardModifier.ControlModifier


def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "no widget has the keyboard focus"
    QTest.keyClick(target, k, modifier)


def tab_to(target: QWidget, limit: int = 400) -> None:
    """Press Tab until ``target`` has the focus; fails if it cannot be reached by keyboard."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        key(Qt.Key.Key_Tab)
    raise AssertionError(f"{type(target).__name__} {getattr(target, 'text', lambda: '')()!r} not reachable by Tab")


def test_main_actions_by_keyboard_only(controller, demo_path, qtbot, monkeypatch):
    # the final "close the round?" question answered with its default key (Yes)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    controller.start(str(demo_path))
    window = controller.main_window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.navigation)

    # areas: Ctrl+1 … Ctrl+7
    for number, entry in enumerate(NAVIGATION, start=1):
        key(Qt.Key(Qt.Key.Key_0.value + number), CTRL)
        assert window.current_area() == entry.key

    # a card on the board: Ctrl+2, N, type, Enter
    key(Qt.Key.Key_2, CTRL)
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: page.view is not None)
    tab_to(page.view)
    before = len(page.model.cards)
    key(Qt.Key.Key_N)
    qtbot.waitUntil(lambda: page.editor.pending is not None)
    QTest.keyClicks(page.view, "Mittagstisch im Gemeindehaus")
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(page.model.cards) == before + 1)
    assert any(c.text == "Mittagstisch im Gemeindehaus" for c in page.model.cards.values())

    # the shortcut list (F1) names the board's own keys too
    dialog = ShortcutsDialog(window.menuBar(), window, page=page)
    assert ("Neue Karte", "N") in dialog.rows
    dialog.deleteLater()

    # a vote round: Ctrl+1, tab "Abstimmungen", new round, open, vote, close, read the result
    key(Qt.Key.Key_1, CTRL)
    sessions = window.stack.currentWidget()
    tabs = next(w for w in sessions.findChildren(QWidget) if type(w).__name__ == "SessionsPage").tabs
    votes = tabs.widget(1)
    window.navigation.setFocus()
    tab_to(tabs.tabBar())
    while tabs.currentWidget() is not votes:
        key(Qt.Key.Key_Right)
    tab_to(votes.new_button)
    key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QWidget))
    dialog = QApplication.activeModalWidget()
    dialog.activateWindow()  # a window manager does this for a new dialog; the offscreen platform does not
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog)
    tab_to(dialog.session_box)
    key(Qt.Key.Key_Home)  # "ohne Sitzung (alle dürfen abstimmen)"
    key(Qt.Key.Key_Return)  # "Runde anlegen" is the default button
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.activateWindow()  # back to the main window, as the window manager would
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert votes.current_round() is not None and votes.current_round().status == "draft"

    tab_to(votes.open_button)
    key(Qt.Key.Key_Space)
    assert votes.current_round().status == "open"

    ballot = votes.ballot
    tab_to(ballot.voter_box)
    key(Qt.Key.Key_Down)  # the first person on the list
    assert ballot.participant_id is not None
    first_card_id, first_button = next(iter(ballot.card_buttons.items()))
    qtbot.waitUntil(first_button.isVisible)  # new buttons are shown on the next turn of the event loop
    tab_to(first_button)
    key(Qt.Key.Key_Space)
    key(Qt.Key.Key_Space)

    tab_to(votes.close_button)
    key(Qt.Key.Key_Space)
    info = votes.current_round()
    assert info.status == "closed"

    results = vote_results_ops.round_results(votes.ws, info.id)
    voted = next(r for r in results.ranking if r.card_id == first_card_id)
    assert voted.count >= 2 and voted.rank == 1
    tab_to(votes.tabs.tabBar())
    key(Qt.Key.Key_Right)
    assert votes.tabs.currentWidget() is votes.results
    assert "Punkte" in votes.results.summary.text()
