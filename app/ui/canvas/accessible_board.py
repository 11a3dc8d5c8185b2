"""What a screen reader says about the board: cards are graphics items, which have no accessible interface.

The view stands in for them: its accessible name is the board, and its accessible description is the selected
card read out in full (area, text, author's group, actors, amount) – Qt announces a changed description, and
selection follows the arrow keys, so moving from card to card reads each one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGraphicsView

from app.ui.vocabulary import tr_word

from .board_scene import BoardScene
from .painting import amount_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccessibleBoard", text)


def describe_card(scene: BoardScene, card_id: str) -> str:
    """One card in words, as a screen reader should say it."""
    model = scene.model
    card = model.cards[card_id]
    blocks = {b.key: b.title for b in model.board.blocks}
    area = blocks.get(card.block_key, "") or _tr("ohne Bereich")
    if card.private:
        text = _tr("verdeckte Karte")
    else:
        text = card.text.strip() or _tr("leere Karte")
    parts = [_tr("Karte im Bereich „{area}“: {text}").format(area=area, text=text)]
    if card.author_group:
        parts.append(_tr("Gruppe: {group}").format(group=tr_word(card.author_group)))
    if card.actor_ids:
        names = ", ".join(model.actor_names.get(a, "?") for a in card.actor_ids)
        parts.append(_tr("Akteure: {names}").format(names=names))
    amount = amount_text(card.amount_cents, card.amount_period)
    if amount:
        parts.append(_tr("Betrag: {amount}").format(amount=amount))
    return ". ".join(parts) + "."


def describe_selection(scene: BoardScene) -> str:
    selected = scene.selected_card_ids()
    if not selected:
        return _tr("Keine Karte ausgewählt. N legt eine neue Karte an, Pfeiltasten gehen von Karte zu Karte.")
    text = describe_card(scene, selected[0])
    if len(selected) > 1:
        text += " " + _tr("({n} Karten ausgewählt)").format(n=len(selected))
    return text


def announce_cards(scene: BoardScene, view: QGraphicsView) -> None:
    """Keep the view's accessible name and description in step with the selected card."""
    view.setAccessibleName(_tr("Leinwand „{title}“").format(title=scene.model.board.title)
                           if getattr(scene.model.board, "title", "") else _tr("Leinwand"))

    def update() -> None:
        try:
            view.setAccessibleDescription(describe_selection(scene))
        except (RuntimeError, KeyError):  # the view or card went away while the signal was queued
            pass

    scene.selectionChanged.connect(update)
    scene.model.card_changed.connect(lambda *_: update())
    update()
