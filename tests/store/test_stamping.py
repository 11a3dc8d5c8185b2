"""Every change of a shared record is stamped per field; deletes are tombstones; append-only stays append-only."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.store.errors import AppendOnlyViolation
from app.store.models import Canvas, CanvasTemplate, Card, Vote, VoteRound
from app.store.workspace_file import WorkspaceFile


@pytest.fixture
def ws(tmp_path):
    w = WorkspaceFile.create(tmp_path / "a.werkstatt")
    yield w
    w.close()


def _card(ws) -> str:
    with ws.session() as s:
        t = CanvasTemplate(key="k", name="T")
        s.add(t)
        s.flush()
        c = Canvas(title="Modell", template_id=t.id)
        s.add(c)
        s.flush()
        card = Card(canvas_id=c.id, block_key="wertangebot", text="Einkaufshilfe")
        s.add(card)
        s.flush()
        return card.id


def test_new_record_gets_uuid_device_and_a_stamp_for_every_field(ws):
    cid = _card(ws)
    with ws.session() as s:
        card = s.get(Card, cid)
        assert len(card.id) == 36 and card.device_id == ws.device_id
        assert set(card.stamps) == set(Card.data_columns())
        assert all(v == card.hlc for v in card.stamps.values())


def test_an_edit_restamps_only_the_changed_field(ws):
    cid = _card(ws)
    with ws.session() as s:
        before = dict(s.get(Card, cid).stamps)
    with ws.session() as s:
        s.get(Card, cid).text = "Einkaufsbegleitung"
    with ws.session() as s:
        card = s.get(Card, cid)
        assert card.stamps["text"] > before["text"]
        assert card.stamps["x"] == before["x"]
        assert card.hlc == card.stamps["text"]


def test_delete_is_a_tombstone_and_undoable(ws):
    cid = _card(ws)
    with ws.session() as s:
        s.get(Card, cid).deleted = True
    with ws.session() as s:
        card = s.get(Card, cid)
        assert card is not None and card.deleted
        live = s.scalars(select(Card).where(Card.deleted.is_(False))).all()
        assert live == []
        card.deleted = False
    with ws.session() as s:
        assert not s.get(Card, cid).deleted


def test_votes_are_append_only_but_can_be_retracted(ws):
    cid = _card(ws)
    with ws.session() as s:
        canvas_id = s.get(Card, cid).canvas_id
        r = VoteRound(canvas_id=canvas_id, title="Runde 1", status="open")
        s.add(r)
        s.flush()
        v = Vote(round_id=r.id, card_id=cid, ballot_token="Stimmzettel 1", weight=1)
        s.add(v)
        s.flush()
        vid = v.id
    with pytest.raises(AppendOnlyViolation):
        with ws.session() as s:
            s.get(Vote, vid).weight = 3
    with ws.session() as s:
        assert s.get(Vote, vid).weight == 1  # nothing changed
        s.get(Vote, vid).deleted = True  # retraction is a tombstone
    with ws.session() as s:
        assert s.get(Vote, vid).deleted


def test_stamps_survive_reopen_and_clock_continues_after_them(ws, tmp_path):
    cid = _card(ws)
    with ws.session() as s:
        last = s.get(Card, cid).hlc
    path = ws.path
    ws.close()
    with WorkspaceFile.open(path) as again:
        assert again.clock.now() > last
