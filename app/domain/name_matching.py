"""Finding a person's name in free text: whole words only, case-insensitive, the same rule everywhere.

Exports and the protocol replace hidden names by pseudonyms, the erasure replaces an erased person's name, and
the erasure dialog lists where a name (or a part of it) still occurs. All three use this module, so "Anna" never
turns "Annahme" into garbage in one place while another place treats it differently.

A text is split into words (runs of letters, digits, combining marks); a name is the sequence of its words,
compared after Unicode NFC normalisation and case folding (so "STRAUSS" matches "Strauß"). A name of several words
matches only where those words follow each other with at most a few separating characters (" ", ", ", " - ").
Matches are taken from left to right, the longest name first, and never overlap.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

_WORD = re.compile(r"[\w\u0300-\u036f]+")
#: at most this many characters may separate two words of one name ("Anna Schulz", "Anna, Schulz", "Anna - S.")
MAX_GAP = 3

NameKey = tuple[str, ...]


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    key: str


def fold(word: str) -> str:
    """The comparable form of one word."""
    return unicodedata.normalize("NFC", word).casefold()


def words(text: str) -> list[Word]:
    return [Word(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]


def name_key(name: str) -> NameKey:
    """The words of a name in comparable form; empty when the name has no word at all."""
    return tuple(w.key for w in words(name))


@dataclass(frozen=True)
class Found(Generic[T]):
    """One occurrence: characters ``start:end`` of the text, what the lookup said about it, and its words."""

    start: int
    end: int
    value: T
    key: NameKey


def find_runs(text: str, lookup: Callable[[NameKey], T | None], lengths: Iterable[int]) -> list[Found[T]]:
    """Every run of whole words that ``lookup`` recognises (returns not None), left to right, longest first."""
    sizes = sorted({n for n in lengths if n > 0}, reverse=True)
    if not sizes or not text:
        return []
    matches = list(_WORD.finditer(text))
    starts = [m.start() for m in matches]
    ends = [m.end() for m in matches]
    keys = [fold(m.group()) for m in matches]
    # joined[j]: word j and word j + 1 may belong to one name (few characters between them)
    joined = [starts[j + 1] - ends[j] <= MAX_GAP for j in range(len(matches) - 1)]
    found: list[Found[T]] = []
    i, count = 0, len(matches)
    while i < count:
        for n in sizes:
            if i + n > count or not all(joined[i:i + n - 1]):
                continue
            key = tuple(keys[i:i + n])
            value = lookup(key)
            if value is not None:
                found.append(Found(starts[i], ends[i + n - 1], value, key))
                i += n
                break
        else:
            i += 1
    return found


def substitute(text: str, found: Iterable[Found[str]]) -> str:
    """``text`` with each found run replaced by its value (runs must not overlap)."""
    parts: list[str] = []
    last = 0
    for f in sorted(found, key=lambda f: f.start):
        parts.append(text[last:f.start])
        parts.append(f.value)
        last = f.end
    parts.append(text[last:])
    return "".join(parts)


class _Keep:
    """Marks a name that is found (so nothing inside it is replaced) but left as typed."""


_KEEP = _Keep()


class NameReplacer:
    """Replaces names by other texts (pseudonyms, a "deleted" mark): THE rule for exports, the protocol and the
    erasure. Built once for many texts; names without any word are ignored. Names in ``keep`` are found but left
    as typed, so a longer name that may be shown is not cut by a shorter hidden one inside it."""

    def __init__(self, replacements: Mapping[str, str], keep: Iterable[str] = ()) -> None:
        self._table: dict[NameKey, str | _Keep] = {}
        for name, replacement in replacements.items():
            key = name_key(name)
            if key:
                self._table.setdefault(key, replacement)
        for name in keep:
            key = name_key(name)
            if key:
                self._table.setdefault(key, _KEEP)
        self._lengths = {len(k) for k in self._table}
        self._replaces = any(isinstance(v, str) for v in self._table.values())

    def __bool__(self) -> bool:
        return self._replaces

    def find(self, text: str) -> list[Found[str]]:
        """Every occurrence of a name to replace (kept names are skipped, together with the words they cover)."""
        return [f for f in find_runs(text, self._table.get, self._lengths) if isinstance(f.value, str)]  # type: ignore[misc]

    def __call__(self, text: str) -> str:
        if not self._replaces or not text:
            return text
        found = self.find(text)
        return substitute(text, found) if found else text




def replace_names(text: str, replacements: Mapping[str, str]) -> str:
    """``text`` with every whole-word, case-insensitive occurrence of a name replaced by its replacement."""
    return NameReplacer(replacements)(text)
