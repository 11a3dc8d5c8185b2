"""Text as it is drawn by renderers that do no layout of their own (the PDF protocol): lines, order and shapes.

Participants type Turkish, Polish, Cyrillic, Arabic, Chinese, Japanese, Korean and emoji, and Word pastes control
characters. reportlab draws one glyph per character from left to right, so three things are done here, purely:

- control characters: a vertical tab or form feed (Word's Shift+Enter, page break) and the Unicode line separators
  become line breaks; other C0/C1 controls become visible pictures (``␀``, ``␛``); invisible format characters
  (zero-width joiners, variation selectors, bidi marks) are left for the renderer to drop;
- right-to-left lines (Arabic, Hebrew) are shaped into Arabic presentation forms (``arabic_reshaper``) and put into
  visual order with the Unicode bidirectional algorithm (``python-bidi``);
- a character no shipped font can draw gets a readable replacement, its Unicode name in brackets, never a box.

The Qt canvas shapes and orders text with its own engine and uses only the first and the last of these.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: characters that end a line: vertical tab (Word's Shift+Enter), form feed, NEL, line and paragraph separator
LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_RTL_CLASSES = frozenset({"R", "AL"})


def _control_picture(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"[U+{code:04X}]"


def normalise_lines(text: str) -> str:
    """Line breaks as ``\\n``, every other control character as a visible picture; tabs become spaces."""
    text = LINE_BREAKS.sub("\n", text).replace("\t", " ")
    return _CONTROLS.sub(_control_picture, text)


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


def visual_line(line: str) -> str:
    """One line in the order and shapes a left-to-right renderer must draw: Arabic letters joined (presentation
    forms), right-to-left runs reversed by the bidi algorithm. Left-to-right text comes back unchanged."""
    if not has_rtl(line):
        return line
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(line)))


@lru_cache(maxsize=8192)
def is_ignorable(ch: str) -> bool:
    """Invisible characters that only steer shaping (joiners, variation selectors, bidi marks): dropping them
    loses nothing a reader sees."""
    code = ord(ch)
    return (unicodedata.category(ch) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF
            or code == 0x034F)


@lru_cache(maxsize=8192)
def replacement(ch: str) -> str:
    """The readable stand-in of a character no font can draw: its Unicode name, e.g. ``[face with spiral eyes]``."""
    name = unicodedata.name(ch, "")
    return f"[{name.lower()}]" if name else f"[U+{ord(ch):04X}]"
