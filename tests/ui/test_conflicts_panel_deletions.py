"""The conflict panel shows a card deleted here and edited or commented later on another laptop, and the facilitator
restores it or leaves it deleted with one click; the comments of a card left deleted stay reachable in the comment
panel. Real workspace files; the workspace stays open as in the app."""

from __future__ import annotations

import pytest

from app.operations import canvas_ops as ops
from app.operations import comments_ops
from app.operations.sync_ops import list_conflicts, merge_sources
from app.store.models import Card
from app.store.workspace_file import WorkspaceFile
from app.ui.participation.comments_panel import CommentsPanel
from app.ui.sync.conflicts_panel import ConflictsPanel
from tests.canvas_fixtures import make_workspace


@pytest.fixture
def deleted_here_edited_there(tmp_path):
    """The master (open) deletes a card; a laptop prepared before edits and comments it later."""
    ws, canvas_id = make_workspace(tmp_path, "master.werkstatt")
    card = ops.add_card(ws, canvas_id, "kanaele", "Aushang beim Bäcker", 100, 100)
    laptop = ws.save_as(tmp_path / "laptop.werkstatt")
    ops.delete_cards(ws, [card.id])
    with WorkspaceFile.open(laptop) as other:
        with other.session() as s:
            s.get(Card, card.id).text = "Aushang beim Bäcker und in der Apotheke"
        comments_ops.add_comment(other, "card", card.id, "Die Apotheke macht mit!")
    merge_sources(ws, [laptop])
    yield ws, card.id, canvas_id
    ws.close()


def _deletion_row(panel: ConflictsPanel):  # type: ignore[no-untyped-def]
    group = panel.tree.topLevelItem(0)
    assert group.text(0) == "Karten: Aushang beim Bäcker und in der Apotheke"
    return group.child(0)


def test_the_panel_offers_to_restore_a_card_edited_after_its_delete(deleted_here_edited_there, qtbot):
    ws, card_id, canvas_id = deleted_here_edited_there
    panel = ConflictsPanel(ws)
    qtbot.addWidget(panel)
    row = _deletion_row(panel)
    assert row.text(0) == "Gelöscht, danach anderswo bearbeitet"
    assert row.text(1) == "gelöscht"
    assert "Text: Aushang beim Bäcker und in der Apotheke" in row.text(2)
    assert "Kommentar: Die Apotheke macht mit!" in row.text(2)
    assert "Gerät" in row.text(3) and "Uhr" in row.text(3)
    panel.tree.setCurrentItem(row)
    assert panel.take_button.text().replace("&", "") == "Wiederherstellen"
    assert panel.keep_button.text().replace("&", "") == "Gelöscht lassen"
    resolved = []
    panel.resolved.connect(lambda: resolved.append(True))
    panel.take_button.click()
    assert resolved and panel.tree.topLevelItemCount() == 0
    board = ops.load_board(ws, canvas_id)
    assert [c.text for c in board.cards if c.id == card_id] == ["Aushang beim Bäcker und in der Apotheke"]
    assert list_conflicts(ws) == []
    # other rows bring back the ordinary labels
    assert panel.take_button.text().replace("&", "") == "Anderen Wert übernehmen"


def test_leaving_it_deleted_keeps_its_comments_reachable(deleted_here_edited_there, qtbot):
    ws, card_id, canvas_id = deleted_here_edited_there
    panel = ConflictsPanel(ws)
    qtbot.addWidget(panel)
    panel.tree.setCurrentItem(_deletion_row(panel))
    panel.keep_button.click()
    assert "Keine offenen Konflikte" in panel.summary.text()
    assert [c.id for c in ops.load_board(ws, canvas_id).cards if c.id == card_id] == []
    comments = CommentsPanel(ws)
    qtbot.addWidget(comments)
    comments.reload_targets()
    labels = [comments.target_box.itemText(i) for i in range(comments.target_box.count())]
    assert "Gelöschte Karte Aushang beim Bäcker und in der Apotheke" in labels
    comments.set_target("card", card_id)
    assert comments.tree.topLevelItem(0).text(0) == "Die Apotheke macht mit!"
