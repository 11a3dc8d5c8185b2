"""The demo workspace reads like a real Quartier and keeps the canvas rules: real files, read back via the ORM."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from app.domain.categories import DEFAULT_CATEGORIES
from app.domain.templates import load_builtin_templates
from app.operations.demo import create_demo_workspace
from app.store.errors import WorkspaceError
from app.store.models import (
    Actor,
    Canvas,
    CanvasTemplate,
    Card,
    Comment,
    ConsentEvent,
    CostLine,
    FinancingModel,
    OutreachContact,
    Participant,
    RevenueLine,
    SubjectCategory,
    Vote,
    VoteRound,
)
from app.store.workspace_file import WorkspaceFile


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("demo") / "schaffrath.werkstatt"
    create_demo_workspace(path, seed=7)
    with WorkspaceFile.open(path, readonly=True) as ws, ws.session() as s:
        yield s


def live(s, model):
    return s.scalars(select(model).where(model.deleted.is_(False))).all()


def test_actors_cover_every_category_and_the_whole_outreach_funnel(demo):
    actors = live(demo, Actor)
    assert 36 <= len(actors) <= 44
    cats = {c.id: c for c in live(demo, SubjectCategory)}
    top = {cats[cats[a.category_id].parent_id].name for a in actors}
    assert top == set(DEFAULT_CATEGORIES)
    statuses = Counter(a.outreach_status for a in actors)
    assert set(statuses) == {"identifiziert", "kontaktiert", "interessiert", "teilnehmend", "Partner", "abgesagt"}
    assert any(a.key_partner for a in actors)
    assert all(a.city == "Gelsenkirchen" and a.phone.startswith("0209") for a in actors)
    channels = {c.channel for c in live(demo, OutreachContact)}
    assert {"Telefon", "Brief"} <= channels


def test_participants_have_groups_pseudonyms_and_every_consent_case(demo):
    people = live(demo, Participant)
    assert len(people) == 25
    assert len({p.stakeholder_group for p in people}) == 5
    assert sorted(int(p.pseudonym.split()[-1]) for p in people) == list(range(1, 26))
    events = live(demo, ConsentEvent)
    per_person: dict[str, list[bool]] = {}
    for e in sorted(events, key=lambda e: e.recorded_at):
        if e.purpose == "name_in_protocol":
            per_person.setdefault(e.participant_id, []).append(e.given)
    assert any(v == [True] for v in per_person.values())
    assert any(v == [False] for v in per_person.values())
    assert [True, False] in per_person.values()  # one withdrawal
    assert len(per_person) < len(people)  # some never said anything: no consent


def test_cards_lie_inside_their_blocks_without_overlapping(demo):
    blocks = {t.key: {b.key: b for b in t.blocks} for t in load_builtin_templates()}
    template_key = {t.id: t.key for t in live(demo, CanvasTemplate)}
    for canvas in live(demo, Canvas):
        cards = demo.scalars(select(Card).where(Card.canvas_id == canvas.id, Card.deleted.is_(False))).all()
        assert cards
        for c in cards:
            blk = blocks[template_key[canvas.template_id]][c.block_key]
            assert (c.w, c.h) == (200, 120)
            assert blk.x <= c.x and c.x + c.w <= blk.x + blk.w, c.text
            assert blk.y <= c.y and c.y + c.h <= blk.y + blk.h, c.text
        for i, a in enumerate(cards):
            for b in cards[i + 1:]:
                assert not (a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h)


def test_version_two_derives_from_version_one_with_a_few_changes(demo):
    canvases = live(demo, Canvas)
    v1 = next(c for c in canvases if c.version == 1 and c.title == "Einkaufsbegleitung im Quartier")
    v2 = next(c for c in canvases if c.version == 2)
    assert v2.parent_id == v1.id and v2.template_id == v1.template_id
    texts = {cid: {c.text for c in live(demo, Card) if c.canvas_id == cid} for cid in (v1.id, v2.id)}
    assert 25 <= len(texts[v1.id]) <= 40
    removed, added = texts[v1.id] - texts[v2.id], texts[v2.id] - texts[v1.id]
    assert 3 <= len(removed) <= 8 and 3 <= len(added) <= 8
    authors = {c.author_id for c in live(demo, Card) if c.canvas_id == v1.id}
    groups = {p.stakeholder_group for p in live(demo, Participant) if p.id in authors}
    assert len(groups) >= 4
    assert any(c.amount_cents for c in live(demo, Card) if c.canvas_id == v1.id)
    assert any(c.cluster_id for c in live(demo, Card) if c.canvas_id == v1.id)


def test_two_vote_rounds_on_the_same_cards_in_both_events(demo):
    rounds = live(demo, VoteRound)
    assert len(rounds) == 2
    named = next(r for r in rounds if not r.anonymous)
    anonymous = next(r for r in rounds if r.anonymous)
    assert named.status == "closed" and named.paper_ballots > 0
    assert named.session_id != anonymous.session_id
    assert set(named.card_ids) == set(anonymous.card_ids)
    sources = set(demo.scalars(select(Vote.source).where(Vote.round_id == named.id)))
    assert sources == {"screen", "proxy", "paper"}
    tokens = set(demo.scalars(select(Vote.ballot_token).where(Vote.round_id == anonymous.id)))
    assert tokens and all(t.startswith("Stimmzettel ") for t in tokens)


def test_comments_have_stances_elsi_barriers_and_replies(demo):
    comments = live(demo, Comment)
    assert {c.stance for c in comments} == {"dafür", "dagegen", "neutral", "Frage", "Idee"}
    assert {t for c in comments for t in c.elsi_tags} == {"ethisch", "rechtlich", "sozial"}
    barriers = [c for c in comments if c.barrier]
    assert len(barriers) >= 3 and all(c.barrier_status and c.barrier_measure for c in barriers)
    assert any(c.parent_id for c in comments)
    assert any("ä" in c.text or "ü" in c.text or "ö" in c.text for c in comments)


def test_financing_model_has_45b_income_a_three_year_grant_and_costs(demo):
    model = live(demo, FinancingModel)[0]
    assert model.title == "Einkaufsbegleitung" and model.canvas_id
    lines = [r for r in live(demo, RevenueLine) if r.model_id == model.id]
    s45b = next(r for r in lines if "45b" in r.label)
    assert (s45b.amount_cents, s45b.unit, s45b.clients) == (13_100, "per_client_month", 30)
    grant = next(r for r in lines if r.temporary)
    assert (grant.amount_cents, grant.unit, grant.end_month, grant.public) == (4_000_000, "per_year", 36, True)
    kinds = {c.kind for c in live(demo, CostLine) if c.model_id == model.id}
    assert {"Koordination", "Räume", "Versicherung", "Ehrenamtspauschalen"} <= kinds


def test_demo_refuses_an_existing_file(tmp_path):
    target = tmp_path / "da.werkstatt"
    target.write_text("x")
    with pytest.raises(WorkspaceError, match="gibt es schon"):
        create_demo_workspace(target)
    assert target.read_text() == "x"


def test_large_demo_adds_the_requested_cards_with_votes_and_comments(tmp_path):
    path = tmp_path / "gross.werkstatt"
    create_demo_workspace(path, seed=3, size="large", cards=600, canvases=2)
    with WorkspaceFile.open(path, readonly=True) as ws, ws.session() as s:
        big = [c for c in live(s, Canvas) if c.title.startswith("Ideensammlung")]
        assert len(big) == 2
        counts = [len(s.scalars(select(Card.id).where(Card.canvas_id == c.id)).all()) for c in big]
        assert sum(counts) == 600
        assert len(live(s, Comment)) > 100
        from app.store.invariants import CheckReport, check_invariants

        report = CheckReport(integrity="ok")
        check_invariants(s, report)
        assert report.problems == []
