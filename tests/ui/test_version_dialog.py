"""The comparison dialog names new, removed and changed cards in words, grouped by block, and compares sessions."""

from __future__ import annotations

import pytest

from app.domain.canvas_diff import copied_card_id
from app.domain.templates import builtin_template_id
from app.operations.canvas_versions import save_as_new_version
from app.store.models import Canvas, Card, EventSession, Participant
from app.store.workspace_file import WorkspaceFile
from app.ui.canvas.version_dialog import VersionDialog

TEMPLATE = builtin_template_id("kooperationsmodell")


@pytest.fixture
def workspace(tmp_path):
    with WorkspaceFile.create(tmp_path / "dialog.werkstatt") as ws:
        with ws.session() as s:
            conf = EventSession(title="Dienstleisterkonferenz", kind="Dienstleisterkonferenz")
            provider = Participant(display_name="Apotheke Nord", stakeholder_group="Dienstleister")
            s.add_all([conf, provider])
            s.flush()
            canvas = Canvas(title="Einkaufshilfe", template_id=TEMPLATE, session_id=conf.id)
            s.add(canvas)
            s.flush()
            card = Card(canvas_id=canvas.id, block_key="wertangebot", text="Einkaufsbegleitung",
                        author_id=provider.id)
            s.add(card)
            s.flush()
            ids = {"v1": canvas.id, "card": card.id}
        yield ws, ids


def test_version_dialog_shows_an_added_and_a_changed_card_in_words(qtbot, workspace):
    ws, ids = workspace
    v2 = save_as_new_version(ws, ids["v1"])
    with ws.session() as s:
        s.get(Card, copied_card_id(v2, ids["card"])).text = "Einkaufsbegleitung zweimal pro Woche"
        s.add(Card(canvas_id=v2, block_key="kanaele", text="Quartierszeitung"))
    dialog = VersionDialog(ws, v2)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = dialog.versions.table.row_texts()
    assert ["Wertangebot"] in rows and ["Kanäle"] in rows
    assert ["geändert: Text", "Einkaufsbegleitung zweimal pro Woche", "Einkaufsbegleitung"] in rows
    assert ["neu", "Quartierszeitung", ""] in rows
    assert rows.index(["Wertangebot"]) < rows.index(["geändert: Text", "Einkaufsbegleitung zweimal pro Woche",
                                                     "Einkaufsbegleitung"])
    assert "1 neu, 0 entfernt, 1 geändert" in dialog.versions.summary.text()


def test_version_dialog_with_a_single_version_explains_how_to_make_a_second(qtbot, workspace):
    ws, ids = workspace
    dialog = VersionDialog(ws, ids["v1"])
    qtbot.addWidget(dialog)
    assert "erst eine Version" in dialog.versions.summary.text()
    assert dialog.versions.table.rowCount() == 0


def test_session_tab_puts_each_groups_cards_side_by_side(qtbot, workspace):
    ws, ids = workspace
    with ws.session() as s:
        workshop = EventSession(title="Bürgerworkshop", kind="Bürgerworkshop")
        citizen = Participant(display_name="Erika", stakeholder_group="Bürger*innen")
        s.add_all([workshop, citizen])
        s.flush()
        other = Canvas(title="Einkaufshilfe", template_id=TEMPLATE, session_id=workshop.id)
        s.add(other)
        s.flush()
        s.add(Card(canvas_id=other.id, block_key="wertangebot", text="Mittagstisch", author_id=citizen.id))
        other_id = other.id
    dialog = VersionDialog(ws, ids["v1"])
    qtbot.addWidget(dialog)
    dialog.sessions.select(ids["v1"], other_id)
    rows = dialog.sessions.table.row_texts()
    assert rows[0] == ["Wertangebot"]
    assert ["Bürger*innen", "–", "1 Karte\n• Mittagstisch – nur hier"] in rows
    assert ["Dienstleister", "1 Karte\n• Einkaufsbegleitung – nur hier", "–"] in rows


def test_changed_rows_say_how_the_card_was_before(qtbot, workspace):
    ws, ids = workspace
    v2 = save_as_new_version(ws, ids["v1"])
    with ws.session() as s:
        card = s.get(Card, copied_card_id(v2, ids["card"]))
        card.block_key = "kanaele"
        card.amount_cents = 123_456
        card.amount_period = "month"
    dialog = VersionDialog(ws, v2)
    qtbot.addWidget(dialog)
    rows = dialog.versions.table.row_texts()
    assert ["geändert: Bereich, Betrag", "Einkaufsbegleitung", "Bereich: Wertangebot\nBetrag: kein Betrag"] in rows
    assert rows[0] == ["Kanäle"]
