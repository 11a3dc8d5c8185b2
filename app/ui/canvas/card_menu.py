"""The right-click menu of a card: what one does with one card, each entry naming its key where it has one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from .canvas_page import CanvasPage


def build_card_menu(page: CanvasPage, card_id: str) -> QMenu:
    """The card is selected first, so every entry acts on exactly this card."""
    if page.scene is not None:
        page.scene.select_only([card_id])
    menu = QMenu(page)
    if page.voting:
        menu.addAction(page.tr("Punkt geben (Enter)"), lambda: page.vote_on(card_id))
        menu.addAction(page.tr("Kommentieren (C)"), page.comment_selected)
        return menu
    menu.addAction(page.tr("Bearbeiten (Enter)"),
                   lambda: page.editor.edit_card(card_id) if page.editor is not None else None)
    menu.addAction(page.tr("Kommentieren (C)"), page.comment_selected)
    menu.addAction(page.tr("Akteur verknüpfen …"), page.link_actors)
    menu.addAction(page.tr("Betrag …"), page.edit_amount)
    menu.addSeparator()
    menu.addAction(page.tr("Löschen (Entf)"),
                   lambda: page.editor.delete_selected() if page.editor is not None else None)
    return menu
