"""The formula guard turns every formula-like text into plain text and leaves everything else alone."""

from __future__ import annotations

import pytest

from app.domain.cell_guard import neutralise


@pytest.mark.parametrize(("value", "expected"), [
    ("=SUMME(A1:A3)", "'=SUMME(A1:A3)"),
    ("=HYPERLINK(\"http://x\";\"klick\")", "'=HYPERLINK(\"http://x\";\"klick\")"),
    ("+49 209 123456", "'+49 209 123456"),
    ("-Rabatt", "'-Rabatt"),
    ("@SUM(1)", "'@SUM(1)"),
    ("\tversteckt", "'\tversteckt"),
    ("\rzeile", "'\rzeile"),
    ("Caritas Gelsenkirchen", "Caritas Gelsenkirchen"),
    ("Frau Dr. Müller", "Frau Dr. Müller"),
    ("a=b", "a=b"),
    ("", ""),
    ("'schon Text", "'schon Text"),
])
def test_formula_like_text_gets_an_apostrophe_and_other_text_stays(value, expected):
    assert neutralise(value) == expected


@pytest.mark.parametrize("value", [42, -5, 3.5, None, True])
def test_non_text_values_pass_unchanged(value):
    assert neutralise(value) is value


# ------------------------------------------------------------------ every lookalike, every invisible prefix
import functools  # noqa: E402
import sys  # noqa: E402
import unicodedata  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from app.domain.cell_guard import has_unstorable, xml_safe  # noqa: E402


def _all_chars():
    return (chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def _looks_like_formula(ch: str) -> bool:
    """Independent of the guard's own rule: compatibility forms, and Unicode's names for = + - @ and dashes."""
    name = unicodedata.name(ch, "")
    return (unicodedata.normalize("NFKC", ch)[:1] in "=+-@" and unicodedata.normalize("NFKC", ch) != ""
            or any(w in name for w in ("EQUALS SIGN", "PLUS SIGN", "MINUS SIGN", "HYPHEN", "COMMERCIAL AT",
                                        "EN DASH", "EM DASH", "FIGURE DASH")))


def _visible(ch: str) -> bool:
    return unicodedata.category(ch) not in ("Cf", "Cc", "Zs", "Zl", "Zp") and not 0xE0000 <= ord(ch) <= 0xE0FFF


@functools.cache
def lookalikes() -> list[str]:
    """Every visible character in Unicode that is, or is named like, = + - @ (computed once, when first needed)."""
    return sorted(ch for ch in _all_chars() if _looks_like_formula(ch) and _visible(ch))


@functools.cache
def invisibles() -> list[str]:
    return sorted({ch for ch in _all_chars() if unicodedata.category(ch) in ("Cf", "Zs", "Zl", "Zp")}
                  | set(" \t\r\n\v\f\u00a0\u200b\u200c\u200d\u2060\ufeff\u3000\u180e\u3164\u115f"))


def test_the_known_lookalikes_are_among_them():
    for ch in "＝﹦⁼₌＋﹢⁺₊➕−－﹣‐‑–—＠﹫":
        assert ch in lookalikes(), hex(ord(ch))
    assert len(lookalikes()) > 40


@settings(max_examples=500)
@given(prefix=st.lists(st.deferred(lambda: st.sampled_from(invisibles())), max_size=4),
       start=st.deferred(lambda: st.sampled_from(lookalikes())),
       rest=st.text(max_size=20))
def test_every_lookalike_after_any_invisible_prefix_is_neutralised(prefix, start, rest):
    value = "".join(prefix) + start + rest
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["\uff1dHYPERLINK(\"x\")", " =1+1", "\u00a0=1+1", "\u200b=1+1", "\u3000＠SUM(1)",
                                   "\ufeff+49", "\u2212Rabatt", "\u200e\u200f=A1", "\ufe66cmd"])
def test_the_reported_variants_are_neutralised(value):
    assert neutralise(value).startswith("'")


@settings(max_examples=300)
@given(st.text(min_size=1, max_size=20).filter(lambda t: t[0].isalnum()))
def test_text_starting_with_a_letter_or_digit_is_never_changed(value):
    assert neutralise(value) == value


@given(st.text(max_size=30))
def test_xlsx_text_keeps_every_character_it_can_hold_and_shows_the_others(value):
    safe = xml_safe(value)
    assert not has_unstorable(safe)
    assert len(safe) == len(value)
    for before, after in zip(value, safe, strict=True):
        assert after == before or (ord(before) < 0x20 and after == chr(0x2400 + ord(before))) or after == "\ufffd"


def test_word_line_break_nul_and_escape_become_visible_pictures():
    assert xml_safe("Zeile 1\x0bZeile 2\x00 Ende\x1b") == "Zeile 1␋Zeile 2␀ Ende␛"
    assert xml_safe("Tab\tbleibt\nund Zeile") == "Tab\tbleibt\nund Zeile"
