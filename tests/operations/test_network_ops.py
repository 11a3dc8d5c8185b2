"""Inventory, categories, outreach, invitation list, costs/benefits, links, networks, services, gaps, overlaps."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from openpyxl import load_workbook

from app.domain.categories import category_id
from app.domain.templates import builtin_template_id
from app.operations import (
    actors_ops,
    categories_ops,
    cooperation_ops,
    cost_benefit_ops,
    outreach_ops,
    services_ops,
)
from app.operations.actors_ops import ActorFilter, ActorForm
from app.operations.errors import OperationRefused
from app.operations.services_ops import ServiceForm
from app.store.errors import AppendOnlyViolation
from app.store.models import Canvas, Card, CardActorLink, OutreachContact, Participant

PFLEGE = category_id("Pflege")
TAGESPFLEGE = category_id("Pflege/Tagespflege")
FAHRDIENST = category_id("Mobilität/Fahrdienst")


def add(ws, name, **kw) -> str:
    return actors_ops.save_actor(ws, ActorForm(name=name, **kw))


def test_category_filter_includes_sub_categories_and_search_folds_umlauts(ws):
    a = add(ws, "Tagespflege Rosenhügel", category_id=TAGESPFLEGE, city="Gelsenkirchen")
    b = add(ws, "Pflegedienst Nord", category_id=PFLEGE, key_partner=True)
    add(ws, "Fahrdienst Schmidt", category_id=FAHRDIENST, outreach_status="kontaktiert")
    assert {r.id for r in actors_ops.list_actors(ws, ActorFilter(category_id=PFLEGE))} == {a, b}
    assert [r.id for r in actors_ops.list_actors(ws, ActorFilter(search="rosenhugel"))] == []
    assert [r.id for r in actors_ops.list_actors(ws, ActorFilter(search="ROSENHÜGEL"))] == [a]
    assert [r.id for r in actors_ops.list_actors(ws, ActorFilter(key_partner=True))] == [b]
    assert [r.name for r in actors_ops.list_actors(ws, ActorFilter(outreach_status="kontaktiert"))] == [
        "Fahrdienst Schmidt"]
    desc = actors_ops.list_actors(ws, ActorFilter(sort_by="name", descending=True))
    assert [r.name for r in desc] == ["Tagespflege Rosenhügel", "Pflegedienst Nord", "Fahrdienst Schmidt"]
    row = next(r for r in desc if r.id == a)
    assert row.category == "Pflege › Tagespflege" and row.color == "#f4a6a6"


def test_categories_are_editable_hierarchical_and_refuse_cycles(ws):
    digital = categories_ops.add_category(ws, "Digitales")
    sub = categories_ops.add_category(ws, "Tablet-Kurse", digital)
    categories_ops.rename_category(ws, sub, "Tablet-Sprechstunde")
    with pytest.raises(OperationRefused, match="unter sich selbst"):
        categories_ops.move_category(ws, digital, sub)
    categories_ops.move_category(ws, sub, category_id("Beratung"))
    paths = {n.id: n.path for n in categories_ops.list_categories(ws)}
    assert paths[sub] == "Beratung › Tablet-Sprechstunde"
    actor = add(ws, "Techniktreff", category_id=sub)
    with pytest.raises(OperationRefused, match="zugeordnet"):
        categories_ops.remove_category(ws, sub)
    actors_ops.save_actor(ws, ActorForm(**{**actors_ops.get_actor(ws, actor).__dict__, "category_id": None}))
    categories_ops.remove_category(ws, sub)
    assert sub not in {n.id for n in categories_ops.list_categories(ws)}


def test_logging_a_call_appends_and_moves_the_actor_status(ws):
    a = add(ws, "Caritas")
    outreach_ops.log_contact(ws, a, channel="Telefon", contact_date=date(2025, 3, 1), by_whom="Jana",
                             result="Interesse", status_after="interessiert", next_step="Einladung schicken",
                             due_date=date(2025, 3, 10))
    assert actors_ops.get_actor(ws, a).outreach_status == "interessiert"
    with pytest.raises(OperationRefused, match="Kontaktweg"):
        outreach_ops.log_contact(ws, a, channel="Fax", contact_date=date(2025, 3, 2))
    with pytest.raises(OperationRefused, match="nächster Schritt"):
        outreach_ops.log_contact(ws, a, channel="Brief", contact_date=date(2025, 3, 2), due_date=date(2025, 4, 1))
    log = outreach_ops.contact_log(ws, a)
    assert [(c.channel, c.by_whom) for c in log] == [("Telefon", "Jana")]
    with pytest.raises(AppendOnlyViolation), ws.session() as s:
        s.get(OutreachContact, log[0].id).result = "anders"


def test_follow_up_list_shows_latest_due_contact_per_actor(ws):
    a, b, c = add(ws, "A"), add(ws, "B"), add(ws, "C")
    outreach_ops.log_contact(ws, a, channel="Telefon", contact_date=date(2025, 3, 1), next_step="nachfassen",
                             due_date=date(2025, 3, 5))
    outreach_ops.log_contact(ws, b, channel="Brief", contact_date=date(2025, 3, 1), next_step="anrufen",
                             due_date=date(2025, 3, 5))
    outreach_ops.log_contact(ws, b, channel="Telefon", contact_date=date(2025, 3, 4), status_after="kontaktiert")
    outreach_ops.log_contact(ws, c, channel="E-Mail", contact_date=date(2025, 3, 1), next_step="Termin",
                             due_date=date(2025, 3, 20))
    due = outreach_ops.due_contacts(ws, date(2025, 3, 8))
    assert [(d.actor_name, d.next_step, d.days_overdue) for d in due] == [("A", "nachfassen", 3)]


def test_funnel_counts_actors_by_status(ws):
    for i, st in enumerate(["identifiziert", "kontaktiert", "kontaktiert", "Partner", "abgesagt"]):
        add(ws, f"A{i}", outreach_status=st)
    actors_ops.remove_actor(ws, add(ws, "weg", outreach_status="Partner"))
    counts = {s.status: s.count for s in outreach_ops.funnel(ws)}
    assert counts == {"identifiziert": 1, "kontaktiert": 2, "interessiert": 0, "teilnehmend": 0, "Partner": 1,
                      "abgesagt": 1}


def test_invitation_list_csv_and_xlsx_are_mail_merge_ready_and_guarded(ws, tmp_path):
    add(ws, "=HYPERLINK(\"http://x\")", contact_person="Frau Öztürk", street="Hauptstraße 1", postcode="45894",
        city="Gelsenkirchen", email="a@b.de", phone="+49 209 1")
    add(ws, "Absager", outreach_status="abgesagt")
    target = tmp_path / "einladung.csv"
    assert outreach_ops.export_invitation_list(ws, target) == 1
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["Anrede", "Name", "Organisation", "Straße", "PLZ", "Ort", "E-Mail", "Telefon"]
    assert rows[1] == ["Sehr geehrte Frau Öztürk", "Frau Öztürk", "'=HYPERLINK(\"http://x\")", "Hauptstraße 1",
                       "45894", "Gelsenkirchen", "a@b.de", "'+49 209 1"]
    xlsx = tmp_path / "einladung.xlsx"
    outreach_ops.export_invitation_list(ws, xlsx)
    sheet = load_workbook(xlsx).active
    assert sheet["C2"].value == "'=HYPERLINK(\"http://x\")" and sheet["C2"].data_type == "s"
    assert not list(tmp_path.glob(".*.tmp"))
    with pytest.raises(OperationRefused, match=".csv oder .xlsx"):
        outreach_ops.export_invitation_list(ws, tmp_path / "x.pdf")


def test_cost_benefit_matrix_sums_weights_per_top_level_category(ws):
    a = add(ws, "Tagespflege", category_id=TAGESPFLEGE)
    cost_benefit_ops.add_item(ws, actor_id=a, kind="cost", dimension="Zeit", weight=4)
    cost_benefit_ops.add_item(ws, actor_id=a, kind="benefit", dimension="Kundschaft", weight=5)
    cost_benefit_ops.add_item(ws, category_id=PFLEGE, kind="cost", dimension="Zeit", weight=2)
    gone = cost_benefit_ops.add_item(ws, category_id=PFLEGE, kind="benefit", dimension="Zeit", weight=3)
    cost_benefit_ops.remove_item(ws, gone)
    with pytest.raises(OperationRefused, match="zwischen 1 und 5"):
        cost_benefit_ops.add_item(ws, actor_id=a, kind="cost", dimension="Zeit", weight=9)
    m = cost_benefit_ops.overview_matrix(ws)
    assert m.cell(PFLEGE, "Zeit") == (6, 0)
    assert m.cell(PFLEGE, "Kundschaft") == (0, 5)
    assert m.categories[0] == (PFLEGE, "Pflege") and len(m.categories) == 9


def test_links_networks_graph_and_where_an_actor_appears(ws):
    a = add(ws, "Tagespflege", category_id=TAGESPFLEGE)
    b = add(ws, "Fahrdienst", category_id=FAHRDIENST)
    c = add(ws, "Kiosk")
    link = cooperation_ops.add_link(ws, a, b, link_type="Überleitung", status="vereinbart")
    with pytest.raises(OperationRefused, match="schon eine Verbindung"):
        cooperation_ops.add_link(ws, b, a, link_type="Überleitung")
    with pytest.raises(OperationRefused, match="zwei verschiedene"):
        cooperation_ops.add_link(ws, a, a, link_type="Überleitung")
    net = cooperation_ops.create_network(ws, "Netzwerk 60+", coordinator_actor_id=a)
    cooperation_ops.add_member(ws, net, a, "Sprecherin")
    cooperation_ops.add_member(ws, net, c)
    nets = cooperation_ops.list_networks(ws)
    assert [(m.actor_name, m.role) for m in nets[0].members] == [("Kiosk", "Mitglied"), ("Tagespflege", "Sprecherin")]
    graph = cooperation_ops.network_graph(ws)
    assert {n.name: n.category for n in graph.nodes} == {"Tagespflege": "Pflege", "Fahrdienst": "Mobilität",
                                                         "Kiosk": "ohne Kategorie"}
    assert [e.id for e in graph.edges] == [link]
    only_pflege = cooperation_ops.network_graph(ws, category_id=PFLEGE)
    assert [n.name for n in only_pflege.nodes] == ["Tagespflege"] and not only_pflege.edges
    same = {n.id: (n.x, n.y) for n in only_pflege.nodes}
    assert all(same[n.id] == (n.x, n.y) for n in graph.nodes if n.id in same)  # filtering moves nothing
    with ws.session() as s:
        canvas = Canvas(title="Kooperationsmodell", template_id=builtin_template_id("kooperationsmodell"))
        s.add(canvas)
        s.flush()
        card = Card(canvas_id=canvas.id, block_key="schluesselpartner", text="Tagespflege als Partner")
        s.add(card)
        s.flush()
        s.add(CardActorLink(card_id=card.id, actor_id=a))
        s.add(Participant(display_name="Frau Kaya", actor_id=a))
    where = cooperation_ops.where_appears(ws, a)
    assert [c_[3] for c_ in where.cards] == ["Tagespflege als Partner"]
    assert [p[1] for p in where.participants] == ["Frau Kaya"]
    assert [(n[1], n[2]) for n in where.networks] == [("Netzwerk 60+", "Sprecherin")]
    assert [(x[1], x[2]) for x in where.links] == [("Fahrdienst", "Überleitung")]
    assert cooperation_ops.where_appears(ws, c).links == ()


def test_gaps_are_unserved_needs_and_overlaps_are_shared_categories(ws):
    a = add(ws, "Nachbarschaftshilfe")
    b = add(ws, "Einkaufsdienst Meyer", category_id=category_id("Haushaltsnahe Dienstleistungen/Einkaufsservice"))
    services_ops.save_service(ws, ServiceForm(actor_id=a, name="Einkaufshilfe",
                                              category_id=category_id(
                                                  "Haushaltsnahe Dienstleistungen/Einkaufsservice"),
                                              target_group="Ältere ohne Auto"))
    services_ops.save_service(ws, ServiceForm(actor_id=b, name="Lieferung nach Hause"))  # actor's category
    services_ops.save_service(ws, ServiceForm(actor_id=a, name="Fahrdienst zum Arzt", category_id=FAHRDIENST))
    with ws.session() as s:
        canvas = Canvas(title="Modell A", template_id=builtin_template_id("kooperationsmodell"))
        other = Canvas(title="Finanzen", template_id=builtin_template_id("finanzierungsmodell"))
        s.add_all([canvas, other])
        s.flush()
        s.add_all([
            Card(canvas_id=canvas.id, block_key="zielgruppen", text="Hilfe beim Einkaufen"),
            Card(canvas_id=canvas.id, block_key="wertangebot", text="Gesellschaft gegen Einsamkeit"),
            Card(canvas_id=canvas.id, block_key="wertangebot", text="Gemeinsamer Mittagstisch", deleted=True),
            Card(canvas_id=canvas.id, block_key="kanaele", text="Aushang im Kiosk"),
            Card(canvas_id=other.id, block_key="nutzende", text="Nachtwache"),
        ])
    assert [g.text for g in services_ops.gaps(ws)] == ["Gesellschaft gegen Einsamkeit"]
    ov = services_ops.overlaps(ws)
    assert [(o.category, o.actor_names) for o in ov] == [
        ("Haushaltsnahe Dienstleistungen › Einkaufsservice", ("Einkaufsdienst Meyer", "Nachbarschaftshilfe"))]
    assert [s.name for s in services_ops.catalogue(ws)] == ["Einkaufshilfe", "Lieferung nach Hause",
                                                            "Fahrdienst zum Arzt"]
