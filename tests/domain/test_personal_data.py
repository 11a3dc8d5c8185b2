"""Every text column of every shared table has exactly one erasure verdict, and the docstring names each one."""

from __future__ import annotations

from sqlalchemy import JSON, String, Text

import app.domain.personal_data as personal_data
from app.domain.personal_data import (
    CONFLICT_VALUE_COLUMNS,
    PERSONAL_FIELDS,
    REDACT_COLUMNS,
    REVIEW_COLUMNS,
    STRUCTURE_COLUMNS,
    erased_participant_values,
)
from app.store.models import SYNC_MODELS
from app.store.models.base import SYNC_META_COLUMNS


def _text_columns() -> set[tuple[str, str]]:
    out = set()
    for model in SYNC_MODELS:
        table = model.__table__  # type: ignore[attr-defined]
        for col in table.columns:
            if col.key not in SYNC_META_COLUMNS and isinstance(col.type, String | Text | JSON):
                out.add((table.name, col.key))
    return out


def _verdicts() -> dict[tuple[str, str], list[str]]:
    seen: dict[tuple[str, str], list[str]] = {}
    lists = {"REDACT": REDACT_COLUMNS, "REVIEW": REVIEW_COLUMNS, "STRUCTURE": STRUCTURE_COLUMNS,
             "CONFLICT": {"conflict_records": CONFLICT_VALUE_COLUMNS}}
    for verdict, columns in lists.items():
        for table, cols in columns.items():
            for col in cols:
                seen.setdefault((table, col), []).append(verdict)
    return seen


def test_every_text_column_of_every_shared_table_has_a_verdict():
    verdicts = _verdicts()
    missing = sorted(_text_columns() - set(verdicts))
    assert missing == [], f"text columns without an erasure verdict in app/domain/personal_data.py: {missing}"
    assert sorted(set(verdicts) - _text_columns()) == [], "verdicts for columns that do not exist"


def test_no_column_has_two_verdicts_except_the_persons_own_fields():
    for (table, col), names in _verdicts().items():
        assert len(names) == 1, f"{table}.{col}: {names}"
    # the person's own fields are blanked by id; in other people's rows they are reviewed or replaced
    for field in PERSONAL_FIELDS["participants"]:
        assert ("participants", field) in _verdicts()


def test_the_docstring_lists_every_redacted_and_reviewed_column():
    doc = " ".join((personal_data.__doc__ or "").split())
    for columns in (REDACT_COLUMNS, REVIEW_COLUMNS):
        for table, cols in columns.items():
            assert f"{table}." in doc, table
            for col in cols:
                assert col in doc, f"{table}.{col}"


def test_the_facilitators_owners_barrier_measures_and_outreach_notes_are_replaced():
    for table, col in (("sessions", "facilitators"), ("session_items", "owner"), ("comments", "barrier_measure"),
                       ("outreach_contacts", "by_whom"), ("outreach_contacts", "result"),
                       ("outreach_contacts", "next_step"), ("consent_events", "recorded_by"),
                       ("cards", "text"), ("comments", "text")):
        assert col in REDACT_COLUMNS[table]


def test_an_erased_participant_has_no_personal_value_left():
    change = erased_participant_values({"display_name": "Anna", "contact": "x", "notes": "n", "pseudonym": "P",
                                        "actor_id": "a1", "erased": False})
    assert change == {"display_name": "", "contact": "", "notes": "", "pseudonym": "gelöscht", "actor_id": None,
                      "erased": True}
