"""The pure merge rules: stamp order, the successor stamp used for erasure, deterministic conflict ids."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from app.domain.hlc import Stamp
from app.domain.merge_rules import conflict_id, device_of, stamp_wins, successor
from app.domain.personal_data import erased_participant_values

stamps = st.builds(lambda w, c, d: Stamp(w, c, str(d)).encode(),
                   st.integers(0, 10**6), st.integers(0, 20), st.sampled_from([uuid.UUID(int=i) for i in range(4)]))


@given(stamps, stamps)
def test_successor_beats_the_stamp_and_nothing_else_lies_between(s, t):
    assert stamp_wins(successor(s), s)
    if t != s:
        assert stamp_wins(t, s) == stamp_wins(t, successor(s))


@given(stamps)
def test_successor_keeps_the_device(s):
    assert device_of(successor(s)) == device_of(s) == Stamp.decode(s).device_id


def test_equal_clock_readings_are_decided_by_device_id_both_ways():
    a = Stamp(5, 1, "aaaaaaaa-0000-0000-0000-000000000000").encode()
    b = Stamp(5, 1, "bbbbbbbb-0000-0000-0000-000000000000").encode()
    assert stamp_wins(b, a) and not stamp_wins(a, b)


def test_conflict_id_depends_on_table_record_field_and_losing_stamp_only():
    s = Stamp(1, 0, "d").encode()
    assert conflict_id("cards", "r", "text", s) == conflict_id("cards", "r", "text", s)
    assert conflict_id("cards", "r", "text", s) != conflict_id("cards", "r", "x", s)


def test_erased_participant_loses_personal_data_but_keeps_a_pseudonym():
    assert erased_participant_values({"display_name": "Erna", "contact": "x", "notes": "", "pseudonym": "E.",
                                      "erased": False}) == {"display_name": "", "contact": "", "erased": True}
    assert erased_participant_values({"display_name": "", "contact": "", "notes": "", "pseudonym": "",
                                      "erased": True}) == {"pseudonym": "gelöscht"}
