"""Start the GUI, or say in one line why it cannot start (no display) and how to work headless."""

from __future__ import annotations

import os
import sys

HEADLESS_HINT = (
    "Kein Bildschirm verfügbar (DISPLAY ist nicht gesetzt) – die Oberfläche kann nicht starten. "
    "Protokoll ohne Bildschirm: werkstatt report DATEI.werkstatt --out protokoll.pdf"
)


def display_available() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal", "vnc")):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def preload_workspace_layer(path: str | None) -> None:
    """With a file to open, import the database layer BEFORE Qt.

    Every module imported after PySide6 passes through PySide's import hook, which reads the module's source; for
    the few hundred modules of the database layer that costs about 80 ms of start-up. Without a file the welcome
    screen comes first and needs none of it.
    """
    if path:
        import app.store.workspace_file  # noqa: F401


def start_gui(path: str | None) -> int:
    if not display_available():
        print(HEADLESS_HINT, file=sys.stderr)
        return 3
    preload_workspace_layer(path)
    from app.ui.application import run_application

    return run_application(path)
