"""Find needs nobody serves (gaps) and offers several actors make alike (overlaps).

Matching is deliberately simple so a group can follow it: a need (the text of a card) is *served* when one of
its words matches one word of a service's name, category (with its parent) or target group. Words are compared
after folding case and umlauts (ä→ae, ß→ss); words shorter than four letters and common filler words
("und", "für", "mit", …) are ignored. Two words match when they are equal or when they share a beginning of at
least six letters, so German compounds meet their parts: "Einkaufen" matches "Einkaufsservice" (common
beginning "einkauf"), "Fahrdienst" matches "Fahrdienste". It will miss synonyms ("Arztbesuch" vs. "Begleitdienst"),
which is why the list is a prompt for discussion, not a verdict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

MIN_WORD = 4
MIN_PREFIX = 6

STOP_WORDS = frozenset({
    "und", "oder", "fuer", "mit", "ohne", "beim", "bei", "zum", "zur", "von", "vom", "der", "die", "das", "den",
    "dem", "des", "ein", "eine", "einen", "einem", "einer", "auch", "mehr", "noch", "nicht", "sich", "auf", "aus",
    "nach", "ueber", "unter", "wie", "was", "wer", "wir", "ihr", "sie", "ist", "sind", "wird", "werden", "haben",
    "hat", "kann", "koennen", "soll", "sollen", "moechten", "brauchen", "braucht", "gibt", "viele", "alle",
    "allem", "etwa", "dass", "damit", "wenn", "aber", "sehr", "gern", "gerne", "ihre", "ihren", "unsere",
    "menschen", "leute", "angebot", "angebote",
})

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def fold(text: str) -> str:
    return text.casefold().translate(_FOLD)


def words(text: str) -> set[str]:
    return {w for w in re.split(r"[^0-9a-z]+", fold(text)) if len(w) >= MIN_WORD and w not in STOP_WORDS}


def words_match(a: str, b: str) -> bool:
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= MIN_PREFIX


def texts_match(need: set[str], offer: set[str]) -> bool:
    return any(words_match(a, b) for a in need for b in offer)


@dataclass(frozen=True)
class Need:
    card_id: str
    text: str


@dataclass(frozen=True)
class Offer:
    """One service as matching sees it: all of its describing texts joined."""

    service_id: str
    actor_id: str
    category_id: str | None
    text: str  # name, category path and target group


def unserved(needs: Iterable[Need], offers: Sequence[Offer]) -> list[Need]:
    """Needs none of whose words match a word of any offer. Needs without usable words are left out."""
    offer_words = [words(o.text) for o in offers]
    out = []
    for need in needs:
        w = words(need.text)
        if w and not any(texts_match(w, ow) for ow in offer_words):
            out.append(need)
    return out


def overlapping(offers: Iterable[Offer]) -> dict[str, list[Offer]]:
    """Category id → offers, for every category in which two or more different actors offer services."""
    by_cat: dict[str, list[Offer]] = {}
    for o in offers:
        if o.category_id:
            by_cat.setdefault(o.category_id, []).append(o)
    return {c: os_ for c, os_ in by_cat.items() if len({o.actor_id for o in os_}) >= 2}
