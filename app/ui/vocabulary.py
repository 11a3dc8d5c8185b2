"""Words the app stores as data and shows as labels: stances, statuses, groups, kinds, section titles.

They live in the operations and the domain as German values (they are also what is saved), so ``self.tr(word)``
in a widget cannot find them: lupdate never sees a variable's value, and the widget's context is not where the
word is marked. Each word is marked here once in the context ``Vokabular``; ``tr_word`` shows it in the user's
language and falls back to the other data contexts (agenda kinds, consent purposes, refusal messages).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.operations.messages import translate_message

WORDS: tuple[str, ...] = (
    # stances, aspects and barrier states of comments
    QT_TRANSLATE_NOOP("Vokabular", "dafür"), QT_TRANSLATE_NOOP("Vokabular", "dagegen"),
    QT_TRANSLATE_NOOP("Vokabular", "neutral"), QT_TRANSLATE_NOOP("Vokabular", "Frage"),
    QT_TRANSLATE_NOOP("Vokabular", "Idee"), QT_TRANSLATE_NOOP("Vokabular", "ethisch"),
    QT_TRANSLATE_NOOP("Vokabular", "rechtlich"), QT_TRANSLATE_NOOP("Vokabular", "sozial"),
    QT_TRANSLATE_NOOP("Vokabular", "offen"), QT_TRANSLATE_NOOP("Vokabular", "in Bearbeitung"),
    QT_TRANSLATE_NOOP("Vokabular", "überwunden"),
    # what a comment is about
    QT_TRANSLATE_NOOP("Vokabular", "Karte"), QT_TRANSLATE_NOOP("Vokabular", "Bereich"),
    QT_TRANSLATE_NOOP("Vokabular", "Leinwand"), QT_TRANSLATE_NOOP("Vokabular", "Sitzung"),
    # stakeholder groups
    QT_TRANSLATE_NOOP("Vokabular", "Bürger*innen"), QT_TRANSLATE_NOOP("Vokabular", "Dienstleister"),
    QT_TRANSLATE_NOOP("Vokabular", "kommunale Akteure"), QT_TRANSLATE_NOOP("Vokabular", "Vereine/Netzwerke"),
    QT_TRANSLATE_NOOP("Vokabular", "Wissenschaft/Moderation"),
    # kinds of session
    QT_TRANSLATE_NOOP("Vokabular", "Dienstleisterkonferenz"), QT_TRANSLATE_NOOP("Vokabular", "Bürgerworkshop"),
    QT_TRANSLATE_NOOP("Vokabular", "Quartierskonferenz"), QT_TRANSLATE_NOOP("Vokabular", "Koordinierungstreffen"),
    QT_TRANSLATE_NOOP("Vokabular", "Evaluationstreffen"),
    # phases of the agenda
    QT_TRANSLATE_NOOP("Vokabular", "läuft"), QT_TRANSLATE_NOOP("Vokabular", "beendet"),
    QT_TRANSLATE_NOOP("Vokabular", "geplant"),
    # consents
    QT_TRANSLATE_NOOP("Vokabular", "erteilt"), QT_TRANSLATE_NOOP("Vokabular", "widerrufen"),
    QT_TRANSLATE_NOOP("Vokabular", "keine Angabe"),
    # voting rounds
    QT_TRANSLATE_NOOP("Vokabular", "Entwurf"), QT_TRANSLATE_NOOP("Vokabular", "geschlossen"),
    QT_TRANSLATE_NOOP("Vokabular", "Klebepunkte"), QT_TRANSLATE_NOOP("Vokabular", "Punkte verteilen"),
    QT_TRANSLATE_NOOP("Vokabular", "Bildschirm"), QT_TRANSLATE_NOOP("Vokabular", "Vertretung"),
    QT_TRANSLATE_NOOP("Vokabular", "Papier"),
    # sections of the protocol
    QT_TRANSLATE_NOOP("Vokabular", "Deckblatt"), QT_TRANSLATE_NOOP("Vokabular", "Ablauf"),
    QT_TRANSLATE_NOOP("Vokabular", "Teilnahme"), QT_TRANSLATE_NOOP("Vokabular", "Leinwände"),
    QT_TRANSLATE_NOOP("Vokabular", "Abstimmungen"), QT_TRANSLATE_NOOP("Vokabular", "Kommentare"),
    QT_TRANSLATE_NOOP("Vokabular", "Umsetzungsbarrieren"),
    QT_TRANSLATE_NOOP("Vokabular", "Beschlüsse, nächste Schritte, offene Fragen"),
    QT_TRANSLATE_NOOP("Vokabular", "Fotos"),
)


def tr_word(word: str) -> str:
    """A stored German word in the user's language (unchanged if no catalogue knows it)."""
    return translate_message(word)
