"""Tiny launcher for the start-up benchmark; run as a fresh process: ``first_paint.py bare|app [WORKSPACE]``.

Prints ``PAINTED`` as soon as any widget of a main window receives its first paint event, then ends the process
at once. The parent process times from before it started this process until that line arrives, so interpreter
start, imports, opening the workspace and building the window are all included, for the bare window and the app
alike. Exit code 3: nothing was painted within the time limit; 4: the app's start function is missing.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and isinstance(obj.window(), QMainWindow):
            sys.stdout.write("PAINTED\n")
            sys.stdout.flush()
            os._exit(0)
        return False


def main() -> None:
    mode = sys.argv[1]
    app = QApplication(sys.argv[:1])
    watcher = FirstPaint()
    app.installEventFilter(watcher)
    QTimer.singleShot(30_000, lambda: os._exit(3))
    if mode == "bare":
        window = QMainWindow()
        window.setCentralWidget(QLabel("QuartiersWerkstatt"))
        window.resize(1024, 700)
        window.show()
        app.exec()
        return
    try:
        from app.ui.application import run_application
    except ImportError as exc:
        sys.stderr.write(f"{exc}\n")
        os._exit(4)
    run_application(sys.argv[2])
    os._exit(3)


if __name__ == "__main__":
    main()
