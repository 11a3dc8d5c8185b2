"""Canvas operations on real workspace files: plain data out, tombstones, one transaction per action."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain.card_amounts import PER_MONTH, PER_YEAR
from app.domain.card_look import GROUP_COLORS
from app.operations import canvas_ops as ops
from app.store.models import Card, CardActorLink, Cluster
from tests.canvas_fixtures import add_actor, add_participant, make_workspace


@pytest.fixture
def board_ws(tmp_path):
    ws, canvas_id = make_workspace(tmp_path)
    yield ws, canvas_id
    ws.close()


def test_new_canvas_board_has_the_template_blocks_with_umlauts_and_no_cards(board_ws):
    ws, canvas_id = board_ws
    board = ops.load_board(ws, canvas_id)
    assert board.title == "Einkaufsbegleitung"
    assert board.template_name
    assert "Schlüsselpartner" in [b.title for b in board.blocks]
    assert board.cards == ()
    assert [c.id for c in ops.list_canvases(ws)] == [canvas_id]


def test_added_card_is_stored_and_comes_back_in_the_board(board_ws):
    ws, canvas_id = board_ws
    card = ops.add_card(ws, canvas_id, "schluesselpartner", "Apotheke am Markt", 60, 120)
    assert card.text == "Apotheke am Markt" and card.color
    board = ops.load_board(ws, canvas_id)
    assert [c.id for c in board.cards] == [card.id]
    assert board.cards[0].block_key == "schluesselpartner"


def test_card_of_an_author_gets_the_colour_of_the_stakeholder_group(board_ws):
    ws, canvas_id = board_ws
    pid = add_participant(ws, "Frau K.", "Dienstleister")
    card = ops.add_card(ws, canvas_id, "wertangebot", "Begleitung zum Einkauf", 1000, 100, author_id=pid)
    assert card.color == GROUP_COLORS["Dienstleister"]
    assert ops.load_board(ws, canvas_id).cards[0].author_group == "Dienstleister"


def test_move_of_many_cards_is_one_transaction_and_changes_block(board_ws):
    ws, canvas_id = board_ws
    a = ops.add_card(ws, canvas_id, "schluesselpartner", "A", 60, 100)
    b = ops.add_card(ws, canvas_id, "schluesselpartner", "B", 60, 300)
    ops.move_cards(ws, [ops.CardMove(a.id, 1000, 100, "wertangebot"), ops.CardMove(b.id, 1000, 300, "wertangebot")])
    cards = {c.id: c for c in ops.load_board(ws, canvas_id).cards}
    assert (cards[a.id].x, cards[a.id].block_key) == (1000, "wertangebot")
    assert (cards[b.id].y, cards[b.id].block_key) == (300, "wertangebot")


def test_move_fails_whole_when_one_card_is_gone(board_ws):
    ws, canvas_id = board_ws
    a = ops.add_card(ws, canvas_id, "schluesselpartner", "A", 60, 100)
    b = ops.add_card(ws, canvas_id, "schluesselpartner", "B", 60, 300)
    ops.delete_cards(ws, [b.id])
    with pytest.raises(ops.CardNotFound):
        ops.move_cards(ws, [ops.CardMove(a.id, 500, 500), ops.CardMove(b.id, 1, 1)])
    assert ops.load_board(ws, canvas_id).cards[0].x == 60


def test_delete_is_a_tombstone_and_restore_brings_the_card_back(board_ws):
    ws, canvas_id = board_ws
    card = ops.add_card(ws, canvas_id, "kanaele", "Aushang im Bäcker", 1500, 600)
    assert ops.delete_cards(ws, [card.id]) == [card.id]
    assert ops.load_board(ws, canvas_id).cards == ()
    with ws.session() as s:
        assert s.scalar(select(Card.deleted).where(Card.id == card.id)) is True
    restored = ops.restore_cards(ws, [card.id])
    assert restored[0].text == "Aushang im Bäcker"
    assert [c.id for c in ops.load_board(ws, canvas_id).cards] == [card.id]


def test_update_card_changes_only_given_fields_and_checks_amounts(board_ws):
    ws, canvas_id = board_ws
    card = ops.add_card(ws, canvas_id, "kostenstruktur", "Miete", 60, 1050)
    updated = ops.update_card(ws, card.id, text="Miete Begegnungsraum", amount=(45000, PER_MONTH))
    assert (updated.text, updated.amount_cents, updated.amount_period) == ("Miete Begegnungsraum", 45000, "month")
    assert updated.x == 60
    with pytest.raises(ValueError):
        ops.update_card(ws, card.id, amount_period="week")
    with pytest.raises(ValueError):
        ops.update_card(ws, card.id, author_id="someone")
    cleared = ops.update_card(ws, card.id, amount=None)
    assert cleared.amount_cents is None and cleared.amount_period == ""


def test_block_sums_are_exact_per_month_and_per_year(board_ws):
    ws, canvas_id = board_ws
    ops.add_card(ws, canvas_id, "kostenstruktur", "Miete", 60, 1050, amount_cents=45000, amount_period=PER_MONTH)
    ops.add_card(ws, canvas_id, "kostenstruktur", "Versicherung", 300, 1050, amount_cents=100,
                 amount_period=PER_YEAR)
    ops.add_card(ws, canvas_id, "kostenstruktur", "geheim", 500, 1050, amount_cents=999, amount_period=PER_YEAR,
                 private=True)
    sums = ops.block_sums(ops.load_board(ws, canvas_id))
    total = sums["kostenstruktur"]
    assert total.yearly_cents == 45000 * 12 + 100
    assert total.monthly_cents == 45008  # 540100 / 12 = 45008.33 rounded half up once
    assert total.monthly_rounded
    assert total.count == 2  # the face-down card waits


def test_reveal_all_or_per_author(board_ws):
    ws, canvas_id = board_ws
    anna = add_participant(ws, "Anna", "Bürger*innen")
    ben = add_participant(ws, "Ben", "Dienstleister")
    a = ops.add_card(ws, canvas_id, "zielgruppen", "Anna denkt", 1950, 100, private=True, author_id=anna)
    b = ops.add_card(ws, canvas_id, "zielgruppen", "Ben denkt", 1950, 300, private=True, author_id=ben)
    assert ops.reveal_cards(ws, canvas_id, author_id=anna) == [a.id]
    hidden = {c.id: c.private for c in ops.load_board(ws, canvas_id).cards}
    assert hidden == {a.id: False, b.id: True}
    assert ops.reveal_cards(ws, canvas_id) == [b.id]
    assert ops.set_private(ws, [a.id], True) == [a.id]


def test_actor_links_are_tombstoned_and_revived(board_ws):
    ws, canvas_id = board_ws
    actor = add_actor(ws, "Caritas Schaffrath")
    card = ops.add_card(ws, canvas_id, "schluesselpartner", "Besuchsdienst", 60, 100)
    assert ops.link_actor(ws, card.id, actor) == (actor,)
    board = ops.load_board(ws, canvas_id)
    assert board.cards[0].actor_ids == (actor,) and board.actor_names[actor] == "Caritas Schaffrath"
    assert ops.unlink_actor(ws, card.id, actor) == ()
    assert ops.link_actor(ws, card.id, actor) == (actor,)
    with ws.session() as s:
        assert len(list(s.scalars(select(CardActorLink)))) == 1


def test_cluster_and_uncluster_round_trip(board_ws):
    ws, canvas_id = board_ws
    a = ops.add_card(ws, canvas_id, "wertangebot", "A", 1000, 100)
    b = ops.add_card(ws, canvas_id, "wertangebot", "B", 1200, 500)
    cluster = ops.cluster_cards(ws, canvas_id, "wertangebot", "Mobilität",
                                [ops.CardMove(a.id, 1000, 150), ops.CardMove(b.id, 1000, 290)])
    board = ops.load_board(ws, canvas_id)
    assert {c.cluster_id for c in board.cards} == {cluster.id}
    assert board.clusters[0].title == "Mobilität"
    ops.uncluster_cards(ws, cluster.id, {a.id: None, b.id: None},
                        [ops.CardMove(a.id, 1000, 100), ops.CardMove(b.id, 1200, 500)])
    board = ops.load_board(ws, canvas_id)
    assert board.clusters == () and {c.cluster_id for c in board.cards} == {None}
    again = ops.cluster_cards(ws, canvas_id, "wertangebot", "Mobilität", [ops.CardMove(a.id, 1000, 150)],
                              cluster_id=cluster.id)
    assert again.id == cluster.id
    with ws.session() as s:
        assert len(list(s.scalars(select(Cluster)))) == 1


def test_find_canvas_by_title_and_refuses_unknown(board_ws):
    ws, canvas_id = board_ws
    assert ops.find_canvas(ws, "Einkaufsbegleitung") == canvas_id
    assert ops.find_canvas(ws, canvas_id) == canvas_id
    with pytest.raises(ops.CanvasNotFound):
        ops.find_canvas(ws, "Gibt es nicht")


def test_paste_creates_new_cards_in_one_go_and_redo_revives_the_same_ids(board_ws):
    ws, canvas_id = board_ws
    specs = [ops.NewCard("kanaele", f"Karte {i}", 1500, 600 + i * 10) for i in range(3)]
    made = ops.add_cards(ws, canvas_id, specs)
    assert len({c.id for c in made}) == 3
    assert sorted(c.z for c in made) == [c.z for c in made]
    ops.delete_cards(ws, [c.id for c in made])
    again = ops.add_cards(ws, canvas_id, [ops.NewCard("kanaele", "x", 0, 0, card_id=c.id) for c in made])
    assert [c.text for c in again] == ["Karte 0", "Karte 1", "Karte 2"]
