"""Ansicht → Sprache, Schriftgröße and Hoher Kontrast: the menu entries and what they change.

Each choice is stored at once and applied live: the main window rebuilds its menus and pages (every edit is
already saved, so nothing is lost), and the next start uses the same choice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from app.ui import theme
from app.ui.settings import LANGUAGES, language


def _tr(text: str) -> str:
    return QCoreApplication.translate("ViewSettings", text)


def add_view_settings(menu: QMenu, *, on_language: Callable[[str], None], on_font_scale: Callable[[int], None],
                      on_contrast: Callable[[bool], None]) -> dict[str, QAction]:
    """Add the three settings to ``menu``; returns the actions by key (``lang_de``, ``scale_150``, ``contrast``)."""
    actions: dict[str, QAction] = {}
    lang_menu = menu.addMenu(_tr("S&prache"))
    lang_group = QActionGroup(lang_menu)
    for code, name in LANGUAGES.items():
        action = lang_menu.addAction(name)  # each language named in itself, never translated
        action.setCheckable(True)
        action.setChecked(code == language())
        action.setActionGroup(lang_group)
        action.triggered.connect(lambda _=False, c=code: on_language(c))
        actions[f"lang_{code}"] = action

    scale_menu = menu.addMenu(_tr("Schrift&größe"))
    scale_group = QActionGroup(scale_menu)
    current = theme.font_scale_percent()
    for percent in theme.FONT_SCALES:
        action = scale_menu.addAction(_tr("{percent} %").format(percent=percent))
        action.setCheckable(True)
        action.setChecked(abs(current - percent) < 5)
        action.setActionGroup(scale_group)
        action.triggered.connect(lambda _=False, p=percent: on_font_scale(p))
        actions[f"scale_{percent}"] = action

    contrast = menu.addAction(_tr("Hoher &Kontrast"))
    contrast.setCheckable(True)
    contrast.setChecked(theme.high_contrast())
    contrast.setShortcut("Ctrl+Shift+K")
    contrast.toggled.connect(on_contrast)
    actions["contrast"] = contrast
    return actions
