"""Marks German source texts in the domain for translation without importing Qt.

The domain must not import Qt, yet its verdicts and catalogue names are shown to users. Wrapping a literal in
``QT_TRANSLATE_NOOP("Context", "…")`` lets ``pyside6-lupdate`` collect it; the UI translates the text with
``QCoreApplication.translate`` when it displays it. German is the source language, so the literal is returned
unchanged.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; the name is the one lupdate looks for."""
    del context
    return text
