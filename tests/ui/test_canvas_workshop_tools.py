"""The canvas page as the facilitator's tool of a workshop day: versions, comparisons and templates from the page,
comments and amounts and actor links on the cards, and a refresh after other pages changed the workspace."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.operations import canvas_ops as ops
from app.operations import comments_ops
from app.operations.canvas_versions import list_versions
from app.ui.canvas import canvas_page
from app.ui.canvas.card_dialogs import ActorPickerDialog, AmountDialog
from app.ui.canvas.painting import NORMAL_THEME, CardLook, paint_card
from tests.canvas_fixtures import add_actor, make_workspace


@pytest.fixture
def page(tmp_path, qtbot):
    ws, canvas_id = make_workspace(tmp_path)
    ops.add_card(ws, canvas_id, "kanaele", "Aushang beim Bäcker", 1460, 700)
    ops.add_card(ws, canvas_id, "kostenstruktur", "Fahrtkosten", 60, 1100)
    widget = canvas_page.CanvasPage(ws)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
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


def menu_action(menu, text: str):
    return next(a for a in menu.actions() if a.text() == text)


# ---------------------------------------------------------------------- versions, comparisons, templates
def test_saving_a_new_version_switches_the_page_to_it_and_leaves_the_old_one_alone(page, qtbot):
    old_id = page.model.canvas_id
    qtbot.mouseClick(page.version_button, Qt.MouseButton.LeftButton)
    assert page.model.canvas_id != old_id and page.model.board.version == 2
    assert "Version 2" in page.picker.currentText()
    assert "Version 2" in page.status.text()
    assert [v.version for v in list_versions(page.ws, old_id)] == [1, 2]

    page.editor.delete_selected()  # nothing selected: no-op
    page.scene.select_only([card_id_with(page, "Fahrtkosten")])
    page.editor.delete_selected()
    assert len(ops.load_board(page.ws, old_id).cards) == 2  # the old version keeps its cards
    assert len(ops.load_board(page.ws, page.model.canvas_id).cards) == 1


def test_versionen_vergleichen_opens_the_comparison_of_the_last_two_versions(page):
    page.tools.save_new_version()
    page.scene.select_only([card_id_with(page, "Fahrtkosten")])
    page.editor.delete_selected()
    menu_action(page.canvas_menu, "Versionen vergleichen …").trigger()
    dialog = page.tools.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.versions
    assert "1 entfernt" in dialog.versions.summary.text()
    dialog.close()


def test_sitzungen_vergleichen_opens_the_second_tab_with_canvases_of_the_same_template(page):
    other = ops.create_canvas(page.ws, page.model.board.template_id, "Bürgerwerkstatt")
    ops.add_card(page.ws, other.id, "kanaele", "Zeitung", 1460, 700)
    menu_action(page.canvas_menu, "Sitzungen vergleichen …").trigger()
    dialog = page.tools.dialog
    assert dialog.tabs.currentWidget() is dialog.sessions
    assert {v.id for v in dialog.sessions.canvases} == {page.model.canvas_id, other.id}
    assert "Nur links: 2 Karten, nur rechts: 1 Karten" in dialog.sessions.summary.text()
    dialog.close()


def test_a_new_template_from_the_page_is_offered_first_by_neue_leinwand(page, monkeypatch):
    menu_action(page.canvas_menu, "Neue Vorlage …").trigger()
    editor = page.tools.template_editor
    editor.name_edit.setText("Nachbarschaftshilfe")
    editor.name_edit.editingFinished.emit()
    editor.add_block()
    assert editor.save()
    saved = editor.saved_template_id
    assert saved is not None and "Nachbarschaftshilfe" in page.status.text()

    offered = {}

    def look(dialog) -> int:
        offered["ids"] = [dialog.template.itemData(i) for i in range(dialog.template.count())]
        offered["current"] = dialog.template.currentData()
        return 0

    monkeypatch.setattr(canvas_page.NewCanvasDialog, "exec", look)
    page.new_canvas()
    assert saved in offered["ids"] and offered["current"] == saved


# ---------------------------------------------------------------------- comments on cards
def test_c_opens_the_comment_side_panel_for_the_selected_card_and_the_badge_counts(page, qtbot):
    card_id = card_id_with(page, "Aushang beim Bäcker")
    page.scene.select_only([card_id])
    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_C)
    assert page.comments.isVisible()
    panel = page.comments.panel
    assert panel.target == ("card", card_id)
    assert "Aushang beim Bäcker" in page.comments.title.text()
    assert "Aushang beim Bäcker" in panel.target_box.currentText()
    for text in ("? Wer hängt ihn auf", "Gute Idee"):
        panel.capture_edit.setText(text)
        QTest.keyClick(panel.capture_edit, Qt.Key.Key_Return)
    assert page.model.comment_counts == {card_id: 2}
    item = page.scene.card_items[card_id]
    assert item.comments == 2
    assert "2 Kommentare" in item.tooltip_text()
    assert page.scene.card_items[card_id_with(page, "Fahrtkosten")].comments == 0


def test_kommentieren_button_needs_exactly_one_card(page):
    page.scene.clearSelection()
    page.bars.actions["comment"].trigger()
    assert not page.comments.isVisible()
    assert "genau eine Karte" in page.status.text()


def test_the_comment_badge_is_painted_as_a_bubble_with_the_number(qtbot):
    def paint(comments: int) -> QImage:
        image = QImage(320, 200, QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        p = QPainter(image)
        p.translate(40, 40)
        paint_card(p, QRectF(0, 0, 220, 120),
                   CardLook(lines=("Text",), color="#ffe066", private=False, comments=comments), NORMAL_THEME, 1.0)
        p.end()
        return image

    plain, with_badge = paint(0), paint(3)
    differing = [(x, y) for x in range(0, 320, 2) for y in range(0, 200, 2)
                 if plain.pixel(x, y) != with_badge.pixel(x, y)]
    assert differing, "the badge paints nothing"
    assert all(y < 40 + 20 and x > 40 + 100 for x, y in differing)  # only on the top edge, right half


def test_dots_are_painted_on_the_top_left_edge_only_when_there_are_points(qtbot):
    def paint(dots: int) -> QImage:
        image = QImage(320, 200, QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        p = QPainter(image)
        p.translate(40, 40)
        paint_card(p, QRectF(0, 0, 220, 120),
                   CardLook(lines=("Text",), color="#ffe066", private=False, dots=dots), NORMAL_THEME, 1.0)
        p.end()
        return image

    plain = paint(0)
    three, twelve = paint(3), paint(12)
    diff3 = [(x, y) for x in range(0, 320) for y in range(0, 200) if plain.pixel(x, y) != three.pixel(x, y)]
    diff12 = [(x, y) for x in range(0, 320) for y in range(0, 200) if plain.pixel(x, y) != twelve.pixel(x, y)]
    assert diff3 and all(y < 40 + 12 and x < 40 + 160 for x, y in diff3)
    assert max(x for x, _ in diff12) > max(x for x, _ in diff3)  # more symbols, a longer pill


# ---------------------------------------------------------------------- amounts and actors from the UI
def test_an_amount_typed_into_the_card_dialog_updates_the_block_sum(page, monkeypatch):
    card_id = card_id_with(page, "Fahrtkosten")
    page.scene.select_only([card_id])

    def fill(dialog) -> int:
        dialog.amount.setText("450,50")
        dialog.period.setCurrentIndex(dialog.period.findData("month"))
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(AmountDialog, "exec", fill)
    page.bars.actions["amount"].trigger()
    total = page.model.sums["kostenstruktur"]
    assert total.monthly_cents == 45050 and total.yearly_cents == 540600
    assert page.scene.block_items["kostenstruktur"].total == total
    stored = next(c for c in ops.load_board(page.ws, page.model.canvas_id).cards if c.id == card_id)
    assert (stored.amount_cents, stored.amount_period) == (45050, "month")
    page.editor.undo_stack.undo()
    assert "kostenstruktur" not in page.model.sums or page.model.sums["kostenstruktur"].count == 0


def test_akteur_verknuepfen_from_the_right_click_menu_links_and_shows_the_badge(page, monkeypatch):
    actor = add_actor(page.ws, "Caritas Schaffrath")
    card_id = card_id_with(page, "Aushang beim Bäcker")

    def tick(dialog) -> int:
        for row in range(dialog.list.count()):
            if dialog.list.item(row).data(Qt.ItemDataRole.UserRole) == actor:
                dialog.list.item(row).setCheckState(Qt.CheckState.Checked)
        return 1

    monkeypatch.setattr(ActorPickerDialog, "exec", tick)
    point = card_point(page, card_id)
    vp = page.view.viewport()
    QApplication.sendEvent(vp, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, vp.mapToGlobal(point)))
    menu = page.gestures.last_menu
    assert menu is not None and page.scene.selected_card_ids() == [card_id]
    menu.close()
    menu_action(menu, "Akteur verknüpfen …").trigger()
    assert page.model.cards[card_id].actor_ids == (actor,)
    item = page.scene.card_items[card_id]
    assert "Caritas Schaffrath" in item.tooltip_text()
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    p = QPainter(image)
    item.paint(p, None)  # type: ignore[arg-type]
    p.end()
    assert item._look is not None and item._look.actor_count == 1


# ---------------------------------------------------------------------- refresh
def test_refresh_shows_cards_and_comments_added_elsewhere_and_keeps_the_board_when_nothing_changed(page):
    before = dict(page.scene.card_items)
    page.refresh()
    assert page.scene.card_items == before  # the same items: nothing was rebuilt

    new = ops.add_card(page.ws, page.model.canvas_id, "zielgruppen", "Pflegende Angehörige", 1930, 300)
    comments_ops.add_comment(page.ws, "card", new.id, "Wichtig!")
    add_actor(page.ws, "Stadtteilbüro")
    page.refresh()
    assert new.id in page.scene.card_items
    assert page.scene.card_items[new.id].comments == 1
