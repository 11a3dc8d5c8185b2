"""Roster, attendance and consent through the operations: stable pseudonyms, attendance per session, and the
current consent derived from the appended ledger."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from app.operations import consent_ops, participants_ops
from app.operations.errors import OperationRefused
from app.store.models import Actor, ConsentEvent


def test_quick_add_without_name_gets_the_next_pseudonym_never_reused(board):
    first = participants_ops.quick_add(board.ws)
    named = participants_ops.quick_add(board.ws, "  Anna Schulz ")
    assert (first.label, first.pseudonym) == ("Teilnehmende 1", "Teilnehmende 1")
    assert (named.label, named.pseudonym) == ("Anna Schulz", "Teilnehmende 2")
    participants_ops.remove_participant(board.ws, named.id)
    third = participants_ops.quick_add(board.ws)
    assert third.pseudonym == "Teilnehmende 3"
    assert [p.label for p in participants_ops.list_participants(board.ws)] == ["Teilnehmende 1", "Teilnehmende 3"]


def test_group_and_organisation_are_checked_and_filterable(board):
    with board.ws.session() as s:
        actor = Actor(name="Caritas Sozialstation")
        s.add(actor)
        s.flush()
        actor_id = actor.id
    with pytest.raises(OperationRefused, match="Unbekannte Gruppe"):
        participants_ops.quick_add(board.ws, "X", stakeholder_group="Presse")
    p = participants_ops.quick_add(board.ws, "Frau Kaya", stakeholder_group="Dienstleister", actor_id=actor_id)
    participants_ops.quick_add(board.ws, "Herr Brandt")
    assert p.actor_name == "Caritas Sozialstation"
    assert [x.label for x in participants_ops.list_participants(board.ws, text="caritas")] == ["Frau Kaya"]
    assert [x.label for x in participants_ops.list_participants(board.ws, stakeholder_group="Bürger*innen")] == [
        "Herr Brandt"]
    changed = participants_ops.update_participant(board.ws, p.id, stakeholder_group="Vereine/Netzwerke",
                                                  clear_actor=True)
    assert (changed.stakeholder_group, changed.actor_id) == ("Vereine/Netzwerke", None)


def test_attendance_is_per_session_and_keeps_the_first_arrival(board):
    from app.operations import agenda_ops

    other = agenda_ops.create_session(board.ws, "Dienstleisterkonferenz", default_phases=False)
    arrived = datetime(2025, 3, 12, 17, 55)
    p = participants_ops.quick_add(board.ws, "Anna", present_in_session=board.session_id, now=arrived)
    assert participants_ops.attendance_for_session(board.ws, board.session_id) == {p.id: True}
    assert participants_ops.attendance_for_session(board.ws, other.id) == {}
    participants_ops.set_attendance(board.ws, board.session_id, p.id, False)
    participants_ops.set_attendance(board.ws, other.id, p.id, True)
    assert participants_ops.attendance_for_session(board.ws, board.session_id) == {p.id: False}
    assert participants_ops.attendance_for_session(board.ws, other.id) == {p.id: True}
    participants_ops.set_attendance(board.ws, board.session_id, p.id, True, now=datetime(2025, 3, 12, 19, 0))
    from app.store.models import Attendance
    with board.ws.session() as s:
        rows = s.scalars(select(Attendance).where(Attendance.session_id == board.session_id)).all()
        assert len(rows) == 1 and rows[0].arrived_at == arrived


def test_consent_state_follows_the_latest_statement_and_the_ledger_keeps_all(board):
    p = participants_ops.quick_add(board.ws, "Anna")
    assert consent_ops.current_consent(board.ws, p.id) == {
        "name_in_protocol": None, "photos": None, "contact_afterwards": None}
    consent_ops.record_consent(board.ws, p.id, "name_in_protocol", True, recorded_by="Moderation",
                               recorded_at=datetime(2025, 3, 12, 18, 0))
    consent_ops.record_consent(board.ws, p.id, "photos", True, recorded_at=datetime(2025, 3, 12, 18, 1))
    # a withdrawal recorded later on another laptop but stated earlier does not override
    consent_ops.record_consent(board.ws, p.id, "photos", False, recorded_by="Büro",
                               recorded_at=datetime(2025, 3, 12, 17, 0))
    consent_ops.record_consent(board.ws, p.id, "name_in_protocol", False, recorded_at=datetime(2025, 3, 12, 20, 0))
    state = consent_ops.current_consent(board.ws, p.id)
    assert state == {"name_in_protocol": False, "photos": True, "contact_afterwards": None}
    assert [consent_ops.consent_word(state[k]) for k in state] == ["widerrufen", "erteilt", "keine Angabe"]
    ledger = consent_ops.consent_ledger(board.ws, p.id)
    assert [(e.purpose_label, e.state_word, e.recorded_by) for e in ledger] == [
        ("Fotos", "widerrufen", "Büro"),
        ("Name im Protokoll", "erteilt", "Moderation"),
        ("Fotos", "erteilt", ""),
        ("Name im Protokoll", "widerrufen", ""),
    ]
    assert consent_ops.consent_overview(board.ws) == {p.id: {"name_in_protocol": False, "photos": True}}
    with board.ws.session() as s:
        assert s.scalar(select(func.count()).select_from(ConsentEvent)) == 4


def test_consent_for_unknown_purpose_or_person_is_refused(board):
    p = participants_ops.quick_add(board.ws, "Anna")
    with pytest.raises(OperationRefused, match="Zweck"):
        consent_ops.record_consent(board.ws, p.id, "newsletter", True)
    participants_ops.remove_participant(board.ws, p.id)
    with pytest.raises(OperationRefused, match="Teilnehmendenliste"):
        consent_ops.record_consent(board.ws, p.id, "photos", True)
