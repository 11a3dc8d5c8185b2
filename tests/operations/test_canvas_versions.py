"""Saving a canvas as a new version copies it faithfully and lets later edits show up as changes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain.canvas_diff import NO_GROUP, copied_card_id
from app.domain.templates import builtin_template_id
from app.operations.canvas_versions import (
    VersionError,
    compare_sessions,
    diff_versions,
    list_versions,
    save_as_new_version,
)
from app.store.models import Actor, Canvas, Card, CardActorLink, Cluster, EventSession, Participant
from app.store.workspace_file import WorkspaceFile

TEMPLATE = builtin_template_id("kooperationsmodell")


@pytest.fixture
def ws(tmp_path):
    with WorkspaceFile.create(tmp_path / "versionen.werkstatt", quartier="Schaffrath") as w:
        yield w


def _canvas_with_cards(ws: WorkspaceFile) -> dict[str, str]:
    with ws.session() as s:
        conf = EventSession(title="Dienstleisterkonferenz März", kind="Dienstleisterkonferenz")
        workshop = EventSession(title="Bürgerworkshop April", kind="Bürgerworkshop")
        citizen = Participant(display_name="Erika", stakeholder_group="Bürger*innen")
        provider = Participant(display_name="Pflegedienst Sonnenschein", stakeholder_group="Dienstleister")
        actor = Actor(name="Caritas Schaffrath")
        s.add_all([conf, workshop, citizen, provider, actor])
        s.flush()
        canvas = Canvas(title="Einkaufshilfe im Quartier", template_id=TEMPLATE, session_id=conf.id)
        s.add(canvas)
        s.flush()
        cluster = Cluster(canvas_id=canvas.id, block_key="wertangebot", title="Alltag")
        s.add(cluster)
        s.flush()
        a = Card(canvas_id=canvas.id, block_key="wertangebot", text="Einkaufsbegleitung", cluster_id=cluster.id,
                 author_id=citizen.id)
        b = Card(canvas_id=canvas.id, block_key="schluesselpartner", text="Apotheke", author_id=provider.id,
                 amount_cents=12_500, amount_period="month")
        gone = Card(canvas_id=canvas.id, block_key="kanaele", text="Aushang", deleted=True)
        s.add_all([a, b, gone])
        s.flush()
        s.add(CardActorLink(card_id=b.id, actor_id=actor.id))
        return {"canvas": canvas.id, "a": a.id, "b": b.id, "gone": gone.id, "cluster": cluster.id,
                "workshop": workshop.id, "conf": conf.id}


def test_new_version_is_linked_to_parent_and_session_and_copies_live_cards_with_derived_ids(ws):
    ids = _canvas_with_cards(ws)
    v2 = save_as_new_version(ws, ids["canvas"], session_id=ids["workshop"])
    with ws.session() as s:
        new = s.get(Canvas, v2)
        assert (new.version, new.parent_id, new.session_id) == (2, ids["canvas"], ids["workshop"])
        cards = {c.id: c for c in s.scalars(select(Card).where(Card.canvas_id == v2))}
        assert set(cards) == {copied_card_id(v2, ids["a"]), copied_card_id(v2, ids["b"])}
        copy_a = cards[copied_card_id(v2, ids["a"])]
        cluster = s.get(Cluster, copy_a.cluster_id)
        assert cluster.canvas_id == v2 and cluster.title == "Alltag" and cluster.id != ids["cluster"]
        copy_b = cards[copied_card_id(v2, ids["b"])]
        assert (copy_b.amount_cents, copy_b.amount_period, copy_b.text) == (12_500, "month", "Apotheke")
        links = s.scalars(select(CardActorLink).where(CardActorLink.card_id == copy_b.id)).all()
        assert len(links) == 1
        old_cards = s.scalars(select(Card).where(Card.canvas_id == ids["canvas"])).all()
        assert len(old_cards) == 3 and s.get(Canvas, ids["canvas"]).version == 1


def test_version_keeps_the_old_session_when_none_is_given(ws):
    ids = _canvas_with_cards(ws)
    v2 = save_as_new_version(ws, ids["canvas"])
    with ws.session() as s:
        assert s.get(Canvas, v2).session_id == ids["conf"]


def test_old_version_is_unchanged_and_edits_on_the_new_one_show_in_the_diff(ws):
    ids = _canvas_with_cards(ws)
    with ws.session() as s:
        before = {c.id: (c.text, c.hlc) for c in s.scalars(select(Card).where(Card.canvas_id == ids["canvas"]))}
    v2 = save_as_new_version(ws, ids["canvas"])
    with ws.session() as s:
        s.get(Card, copied_card_id(v2, ids["a"])).text = "Einkaufsbegleitung zweimal pro Woche"
        s.get(Card, copied_card_id(v2, ids["a"])).block_key = "kundenbeziehungen"
        s.get(Card, copied_card_id(v2, ids["b"])).deleted = True
        s.add(Card(canvas_id=v2, block_key="kanaele", text="Quartierszeitung"))
    with ws.session() as s:
        after = {c.id: (c.text, c.hlc) for c in s.scalars(select(Card).where(Card.canvas_id == ids["canvas"]))}
    assert before == after

    result = diff_versions(ws, ids["canvas"], v2)
    assert [c.text for c in result.diff.added] == ["Quartierszeitung"]
    assert [c.text for c in result.diff.removed] == ["Apotheke"]
    (change,) = result.diff.changed
    assert change.fields == ("text", "block") and change.old.id == ids["a"]
    # asked the other way round, the older version is still the "before" side
    assert diff_versions(ws, v2, ids["canvas"]).diff == result.diff
    assert result.older.version == 1 and result.newer.version == 2
    assert [b.key for b in result.blocks][0] == "schluesselpartner"


def test_three_versions_form_a_chain_and_the_first_compares_with_the_third(ws):
    ids = _canvas_with_cards(ws)
    v2 = save_as_new_version(ws, ids["canvas"])
    v3 = save_as_new_version(ws, v2)
    chain = list_versions(ws, v2)
    assert [(v.version, v.parent_id) for v in chain] == [(1, None), (2, ids["canvas"]), (3, v2)]
    assert [v.id for v in list_versions(ws, v3)] == [ids["canvas"], v2, v3]
    assert chain[0].card_count == 2
    assert diff_versions(ws, ids["canvas"], v3).diff.is_empty


def test_sibling_versions_are_compared_through_their_common_parent(ws):
    ids = _canvas_with_cards(ws)
    left = save_as_new_version(ws, ids["canvas"])
    right = save_as_new_version(ws, ids["canvas"])
    with ws.session() as s:
        s.get(Card, copied_card_id(right, ids["b"])).text = "Apotheke am Markt"
    result = diff_versions(ws, left, right)
    assert [ch.fields for ch in result.diff.changed] == [("text",)]
    assert not result.diff.added and not result.diff.removed


def test_a_deleted_canvas_cannot_be_versioned(ws):
    ids = _canvas_with_cards(ws)
    with ws.session() as s:
        s.get(Canvas, ids["canvas"]).deleted = True
    with pytest.raises(VersionError, match="gibt es nicht"):
        save_as_new_version(ws, ids["canvas"])


def test_sessions_compared_by_the_stakeholder_group_of_card_authors(ws):
    ids = _canvas_with_cards(ws)
    with ws.session() as s:
        other = Canvas(title="Einkaufshilfe (Bürgerworkshop)", template_id=TEMPLATE, session_id=ids["workshop"])
        s.add(other)
        s.flush()
        s.add_all([Card(canvas_id=other.id, block_key="wertangebot", text="einkaufsbegleitung"),
                   Card(canvas_id=other.id, block_key="wertangebot", text="Mittagstisch")])
        other_id = other.id
    result = compare_sessions(ws, ids["canvas"], other_id)
    per_block = {b.block_key: b for b in result.per_block}
    offer = per_block["wertangebot"]
    assert offer.counts_a == {"Bürger*innen": 1}
    assert offer.counts_b == {NO_GROUP: 2}
    assert [c.text for c in offer.only_b] == ["Mittagstisch"]
    assert offer.only_a == ()
    assert per_block["schluesselpartner"].counts_a == {"Dienstleister": 1}
    assert result.a.session_title == "Dienstleisterkonferenz März"
