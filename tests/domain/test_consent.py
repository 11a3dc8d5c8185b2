"""Consent state comes from the latest event per purpose, whatever order the events were stored in."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from app.domain.consent import (
    PURPOSE_NAME_IN_PROTOCOL,
    PURPOSE_PHOTOS,
    PURPOSES,
    ConsentRecord,
    consent_by_participant,
    consent_state,
    event_order,
    has_consent,
    latest_consent,
    may_show_name,
)

T0 = datetime(2025, 3, 12, 18, 0)


def _ev(purpose: str, given_: bool, minutes: int | None, hlc: str = "", pid: str = "p1") -> ConsentRecord:
    at = None if minutes is None else T0 + timedelta(minutes=minutes)
    return ConsentRecord(purpose=purpose, given=given_, recorded_at=at, hlc=hlc, participant_id=pid)


def test_no_events_means_no_consent():
    assert consent_state([]) == {}
    assert not may_show_name([])
    assert not has_consent([], PURPOSE_PHOTOS)


def test_withdrawal_after_consent_hides_the_name():
    events = [_ev(PURPOSE_NAME_IN_PROTOCOL, True, 0), _ev(PURPOSE_NAME_IN_PROTOCOL, False, 30)]
    assert not may_show_name(events)
    assert may_show_name(events[:1])


def test_consent_given_again_after_withdrawal_counts():
    events = [
        _ev(PURPOSE_NAME_IN_PROTOCOL, True, 0),
        _ev(PURPOSE_NAME_IN_PROTOCOL, False, 10),
        _ev(PURPOSE_NAME_IN_PROTOCOL, True, 20),
    ]
    assert may_show_name(list(reversed(events)))


def test_purposes_are_independent():
    events = [_ev(PURPOSE_NAME_IN_PROTOCOL, True, 0), _ev(PURPOSE_PHOTOS, False, 5)]
    assert consent_state(events) == {PURPOSE_NAME_IN_PROTOCOL: True, PURPOSE_PHOTOS: False}


def test_clock_stamp_decides_between_events_of_the_same_moment():
    a = _ev(PURPOSE_PHOTOS, True, 0, hlc="000001741802400000-000001-laptopB")
    b = _ev(PURPOSE_PHOTOS, False, 0, hlc="000001741802400000-000000-laptopA")
    assert has_consent([a, b], PURPOSE_PHOTOS)
    assert has_consent([b, a], PURPOSE_PHOTOS)


def test_on_a_complete_tie_withdrawal_wins():
    events = [_ev(PURPOSE_PHOTOS, True, 0, "x"), _ev(PURPOSE_PHOTOS, False, 0, "x")]
    assert not has_consent(events, PURPOSE_PHOTOS)
    assert not has_consent(list(reversed(events)), PURPOSE_PHOTOS)


def test_event_without_time_counts_as_earliest():
    events = [_ev(PURPOSE_PHOTOS, True, 0), _ev(PURPOSE_PHOTOS, False, None, hlc="zzz")]
    assert has_consent(events, PURPOSE_PHOTOS)


def test_zone_aware_and_naive_times_compare_as_utc():
    naive = ConsentRecord(PURPOSE_PHOTOS, True, datetime(2025, 3, 12, 17, 30))
    aware = ConsentRecord(PURPOSE_PHOTOS, False, datetime(2025, 3, 12, 18, 0, tzinfo=timezone(timedelta(hours=1))))
    # 18:00 at UTC+1 is 17:00 UTC, so the naive (UTC) 17:30 event is later
    assert has_consent([naive, aware], PURPOSE_PHOTOS)


def test_consent_is_kept_per_participant():
    events = [_ev(PURPOSE_NAME_IN_PROTOCOL, True, 0, pid="p1"), _ev(PURPOSE_NAME_IN_PROTOCOL, False, 1, pid="p2")]
    assert consent_by_participant(events) == {
        "p1": {PURPOSE_NAME_IN_PROTOCOL: True},
        "p2": {PURPOSE_NAME_IN_PROTOCOL: False},
    }


event_strategy = st.builds(
    ConsentRecord,
    purpose=st.sampled_from(PURPOSES),
    given=st.booleans(),
    recorded_at=st.one_of(st.none(), st.integers(0, 20).map(lambda m: T0 + timedelta(minutes=m))),
    hlc=st.text(alphabet="0123-ab", max_size=4),
)


@given(st.lists(event_strategy, max_size=30), st.randoms())
def test_any_storage_order_gives_the_same_state(events, rnd):
    shuffled = list(events)
    rnd.shuffle(shuffled)
    assert consent_state(shuffled) == consent_state(events)
    assert may_show_name(shuffled) == may_show_name(events)


@given(st.lists(event_strategy, max_size=30))
def test_state_equals_replaying_events_sorted_by_stamp(events):
    replayed: dict[str, bool] = {}
    for event in sorted(events, key=event_order):
        replayed[event.purpose] = event.given
    assert consent_state(events) == replayed
    assert set(latest_consent(events)) == {e.purpose for e in events}
