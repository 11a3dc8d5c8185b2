"""The erasure dialog lists where the name still occurs; one click on »Schwärzen« replaces one occurrence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.operations import comments_ops, participants_ops
from app.store.models import Card
from app.ui.participation.erasure_dialog import ErasureDialog


def _dialog(qtbot, board) -> tuple[ErasureDialog, str]:  # type: ignore[no-untyped-def]
    anna = participants_ops.quick_add(board.ws, "Anna Zabelschmidt")
    with board.ws.session() as s:
        s.get(Card, board.card_ids[0]).text = "Frau Zabelschmidt meint: Annahme prüfen"
        s.get(Card, board.card_ids[1]).text = "Zabelschmidt und nochmal Zabelschmidt"
    comments_ops.add_comment(board.ws, "card", board.card_ids[2], "Anna Zabelschmidt bringt Kuchen")
    dialog = ErasureDialog(board.ws, anna.id, "Anna Zabelschmidt")
    qtbot.addWidget(dialog)
    return dialog, anna.id


def _texts(dialog: ErasureDialog, column: int) -> list[str]:
    return [dialog.table.item(r, column).text() if dialog.table.item(r, column) else ""
            for r in range(dialog.table.rowCount())]


def test_the_dialog_lists_parts_to_review_and_the_whole_name_as_replaced_anyway(qtbot, board):
    dialog, _pid = _dialog(qtbot, board)
    assert dialog.table.rowCount() == 4
    assert len(dialog.redact_buttons) == 3
    assert "Frau Zabelschmidt meint: Annahme prüfen" in _texts(dialog, 1)
    assert _texts(dialog, 2).count("wird beim Löschen ersetzt") == 1
    assert "3 Stellen" in dialog.hint.text()
    assert dialog.buttons.buttonRole(dialog.erase_button) == QDialogButtonBox.ButtonRole.DestructiveRole
    assert not dialog.erase_button.isDefault()


def test_one_click_replaces_one_occurrence_and_the_list_follows(qtbot, board):
    dialog, _pid = _dialog(qtbot, board)
    row = _texts(dialog, 1).index("Frau Zabelschmidt meint: Annahme prüfen")
    button = dialog.table.cellWidget(row, 2)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    with board.ws.session() as s:
        assert s.get(Card, board.card_ids[0]).text == "Frau [Name gelöscht] meint: Annahme prüfen"
    assert dialog.table.rowCount() == 3 and len(dialog.redact_buttons) == 2
    assert dialog.message.kind == "ok"
    # the two occurrences in one card: each click replaces one, the second still where it now is
    qtbot.mouseClick(dialog.redact_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.redact_buttons[0], Qt.MouseButton.LeftButton)
    with board.ws.session() as s:
        assert s.get(Card, board.card_ids[1]).text == "[Name gelöscht] und nochmal [Name gelöscht]"
    assert dialog.redact_buttons == [] and not dialog.redact_all_button.isEnabled()
    assert "beim Löschen ersetzt" in dialog.hint.text()


def test_a_changed_text_is_refused_in_words_and_the_list_is_made_again(qtbot, board):
    dialog, _pid = _dialog(qtbot, board)
    row = _texts(dialog, 1).index("Frau Zabelschmidt meint: Annahme prüfen")
    with board.ws.session() as s:
        s.get(Card, board.card_ids[0]).text = "Frau Z. meint"
    assert not dialog.redact(row)
    assert dialog.message.kind == "refusal" and "geändert" in dialog.message.text()
    assert dialog.table.rowCount() == 3


def test_all_remaining_occurrences_with_one_button(qtbot, board):
    dialog, _pid = _dialog(qtbot, board)
    qtbot.mouseClick(dialog.redact_all_button, Qt.MouseButton.LeftButton)
    assert dialog.redact_buttons == [] and "3 Stellen geschwärzt" in dialog.message.text()
