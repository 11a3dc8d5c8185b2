"""Follow-up list, funnel counts, need/offer matching and the graph layout, as pure rules."""

from __future__ import annotations

from datetime import date

from app.domain.graph_layout import layout
from app.domain.invitation import salutation
from app.domain.outreach_followup import ContactFact, due_contacts, funnel
from app.domain.service_matching import Need, Offer, overlapping, unserved, words_match


def fact(cid, actor, day, due, order="a"):
    return ContactFact(cid, actor, date(2025, 3, day), order, date(2025, 3, due) if due else None)


def test_only_the_latest_contact_of_an_actor_decides_what_is_due():
    contacts = [
        fact("c1", "A", 1, 5),  # superseded by c2 (no due date) -> not due
        fact("c2", "A", 3, None),
        fact("c3", "B", 2, 9),  # due on the 9th -> not yet on the 8th
        fact("c4", "C", 2, 8),  # due today
        fact("c5", "D", 1, 4),  # overdue
        fact("c6", "D", 1, 6, order="b"),  # same day, later stamp -> this one counts
    ]
    due = due_contacts(contacts, date(2025, 3, 8))
    assert [c.contact_id for c in due] == ["c6", "c4"]


def test_funnel_counts_current_status_and_how_far_actors_got():
    stages = funnel(["identifiziert", "kontaktiert", "kontaktiert", "interessiert", "Partner", "abgesagt",
                     "teilnehmend", "quatsch"])
    by = {s.status: (s.count, s.reached) for s in stages}
    assert [s.status for s in stages] == ["identifiziert", "kontaktiert", "interessiert", "teilnehmend", "Partner",
                                          "abgesagt"]
    assert by["identifiziert"] == (2, 8)
    assert by["kontaktiert"] == (2, 6)
    assert by["interessiert"] == (1, 3)
    assert by["teilnehmend"] == (1, 2)
    assert by["Partner"] == (1, 1)
    assert by["abgesagt"] == (1, 1)


def test_compounds_meet_their_parts_but_short_words_do_not_match():
    assert words_match("einkaufen", "einkaufsservice")
    assert words_match("fahrdienst", "fahrdienste")
    assert not words_match("haus", "hausmeister")


def test_needs_without_matching_service_are_gaps():
    offers = [Offer("s1", "a1", "cat", "Einkaufsservice Haushaltsnahe Dienstleistungen Senioren"),
              Offer("s2", "a2", "cat2", "Fahrdienst Mobilität")]
    needs = [Need("n1", "Hilfe beim Einkaufen"), Need("n2", "Fahrdienst zum Arzt"),
             Need("n3", "Gesellschaft am Abend gegen Einsamkeit"), Need("n4", "und mit")]
    assert [n.card_id for n in unserved(needs, offers)] == ["n3"]


def test_two_actors_in_one_category_overlap_one_actor_twice_does_not():
    offers = [Offer("s1", "a1", "k1", ""), Offer("s2", "a1", "k1", ""), Offer("s3", "a2", "k2", ""),
              Offer("s4", "a3", "k2", "")]
    assert set(overlapping(offers)) == {"k2"}


def test_layout_is_the_same_for_the_same_network_in_any_order():
    nodes = [f"n{i}" for i in range(12)]
    edges = [("n0", "n1"), ("n1", "n2"), ("n3", "n4"), ("n5", "n0")]
    first = layout(nodes, edges)
    again = layout(list(reversed(nodes)), [(b, a) for a, b in reversed(edges)])
    assert first == again
    assert len({(round(x), round(y)) for x, y in first.values()}) == 12


def test_salutation_only_from_what_the_text_says():
    assert salutation("Frau Dr. Yilmaz") == "Sehr geehrte Frau Dr. Yilmaz"
    assert salutation("Herr Kowalski") == "Sehr geehrter Herr Kowalski"
    assert salutation("Team Nord") == "Guten Tag Team Nord"
    assert salutation("") == "Sehr geehrte Damen und Herren"
