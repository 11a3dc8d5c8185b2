"""Run slow work (reports, exports, merges) off the GUI thread, with progress and cancel.

The work function gets ``progress(percent, text)`` and ``cancelled() -> bool``; it returns a result or raises.
Signals arrive on the GUI thread, so panels refresh only when the work is done.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from app.store.disk_errors import user_message

Work = Callable[[Callable[[int, str], None], Callable[[], bool]], Any]


class _Worker(QObject):
    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel

    def run(self) -> None:
        try:
            result = self._work(lambda p, t: self.progressed.emit(int(p), str(t)), self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - reported to the user as a message
            self.failed.emit(user_message(exc))  # a full disk in German, never errno text
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


class BackgroundTask(QObject):
    """One piece of work in its own QThread. Keep a reference until ``done`` fires."""

    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread()
        self._worker = _Worker(work, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        self._worker.succeeded.connect(self.succeeded)
        self._worker.failed.connect(self.failed)
        self._worker.finished.connect(self._thread.quit)
        self._thread.finished.connect(self.done)

    def start(self) -> None:
        self._thread.start()

    @classmethod
    def launch(cls, owner: QObject, work: Work, *, progressed: Callable[[int, str], None],
               succeeded: Callable[[object], None], failed: Callable[[str], None],
               busy: Callable[[bool], None]) -> BackgroundTask:
        """Start ``work`` for a page or dialog: its progress, result and error slots, busy while it runs."""
        task = cls(work, owner)
        task.progressed.connect(progressed)
        task.succeeded.connect(succeeded)
        task.failed.connect(failed)
        task.done.connect(lambda: busy(False))
        busy(True)
        task.start()
        return task

    def cancel(self) -> None:
        self._cancel.set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, ms: int = 30_000) -> bool:
        return self._thread.wait(ms)
