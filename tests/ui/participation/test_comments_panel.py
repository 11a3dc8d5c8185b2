"""Fast capture: six comments on one card typed without the mouse, with stance, aspects, barrier and a reply;
and the barrier list saves status and measure."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.operations import comments_ops
from app.ui.participation.comments_panel import CommentsPanel

ALT = Qt.KeyboardModifier.AltModifier


def _type(qtbot, edit, text):
    """Key events one character at a time; QTest only knows ASCII keys, so umlauts go as plain key events."""
    for char in text:
        if char.isascii():
            qtbot.keyClick(edit, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(edit, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                       char))


def _type_line(qtbot, edit, text, *alt_keys):
    for key in alt_keys:
        qtbot.keyClick(edit, key, ALT)
    _type(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_six_comments_by_keyboard_only(qtbot, board):
    panel = CommentsPanel(board.ws)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitActive(panel)
    panel.set_target("card", board.card_ids[0])
    edit = panel.capture_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)

    _type_line(qtbot, edit, "Gute Idee für das Quartier", Qt.Key.Key_1)
    _type_line(qtbot, edit, "Zu teuer ohne Förderung", Qt.Key.Key_2, Qt.Key.Key_S)
    _type_line(qtbot, edit, "Wer haftet bei Stürzen?", Qt.Key.Key_4, Qt.Key.Key_R, Qt.Key.Key_B)
    assert panel.capture_state.text().startswith("Haltung: neutral")  # reset after saving
    _type_line(qtbot, edit, "! Ehrenamtliche einbinden #sozial #ethisch")
    _type_line(qtbot, edit, "Einfach mal ausprobieren")
    for _ in range(3):  # from the newest comment up to "Wer haftet …"
        qtbot.keyClick(edit, Qt.Key.Key_Up, ALT)
    assert panel.tree.currentItem().text(0) == "Wer haftet bei Stürzen?"
    assert edit.hasFocus()
    _type_line(qtbot, edit, "Versicherung über den Verein klären", Qt.Key.Key_A, Qt.Key.Key_5)

    thread = comments_ops.comment_thread(board.ws, "card", board.card_ids[0])
    got = [(e.depth, e.comment.text, e.comment.stance, e.comment.elsi_tags, e.comment.barrier) for e in thread]
    assert got == [
        (0, "Gute Idee für das Quartier", "dafür", (), False),
        (0, "Zu teuer ohne Förderung", "dagegen", ("sozial",), False),
        (0, "Wer haftet bei Stürzen?", "Frage", ("rechtlich",), True),
        (1, "Versicherung über den Verein klären", "Idee", (), False),
        (0, "Ehrenamtliche einbinden", "Idee", ("ethisch", "sozial"), False),
        (0, "Einfach mal ausprobieren", "neutral", (), False),
    ]
    assert panel.tree.topLevelItemCount() == 5
    third = panel.tree.topLevelItem(2)
    assert (third.text(1), third.text(2), third.text(3)) == ("Frage", "rechtlich", "Barriere: offen")
    assert comments_ops.comment_counts(board.ws, board.canvas_id) == {board.card_ids[0]: 6}


def test_barrier_list_saves_status_and_measure(qtbot, board):
    comments_ops.add_comment(board.ws, "card", board.card_ids[1], "Fahrer fehlen", barrier=True)
    panel = CommentsPanel(board.ws)
    qtbot.addWidget(panel)
    barriers = panel.barriers
    assert barriers.table.rowCount() == 1
    box = barriers.table.cellWidget(0, 2)
    assert box.currentText() == "offen"
    box.setCurrentIndex(box.findData("in Bearbeitung"))
    box.activated.emit(box.currentIndex())
    barriers.table.item(0, 3).setText("Aufruf im Gemeindeblatt")
    saved = comments_ops.list_barriers(board.ws)[0]
    assert (saved.barrier_status, saved.barrier_measure) == ("in Bearbeitung", "Aufruf im Gemeindeblatt")


def test_editor_changes_stance_and_tags_of_the_selected_comment(qtbot, board):
    comments_ops.add_comment(board.ws, "canvas", board.canvas_id, "Gesamtbild passt")
    panel = CommentsPanel(board.ws)
    qtbot.addWidget(panel)
    panel.set_target("canvas", board.canvas_id)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    editor = panel.editor
    editor.stance_box.setCurrentIndex(editor.stance_box.findData("dafür"))
    editor.tag_checks["ethisch"].setChecked(True)
    assert editor.save()
    assert panel.tree.topLevelItem(0).text(1) == "dafür"
    assert comments_ops.comment_thread(board.ws, "canvas", board.canvas_id)[0].comment.elsi_tags == ("ethisch",)
