"""Application set-up: identity, large type, translations, log file, the exception hook, the headless hint."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication

from app import __version__
from app.gui_entry import display_available, start_gui
from app.ui import application
from app.ui.error_hook import install_exception_hook, setup_logging
from app.ui.settings import log_file_path


@pytest.fixture
def restore_hooks(monkeypatch):
    """Our hook replaces the interpreter's; put the previous ones back after the test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


def flush_logs() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def raise_and_catch() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError("Testfehler in der Kartenablage")
    except RuntimeError:
        return sys.exc_info()  # type: ignore[return-value]


def test_default_font_has_a_family(qapp):
    assert QFontInfo(QFont()).family() != ""


def test_setup_gives_identity_large_type_and_a_log_file(qapp, restore_hooks, isolated_settings):
    log_path = application.setup_application(qapp)
    assert qapp.applicationName() == "QuartiersWerkstatt"
    assert qapp.organizationName() == "QuartiersWerkstatt"
    assert qapp.applicationVersion() == __version__
    assert QApplication.font().pointSize() >= 12
    assert log_path == log_file_path() and log_path.is_relative_to(isolated_settings)
    flush_logs()
    assert "gestartet" in log_path.read_text(encoding="utf-8")


def test_uncaught_exception_is_logged_and_explained(qapp, restore_hooks, message_boxes):
    log_path = setup_logging()
    install_exception_hook(log_path)
    sys.excepthook(*raise_and_catch())
    (kind, title, text), = message_boxes
    assert kind == "critical" and title == "Unerwarteter Fehler"
    assert "Ein unerwarteter Fehler ist aufgetreten" in text
    assert "Ihre Daten sind gespeichert" in text
    assert str(log_path) in text
    flush_logs()
    logged = log_path.read_text(encoding="utf-8")
    assert "Traceback" in logged and "Testfehler in der Kartenablage" in logged


def test_exception_in_a_worker_thread_is_shown_on_the_gui_thread(qapp, qtbot, restore_hooks, message_boxes):
    reporter = install_exception_hook(setup_logging())
    shown_on: list[threading.Thread] = []
    reporter.reported.connect(lambda: shown_on.append(threading.current_thread()))

    def work() -> None:
        raise ValueError("Fehler im Hintergrund")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(message_boxes) == 1, timeout=2000)
    assert shown_on == [threading.main_thread()]
    flush_logs()
    assert "Fehler im Hintergrund" in log_file_path().read_text(encoding="utf-8")


def test_german_is_the_default_and_qt_dialogs_speak_german(qapp):
    loaded = application.install_translators(qapp, "de")
    assert "qtbase_de" in loaded
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_another_language_loads_its_werkstatt_file(qapp, tmp_path, monkeypatch):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease fehlt")
    ts = tmp_path / "werkstatt_en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
        "<context><name>Navigation</name><message><source>Sitzungen</source>"
        "<translation>Sessions</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run([str(lrelease), str(ts), "-qm", str(tmp_path / "werkstatt_en.qm")], check=True,
                   capture_output=True)
    monkeypatch.setattr(application, "I18N_DIR", tmp_path)
    try:
        assert "werkstatt_en" in application.install_translators(qapp, "en")
        assert QCoreApplication.translate("Navigation", "Sitzungen") == "Sessions"
    finally:
        application.install_translators(qapp, "de")
    assert QCoreApplication.translate("Navigation", "Sitzungen") == "Sitzungen"


def test_without_a_display_the_gui_prints_the_one_line_hint(monkeypatch, capsys):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert not display_available()
    assert start_gui(None) == 3
    err = capsys.readouterr().err
    assert "Kein Bildschirm" in err and "werkstatt report" in err
    assert err.count("\n") == 1
