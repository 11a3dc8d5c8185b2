"""The page: picks or creates canvases, wires the toolbars; presentation mode reads from the back of the hall."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.domain.card_look import CardFilter
from app.operations import canvas_ops as ops
from app.ui.canvas.canvas_page import CanvasPage
from app.ui.canvas.painting import CONTRAST_THEME, NORMAL_THEME
from app.ui.canvas.presentation import PresentationWindow
from tests.canvas_fixtures import make_workspace


@pytest.fixture
def page(tmp_path, qtbot):
    ws, canvas_id = make_workspace(tmp_path)
    ops.add_card(ws, canvas_id, "kanaele", "Aushang beim Bäcker", 1460, 700)
    widget = CanvasPage(ws)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    if widget.presentation is not None:
        widget.presentation.close()
    widget.close()
    ws.close()


def test_page_opens_the_first_canvas_with_its_cards(page):
    assert page.model is not None and page.model.board.title == "Einkaufsbegleitung"
    assert [i.card.text for i in page.scene.card_items.values()] == ["Aushang beim Bäcker"]


def test_new_canvas_dialog_creates_and_opens_a_canvas(page, monkeypatch):
    from app.ui.canvas import canvas_page

    templates = ops.list_templates(page.ws)
    monkeypatch.setattr(canvas_page.NewCanvasDialog, "exec", lambda self: 1)
    monkeypatch.setattr(canvas_page.NewCanvasDialog, "values", lambda self: (templates[1].id, "Finanzen 2027"))
    page.new_canvas()
    assert page.model.board.title == "Finanzen 2027" and page.model.cards == {}
    assert page.picker.count() == 2


def test_search_field_highlights_and_counts(page):
    page.bars.search.setText("bäcker")
    assert page.model.card_filter == CardFilter(text="bäcker")
    assert "1 Treffer" in page.bars.match_label.text()
    (item,) = page.scene.card_items.values()
    assert item.highlighted


def test_private_mode_makes_new_cards_face_down_and_reveal_turns_them_up(page):
    page.bars.actions["private"].setChecked(True)
    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_N)
    QTest.keyClicks(page.view.viewport(), "Mein Wunsch")
    QTest.keyClick(page.view.viewport(), Qt.Key.Key_Return)
    hidden = [c for c in page.model.cards.values() if c.private]
    assert [c.text for c in hidden] == ["Mein Wunsch"]
    page._reveal(None)
    assert not any(c.private for c in page.model.cards.values())


def test_presentation_mode_shows_card_text_at_least_24_px_on_a_1920_screen(page, qtbot):
    window = PresentationWindow(page.scene, page.editor, text_px=24)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    window.apply()
    assert window.view.effective_card_text_px() >= 24
    assert page.scene.theme.background == CONTRAST_THEME.background
    window.set_text_px(40)
    assert window.view.effective_card_text_px() >= 40
    window.close()
    assert page.scene.theme == NORMAL_THEME


def test_presentation_button_says_when_there_is_only_one_screen(page):
    page.start_presentation()
    assert page.presentation is not None
    assert "Nur ein Bildschirm" in page.status.text()
    page.presentation.close()
    assert page.presentation is None
