"""UI test set-up: settings in tmp_path, message boxes recorded instead of shown, workspaces with real rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.ui.controller import AppController


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "settings"
    monkeypatch.setenv("WERKSTATT_NO_USER_SETTINGS", "1")
    monkeypatch.setenv("WERKSTATT_SETTINGS_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch) -> list[tuple[str, str, str]]:
    """Every static QMessageBox call is recorded as (kind, title, text); no modal box ever blocks a test."""
    shown: list[tuple[str, str, str]] = []

    def recorder(kind: str):
        def show(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "information", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return shown


@pytest.fixture
def controller(qtbot):
    c = AppController()
    qtbot.addWidget(c.welcome)
    yield c
    if c.main_window is not None:
        c.main_window.close()


from tests.ui.board_fixtures import board  # noqa: E402,F401  (fixture of the canvas tests)
