"""Fast capture of a comment from one typed line: a stance prefix and hash tags.

During a discussion the note taker types without touching the mouse. A line like
``- #rechtlich #barriere Wer haftet bei Stürzen?`` becomes text "Wer haftet bei Stürzen?", stance "dagegen",
tag "rechtlich" and the flag "Umsetzungsbarriere". A prefix only counts when a space follows it, so "-5 Grad"
stays text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

STANCES = ("dafür", "dagegen", "neutral", "Frage", "Idee")
ELSI_TAGS = ("ethisch", "rechtlich", "sozial")

#: Prefix characters and the stance they set.
STANCE_PREFIXES = {"+": "dafür", "-": "dagegen", "=": "neutral", "?": "Frage", "!": "Idee"}
_TAG_WORDS = {tag.casefold(): tag for tag in ELSI_TAGS}
_BARRIER_WORDS = {"barriere", "umsetzungsbarriere"}
_HASHTAG = re.compile(r"(?<!\S)#([\wäöüÄÖÜß]+)")


@dataclass(frozen=True)
class CapturedComment:
    text: str
    stance: str | None  # None: keep the stance chosen in the form
    elsi_tags: tuple[str, ...]
    barrier: bool


def parse_comment_line(line: str) -> CapturedComment:
    """Split a typed line into text, stance, ELSI tags and barrier flag (unknown hash tags stay in the text)."""
    rest = line.strip()
    stance: str | None = None
    if len(rest) >= 2 and rest[0] in STANCE_PREFIXES and rest[1].isspace():
        stance = STANCE_PREFIXES[rest[0]]
        rest = rest[2:]
    tags: list[str] = []
    barrier = False

    def take(match: re.Match[str]) -> str:
        nonlocal barrier
        word = match.group(1).casefold()
        if word in _TAG_WORDS:
            if _TAG_WORDS[word] not in tags:
                tags.append(_TAG_WORDS[word])
            return ""
        if word in _BARRIER_WORDS:
            barrier = True
            return ""
        return match.group(0)

    rest = _HASHTAG.sub(take, rest)
    ordered = tuple(t for t in ELSI_TAGS if t in tags)
    return CapturedComment(" ".join(rest.split()), stance, ordered, barrier)
