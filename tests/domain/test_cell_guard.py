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
