"""Start the GUI: application identity, translations, theme, log file, exception hook, first window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from app import APP_NAME, ORG_NAME, __version__
from app.domain.formatting import set_default_locale
from app.ui import theme
from app.ui.error_hook import install_exception_hook, setup_logging
from app.ui.script_fonts import register_fallback_fonts
from app.ui.settings import language

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"

#: set to 1 and the program quits right after the first window has been painted (smoke tests of the bundle)
QUIT_AFTER_PAINT_ENV = "WERKSTATT_QUIT_AFTER_PAINT"

log = logging.getLogger(__name__)

#: translators must outlive their installation; Qt does not keep a reference
_installed_translators: list[QTranslator] = []


def set_identity(app: QCoreApplication) -> None:
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    if isinstance(app, QApplication):
        app.setApplicationDisplayName(APP_NAME)


def install_translators(app: QCoreApplication, lang: str) -> list[str]:
    """Source strings are German; load ``werkstatt_<lang>.qm`` (for German too: it holds the plural forms).

    Qt's own strings (dialog buttons like "Abbrechen") come from Qt's ``qtbase_<lang>.qm``. Money, numbers and
    dates follow the language as well (``app.domain.formatting``). Returns the names of the files loaded.
    """
    for old in _installed_translators:
        app.removeTranslator(old)
    _installed_translators.clear()
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom) if lang == "en" else QLocale(lang)
    QLocale.setDefault(locale)
    set_default_locale(lang)
    loaded: list[str] = []
    candidates = [(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                  (f"werkstatt_{lang}", str(I18N_DIR))]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            _installed_translators.append(translator)
            loaded.append(name)
    return loaded


def setup_application(app: QApplication) -> Path:
    """Everything but the first window; returns the log file path. Safe to call more than once (tests)."""
    set_identity(app)
    log_path = setup_logging()
    install_exception_hook(log_path)
    loaded = install_translators(app, language())
    theme.apply_theme(app)
    register_fallback_fonts()  # CJK and emoji on laptops that have no such font installed
    log.info("Übersetzungen geladen: %s", ", ".join(loaded) or "keine")
    log.info("%s %s gestartet", APP_NAME, __version__)
    return log_path


class _QuitAfterFirstPaint(QObject):
    """Ends the event loop once any window has painted: proves that the GUI really starts, then leaves.

    Installed only when the environment asks for it, so normal runs pay nothing for the application-wide filter.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self._done and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self._done = True
            window = watched.window()
            print(f"Erstes Bild: {type(window).__name__} – {window.windowTitle()}", flush=True)
            QTimer.singleShot(0, self._app.quit)
        return False


def run_application(path: str | None) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    setup_application(app)
    from app.ui.controller import AppController

    if os.environ.get(QUIT_AFTER_PAINT_ENV) == "1":
        app.installEventFilter(_QuitAfterFirstPaint(app))
    controller = AppController()
    controller.start(path)
    code = app.exec()
    log.info("%s beendet (%s)", APP_NAME, code)
    return code
