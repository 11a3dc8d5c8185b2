"""Refusal messages in the user's language.

Operations and domain rules refuse with German sentences. The ones written as plain literals are collected by
``tools/update_translations.py`` into the translation context ``Meldungen``; texts the domain marks with
``QT_TRANSLATE_NOOP`` carry their own context. ``translate_message`` finds a text in any of these, so one call
at the place a refusal is raised (``OperationRefused``) or shown is enough. A message assembled from parts (with
a name or a number in it) is not in any catalogue and stays German.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

MESSAGE_CONTEXT = "Meldungen"
#: contexts of texts the domain marks for translation and hands to the UI as they are
DOMAIN_CONTEXTS: tuple[str, ...] = (
    MESSAGE_CONTEXT, "Vokabular", "Kompatibilitaet", "Finanzierungsquellen", "Finanzierungsszenarien",
    "Evaluation", "Akteursimport", "Einladungsliste", "CanvasDiff", "CardPalette", "Agenda", "Consent",
)


def translate_message(text: str) -> str:
    """``text`` in the installed language if some catalogue knows it, else unchanged."""
    if not text or QCoreApplication.instance() is None:
        return text
    for context in DOMAIN_CONTEXTS:
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text
