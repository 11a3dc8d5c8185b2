"""Tiny launcher for the start-up and memory benchmarks; run as a fresh process:
``first_paint.py bare|app|board [WORKSPACE] [--memory]``.

Prints ``PAINTED`` as soon as the watched widget receives its first paint event, then ends the process at once.
``bare`` and ``app`` watch any widget of a main window; ``board`` watches the viewport of the canvas view (the
parent process has set the remembered area to the boards, so the window opens on the board). The parent process
times from before it started this process until that line arrives, so interpreter start, imports, opening the
workspace and building the window are all included, for the bare window and the app alike.

The app modes start the way ``werkstatt open FILE`` does (``app.gui_entry``): the database layer is imported
before Qt, so Qt is imported only inside ``main``.

With ``--memory`` the process waits half a second after that paint (deferred work runs) and prints
``MEMORY <rss_kib> <pss_kib> <cards_on_board>`` from /proc before it ends.
Exit code 3: nothing was painted within the time limit; 4: the app's start function is missing.
"""

from __future__ import annotations

import os
import sys


def memory_kib() -> tuple[int, int]:
    """Resident set (VmRSS) and proportional set size (Pss) of this process in KiB."""
    rss = pss = 0
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as f:
            for line in f:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pss = rss
    return rss, pss


def install_watcher(board: bool, memory: bool) -> object:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QGraphicsView, QMainWindow

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.view: QGraphicsView | None = None

        def _watched(self, obj: QObject) -> bool:
            if not obj.isWidgetType():
                return False
            if board:
                parent = obj.parent()
                if (isinstance(parent, QGraphicsView) and parent.viewport() is obj
                        and type(parent).__name__ == "CanvasView"):
                    self.view = parent
                    return True
                return False
            return isinstance(obj.window(), QMainWindow)  # type: ignore[attr-defined]

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
            if event.type() == QEvent.Type.Paint and self._watched(obj):
                if not memory:
                    sys.stdout.write("PAINTED\n")
                    sys.stdout.flush()
                    os._exit(0)
                QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
                QTimer.singleShot(500, self.report_memory)
            return False

        def report_memory(self) -> None:
            rss, pss = memory_kib()
            scene = self.view.scene() if self.view is not None else None
            cards = sum(1 for i in scene.items() if type(i).__name__ == "CardItem") if scene is not None else 0
            sys.stdout.write(f"MEMORY {rss} {pss} {cards}\n")
            sys.stdout.flush()
            os._exit(0)

    return FirstPaint()


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    mode = args[0]
    if mode != "bare":
        try:
            from app.gui_entry import preload_workspace_layer
        except ImportError as exc:
            sys.stderr.write(f"{exc}\n")
            os._exit(4)
        preload_workspace_layer(args[1])
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    watcher = install_watcher(board=mode == "board", memory="--memory" in sys.argv)
    app.installEventFilter(watcher)  # type: ignore[arg-type]
    QTimer.singleShot(60_000, lambda: os._exit(3))
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
    run_application(args[1])
    os._exit(3)


if __name__ == "__main__":
    main()
