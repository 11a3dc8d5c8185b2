"""The template editor: a block is added, renamed, dragged on the grid by mouse, saved and reloaded as edited."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from app.domain.templates import builtin_template_id
from app.operations.template_ops import list_templates, load_template
from app.store.workspace_file import WorkspaceFile
from app.ui.templates.template_editor import TemplateEditor


@pytest.fixture
def ws(tmp_path):
    with WorkspaceFile.create(tmp_path / "editor.werkstatt") as w:
        yield w


def _view_point(editor: TemplateEditor, x: float, y: float) -> QPoint:
    return editor.view.mapFromScene(QPointF(x, y))


def _drag(qtbot, editor: TemplateEditor, start: QPointF, end: QPointF) -> None:
    viewport = editor.view.viewport()
    a, b = _view_point(editor, start.x(), start.y()), _view_point(editor, end.x(), end.y())
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(viewport, pos=(a + b) / 2)
    qtbot.mouseMove(viewport, pos=b)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def _rename(qtbot, editor: TemplateEditor, text: str) -> None:
    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, text)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)


def test_add_rename_move_by_mouse_save_and_reload(qtbot, ws):
    editor = TemplateEditor(ws)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.name_edit.setText("Nachbarschaftshilfe")
    editor.name_edit.editingFinished.emit()

    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    (uid,) = editor.draft.blocks
    assert (editor.draft.block(uid).x, editor.draft.block(uid).y) == (20, 20)
    _rename(qtbot, editor, "Wer hilft schon?")
    assert editor.draft.block(uid).title == "Wer hilft schon?"
    assert editor.draft.block(uid).key == "wer_hilft_schon"
    assert len(editor.draft.blocks) == 1  # Return ended the edit and pressed no button

    _drag(qtbot, editor, QPointF(200, 200), QPointF(513, 347))  # lands on the grid: +320, +140
    block = editor.draft.block(uid)
    assert (block.x, block.y, block.w, block.h) == (340, 160, 400, 300)
    assert editor.items[uid].pos() == QPointF(340, 160)

    with qtbot.waitSignal(editor.accepted):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = load_template(ws, editor.saved_template_id).definition
    assert saved.name == "Nachbarschaftshilfe" and saved.key == "nachbarschaftshilfe"
    (b,) = saved.blocks
    assert (b.key, b.title, b.x, b.y, b.w, b.h) == ("wer_hilft_schon", "Wer hilft schon?", 340, 160, 400, 300)

    again = TemplateEditor(ws, editor.saved_template_id)
    qtbot.addWidget(again)
    assert again.draft.to_definition() == saved
    assert [item.pos() for item in again.items.values()] == [QPointF(340, 160)]


def test_resize_by_the_corner_snaps_to_the_grid_and_undo_restores(qtbot, ws):
    editor = TemplateEditor(ws)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    uid = editor.add_block()
    _drag(qtbot, editor, QPointF(410, 310), QPointF(613, 489))
    block = editor.draft.block(uid)
    assert (block.w, block.h) == (600, 480)
    editor.undo_stack.undo()
    assert (editor.draft.block(uid).w, editor.draft.block(uid).h) == (400, 300)


def test_overlapping_blocks_are_shown_and_not_saved(qtbot, ws):
    editor = TemplateEditor(ws)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.add_block()
    second = editor.add_block()
    _drag(qtbot, editor, QPointF(600, 100), QPointF(300, 100))  # onto the first block
    assert editor.draft.block(second).x == 120
    count = len(list_templates(ws))
    assert not editor.save()
    assert "überlappen sich" in editor.problems.text() and "Nicht gespeichert" in editor.problems.text()
    assert len(list_templates(ws)) == count


def test_a_builtin_template_is_edited_as_a_copy(qtbot, ws):
    builtin = builtin_template_id("kooperationsmodell")
    editor = TemplateEditor(ws, builtin)
    qtbot.addWidget(editor)
    assert editor.template_id is None and editor.draft.name.endswith("(Kopie)")
    first = next(iter(editor.draft.blocks))
    editor.select_block(first)
    _rename(qtbot, editor, "Partner im Quartier")
    assert editor.save()
    assert load_template(ws, builtin).definition.blocks[0].title == "Schlüsselpartner"
    copy = load_template(ws, editor.saved_template_id)
    assert copy.definition.blocks[0].title == "Partner im Quartier"
    assert copy.definition.blocks[0].key == "schluesselpartner"


def test_adding_to_a_full_board_makes_it_taller_in_one_undo_step(qtbot, ws):
    editor = TemplateEditor(ws, builtin_template_id("kooperationsmodell"))
    qtbot.addWidget(editor)
    uid = editor.add_block()
    block = editor.draft.block(uid)
    assert editor.draft.height == block.y + block.h + 20
    assert "überlappen" not in editor.problems.text()
    editor.undo_stack.undo()
    assert editor.draft.height == 1400 and uid not in editor.draft.blocks
