"""Language and look fixtures: whatever a test switches to, the next test starts German, 100 %, normal contrast."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.domain import formatting
from app.ui import theme
from app.ui.application import install_translators
from tests.ui.conftest import controller, isolated_settings, message_boxes  # noqa: F401  (shared fixtures)


@pytest.fixture(autouse=True)
def back_to_german_normal_look(qapp):
    yield
    install_translators(qapp, "de")
    formatting.set_default_locale("de")
    app = QApplication.instance()
    if isinstance(app, QApplication):
        theme.apply_theme(app, theme.DEFAULT_POINT_SIZE, contrast=False)


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield


@pytest.fixture
def demo_path(tmp_path) -> Path:
    from app.operations.demo import create_demo_workspace

    path = tmp_path / "demo.werkstatt"
    create_demo_workspace(path)
    return path
