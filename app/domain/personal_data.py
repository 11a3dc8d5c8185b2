"""Which stored fields are personal data (DSGVO), and what erasure (Art. 17) does to each text column.

Erasure keeps what a person contributed (cards, comments, votes stay, attributed to "gelöscht") but removes
everything that identifies them. The erasure action and every merge and hub sync (which apply the erasure again,
so an old laptop's package cannot bring a name back) use the lists below.

Every text column of every shared table has exactly one verdict (a test checks that none is missing):

``PERSON``: the erased participant's own row: ``display_name``, ``contact``, ``notes``, ``pseudonym``,
    ``actor_id`` take the values in ``PARTICIPANT_ERASED_VALUES``. ``stakeholder_group`` stays (a category, kept
    for the results by group).
``OWN_RECORDS``: text in rows that belong to the person by id: ``consent_events.note`` (remarks about their
    consent) is emptied. Attendances, votes, cards and comments keep no text about the person beyond their content.
``REDACT``: free text that may name anyone. Each erased name (display name, each contact detail) is replaced by
    "[Name gelöscht]" wherever it occurs as whole words, on erasure and on every merge, also in rows that arrive
    later. This covers the facilitators of a session, the owner ("wer") of decisions and next steps, barrier
    measures, outreach contacts (by whom, result, next step), who recorded a consent or a paper vote, who erased
    whom, and all notes, titles, descriptions, card and comment texts:
    workspace.description; actors.contact_person, phone, email, notes; services.target_group, financing,
    availability, accessibility; networks.description; network_memberships.role; outreach_contacts.by_whom,
    result, next_step; cost_benefit_items.note; cooperation_links.description, compatibility_reason,
    override_reason; sessions.title, facilitators, notes; agenda_phases.title; session_items.text, owner;
    session_photos.caption, filename; participants.notes (of other people); consent_events.recorded_by, note
    (of other people's consents); erasure_records.erased_by; canvas_templates.description;
    template_blocks.title, question; canvases.title, description; clusters.title; cards.text; vote_rounds.title;
    votes.ballot_token, recorded_by; comments.text, barrier_measure; financing_sources.note;
    financing_models.title, notes; revenue_lines.label; cost_lines.label; evaluation_criteria.name;
    measurements.source, note.
``REVIEW``: the proper name of a thing (an organisation, a service, a place, a catalogue entry) or another
    person's own name fields. Replacing a word there would rename the thing or a namesake, so erasure does not
    touch them; the erasure dialog lists every occurrence for the facilitator, with one-click replacement:
    workspace.quartier, city; subject_categories.name; actors.name, street, postcode, city, website;
    services.name; networks.name; sessions.place; participants.display_name, pseudonym, contact (of other
    people); canvas_templates.name; financing_sources.name.
``STRUCTURE``: ids, keys, fixed vocabularies, colours, units, times and machine-made values, never free text
    (listed per table in ``STRUCTURE_COLUMNS``).
``conflict_records.winner_value`` / ``loser_value`` hold values of other columns and follow the verdict of the
    column they belong to (``table_name``/``field``).

Not text and not covered: ``session_photos.data`` (images; whether people may be photographed is the "photos"
consent, and a photo of a person must be deleted by hand).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

ERASED_LABEL = "gelöscht"
ERASED_PSEUDONYM = ERASED_LABEL

#: participant fields and the value they take after erasure
PARTICIPANT_ERASED_VALUES: dict[str, object] = {
    "display_name": "",
    "pseudonym": ERASED_PSEUDONYM,
    "contact": "",
    "notes": "",
    "actor_id": None,  # a small organisation can identify its one member
    "erased": True,
}

#: Table name -> fields that hold personal data and are blanked on erasure (values: PARTICIPANT_ERASED_VALUES).
PERSONAL_FIELDS: dict[str, tuple[str, ...]] = {
    "participants": tuple(k for k in PARTICIPANT_ERASED_VALUES if k != "erased"),
}

#: free-text fields of consent events that may hold personal remarks: emptied for the erased person's events
CONSENT_EVENT_ERASED_VALUES: dict[str, object] = {"note": ""}
#: rows that belong to a participant by a column, and the values their fields take when that person is erased
OWN_RECORDS: dict[str, tuple[str, dict[str, object]]] = {
    "consent_events": ("participant_id", CONSENT_EVENT_ERASED_VALUES),
}

#: free-text columns in which an erased name is replaced automatically (see the module docstring)
REDACT_COLUMNS: dict[str, tuple[str, ...]] = {
    "workspace": ("description",),
    "actors": ("contact_person", "phone", "email", "notes"),
    "services": ("target_group", "financing", "availability", "accessibility"),
    "networks": ("description",),
    "network_memberships": ("role",),
    "outreach_contacts": ("by_whom", "result", "next_step"),
    "cost_benefit_items": ("note",),
    "cooperation_links": ("description", "compatibility_reason", "override_reason"),
    "sessions": ("title", "facilitators", "notes"),
    "agenda_phases": ("title",),
    "session_items": ("text", "owner"),
    "session_photos": ("caption", "filename"),
    "participants": ("notes",),
    "consent_events": ("recorded_by", "note"),
    "erasure_records": ("erased_by",),
    "canvas_templates": ("description",),
    "template_blocks": ("title", "question"),
    "canvases": ("title", "description"),
    "clusters": ("title",),
    "cards": ("text",),
    "vote_rounds": ("title",),
    "votes": ("ballot_token", "recorded_by"),
    "comments": ("text", "barrier_measure"),
    "financing_sources": ("note",),
    "financing_models": ("title", "notes"),
    "revenue_lines": ("label",),
    "cost_lines": ("label",),
    "evaluation_criteria": ("name",),
    "measurements": ("source", "note"),
}

#: free-text columns a facilitator reviews during erasure (listed, replaced only by their click)
REVIEW_COLUMNS: dict[str, tuple[str, ...]] = {
    "workspace": ("quartier", "city"),
    "subject_categories": ("name",),
    "actors": ("name", "street", "postcode", "city", "website"),
    "services": ("name",),
    "networks": ("name",),
    "sessions": ("place",),
    "participants": ("display_name", "pseudonym", "contact"),
    "canvas_templates": ("name",),
    "financing_sources": ("name",),
}

#: text columns that never hold free text
STRUCTURE_COLUMNS: dict[str, tuple[str, ...]] = {
    "subject_categories": ("parent_id", "color"),
    "actors": ("kind", "category_id", "legal_form", "outreach_status"),
    "services": ("actor_id", "category_id", "price_unit"),
    "networks": ("coordinator_actor_id",),
    "network_memberships": ("network_id", "actor_id"),
    "outreach_contacts": ("actor_id", "channel", "status_after"),
    "cost_benefit_items": ("actor_id", "category_id", "kind", "dimension"),
    "cooperation_links": ("actor_a_id", "actor_b_id", "link_type", "status", "compatibility", "override_verdict"),
    "sessions": ("kind", "start_time", "status", "current_phase_id"),
    "agenda_phases": ("session_id",),
    "session_items": ("session_id", "kind"),
    "session_photos": ("session_id", "mime"),
    "participants": ("stakeholder_group", "actor_id"),
    "attendances": ("session_id", "participant_id"),
    "consent_events": ("participant_id", "purpose"),
    "erasure_records": ("participant_id", "digest_salt", "name_digests"),
    "canvas_templates": ("key",),
    "template_blocks": ("template_id", "key", "color"),
    "canvases": ("template_id", "parent_id", "session_id", "status"),
    "clusters": ("canvas_id", "block_key", "color"),
    "cards": ("canvas_id", "block_key", "color", "cluster_id", "author_id", "amount_period"),
    "card_actor_links": ("card_id", "actor_id"),
    "vote_rounds": ("canvas_id", "session_id", "method", "status", "card_ids"),
    "votes": ("round_id", "card_id", "participant_id", "source"),
    "comments": ("target_type", "target_id", "canvas_id", "session_id", "parent_id", "stance", "elsi_tags",
                 "barrier_status", "author_id"),
    "financing_sources": ("key", "default_unit"),
    "financing_models": ("canvas_id",),
    "revenue_lines": ("model_id", "source_id", "unit", "certainty"),
    "cost_lines": ("model_id", "kind", "unit"),
    "evaluation_criteria": ("canvas_id", "unit"),
    "measurements": ("criterion_id", "canvas_id", "session_id"),
    "conflict_records": ("table_name", "record_id", "field", "winner_hlc", "loser_hlc", "winner_device",
                         "loser_device", "resolution"),
}
#: conflict-record columns that hold a value of another column (they follow that column's verdict)
CONFLICT_VALUE_COLUMNS = ("winner_value", "loser_value")


def erased_participant_values(current: Mapping[str, Any]) -> dict[str, Any]:
    """The values an erased participant must have, given its current values (only fields that need a change)."""
    return {name: value for name, value in PARTICIPANT_ERASED_VALUES.items() if current.get(name) != value}


def needs_erasure(values: Mapping[str, Any]) -> bool:
    """True while any personal field of a participant row still differs from its erased value."""
    return bool(erased_participant_values(values))


def is_personal_field(table: str, field: str) -> bool:
    return field in PERSONAL_FIELDS.get(table, ())


def is_redacted_column(table: str, field: str) -> bool:
    return field in REDACT_COLUMNS.get(table, ())
