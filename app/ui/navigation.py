"""The main window's navigation: one entry per area, in the order a facilitator works through them.

A later page for an area replaces its factory here, one line, and nothing else in the shell changes.
Titles and hints are German source strings marked for translation; they are translated when shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.ui.page_frame import PageFrame
from app.ui.workspace_context import WorkspaceContext

ViewFactory = Callable[[WorkspaceContext], QWidget]


def _canvas_page(ctx: WorkspaceContext) -> QWidget:
    from app.ui.canvas.canvas_page import CanvasPage

    return CanvasPage(ctx.workspace)


def _sessions_page(ctx: WorkspaceContext) -> QWidget:
    from app.ui.participation.sessions_page import SessionsPage

    return PageFrame(SessionsPage(ctx.workspace))


def _inventory_page(ctx: WorkspaceContext) -> QWidget:
    from app.ui.network.inventory_page import InventoryPage

    return PageFrame(InventoryPage(ctx.workspace))


def _cooperation_page(ctx: WorkspaceContext) -> QWidget:
    from app.ui.network.cooperation_page import CooperationPage

    return PageFrame(CooperationPage(ctx.workspace))


def _participants_page(ctx: WorkspaceContext) -> QWidget:
    from app.ui.participation.participants_page import ParticipantsPage

    return PageFrame(ParticipantsPage(ctx.workspace))


def _financing_page(ctx: WorkspaceContext) -> QWidget:
    from app.ui.financing.financing_page import FinancingPage

    return PageFrame(FinancingPage(ctx.workspace))


def _protocol_page(ctx: WorkspaceContext) -> QWidget:
    from app.ui.protocol.protocol_page import ProtocolPage

    return PageFrame(ProtocolPage(ctx.workspace))


@dataclass(frozen=True)
class NavEntry:
    key: str
    title: str  # German source text; shown in the list (text only, no icon)
    hint: str  # German source text; tooltip of the entry
    factory: ViewFactory

    def shown_title(self) -> str:
        return QCoreApplication.translate("Navigation", self.title)

    def shown_hint(self) -> str:
        return QCoreApplication.translate("Navigation", self.hint)


NAVIGATION: list[NavEntry] = [
    NavEntry("sessions", QT_TRANSLATE_NOOP("Navigation", "Sitzungen"),
             QT_TRANSLATE_NOOP("Navigation", "Konferenzen, Workshops und Treffen"), _sessions_page),
    NavEntry("canvases", QT_TRANSLATE_NOOP("Navigation", "Modelle"),
             QT_TRANSLATE_NOOP("Navigation", "Arbeitsflächen mit Karten"), _canvas_page),
    NavEntry("actors", QT_TRANSLATE_NOOP("Navigation", "Akteure"),
             QT_TRANSLATE_NOOP("Navigation", "Dienstleister, Kommune, Vereine"), _inventory_page),
    NavEntry("cooperation", QT_TRANSLATE_NOOP("Navigation", "Kooperation"),
             QT_TRANSLATE_NOOP("Navigation", "Verbindungen zwischen Akteuren"), _cooperation_page),
    NavEntry("financing", QT_TRANSLATE_NOOP("Navigation", "Finanzierung"),
             QT_TRANSLATE_NOOP("Navigation", "Finanzierungsmodelle"), _financing_page),
    NavEntry("participants", QT_TRANSLATE_NOOP("Navigation", "Teilnehmende"),
             QT_TRANSLATE_NOOP("Navigation", "Pseudonyme und Gruppen"), _participants_page),
    NavEntry("protocol", QT_TRANSLATE_NOOP("Navigation", "Protokoll"),
             QT_TRANSLATE_NOOP("Navigation", "Protokolle der Sitzungen"), _protocol_page),
]


def entry_by_key(key: str) -> NavEntry | None:
    return next((e for e in NAVIGATION if e.key == key), None)
