"""How cards look and which cards a search finds: pure rules the board, the render and the tests share.

Colours by stakeholder group let a hall see at a glance who said what (citizens yellow, providers blue, ...).
The search never looks into a face-down card: a highlight would give away what a private card says.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.translation_marker import QT_TRANSLATE_NOOP

#: Card colours a facilitator picks from: saturated enough to survive a washed-out projector.
CARD_PALETTE: tuple[tuple[str, str], ...] = (
    ("#ffe066", QT_TRANSLATE_NOOP("CardPalette", "Gelb")),
    ("#8ce99a", QT_TRANSLATE_NOOP("CardPalette", "Grün")),
    ("#74c0fc", QT_TRANSLATE_NOOP("CardPalette", "Blau")),
    ("#ffa8a8", QT_TRANSLATE_NOOP("CardPalette", "Rot")),
    ("#d0bfff", QT_TRANSLATE_NOOP("CardPalette", "Lila")),
    ("#ffc078", QT_TRANSLATE_NOOP("CardPalette", "Orange")),
    ("#e9ecef", QT_TRANSLATE_NOOP("CardPalette", "Grau")),
)
DEFAULT_CARD_COLOR = CARD_PALETTE[0][0]

#: One colour per stakeholder group (the names are those stored on participants).
GROUP_COLORS: dict[str, str] = {
    "Bürger*innen": "#ffe066",
    "Dienstleister": "#74c0fc",
    "kommunale Akteure": "#8ce99a",
    "Vereine/Netzwerke": "#ffc078",
    "Wissenschaft/Moderation": "#d0bfff",
}


def color_for_group(group: str | None, fallback: str = DEFAULT_CARD_COLOR) -> str:
    return GROUP_COLORS.get(group or "", fallback)


@dataclass(frozen=True)
class CardFilter:
    """What the facilitator searches for; empty fields do not restrict."""

    text: str = ""
    color: str = ""
    group: str = ""

    def is_empty(self) -> bool:
        return not (self.text.strip() or self.color or self.group)


def card_matches(flt: CardFilter, *, text: str, color: str, group: str | None, private: bool) -> bool:
    """True when a card satisfies every non-empty part of the filter (case-insensitive text search)."""
    needle = flt.text.strip().casefold()
    if needle and (private or needle not in text.casefold()):
        return False
    if flt.color and flt.color.lower() != color.lower():
        return False
    return not (flt.group and flt.group != (group or ""))
