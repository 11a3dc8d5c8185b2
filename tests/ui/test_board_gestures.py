"""Mouse and keyboard on the real view: one drag = one command, typing on cards, keys from card to card."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.operations import canvas_ops as ops


def db_cards(board):
    return {c.id: c for c in ops.load_board(board.ws, board.canvas_id).cards}


def view_point(board, x: float, y: float) -> QPoint:
    return board.view.mapFromScene(QPointF(x, y))


def drag(board, start: QPoint, end: QPoint, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    vp = board.view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, modifier, start)
    steps = 5
    for i in range(1, steps + 1):  # QTest.mouseMove sends no button state; send real move events
        p = start + (end - start) * i / steps
        ev = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(p), vp.mapToGlobal(QPointF(p)),
                         Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, modifier)
        QApplication.sendEvent(vp, ev)
    release = QMouseEvent(QMouseEvent.Type.MouseButtonRelease, QPointF(end), vp.mapToGlobal(QPointF(end)),
                          Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton, modifier)
    QApplication.sendEvent(vp, release)  # a rubber band leaves the release unaccepted; QTest would warn


def type_text(widget, text: str) -> None:
    """Typed characters as key events with text (QTest.keyClicks only knows ASCII; umlauts must work)."""
    for ch in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_a_drag_is_one_command_and_moves_the_card_in_the_database(board):
    card = board.model.add_card("schluesselpartner", "Apotheke", 60, 300)
    stack = board.editor.undo_stack
    start = view_point(board, 160, 360)
    drag(board, start, start + QPoint(40, 60))
    assert stack.count() == 1
    moved = db_cards(board)[card.id]
    assert moved.y > 300 and moved.block_key == "schluesselpartner"
    stack.undo()
    assert (db_cards(board)[card.id].x, db_cards(board)[card.id].y) == (60, 300)
    assert board.scene.card_items[card.id].pos() == QPointF(60, 300)


def test_dropping_into_another_block_reassigns_the_block(board):
    card = board.model.add_card("schluesselpartner", "Apotheke", 60, 300)
    drag(board, view_point(board, 160, 360), view_point(board, 1200, 400))
    assert db_cards(board)[card.id].block_key == "wertangebot"
    board.editor.undo_stack.undo()
    assert db_cards(board)[card.id].block_key == "schluesselpartner"


def test_multi_select_drag_is_one_command_for_all_cards(board):
    a = board.model.add_card("schluesselpartner", "A", 60, 300)
    b = board.model.add_card("schluesselpartner", "B", 60, 600)
    vp = board.view.viewport()
    QTest.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view_point(board, 160, 360))
    QTest.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     view_point(board, 160, 660))
    assert set(board.scene.selected_card_ids()) == {a.id, b.id}
    drag(board, view_point(board, 160, 360), view_point(board, 1200, 360))
    assert board.editor.undo_stack.count() == 1
    cards = db_cards(board)
    assert cards[a.id].block_key == cards[b.id].block_key == "wertangebot"
    assert cards[b.id].y - cards[a.id].y == 300


def test_rubber_band_selects_several_cards(board):
    a = board.model.add_card("schluesselpartner", "A", 60, 300)
    b = board.model.add_card("schluesselpartner", "B", 60, 600)
    drag(board, view_point(board, 45, 280), view_point(board, 300, 760))
    assert set(board.scene.selected_card_ids()) == {a.id, b.id}
    assert board.editor.undo_stack.count() == 0


def test_n_then_typing_then_enter_creates_one_card_in_the_current_block(board):
    first = board.model.add_card("kanaele", "Flyer", 1460, 700)
    board.scene.select_only([first.id])
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key.Key_N)
    assert board.editor.pending is not None
    type_text(board.view.viewport(), "Aushang Bäcker")
    QTest.keyClick(board.view.viewport(), Qt.Key.Key_Return)
    assert board.editor.pending is None
    texts = {c.text: c for c in db_cards(board).values()}
    assert texts["Aushang Bäcker"].block_key == "kanaele"
    assert board.editor.undo_stack.count() == 1


def test_escape_cancels_a_new_card(board):
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key.Key_Insert)
    QTest.keyClicks(board.view.viewport(), "verworfen")
    QTest.keyClick(board.view.viewport(), Qt.Key.Key_Escape)
    assert db_cards(board) == {} and board.editor.undo_stack.count() == 0


def test_enter_edits_the_selected_card_and_the_edit_is_one_command(board):
    card = board.model.add_card("wertangebot", "alt", 1000, 300)
    board.scene.select_only([card.id])
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key.Key_Return)
    QTest.keyClicks(board.view.viewport(), "Einkaufsbegleitung")
    QTest.keyClick(board.view.viewport(), Qt.Key.Key_Return)
    assert db_cards(board)[card.id].text == "Einkaufsbegleitung"
    assert board.editor.undo_stack.count() == 1
    board.editor.undo_stack.undo()
    assert db_cards(board)[card.id].text == "alt"


def test_double_click_in_a_block_starts_a_card_there_and_on_a_card_edits_it(board):
    vp = board.view.viewport()
    QTest.mouseDClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view_point(board, 1700, 1200))
    assert board.editor.pending is not None and board.editor.pending.block_key == "einnahmen_finanzierung"
    QTest.keyClicks(vp, "Spenden")
    QTest.keyClick(vp, Qt.Key.Key_Return)
    (card,) = db_cards(board).values()
    assert card.text == "Spenden" and card.block_key == "einnahmen_finanzierung"
    item = board.scene.card_items[card.id]
    centre = board.view.mapFromScene(item.sceneBoundingRect().center())
    QTest.mouseDClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert board.editor.pending is not None and board.editor.pending.card_id == card.id


def test_delete_key_removes_selection_and_undo_key_brings_it_back(board):
    card = board.model.add_card("wertangebot", "weg damit", 1000, 300)
    board.scene.select_only([card.id])
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key.Key_Delete)
    assert db_cards(board) == {}
    QTest.keyClick(board.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert card.id in db_cards(board)
    QTest.keyClick(board.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert db_cards(board) == {}


def test_arrow_keys_and_tab_go_from_card_to_card(board):
    left = board.model.add_card("schluesselpartner", "links", 60, 300)
    right = board.model.add_card("wertangebot", "rechts", 1000, 300)
    below = board.model.add_card("schluesselpartner", "unten", 60, 600)
    board.scene.select_only([left.id])
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key.Key_Right)
    assert board.scene.selected_card_ids() == [right.id]
    QTest.keyClick(board.view, Qt.Key.Key_Left)
    QTest.keyClick(board.view, Qt.Key.Key_Down)
    assert board.scene.selected_card_ids() == [below.id]
    QTest.keyClick(board.view, Qt.Key.Key_Tab)
    assert board.scene.selected_card_ids() == [right.id]  # reading order: block by block


def test_zoom_keys_and_fit_to_screen(board):
    fitted = board.view.scale_factor()
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key.Key_Plus)
    assert board.view.scale_factor() > fitted
    QTest.keyClick(board.view, Qt.Key.Key_0)
    assert abs(board.view.scale_factor() - fitted) < 1e-3 * fitted


def test_dragging_the_corner_handle_resizes_as_one_command(board):
    card = board.model.add_card("wertangebot", "größer", 1000, 300)
    board.view.set_scale(1.0)
    board.view.centerOn(1100, 360)
    drag(board, view_point(board, 1196, 416), view_point(board, 1296, 476))
    assert board.editor.undo_stack.count() == 1
    resized = db_cards(board)[card.id]
    assert resized.w > 250 and resized.h > 150 and (resized.x, resized.y) == (1000, 300)
    board.editor.undo_stack.undo()
    assert (db_cards(board)[card.id].w, db_cards(board)[card.id].h) == (200, 120)
