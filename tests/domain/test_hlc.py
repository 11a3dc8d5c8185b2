"""The hybrid logical clock never goes back, whatever the wall clock does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain.hlc import HybridLogicalClock, Stamp


class FakeWall:
    def __init__(self, t: float) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def test_stamps_increase_when_wall_clock_jumps_back_an_hour():
    wall = FakeWall(1_800_000_000.0)
    clock = HybridLogicalClock("dev-a", wall=wall)
    first = clock.now()
    wall.t -= 3600
    second = clock.now()
    third = clock.now()
    assert first < second < third
    assert Stamp.decode(second).wall_ms == Stamp.decode(first).wall_ms


@given(st.lists(st.one_of(st.floats(-1e6, 1e6), st.just(0.0)), min_size=1, max_size=200))
def test_now_is_strictly_monotonic_under_any_wall_clock_jumps(jumps):
    wall = FakeWall(1_700_000_000.0)
    clock = HybridLogicalClock("dev-a", wall=wall)
    last = clock.now()
    for j in jumps:
        wall.t = max(0.0, wall.t + j)
        nxt = clock.now()
        assert nxt > last
        last = nxt


@given(st.integers(0, 10**13), st.integers(0, 999), st.floats(0, 2e9))
def test_after_observing_a_remote_stamp_local_stamps_are_later(remote_ms, counter, wall_s):
    clock = HybridLogicalClock("dev-a", wall=FakeWall(wall_s))
    remote = Stamp(remote_ms, counter, "dev-b").encode()
    clock.observe(remote)
    assert clock.now() > remote


def test_restart_from_last_stamp_continues_after_it():
    wall = FakeWall(1_000.0)
    old = Stamp(5_000_000, 3, "dev-a").encode()  # stored stamp from the future of this wall clock
    clock = HybridLogicalClock("dev-a", last=old, wall=wall)
    assert clock.now() > old


def test_encoded_order_equals_logical_order():
    a = Stamp(10, 2, "a")
    b = Stamp(10, 10, "a")
    c = Stamp(11, 0, "a")
    assert a.encode() < b.encode() < c.encode()
    assert Stamp(10, 2, "a").encode() < Stamp(10, 2, "b").encode()  # device id breaks ties
