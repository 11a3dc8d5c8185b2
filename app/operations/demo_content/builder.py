"""Shared state of one demo build: the ORM session, seeded random streams, deterministic ids and fixed times."""

from __future__ import annotations

import random
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from app.domain.hlc import HybridLogicalClock

from .people_texts import FIRST_NAMES_FEMALE, FIRST_NAMES_MALE, SURNAMES

T = TypeVar("T")


@dataclass
class PersonName:
    first: str
    last: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class DemoBuilder:
    """Everything the part builders share. Ids come from their own random stream so that they depend on the seed
    only, and every row is added through :meth:`add`, which gives it such an id."""

    s: Session
    seed: int
    clock: HybridLogicalClock
    ids: random.Random = field(init=False)
    rng: random.Random = field(init=False)
    used_names: set[str] = field(default_factory=set)
    refs: dict[str, Any] = field(default_factory=dict)  # shared handles between the parts (ids, lists)

    def __post_init__(self) -> None:
        self.ids = random.Random(self.seed)
        self.rng = random.Random(f"inhalt:{self.seed}")

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.ids.getrandbits(128), version=4))

    def add(self, row: T) -> T:
        row.id = self.new_id()  # type: ignore[attr-defined]
        self.s.add(row)
        return row

    # ------------------------------------------------------------------ random helpers
    def pick(self, items: list[T] | tuple[T, ...]) -> T:
        return items[self.rng.randrange(len(items))]

    def sample(self, items: list[T] | tuple[T, ...], k: int) -> list[T]:
        return self.rng.sample(list(items), min(k, len(items)))

    def person(self, *, female: bool | None = None) -> PersonName:
        """A German name not used before in this demo, so no two people (or owners) share a name."""
        for _ in range(1000):
            is_female = self.rng.random() < 0.55 if female is None else female
            name = PersonName(self.pick(FIRST_NAMES_FEMALE if is_female else FIRST_NAMES_MALE), self.pick(SURNAMES))
            if name.full not in self.used_names and name.last not in self.used_names:
                self.used_names.add(name.full)
                return name
        raise RuntimeError("name pools exhausted")

    def surname(self) -> str:
        for _ in range(1000):
            last = self.pick(SURNAMES)
            if last not in self.used_names:
                self.used_names.add(last)
                return last
        raise RuntimeError("surname pool exhausted")

    def phone(self) -> str:
        return f"0209 {self.rng.randint(10, 99)} {self.rng.randint(100, 999)}-{self.rng.randint(0, 99):02d}"


def at(day: date, hhmm: str, plus_minutes: int = 0) -> datetime:
    """A local wall-clock moment of a session day (stored naive, as the app does)."""
    hours, minutes = (int(x) for x in hhmm.split(":"))
    return datetime.combine(day, time(hours, minutes)) + timedelta(minutes=plus_minutes)


def ascii_slug(text: str) -> str:
    """Lower-case ASCII for e-mail and web addresses: umlauts spelled out, other accents dropped."""
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ı": "i",
                           "ł": "l"})
    plain = unicodedata.normalize("NFKD", text.translate(table)).encode("ascii", "ignore").decode("ascii")
    out = "".join(c if c.isalnum() else "-" for c in plain.lower())
    while "--" in out:
        out = out.replace("--", "-")
    out = out.strip("-")
    return out if len(out) <= 40 else out[:41].rsplit("-", 1)[0]
