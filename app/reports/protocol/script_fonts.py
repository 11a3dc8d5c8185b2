"""Every character a participant can type, legible in the PDF: fallback fonts per run, shaping, readable stand-ins.

The protocol's text font (DejaVu Sans) covers Latin (Turkish, Polish …), Greek, Cyrillic, Hebrew and Arabic
presentation forms. Two shipped fallback fonts cover the rest that matters in a German Quartier: WenQuanYi Micro Hei
(Chinese, Japanese, Korean; Apache-2.0) and a subset of Symbola (emoji, symbols, control pictures; free for any
use). reportlab uses one font per run of text, so text is cut into runs by the first font that has each character,
and each fallback run becomes a ``<font name=…>`` span. Right-to-left lines are shaped and reordered first
(``domain.display_text``). A character no font has becomes its Unicode name in brackets, never an empty box.

The fallback fonts are registered only when a text needs them: a protocol in German loads no CJK font at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from app.domain.display_text import is_ignorable, normalise_lines, replacement, visual_line
from app.resources_path import resource_path

from .styles import FONT, register_fonts


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map with code points above U+FFFF written as UTF-16 (surrogate pairs), as PDF wants.

    reportlab formats every code point with four hex digits, so an emoji (U+1F600) became five digits and text
    extraction (search, copy, ``pdftotext``) read a wrong character; the glyph on the page was right all along.
    """
    entries = []
    for i, v in enumerate(subset):
        target = chr(v).encode("utf-16-be").hex().upper() if 0 <= v <= 0x10FFFF and not 0xD800 <= v <= 0xDFFF \
            else f"{v:04X}"
        entries.append(f"<{i:02X}> <{target}>")
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange", f"{len(subset)} beginbfchar", *entries, "endbfchar", "endcmap",
        "CMapName currentdict /CMap defineresource pop", "end", "end"])


ttfonts.makeToUnicodeCMap = _to_unicode_cmap

#: fallback fonts in the order they are asked: (name in the PDF, shipped file)
FALLBACKS = (("WerkstattCJK", "WenQuanYiMicroHei.ttf"), ("WerkstattSymbole", "Symbola-Emoji.ttf"))


@lru_cache(maxsize=1)
def _base_coverage() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(FONT)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


@lru_cache(maxsize=len(FALLBACKS))
def _fallback_coverage(name: str) -> frozenset[int]:
    """Register the fallback font ``name`` (once) and return the characters it has."""
    file = dict(FALLBACKS)[name]
    font = TTFont(name, str(resource_path("fonts", file)))
    pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    return frozenset(font.face.charToGlyph)


@lru_cache(maxsize=16384)
def font_of(ch: str) -> str | None:
    """The font that draws ``ch``: "" for the text font, a fallback's name, or None when no shipped font has it."""
    code = ord(ch)
    if code in _base_coverage():
        return ""
    for name, _file in FALLBACKS:
        if code in _fallback_coverage(name):
            return name
    return None


def runs(line: str) -> Iterator[tuple[str, str]]:
    """``(font, text)`` runs of one visual line; "" is the text font. Unknown characters arrive as stand-ins."""
    font, chunk = "", []
    for ch in line:
        which = font_of(ch)
        if which is None:
            if is_ignorable(ch):
                continue  # a joiner or variation selector: nothing to see, nothing lost
            which, ch = "", replacement(ch)
        if which != font and chunk:
            yield font, "".join(chunk)
            chunk = []
        font = which
        chunk.append(ch)
    if chunk:
        yield font, "".join(chunk)


def _plain(line: str) -> bool:
    base = _base_coverage()
    return all(ord(ch) in base for ch in line)


def markup(text: str, line_break: str = "<br/>") -> str:
    """Paragraph markup of ``text``: escaped, lines joined with ``line_break``, fallback runs in their fonts."""
    out = []
    for line in normalise_lines(text).split("\n"):
        line = visual_line(line)
        if _plain(line):
            out.append(escape(line))
            continue
        out.append("".join(escape(chunk) if not font else f'<font name="{font}">{escape(chunk)}</font>'
                           for font, chunk in runs(line)))
    return line_break.join(out)


@lru_cache(maxsize=1024)
def single_font(text: str, font: str = FONT) -> tuple[str, str]:
    """``(text, font)`` for places that draw a string in ONE font (chart labels, running header): the font that
    misses the fewest characters (the text font on a tie); whatever it still misses is replaced readably."""
    line = visual_line(" ".join(normalise_lines(text).split("\n")))
    if _plain(line):
        return line, font
    candidates = [(font, _base_coverage())] + [(name, _fallback_coverage(name)) for name, _file in FALLBACKS]

    def missing(covered: frozenset[int]) -> int:
        return sum(1 for ch in line if ord(ch) not in covered and not is_ignorable(ch))

    name, covered = min(candidates, key=lambda c: missing(c[1]))
    return _stand_ins(line, covered), name


def _stand_ins(line: str, covered: frozenset[int]) -> str:
    out = []
    for ch in line:
        if ord(ch) in covered:
            out.append(ch)
        elif not is_ignorable(ch):
            out.append(replacement(ch))
    return "".join(out)
