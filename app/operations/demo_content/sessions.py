"""Demo events with agenda and results, ~25 participants in five stakeholder groups, attendance and consent.

Consent is recorded as events (given, refused, and one withdrawal), so the protocol and the exports have every
case to show: names printed, pseudonyms instead, and a name that must disappear again after a withdrawal.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.store.models import AgendaPhase, Attendance, ConsentEvent, EventSession, Participant, SessionItem

from .builder import DemoBuilder, at
from .session_texts import (
    CITIZEN_NOTES,
    GROUP_ACTORS,
    GROUPS,
    MODERATION_NOTES,
    PHASES,
    SESSION_ITEMS,
    SESSIONS,
)


def build_sessions(b: DemoBuilder) -> None:
    sessions: dict[str, EventSession] = {}
    for key, title, kind, day, start, place, status, notes in SESSIONS:
        sessions[key] = b.add(EventSession(title=title, kind=kind, date=day, start_time=start, place=place,
                                           status=status, notes=notes))
    b.refs["sessions"] = sessions
    participants = _participants(b)
    moderators = [p for p in participants if p.stakeholder_group == "Wissenschaft/Moderation"]
    for s in sessions.values():
        s.facilitators = ", ".join(m.display_name for m in moderators)
    b.s.flush()
    for key, session in sessions.items():
        _agenda(b, key, session)
        for pos, (kind, text, owner, due) in enumerate(SESSION_ITEMS[key]):
            b.add(SessionItem(session_id=session.id, kind=kind, text=text, owner=owner, due_date=due,
                              position=pos))
    _attendance(b, sessions, participants)
    b.s.flush()
    _consent(b, participants, moderators[0].display_name)
    b.s.flush()


def _participants(b: DemoBuilder) -> list[Participant]:
    actors = b.refs["actors"]
    out: list[Participant] = []
    by_group: dict[str, list[Participant]] = {}
    number = 0
    for group, count, _letter in GROUPS:
        candidates = [k for k in GROUP_ACTORS.get(group, ()) if k in actors]
        b.rng.shuffle(candidates)
        for i in range(count):
            number += 1
            name = b.person()
            actor = actors[candidates[i % len(candidates)]] if candidates else None
            if group == "Bürger*innen":
                contact = b.pick((f"Tel. {b.phone()}", "", "über das Stadtteilbüro"))
                notes = b.pick(CITIZEN_NOTES)
            elif group == "Wissenschaft/Moderation":
                contact = f"{name.last.lower()}@quartiersprojekt-ge.de"
                notes = MODERATION_NOTES[i % len(MODERATION_NOTES)]
            else:
                contact = f"Tel. {actor.phone}" if actor is not None else ""
                notes = ""
            if actor is not None and group != "Bürger*innen":
                actor.contact_person = name.full  # the person who comes is the actor's contact
            p = b.add(Participant(display_name=name.full, pseudonym=f"Teilnehmende {number}",
                                  stakeholder_group=group,
                                  actor_id=actor.id if actor is not None and group != "Bürger*innen" else None,
                                  contact=contact, notes=notes))
            out.append(p)
            by_group.setdefault(group, []).append(p)
    b.refs["participants"] = out
    b.refs["by_group"] = by_group
    return out


def _agenda(b: DemoBuilder, key: str, session: EventSession) -> None:
    moment = at(session.date, session.start_time)
    done = {"dlk": len(PHASES), "workshop": 3, "koordination": 0}[key]
    for pos, (title, minutes) in enumerate(PHASES):
        started = ended = None
        if pos < done:
            started = moment
            moment = moment + timedelta(minutes=minutes + b.rng.randint(-3, 7))
            ended = moment
        elif pos == done and session.status == "laufend":
            started = moment
        phase = b.add(AgendaPhase(session_id=session.id, position=pos, title=title, planned_minutes=minutes,
                                  started_at=started, ended_at=ended))
        if started is not None and ended is None:
            session.current_phase_id = phase.id
            b.refs["workshop_voting_started"] = started
        if key == "dlk" and title == "Bewerten":
            b.refs["dlk_voting"] = (started, ended)


def _attendance(b: DemoBuilder, sessions: dict[str, EventSession], people: list[Participant]) -> None:
    groups: dict[str, list[Participant]] = b.refs["by_group"]
    citizens = groups["Bürger*innen"]
    present: dict[str, list[Participant]] = {
        "dlk": (groups["Dienstleister"] + groups["kommunale Akteure"] + groups["Vereine/Netzwerke"]
                + groups["Wissenschaft/Moderation"] + citizens[:3]),
        "workshop": (citizens + groups["Wissenschaft/Moderation"] + groups["Dienstleister"][:3]
                     + groups["kommunale Akteure"][:2] + groups["Vereine/Netzwerke"][:1]),
    }
    no_show = citizens[-1]  # registered for the workshop but ill on the day
    b.refs["present"] = {}
    for key, attendees in present.items():
        session = sessions[key]
        here: list[Participant] = []
        for p in attendees:
            came = not (key == "workshop" and p is no_show)
            arrived = at(session.date, session.start_time, b.rng.randint(-15, 12)) if came else None
            b.add(Attendance(session_id=session.id, participant_id=p.id, present=came, arrived_at=arrived))
            if came:
                here.append(p)
        b.refs["present"][key] = here
    b.refs["first_session"] = {p.id: ("dlk" if p in present["dlk"] else "workshop") for p in people}


def _consent(b: DemoBuilder, people: list[Participant], recorder: str) -> None:
    sessions = b.refs["sessions"]
    moderators = [p for p in people if p.stakeholder_group == "Wissenschaft/Moderation"]
    others = [p for p in people if p not in moderators]
    b.rng.shuffle(others)
    given = moderators + others[:11]
    refused = others[11:17]
    # gave consent at the provider conference and withdrew it before the workshop
    withdrawing = next((p for p in others[:11] if b.refs["first_session"][p.id] == "dlk"), others[0])
    for p in people:
        session = sessions[b.refs["first_session"][p.id]]
        moment: datetime = at(session.date, session.start_time, -5)
        how = b.pick(("auf dem Anmeldebogen", "mündlich zu Beginn", "auf dem Anmeldebogen"))
        if p in given:
            b.add(ConsentEvent(participant_id=p.id, purpose="name_in_protocol", given=True, recorded_by=recorder,
                               recorded_at=moment, note=f"Einwilligung {how}"))
            if p in moderators or b.rng.random() < 0.7:
                b.add(ConsentEvent(participant_id=p.id, purpose="photos", given=True, recorded_by=recorder,
                                   recorded_at=moment, note=f"Einwilligung {how}"))
            if b.rng.random() < 0.5:
                b.add(ConsentEvent(participant_id=p.id, purpose="contact_afterwards", given=True,
                                   recorded_by=recorder, recorded_at=moment, note="möchte das Protokoll erhalten"))
        elif p in refused:
            b.add(ConsentEvent(participant_id=p.id, purpose="name_in_protocol", given=False, recorded_by=recorder,
                               recorded_at=moment, note="möchte nicht namentlich genannt werden"))
            b.add(ConsentEvent(participant_id=p.id, purpose="photos", given=False, recorded_by=recorder,
                               recorded_at=moment, note=""))
    later = at(sessions["dlk"].date, "10:15", 8 * 24 * 60)
    b.add(ConsentEvent(participant_id=withdrawing.id, purpose="name_in_protocol", given=False,
                       recorded_by="Stadtteilbüro", recorded_at=later,
                       note="Widerruf per Telefon beim Stadtteilbüro"))
    b.refs["withdrawn"] = withdrawing
