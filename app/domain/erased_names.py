"""Recognising an erased person's name without keeping it: salted digests in the erasure record.

After an erasure (DSGVO Art. 17) the name must also go from records that reach this workspace later: a package
made on a laptop before the erasure, a hub that an old laptop synced with. The erasure record travels with every
sync, but it must not carry the name itself. It carries, per name (the display name, each contact detail), a keyed
BLAKE2b digest of its words under a random salt of that record. A merge recognises a run of words in any text by
computing the same digest: a match is replaced by ``REDACTED_NAME``; nothing else is learnt from the record.

A digest can still confirm a guessed name (that is what recognising means); it cannot be read back, and the salt
differs per erasure, so two erasure records of the same name look unrelated.

Replacing is a pure function of the text and the set of erasure records, so every replica computes the same
result. The value is stamped with ``redaction_stamp``: just after the replaced value (it beats exactly that
value and everything older), and the same stamp however many erasures were applied one after another.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .merge_rules import SUCCESSOR_MARK
from .name_matching import NameKey, find_runs, name_key, substitute

REDACTED_NAME = "[Name gelöscht]"
_PERSON = b"qw-erasure-v1"
_DIGEST_BYTES = 16
#: contact details are split into single details at these characters ("0209 123, anna@x.de")
_CONTACT_SEPARATORS = re.compile(r"[,;\n/|]+")
#: a name shorter than this (all its letters together) is not recognised: too many words would match
MIN_NAME_CHARS = 3
_REDACTED_KEY = name_key(REDACTED_NAME)


def redaction_stamp(stamp: str) -> str:
    """The stamp of a value made by replacing names in the value stamped ``stamp``: the successor of the last
    value a person wrote, so repeated replacing (another erasure arrives) keeps the same stamp."""
    return stamp.rstrip(SUCCESSOR_MARK) + SUCCESSOR_MARK


def _usable(key: NameKey) -> bool:
    if sum(len(w) for w in key) < MIN_NAME_CHARS:
        return False
    # the mark itself, or a part of it, must never count as the name (replacing must be idempotent)
    n = len(key)
    return not any(_REDACTED_KEY[i:i + n] == key for i in range(len(_REDACTED_KEY) - n + 1))


def name_phrases(display_names: Iterable[str], contacts: Iterable[str]) -> list[NameKey]:
    """The word sequences that identify a person: each known display name, each single contact detail."""
    keys: list[NameKey] = []
    parts = [*display_names]
    for contact in contacts:
        parts.extend(_CONTACT_SEPARATORS.split(contact or ""))
    for part in parts:
        key = name_key(part or "")
        if key and _usable(key) and key not in keys:
            keys.append(key)
    return keys


@lru_cache(maxsize=1 << 16)
def _digest(salt: str, key: NameKey) -> str:
    h = hashlib.blake2b("\x1f".join(key).encode("utf-8"), digest_size=_DIGEST_BYTES, key=bytes.fromhex(salt),
                        person=_PERSON)
    return f"{len(key)}:{h.hexdigest()}"


def new_salt() -> str:
    return secrets.token_hex(16)


@dataclass(frozen=True)
class ErasedName:
    """The recogniser stored in one erasure record: its salt and the digests of the person's names."""

    salt: str
    digests: frozenset[str]

    @classmethod
    def of(cls, phrases: Iterable[NameKey], salt: str | None = None) -> ErasedName:
        salt = salt or new_salt()
        return cls(salt, frozenset(_digest(salt, key) for key in phrases if key))

    @classmethod
    def stored(cls, salt: str | None, digests: Iterable[str] | None) -> ErasedName | None:
        """From the columns of an erasure record; None when it has none (an erasure of an older version)."""
        try:
            valid = bool(salt) and len(bytes.fromhex(salt or "")) == 16
        except ValueError:
            valid = False
        kept = frozenset(d for d in (digests or ()) if isinstance(d, str) and ":" in d)
        return cls(str(salt), kept) if valid and kept else None

    @cached_property
    def lengths(self) -> frozenset[int]:
        out = set()
        for d in self.digests:
            head = d.split(":", 1)[0]
            if head.isdigit():
                out.add(int(head))
        return frozenset(out)

    def matches(self, key: NameKey) -> bool:
        return _digest(self.salt, key) in self.digests


class Redactor:
    """Replaces every name of every given erasure record by ``REDACTED_NAME`` (whole words, case-insensitive).

    One pass over all records at once; answers are remembered per word sequence, because the same words recur in
    thousands of cards."""

    def __init__(self, erased: Sequence[ErasedName]) -> None:
        self._erased = list(erased)
        self._lengths: set[int] = set().union(*(e.lengths for e in self._erased)) if self._erased else set()
        self._memo: dict[NameKey, str | None] = {}

    def __bool__(self) -> bool:
        return bool(self._lengths)

    def _lookup(self, key: NameKey) -> str | None:
        if key not in self._memo:
            hit = _usable(key) and any(e.matches(key) for e in self._erased if len(key) in e.lengths)
            self._memo[key] = REDACTED_NAME if hit else None
        return self._memo[key]

    def __call__(self, text: str) -> str:
        if not self._lengths or not text:
            return text
        found = find_runs(text, self._lookup, self._lengths)
        return substitute(text, found) if found else text
