"""Commands change the model AND the workspace; undo and redo bring both back, tombstones included."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.card_amounts import PER_YEAR
from app.operations import canvas_ops as ops
from app.operations.canvas_data import CardMove, NewCard
from app.store.models import Card
from app.ui.canvas import commands as cmd
from tests.canvas_fixtures import add_actor, add_participant


def db_cards(board):
    return {c.id: c for c in ops.load_board(board.ws, board.canvas_id).cards}


def test_add_card_undo_tombstones_and_redo_revives_the_same_card(board):
    stack = board.editor.undo_stack
    command = cmd.AddCard(board.model, NewCard("wertangebot", "Fahrdienst", 1000, 200))
    stack.push(command)
    (card_id,) = command.card_ids
    assert db_cards(board)[card_id].text == "Fahrdienst"
    stack.undo()
    assert card_id not in db_cards(board) and card_id not in board.scene.card_items
    with board.ws.session() as s:
        assert s.scalar(select(Card.deleted).where(Card.id == card_id)) is True
    stack.redo()
    assert card_id in db_cards(board) and card_id in board.scene.card_items


def test_edit_text_undo_redo_reaches_the_database(board):
    card = board.model.add_card("wertangebot", "alt", 1000, 200)
    stack = board.editor.undo_stack
    stack.push(cmd.EditCardText(board.model, card.id, "alt", "neu"))
    assert db_cards(board)[card.id].text == "neu"
    stack.undo()
    assert db_cards(board)[card.id].text == "alt" and board.scene.card_items[card.id].card.text == "alt"
    stack.redo()
    assert db_cards(board)[card.id].text == "neu"


def test_move_resize_color_amount_each_undo_to_the_old_state(board):
    card = board.model.add_card("schluesselpartner", "A", 60, 200)
    stack = board.editor.undo_stack
    stack.push(cmd.MoveCards(board.model, [CardMove(card.id, 60, 200, "schluesselpartner")],
                             [CardMove(card.id, 1000, 300, "wertangebot")]))
    stack.push(cmd.ResizeCard(board.model, card.id, (200, 120), (300, 200)))
    stack.push(cmd.SetColor(board.model, [card.id], "#74c0fc"))
    stack.push(cmd.SetAmount(board.model, card.id, 120000, PER_YEAR))
    now = db_cards(board)[card.id]
    assert (now.x, now.block_key, now.w, now.color, now.amount_cents) == (1000, "wertangebot", 300, "#74c0fc", 120000)
    for _ in range(4):
        stack.undo()
    back = db_cards(board)[card.id]
    assert (back.x, back.block_key, back.w, back.color, back.amount_cents) == (60, "schluesselpartner", 200,
                                                                               card.color, None)
    assert board.model.cards[card.id] == back


def test_delete_is_a_tombstone_and_undo_restores(board):
    a = board.model.add_card("kanaele", "A", 1500, 600)
    board.scene.select_only([a.id])
    board.editor.delete_selected()
    assert a.id not in db_cards(board)
    with board.ws.session() as s:
        assert s.get(Card, a.id).deleted is True
    board.editor.undo_stack.undo()
    assert db_cards(board)[a.id].text == "A" and a.id in board.scene.card_items


def test_private_cards_are_face_down_until_revealed_and_undo_hides_them_again(board):
    anna = add_participant(board.ws, "Anna", "Bürger*innen")
    ben = add_participant(board.ws, "Ben", "Dienstleister")
    a = board.model.add_card("zielgruppen", "Annas Idee", 1950, 200, private=True, author_id=anna)
    b = board.model.add_card("zielgruppen", "Bens Idee", 1950, 400, private=True, author_id=ben)
    assert board.scene.card_items[a.id].tooltip_text().startswith("Verdeckte Karte")
    assert board.editor.reveal(anna) == 1
    assert not db_cards(board)[a.id].private and db_cards(board)[b.id].private
    board.editor.undo_stack.undo()
    assert db_cards(board)[a.id].private
    assert board.editor.reveal() == 2
    assert not any(c.private for c in db_cards(board).values())


def test_copy_paste_makes_new_cards_beside_the_originals_as_one_command(board):
    a = board.model.add_card("kanaele", "Flyer", 1500, 600)
    b = board.model.add_card("kanaele", "Zeitung", 1750, 600)
    board.scene.select_only([a.id, b.id])
    assert board.editor.copy_selected() == 2
    before = board.editor.undo_stack.count()
    new_ids = board.editor.paste()
    assert board.editor.undo_stack.count() == before + 1
    cards = db_cards(board)
    assert sorted(cards[i].text for i in new_ids) == ["Flyer", "Zeitung"]
    assert {(cards[i].x, cards[i].y) for i in new_ids} == {(1530, 630), (1780, 630)}
    board.editor.undo_stack.undo()
    assert set(db_cards(board)) == {a.id, b.id}


def test_cluster_groups_and_stacks_cards_and_undo_puts_them_back(board):
    a = board.model.add_card("wertangebot", "Einkauf", 1000, 300)
    b = board.model.add_card("wertangebot", "Begleitung", 1200, 700)
    board.scene.select_only([a.id, b.id])
    cluster_id = board.editor.cluster_selected("Alltagshilfe")
    cards = db_cards(board)
    assert {c.cluster_id for c in cards.values()} == {cluster_id}
    assert board.scene.cluster_items[cluster_id].boundingRect().contains(
        board.scene.card_items[b.id].sceneBoundingRect().center())
    board.editor.undo_stack.undo()
    cards = db_cards(board)
    assert {c.cluster_id for c in cards.values()} == {None}
    assert (cards[b.id].x, cards[b.id].y) == (1200, 700)
    assert cluster_id not in board.scene.cluster_items
    board.editor.undo_stack.redo()
    assert ops.load_board(board.ws, board.canvas_id).clusters[0].id == cluster_id


def test_actor_link_shows_as_badge_count_and_undo_unlinks(board):
    actor = add_actor(board.ws, "Diakonie")
    card = board.model.add_card("schluesselpartner", "Besuchsdienst", 60, 200)
    board.editor.link_actor(card.id, actor, "Diakonie")
    item = board.scene.card_items[card.id]
    assert item.card.actor_ids == (actor,) and "Diakonie" in item.tooltip_text()
    board.editor.undo_stack.undo()
    assert db_cards(board)[card.id].actor_ids == ()


def test_a_refused_action_reports_and_leaves_no_command(board, qtbot):
    card = board.model.add_card("kanaele", "weg", 1500, 600)
    ops.delete_cards(board.ws, [card.id])  # gone behind the board's back
    with qtbot.waitSignal(board.editor.message):
        board.editor.undo_stack.push(cmd.EditCardText(board.model, card.id, "weg", "neu"))
    assert board.editor.undo_stack.count() == 0
