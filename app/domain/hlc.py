"""Hybrid logical clock (Kulkarni et al.) for field-by-field merges across laptops.

A stamp is encoded as a fixed-width string ``"<wall ms:15>-<counter:6>-<device id>"`` so that plain string
comparison orders stamps by (physical time, logical counter, device id). The device id breaks ties
deterministically, which is what makes a merge order-independent.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

_WALL_DIGITS = 15
_COUNTER_DIGITS = 6
_MAX_COUNTER = 10**_COUNTER_DIGITS - 1


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device_id: str

    def encode(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}d}-{self.counter:0{_COUNTER_DIGITS}d}-{self.device_id}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        try:
            wall, counter, device = text.split("-", 2)
            if len(wall) != _WALL_DIGITS or len(counter) != _COUNTER_DIGITS or not device:
                raise ValueError
            return cls(int(wall), int(counter), device)
        except ValueError as exc:  # pragma: no cover - message path tested via callers
            raise ValueError(f"not a clock stamp: {text!r}") from exc

    def __str__(self) -> str:
        return self.encode()


ZERO = Stamp(0, 0, "")


class HybridLogicalClock:
    """Monotonic clock: never goes back, even when the wall clock does.

    ``now()`` returns a stamp strictly greater than every stamp it returned or observed before.
    """

    def __init__(self, device_id: str, last: str | None = None,
                 wall: Callable[[], float] = time.time) -> None:
        if not device_id:
            raise ValueError("device id required")
        self.device_id = device_id
        self._wall = wall
        self._lock = threading.Lock()
        if last:
            s = Stamp.decode(last)
            self._l, self._c = s.wall_ms, s.counter
        else:
            self._l, self._c = 0, 0

    @property
    def last(self) -> str:
        return Stamp(self._l, self._c, self.device_id).encode()

    def _wall_ms(self) -> int:
        return int(self._wall() * 1000)

    def now(self) -> str:
        with self._lock:
            pt = self._wall_ms()
            if pt > self._l:
                self._l, self._c = pt, 0
            else:
                self._bump()
            return Stamp(self._l, self._c, self.device_id).encode()

    def observe(self, remote: str) -> None:
        """Advance past a stamp seen from another device, so local edits after a merge win over it."""
        r = Stamp.decode(remote)
        with self._lock:
            pt = self._wall_ms()
            new_l = max(self._l, r.wall_ms, pt)
            if new_l == self._l and new_l == r.wall_ms:
                self._c = max(self._c, r.counter) + 1
            elif new_l == self._l:
                self._c += 1
            elif new_l == r.wall_ms:
                self._c = r.counter + 1
            else:
                self._c = 0
            self._l = new_l
            if self._c > _MAX_COUNTER:
                self._l, self._c = self._l + 1, 0

    def _bump(self) -> None:
        self._c += 1
        if self._c > _MAX_COUNTER:
            # Counter overflow: borrow one millisecond rather than wrap around.
            self._l, self._c = self._l + 1, 0


def later(a: str | None, b: str | None) -> str | None:
    """The later of two encoded stamps (None counts as earliest)."""
    if a is None:
        return b
    if b is None:
        return a
    return a if a >= b else b
