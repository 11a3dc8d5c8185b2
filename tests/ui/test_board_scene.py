"""The scene follows the model: cards added, changed and removed in the model appear as items."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontInfo

from app.domain.card_amounts import PER_MONTH
from app.domain.card_look import CardFilter
from app.operations import canvas_ops as ops
from app.ui.canvas.card_item import CardItem


def test_a_font_is_installed_so_text_is_not_boxes(qapp):
    assert QFontInfo(QFont()).family()


def test_blocks_of_the_template_are_items_with_their_titles(board):
    assert "Schlüsselpartner" in [i.block.title for i in board.scene.block_items.values()]


def test_added_changed_and_removed_cards_appear_as_items(board):
    card = board.model.add_card("schluesselpartner", "Apotheke", 60, 200)
    item = board.scene.card_items[card.id]
    assert isinstance(item, CardItem) and item.scene() is board.scene
    assert (item.pos().x(), item.pos().y()) == (60, 200)
    board.model.update_card(card.id, text="Apotheke am Markt", x=100)
    assert item.card.text == "Apotheke am Markt" and item.pos().x() == 100
    board.model.delete_cards([card.id])
    assert card.id not in board.scene.card_items and item.scene() is None


def test_long_text_grows_the_card_instead_of_cutting_it_off(board):
    short = board.model.add_card("schluesselpartner", "kurz", 60, 200)
    long = board.model.add_card("schluesselpartner", "Seniorengenossenschaft " * 12, 60, 400)
    assert board.scene.card_items[short.id].size()[1] == 120
    item = board.scene.card_items[long.id]
    assert item.size()[1] > 120
    assert "".join(item._lines).replace(" ", "").replace("-", "") == ("Seniorengenossenschaft" * 12)


def test_block_shows_the_sum_of_its_amounts(board):
    board.model.add_card("kostenstruktur", "Miete", 60, 1100, amount_cents=45000, amount_period=PER_MONTH)
    total = board.scene.block_items["kostenstruktur"].total
    assert total is not None and total.yearly_cents == 540000
    board.model.add_card("kostenstruktur", "Strom", 300, 1100, amount_cents=5000, amount_period=PER_MONTH)
    assert board.scene.block_items["kostenstruktur"].total.monthly_cents == 50000


def test_search_highlights_matches_and_dims_the_rest(board):
    hit = board.model.add_card("kanaele", "Aushang beim Bäcker", 1500, 600)
    miss = board.model.add_card("kanaele", "Gemeindebrief", 1500, 800)
    board.model.set_filter(CardFilter(text="bäcker"))
    assert board.scene.card_items[hit.id].highlighted
    assert board.scene.card_items[miss.id].dimmed
    assert board.model.matching_ids() == [hit.id]
    board.model.set_filter(CardFilter())
    assert not board.scene.card_items[miss.id].dimmed


def test_scene_rebuilds_from_the_database_on_reload(board):
    ops.add_card(board.ws, board.canvas_id, "wertangebot", "von anderswo", 1000, 200)
    board.model.reload()
    assert [i.card.text for i in board.scene.card_items.values()] == ["von anderswo"]


def test_wrapping_hyphenates_only_words_broken_inside(qapp):
    from app.ui.canvas.painting import NORMAL_THEME, card_font, wrap_text

    lines = wrap_text("Bäckerei Müller am Marktplatz", card_font(NORMAL_THEME), 180)
    assert len(lines) > 1 and not any(line.endswith("-") for line in lines)
    broken = wrap_text("Seniorengenossenschaftsmitgliederversammlung", card_font(NORMAL_THEME), 180)
    assert len(broken) > 1 and broken[0].endswith("-")
    assert "".join(line.rstrip("-") for line in broken) == "Seniorengenossenschaftsmitgliederversammlung"
