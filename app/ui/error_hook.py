"""Log file and the last line of defence: an unexpected error is logged and explained, never a silent exit.

Every edit is committed in its own database session, so after an error the workspace is consistent and all
earlier edits are on disk; the message says so, which is what a facilitator in front of a room needs to hear.
Errors in other threads are handed to the GUI thread with a queued signal before a message box is shown.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from app.store.disk_errors import disk_condition
from app.ui.settings import log_file_path

log = logging.getLogger("werkstatt")

_HANDLER_MARK = "_werkstatt_log_file"


def setup_logging() -> Path:
    """Rotating log file in the user's data folder (1 MB, 3 old files kept); idempotent."""
    path = log_file_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _HANDLER_MARK, None) is not None:
            if getattr(handler, _HANDLER_MARK) == str(path):
                return path
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    setattr(handler, _HANDLER_MARK, str(path))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return path


def error_message(log_path: Path) -> str:
    return QCoreApplication.translate(
        "ErrorHook",
        "Ein unerwarteter Fehler ist aufgetreten. Die letzte Aktion wurde möglicherweise nicht ausgeführt.\n\n"
        "Ihre Daten sind gespeichert: Jede Änderung wird sofort einzeln gesichert, die Werkstatt-Datei "
        "bleibt in Ordnung. Sie können weiterarbeiten.\n\n"
        "Wenn der Fehler wiederkehrt, geben Sie bitte die Protokolldatei an Ihre Ansprechperson weiter:\n{path}",
    ).format(path=log_path)


def disk_message(sentence: str) -> str:
    return QCoreApplication.translate(
        "ErrorHook",
        "{sentence}\n\nDie letzte Änderung wurde nicht gespeichert; alle früheren Änderungen sind sicher in der "
        "Werkstatt-Datei. Sobald wieder Platz ist (oder der Datenträger wieder beschreibbar), können Sie "
        "weiterarbeiten.",
    ).format(sentence=sentence)


class ExceptionReporter(QObject):
    """Receives exceptions from any thread and shows them on the GUI thread, one box at a time."""

    reported = Signal()
    _show_requested = Signal()

    def __init__(self, log_path: Path) -> None:
        super().__init__()
        self.log_path = log_path
        self._showing = False
        self._disk_text = ""
        self._show_requested.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("Unerwarteter Fehler:\n%s", text)
        if QApplication.instance() is None:
            print(text, file=sys.stderr)
            return
        # a full disk or a pulled stick is no bug: say what happened instead of "unexpected error"
        self._disk_text = str(disk_condition(exc) or "") if isinstance(exc, Exception) else ""
        if threading.current_thread() is threading.main_thread():
            self._show()
        else:
            self._show_requested.emit()

    @Slot()
    def _show(self) -> None:
        if self._showing:  # an error while the box is open is logged, not stacked
            return
        self._showing = True
        try:
            if self._disk_text:
                QMessageBox.critical(QApplication.activeWindow(),
                                     QCoreApplication.translate("ErrorHook", "Speichern nicht möglich"),
                                     disk_message(self._disk_text))
            else:
                QMessageBox.critical(
                    QApplication.activeWindow(),
                    QCoreApplication.translate("ErrorHook", "Unerwarteter Fehler"),
                    error_message(self.log_path),
                )
        finally:
            self._showing = False
            self.reported.emit()


_reporter: ExceptionReporter | None = None


def install_exception_hook(log_path: Path) -> ExceptionReporter:
    """Route uncaught exceptions (main thread, Qt slots, other threads) to the reporter."""
    global _reporter
    reporter = ExceptionReporter(log_path)
    _reporter = reporter

    def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        reporter.handle(exc_type, exc, tb)

    def thread_excepthook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        exc = args.exc_value if args.exc_value is not None else args.exc_type()
        reporter.handle(args.exc_type, exc, args.exc_traceback)

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    return reporter
