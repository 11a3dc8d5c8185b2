"""The main window of an open workspace: navigation on the left, the chosen area's view on the right.

The window owns the open WorkspaceFile and closes it (releasing the file lock) when it closes. There is no Save
command: every edit is committed when it is made, which the status bar says permanently.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app import APP_NAME
from app.domain.roles import Action
from app.store.disk_errors import user_message
from app.ui import kiosk, theme
from app.ui.accessible_names import name_unnamed_widgets
from app.ui.file_dialogs import choose_new_file
from app.ui.help_dialogs import ShortcutsDialog, show_about
from app.ui.kiosk import KioskController
from app.ui.navigation import NAVIGATION, entry_by_key
from app.ui.settings import add_recent_file, app_settings, recent_files, store_language
from app.ui.sync import open_sync_dialog
from app.ui.view_settings import add_view_settings
from app.ui.workspace_context import WorkspaceContext

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

_GEOMETRY = "main_window/geometry"
_STATE = "main_window/state"
_SPLITTER = "main_window/splitter"
_AREA = "main_window/area"


class MainWindow(QMainWindow):
    new_requested = Signal()
    open_requested = Signal()
    open_path_requested = Signal(str)
    #: emitted once when the window has closed its workspace; True if the welcome screen should come back
    workspace_closed = Signal(bool)

    def __init__(self, workspace: WorkspaceFile, quartier: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = WorkspaceContext(workspace, self)
        self.quartier = quartier
        self._views: dict[str, QWidget] = {}
        self._closed = False
        self._back_to_welcome = False
        self.manual: QWidget | None = None  # the manual window, made on first F1 and kept for the next

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Bereiche"))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for entry in NAVIGATION:
            item = QListWidgetItem(entry.shown_title())
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setToolTip(entry.shown_hint())
            self.navigation.addItem(item)
        self.stack = QStackedWidget()
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.navigation.currentRowChanged.connect(self._show_row)
        self._fit_navigation()

        self.kiosk = KioskController(self, lambda: self.workspace, self.select_area, self.navigation)
        self._build_menus()
        self._build_status_bar()
        self.setWindowTitle(self.window_title())
        self._restore_state()

    # ------------------------------------------------------------------ areas
    @property
    def workspace(self) -> WorkspaceFile:
        return self.context.workspace

    def window_title(self) -> str:
        parts = [APP_NAME, self.quartier, self.workspace.path.name]
        return " – ".join(p for p in parts if p)

    def current_area(self) -> str:
        item = self.navigation.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def select_area(self, key: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
                return

    def view(self, key: str) -> QWidget | None:
        return self._views.get(key)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        entry = NAVIGATION[row]
        view = self._views.get(entry.key)
        if view is None:
            view = entry.factory(self.context)
            view.setObjectName(f"view_{entry.key}")
            name_unnamed_widgets(view)  # screen readers: every control gets the name of its visible label
            self._views[entry.key] = view
            self.stack.addWidget(view)
        else:
            refresh = getattr(view, "refresh", None)
            if callable(refresh):
                refresh()  # another page or a merge may have changed what it shows
        self.stack.setCurrentWidget(view)

    # ------------------------------------------------------------------ menus
    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | str | QKeySequence.StandardKey | None = None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Datei"))
        self._action(file_menu, self.tr("&Neue Werkstatt …"), self.new_requested.emit, QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("Ö&ffnen …"), self.open_requested.emit, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("&Zuletzt geöffnet"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Speichern unter …"), self.save_copy_as, "Ctrl+Shift+S")
        self._action(file_menu, self.tr("S&ynchronisieren …"), lambda: open_sync_dialog(self))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("S&chließen"), self.close_to_welcome, QKeySequence.StandardKey.Close)
        self._action(file_menu, self.tr("&Beenden"), self.close, "Ctrl+Q")

        view_menu = bar.addMenu(self.tr("&Ansicht"))
        for number, entry in enumerate(NAVIGATION, start=1):
            self._action(view_menu, entry.shown_title(), lambda _=False, k=entry.key: self.select_area(k),
                         f"Ctrl+{number}")
        view_menu.addSeparator()
        self._action(view_menu, self.tr("Schrift &größer"), lambda: self.change_font_size(+1), "Ctrl++")
        self._action(view_menu, self.tr("Schrift &kleiner"), lambda: self.change_font_size(-1), "Ctrl+-")
        self._action(view_menu, self.tr("&Normale Schriftgröße"), lambda: self.change_font_size(0), "Ctrl+0")
        self._action(view_menu, self.tr("&Vollbild ein/aus"), self.toggle_full_screen, "F11")
        view_menu.addSeparator()
        self.view_settings = add_view_settings(view_menu, on_language=self.set_language,
                                               on_font_scale=self.set_font_scale, on_contrast=self.set_high_contrast)
        self._action(view_menu, self.tr("&Teilnahme-Modus starten …"), self.kiosk.start)

        help_menu = bar.addMenu(self.tr("&Hilfe"))
        self._action(help_menu, self.tr("&Handbuch"), self.show_manual, "F1")
        self._action(help_menu, self.tr("&Tastenkürzel"), self.show_shortcuts, "Shift+F1")
        self._action(help_menu, self.tr("Ü&ber QuartiersWerkstatt"), lambda: show_about(self))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = [p for p in recent_files() if p.resolve() != self.workspace.path.resolve()]
        for path in paths:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=str(path): self.open_path_requested.emit(p))
        if not paths:
            self.recent_menu.addAction(self.tr("(keine weiteren Dateien)")).setEnabled(False)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.path_label = QLabel(str(self.workspace.path))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedBadge")
        self._status_texts()
        status.addWidget(self.path_label, 1)
        status.addPermanentWidget(self.saved_label)
        if self.workspace.backup_path is not None:
            status.showMessage(
                self.tr("Die Datei wurde für diese Version umgestellt. Die alte Fassung liegt als Sicherung "
                        "daneben: {name}").format(name=self.workspace.backup_path.name),
                30_000,
            )

    def _fit_navigation(self) -> None:
        """The area list never gets narrower than its longest title (large type, English, wide pages)."""
        self.navigation.ensurePolished()
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(entry.shown_title()) for entry in NAVIGATION)
        self.navigation.setMinimumWidth(widest + 2 * 18 + 6 + 24)  # item padding, selection bar, slack

    def _status_texts(self) -> None:
        self.saved_label.setText(self.tr("✓ Automatisch gespeichert"))
        self.saved_label.setToolTip(
            self.tr("Jede Änderung wird sofort in der Werkstatt-Datei gespeichert. Einen Speichern-Knopf gibt es "
                    "deshalb nicht.")
        )

    # ------------------------------------------------------------------ language, font scale, contrast
    def set_language(self, lang: str) -> None:
        from app.ui.application import install_translators

        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_translators(app, store_language(lang))
        self.rebuild_ui()

    def set_font_scale(self, percent: int) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, theme.store_font_scale(percent))
        self.rebuild_ui()

    def set_high_contrast(self, on: bool) -> None:
        theme.store_high_contrast(on)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app)
        self.rebuild_ui()

    def rebuild_ui(self) -> None:
        """Texts, fixed font sizes and the canvas look are read when a page is built, so build them again.

        Every edit is already saved; the area shown stays the same.
        """
        self.menuBar().clear()
        self._build_menus()
        self.navigation.setAccessibleName(self.tr("Bereiche"))
        for row, entry in enumerate(NAVIGATION):
            item = self.navigation.item(row)
            item.setText(entry.shown_title())
            item.setToolTip(entry.shown_hint())
        self._status_texts()
        self._fit_navigation()
        for view in self._views.values():
            self.stack.removeWidget(view)
            view.close()
            view.deleteLater()
        self._views.clear()
        self._show_row(self.navigation.currentRow())

    # ------------------------------------------------------------------ actions
    def save_copy_as(self) -> None:
        from app.store.errors import WorkspaceError

        if not kiosk.allows(Action.EXPORT):
            return

        suggestion = self.workspace.path.with_name(f"{self.workspace.path.stem}-Kopie.werkstatt")
        target = choose_new_file(self, self.tr("Kopie speichern unter"), suggestion)
        if target is None:
            return
        title = self.tr("Speichern unter")
        if target.exists():
            QMessageBox.warning(self, title, self.tr("Die Datei {name} gibt es schon; sie wird nicht "
                                                     "überschrieben. Bitte wählen Sie einen neuen Namen.")
                                .format(name=target.name))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.workspace.save_as(target)
        except (WorkspaceError, OSError) as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, title, user_message(exc))
            return
        QGuiApplication.restoreOverrideCursor()
        add_recent_file(target)
        QMessageBox.information(
            self, title,
            self.tr("Eine Kopie wurde gespeichert:\n{copy}\n\nSie arbeiten weiter in {current}. Die Kopie öffnen "
                    "Sie über Datei → Öffnen.").format(copy=target, current=self.workspace.path.name),
        )

    def change_font_size(self, step: int) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        size = theme.DEFAULT_POINT_SIZE if step == 0 else theme.stored_point_size() + step
        theme.apply_theme(app, theme.store_point_size(size))
        self.rebuild_ui()  # fixed sizes (charts, headings, canvas text) follow the scale

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def show_manual(self) -> None:
        from app.ui.manual_dialog import ManualDialog

        if self.manual is None:
            self.manual = ManualDialog(self)
        self.manual.show()
        self.manual.raise_()
        self.manual.activateWindow()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.menuBar(), self, page=self.stack.currentWidget()).exec()

    def close_to_welcome(self) -> None:
        self._back_to_welcome = True
        self.close()

    def close_for_replacement(self) -> None:
        """Close because another workspace is opened in a new window (no welcome screen in between)."""
        self._back_to_welcome = False
        self.close()

    # ------------------------------------------------------------------ state
    def _restore_state(self) -> None:
        settings = app_settings()
        geometry = settings.value(_GEOMETRY)
        if not (isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(QByteArray(geometry))):
            screen = QGuiApplication.primaryScreen().availableGeometry()
            self.resize(int(screen.width() * 0.85), int(screen.height() * 0.85))
            self.first_start = True  # the controller shows the very first window maximised
        state = settings.value(_STATE)
        if isinstance(state, QByteArray | bytes):
            self.restoreState(QByteArray(state))
        splitter = settings.value(_SPLITTER)
        if not (isinstance(splitter, QByteArray | bytes) and self.splitter.restoreState(QByteArray(splitter))):
            self.splitter.setSizes([self.fontMetrics().horizontalAdvance("M") * 16, 1000])
        key = str(settings.value(_AREA, "") or "")
        self.select_area(key if entry_by_key(key) else NAVIGATION[0].key)
        self.navigation.setFocus()

    def _save_state(self) -> None:
        settings = app_settings()
        settings.setValue(_GEOMETRY, self.saveGeometry())
        settings.setValue(_STATE, self.saveState())
        settings.setValue(_SPLITTER, self.splitter.saveState())
        settings.setValue(_AREA, self.current_area())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed and not self.kiosk.may_close():
            event.ignore()
            return
        if not self._closed:
            self.kiosk.release()
            self._closed = True
            self._save_state()
            self.context.workspace.close()
            add_recent_file(self.workspace.path)
            self.workspace_closed.emit(self._back_to_welcome)
        event.accept()
