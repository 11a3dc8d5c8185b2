"""The workshop day on the board, as the issue's "Done means" lists it: open the demo, start a Kooperationsmodell
canvas, write ten cards by keyboard only, move three to another block, cluster two, undo and redo everything,
present; then a 5-dot round on the board with one proxy vote, closed, and the dots on the cards."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from app.operations import canvas_ops as ops
from app.operations import voting_ops
from app.operations.demo import create_demo_workspace
from app.ui.canvas import canvas_page
from tests.ui.test_board_gestures import drag, type_text

CARD_TEXTS = ["Fahrdienst zum Arzt", "Einkaufsbegleitung", "Mittagstisch im Bürgerhaus", "Besuchsdienst",
              "Hilfe bei Anträgen", "Telefonkette", "Gartenhilfe", "Fahrrad-Rikscha", "Sprechstunde im Quartier",
              "Wäscheservice"]


def board_state(page) -> dict[str, tuple[str, str, float, float, bool]]:
    """What the workspace holds for the open canvas: text → (block, cluster title or "", x, y, in cluster)."""
    board = ops.load_board(page.ws, page.model.canvas_id)
    titles = {c.id: c.title for c in board.clusters}
    return {c.text: (c.block_key, titles.get(c.cluster_id or "", ""), c.x, c.y, c.cluster_id is not None)
            for c in board.cards}


def card_point(page, card_id: str) -> QPoint:
    item = page.scene.card_items[card_id]
    return page.view.mapFromScene(item.sceneBoundingRect().center() + QPointF(0, 10))


def click(page, card_id: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, modifier, card_point(page, card_id))


def test_a_workshop_day_on_the_board(controller, tmp_path, qtbot, monkeypatch):
    path = tmp_path / "demo.werkstatt"
    create_demo_workspace(path)
    assert controller.open_path(path, None)
    window = controller.main_window
    window.resize(1600, 1000)
    qtbot.waitExposed(window)
    window.select_area("canvases")
    page = window.view("canvases")
    assert isinstance(page, canvas_page.CanvasPage)

    # a new canvas on the Kooperationsmodell template, from the page's button
    def choose(dialog) -> int:
        dialog.template.setCurrentIndex(next(i for i in range(dialog.template.count())
                                             if "Kooperationsmodell" in dialog.template.itemText(i)))
        dialog.title.setText("Nachbarschaftsauto")
        return 1

    monkeypatch.setattr(canvas_page.NewCanvasDialog, "exec", choose)
    new_button = next(b for b in page.findChildren(QPushButton) if b.text() == "Neue Leinwand …")
    qtbot.mouseClick(new_button, Qt.MouseButton.LeftButton)
    assert page.model.board.title == "Nachbarschaftsauto" and page.model.cards == {}
    assert "Kooperationsmodell" in page.model.board.template_name

    # ten cards by keyboard only: N, the text, Enter
    page.view.setFocus()
    for text in CARD_TEXTS:
        QTest.keyClick(page.view, Qt.Key.Key_N)
        assert page.editor.pending is not None
        type_text(page.view.viewport(), text)
        QTest.keyClick(page.view.viewport(), Qt.Key.Key_Return)
    assert sorted(c.text for c in page.model.cards.values()) == sorted(CARD_TEXTS)
    first_block = {c.block_key for c in page.model.cards.values()}
    assert len(first_block) == 1

    # three of them move to "Zielgruppen" in one drag of the selection
    ids = {c.text: c.id for c in page.model.cards.values()}
    movers = [ids["Besuchsdienst"], ids["Telefonkette"], ids["Gartenhilfe"]]
    click(page, movers[0])
    for cid in movers[1:]:
        click(page, cid, Qt.KeyboardModifier.ControlModifier)
    assert sorted(page.scene.selected_card_ids()) == sorted(movers)
    target = page.model.board.block("zielgruppen")
    start = card_point(page, movers[0])
    end = page.view.mapFromScene(QPointF(target.x + 330, target.y + 200))  # all three land inside
    drag(page, start, end)
    assert {page.model.cards[c].block_key for c in movers} == {"zielgruppen"}

    # two cluster under a heading
    monkeypatch.setattr(canvas_page.QInputDialog, "getText", lambda *a, **k: ("Mobilität", True))
    click(page, ids["Fahrdienst zum Arzt"])
    click(page, ids["Fahrrad-Rikscha"], Qt.KeyboardModifier.ControlModifier)
    page.bars.actions["cluster"].trigger()
    clustered = board_state(page)
    assert clustered["Fahrdienst zum Arzt"][1] == clustered["Fahrrad-Rikscha"][1] == "Mobilität"
    assert sum(1 for v in clustered.values() if v[0] == "zielgruppen") == 3
    cards = [(i.card.text, i.mapRectToScene(i.card_rect())) for i in page.scene.card_items.values()]
    overlapping = [(a, b) for n, (a, ra) in enumerate(cards) for b, rb in cards[n + 1:] if ra.intersects(rb)]
    assert overlapping == []  # grouping hid no card under another

    # undo everything by keyboard, then redo everything
    stack = page.editor.undo_stack
    steps = stack.count()
    assert steps == 12  # ten cards, one move, one cluster
    page.view.setFocus()
    for _ in range(steps):
        QTest.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert board_state(page) == {} and page.scene.card_items == {}
    for _ in range(steps):
        QTest.keyClick(page.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert board_state(page) == clustered
    assert len(page.scene.card_items) == 10

    # presentation mode (one screen here: it fills it), F5 on the board
    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_F5)
    assert page.presentation is not None
    qtbot.waitExposed(page.presentation)
    assert page.presentation.view.effective_card_text_px() >= 24
    page.presentation.close()
    assert page.presentation is None

    # a 5-dot round on the board; one person votes by proxy
    page.bars.actions["vote"].trigger()
    bar = page.vote_bar
    dialog = bar.new_round()
    dialog.title_edit.setText("Was zuerst?")
    dialog.budget_spin.setValue(5)
    dialog.session_box.setCurrentIndex(next(i for i in range(dialog.session_box.count())
                                            if "Bürgerworkshop" in dialog.session_box.itemText(i)))
    dialog.accept()
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    round_info = bar.current_round()
    assert round_info.status == "open" and round_info.budget == 5

    ballot = bar.ballot
    present = ballot.voter_box.itemData(1)
    assert present is not None
    ballot.voter_box.setCurrentIndex(1)
    ballot.voter_box.activated.emit(1)
    for text in ("Mittagstisch im Bürgerhaus", "Mittagstisch im Bürgerhaus", "Einkaufsbegleitung",
                 "Besuchsdienst", "Mittagstisch im Bürgerhaus"):
        click(page, ids[text])
    assert ballot.remaining_label.text() == "0"
    qtbot.mouseClick(ballot.next_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(ballot.proxy_check, Qt.MouseButton.LeftButton, pos=QPoint(10, ballot.proxy_check.height() // 2))
    assert ballot.proxy_check.isChecked()
    absent = next(ballot.voter_box.itemData(i) for i in range(1, ballot.voter_box.count())
                  if ballot.voter_box.itemData(i) != present)
    index = ballot.voter_box.findData(absent)
    ballot.voter_box.setCurrentIndex(index)
    ballot.voter_box.activated.emit(index)
    for text in ("Einkaufsbegleitung", "Einkaufsbegleitung"):
        click(page, ids[text])
    assert ballot.remaining_label.text() == "3"
    assert page.model.dot_counts == {}  # hidden until closed

    bar.ask = lambda _question: True
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert voting_ops.get_round(page.ws, round_info.id).status == "closed"
    dots = {page.model.cards[cid].text: n for cid, n in page.model.dot_counts.items()}
    assert dots == {"Mittagstisch im Bürgerhaus": 3, "Einkaufsbegleitung": 3, "Besuchsdienst": 1}
    assert page.scene.card_items[ids["Mittagstisch im Bürgerhaus"]].dots == 3
    assert page.scene.card_items[ids["Wäscheservice"]].dots == 0
    with page.ws.session() as s:
        from app.store.models import Vote

        sources = sorted(v.source for v in s.query(Vote).filter(Vote.round_id == round_info.id))
    assert sources == ["proxy", "proxy"] + ["screen"] * 5
