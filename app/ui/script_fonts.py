"""The shipped fonts for Qt: every script a participant types is drawn on the board and in its pictures.

Qt shapes Arabic and orders right-to-left text itself, and falls back from font to font by script, but only among
fonts it knows. A laptop in a community hall (and the headless renderer) may have no CJK or emoji font at all, and
Qt then draws empty boxes. So the fonts shipped with the protocol (DejaVu Sans, WenQuanYi Micro Hei, a Symbola
subset) are registered as application fonts and put behind the UI font as substitutes. A character none of them
has is shown by its Unicode name in brackets (``readable``), never as an empty box.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont

from app.domain.display_text import is_ignorable, replacement
from app.resources_path import resource_path

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "WenQuanYiMicroHei.ttf",
              "Symbola-Emoji.ttf")
_registered: list[str] = []


def register_fallback_fonts() -> list[str]:
    """Register the shipped fonts once per process (needs a QGuiApplication); returns their family names in the
    order they are asked for a missing character."""
    if _registered or QGuiApplication.instance() is None:
        return list(_registered)
    families: list[str] = []
    for file in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", file)))
        for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
            if family not in families:
                families.append(family)
    _registered.extend(families)
    default = QFont().family()
    for family in {default, *families}:
        QFont.insertSubstitutions(family, [f for f in families if f != family])
    return list(_registered)


@lru_cache(maxsize=len(FONT_FILES))
def _raw(file: str) -> QRawFont:
    return QRawFont(str(resource_path("fonts", file)), 12.0)


@lru_cache(maxsize=16384)
def drawable(ch: str) -> bool:
    """True when the UI font or one of the shipped fonts has a glyph for ``ch``."""
    code = ord(ch)
    if code < 0x80 or is_ignorable(ch):
        return True
    # the UI font's own glyphs only: asking Qt's font metrics would search (and warn about) fallbacks
    return _ui_raw().supportsCharacter(code) or any(_raw(file).supportsCharacter(code) for file in FONT_FILES)


@lru_cache(maxsize=1)
def _ui_raw() -> QRawFont:
    return QRawFont.fromFont(QFont())


def readable(text: str) -> str:
    """``text`` with every character no available font can draw replaced by its bracketed Unicode name."""
    if text.isascii():
        return text
    register_fallback_fonts()
    if all(drawable(ch) for ch in text):
        return text
    return "".join(ch if drawable(ch) else replacement(ch) for ch in text)
