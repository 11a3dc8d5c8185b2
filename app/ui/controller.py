"""Opens, creates and closes workspaces for the welcome screen, the menus and the command line.

One workspace is open per window. A file that cannot be opened (foreign, newer, locked, damaged) is explained
with the store's German message and nothing changes: the current window stays as it was.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from app.store.disk_errors import user_message
from app.ui.file_dialogs import choose_existing_file, choose_new_file
from app.ui.settings import add_recent_file, recent_files, user_data_dir
from app.ui.welcome import WelcomeScreen

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

DEMO_FILE_NAME = "Demo-Schaffrath.werkstatt"


def _tr(text: str) -> str:
    return QCoreApplication.translate("AppController", text)


class _WaitCursor:
    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


class AppController(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._welcome: WelcomeScreen | None = None
        self.main_window: MainWindow | None = None

    @property
    def welcome(self) -> WelcomeScreen:
        """Built when first needed: opening a file from the command line never shows it."""
        if self._welcome is None:
            welcome = self._welcome = WelcomeScreen()
            welcome.new_requested.connect(lambda: self.ask_new(welcome))
            welcome.open_requested.connect(lambda: self.ask_open(welcome))
            welcome.demo_requested.connect(lambda: self.open_demo(welcome))
            welcome.recent_chosen.connect(lambda p: self.open_path(Path(p), welcome))
        return self._welcome

    def start(self, path: str | None) -> None:
        if path and self.open_path(Path(path), None):
            return
        self.show_welcome()

    def show_welcome(self) -> None:
        self.welcome.refresh_recent()
        self.welcome.show()
        self.welcome.raise_()
        self.welcome.activateWindow()

    def _parent(self, parent: QWidget | None) -> QWidget | None:
        return parent if parent is not None else self.main_window

    # ------------------------------------------------------------------ open / create
    def open_path(self, path: Path, parent: QWidget | None) -> bool:
        from app.store.errors import WorkspaceError
        from app.store.workspace_file import WorkspaceFile

        current = self.main_window
        if current is not None and current.workspace.path.resolve() == path.resolve():
            current.raise_()
            current.activateWindow()
            return True
        try:
            with _WaitCursor():
                workspace = WorkspaceFile.open(path)
        except (WorkspaceError, OSError) as exc:
            log.info("Öffnen abgelehnt: %s: %s", path, exc)
            QMessageBox.warning(self._parent(parent), _tr("Datei kann nicht geöffnet werden"), user_message(exc))
            return False
        self._show_workspace(workspace)
        return True

    def create_workspace(self, path: Path, quartier: str, parent: QWidget | None) -> bool:
        from app.store.errors import WorkspaceError
        from app.store.workspace_file import WorkspaceFile

        try:
            with _WaitCursor():
                workspace = WorkspaceFile.create(path, quartier=quartier)
        except (WorkspaceError, OSError) as exc:
            QMessageBox.warning(self._parent(parent), _tr("Werkstatt kann nicht angelegt werden"),
                                user_message(exc))
            return False
        self._show_workspace(workspace)
        return True

    def _show_workspace(self, workspace: WorkspaceFile) -> None:
        # imported here: the welcome screen appears without loading the database layer
        from app.operations.listing import workspace_summary
        from app.ui.main_window import MainWindow

        try:
            window = MainWindow(workspace, workspace_summary(workspace).quartier)
        except Exception:
            workspace.close()  # release the lock; the exception hook explains the error
            raise
        previous = self.main_window
        window.new_requested.connect(lambda: self.ask_new(window))
        window.open_requested.connect(lambda: self.ask_open(window))
        window.open_path_requested.connect(lambda p: self.open_path(Path(p), window))
        window.workspace_closed.connect(lambda back: self._on_workspace_closed(window, back))
        self.main_window = window
        add_recent_file(workspace.path)
        if getattr(window, "first_start", False):
            window.showMaximized()
        else:
            window.show()
        if self._welcome is not None:
            self._welcome.hide()
        if previous is not None:
            previous.close_for_replacement()

    def _on_workspace_closed(self, window: MainWindow, back_to_welcome: bool) -> None:
        if self.main_window is window:
            self.main_window = None
        if back_to_welcome:
            self.show_welcome()

    # ------------------------------------------------------------------ dialogs
    def _start_folder(self) -> Path:
        recent = recent_files()
        return recent[0].parent if recent else Path.home()

    def ask_open(self, parent: QWidget | None) -> bool:
        path = choose_existing_file(self._parent(parent), self._start_folder())
        return self.open_path(path, parent) if path is not None else False

    def ask_new(self, parent: QWidget | None) -> bool:
        owner = self._parent(parent)
        path = choose_new_file(owner, _tr("Neue Werkstatt anlegen"), self._start_folder() / "Quartier.werkstatt")
        if path is None:
            return False
        if path.exists():
            QMessageBox.warning(owner, _tr("Werkstatt kann nicht angelegt werden"),
                                _tr("Die Datei {name} gibt es schon; sie wird nicht überschrieben. Bitte wählen "
                                    "Sie einen neuen Namen oder öffnen Sie die Datei.").format(name=path.name))
            return False
        quartier, ok = QInputDialog.getText(
            owner, _tr("Neue Werkstatt"), _tr("Für welches Quartier ist diese Werkstatt?"),
            QLineEdit.EchoMode.Normal, path.stem,
        )
        if not ok:
            return False
        return self.create_workspace(path, quartier.strip(), parent)

    def demo_path(self) -> Path:
        return user_data_dir() / "demo" / DEMO_FILE_NAME

    def open_demo(self, parent: QWidget | None) -> bool:
        path = self.demo_path()
        if not path.exists():
            try:
                from app.operations.demo import create_demo_workspace
            except ImportError:
                QMessageBox.information(
                    self._parent(parent), _tr("Demo öffnen"),
                    _tr("Die Demo-Werkstatt ist in dieser Version noch nicht enthalten. Legen Sie stattdessen "
                        "mit »Neue Werkstatt …« eine eigene Werkstatt an."),
                )
                return False
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                with _WaitCursor():
                    create_demo_workspace(path)
            except Exception as exc:
                log.exception("Demo-Werkstatt konnte nicht angelegt werden")
                for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                    leftover.unlink(missing_ok=True)
                QMessageBox.warning(self._parent(parent), _tr("Demo öffnen"),
                                    _tr("Die Demo-Werkstatt konnte nicht angelegt werden: {error}").format(error=exc))
                return False
        return self.open_path(path, parent)
