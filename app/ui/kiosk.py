"""Participant (kiosk) mode on the shared screen, and the facilitator PIN that guards it.

The main window holds one :class:`KioskController`. "Teilnahme-Modus starten" asks for a facilitator PIN the
first time (only its salted scrypt hash is stored, in the workspace's local settings, which never travel in a
package), then hides the navigation and the menus, shows the board full screen, and from then on every guarded
action asks :func:`allows` before it runs. Leaving needs the PIN.

The checks sit where the actions run (the board's delete, export, settings, the facilitator view of results), so
a keyboard shortcut cannot get around a hidden button. Only one shared screen exists at a time, so the active
controller is kept at module level for those one-line checks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QWidget,
)

from app.domain.roles import Action, Role, allowed, hash_pin, refusal, validate_pin, verify_pin

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

PIN_SETTING = "facilitator_pin_hash"
#: areas a participant may see in kiosk mode (the board, and the sessions page with votes and comments)
KIOSK_AREAS = ("canvases", "sessions")

_active: KioskController | None = None


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Kiosk", text)


def current_role() -> Role:
    return _active.role if _active is not None else Role.FACILITATOR


def current_participant() -> str | None:
    return _active.participant_id if _active is not None else None


def allows(action: Action, *, own: bool = False, quiet: bool = False) -> bool:
    """True if the current role may do ``action``; otherwise tells the person why (unless ``quiet``).

    ``own`` turns "others' card" actions into their "own card" variant (a participant may delete their own card).
    """
    if own:
        action = {Action.DELETE_OTHERS_CONTENT: Action.DELETE_OWN_CARD,
                  Action.EDIT_OTHERS_CARD: Action.EDIT_OWN_CARD}.get(action, action)
    if allowed(current_role(), action):
        return True
    if not quiet:
        QMessageBox.information(QApplication.activeWindow(), _tr("Teilnahme-Modus"), _tr(refusal(action)))
    return False


def require(action: Action, *, own: bool = False) -> None:
    """Like :func:`allows`, for code paths that stop with an exception (the refusal is German)."""
    from app.operations.errors import OperationRefused

    if not allows(action, own=own, quiet=True):
        raise OperationRefused(_tr(refusal(action)))


def owns_all(author_ids: Iterable[str | None]) -> bool:
    """True if the person at the screen wrote every one of these cards (never when nobody is chosen)."""
    me = current_participant()
    return me is not None and all(a == me for a in author_ids)


def allows_card_delete(author_ids: Iterable[str | None]) -> bool:
    return allows(Action.DELETE_OTHERS_CONTENT, own=owns_all(author_ids))


def _ask_pin(parent: QWidget | None, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


class KioskController(QObject):
    """Facilitator or participant mode of one main window."""

    role_changed = Signal(str)

    def __init__(self, window: QMainWindow, workspace: Callable[[], WorkspaceFile],
                 show_area: Callable[[str], None] | None = None, navigation: QListWidget | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._workspace = workspace
        self._show_area = show_area
        self._navigation = navigation
        self.role = Role.FACILITATOR
        self.participant_id: str | None = None
        #: replaceable in tests: (parent, title, label) -> entered text or None
        self.ask_pin: Callable[[QWidget | None, str, str], str | None] = _ask_pin
        self._disabled: list[QAction] = []
        self._was_full_screen = False
        self.leave_bar = QToolBar(_tr("Teilnahme-Modus"), window)
        self.leave_bar.setObjectName("kiosk_bar")
        self.leave_bar.setMovable(False)
        self.leave_action = self.leave_bar.addAction(_tr("Teilnahme-Modus beenden …"), self.request_leave)
        window.addToolBar(self.leave_bar)
        self.leave_bar.hide()

    @property
    def active(self) -> bool:
        return self.role is Role.PARTICIPANT

    def has_pin(self) -> bool:
        return bool(self._workspace().get_setting(PIN_SETTING))

    def set_pin(self, pin: str) -> None:
        self._workspace().set_setting(PIN_SETTING, hash_pin(pin))

    # ------------------------------------------------------------------ entering
    def start(self) -> bool:
        """Ask for a new PIN the first time, then switch to participant mode. False if the person cancelled."""
        if self.active:
            return True
        if not self.has_pin():
            pin = self.ask_pin(self.window, _tr("PIN der Moderation festlegen"),
                               _tr("Mit dieser PIN verlassen Sie den Teilnahme-Modus wieder (mindestens 4 Zeichen):"))
            if pin is None:
                return False
            problems = validate_pin(pin)
            if not problems:
                again = self.ask_pin(self.window, _tr("PIN der Moderation festlegen"), _tr("PIN wiederholen:"))
                if again is None:
                    return False
                if again != pin:
                    problems = [_tr("Die beiden Eingaben stimmen nicht überein.")]
            if problems:
                QMessageBox.warning(self.window, _tr("Teilnahme-Modus"), "\n".join(problems))
                return False
            self.set_pin(pin)
        self._enter()
        return True

    def _enter(self) -> None:
        global _active
        self.role = Role.PARTICIPANT
        _active = self
        bar = self.window.menuBar()
        self._disabled = [a for a in self._all_menu_actions() if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)  # a hidden menu's shortcuts must not work either
        bar.hide()
        self.window.statusBar().hide()
        self._show_only_kiosk_areas(True)
        if self._show_area is not None:
            self._show_area(KIOSK_AREAS[0])
        self.leave_bar.show()
        self._was_full_screen = self.window.isFullScreen()
        self.window.showFullScreen()
        self.role_changed.emit(self.role.value)

    def _show_only_kiosk_areas(self, only: bool) -> None:
        nav = self._navigation
        if nav is None:
            return
        for row in range(nav.count()):
            key = nav.item(row).data(Qt.ItemDataRole.UserRole)
            nav.setRowHidden(row, only and key not in KIOSK_AREAS)

    def _all_menu_actions(self) -> list[QAction]:
        found: list[QAction] = []
        pending = list(self.window.menuBar().actions())
        while pending:
            action = pending.pop()
            found.append(action)
            if action.menu() is not None:
                pending.extend(action.menu().actions())
        return found

    # ------------------------------------------------------------------ leaving
    def request_leave(self) -> bool:
        pin = self.ask_pin(self.window, _tr("Teilnahme-Modus beenden"), _tr("PIN der Moderation:"))
        return pin is not None and self.leave(pin)

    def leave(self, pin: str) -> bool:
        """Back to facilitator mode with the right PIN; a wrong PIN leaves everything as it is."""
        global _active
        if not self.active:
            return True
        stored = self._workspace().get_setting(PIN_SETTING) or ""
        if not verify_pin(pin, stored):
            QMessageBox.warning(self.window, _tr("Teilnahme-Modus"),
                                _tr("Die PIN ist falsch. Der Teilnahme-Modus bleibt aktiv."))
            return False
        self.role = Role.FACILITATOR
        if _active is self:
            _active = None
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        self.window.menuBar().show()
        self.window.statusBar().show()
        self._show_only_kiosk_areas(False)
        self.leave_bar.hide()
        if not self._was_full_screen:
            self.window.showNormal()
        self.role_changed.emit(self.role.value)
        return True

    def may_close(self) -> bool:
        """Closing the window is leaving the mode: refused while participants have the screen."""
        return allows(Action.LEAVE_KIOSK) if self.active else True

    def release(self) -> None:
        """The window goes away: it must not keep guarding other windows."""
        global _active
        if _active is self:
            _active = None
