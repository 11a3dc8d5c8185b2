"""PySide6 6.12.0 on Python 3.11 drops the refcount of None on every void Qt call until the process aborts."""

from __future__ import annotations

import sys
from importlib.metadata import version

from packaging.version import Version


def test_pyside6_is_pinned_below_6_12():
    assert Version(version("PySide6")) < Version("6.12")


def test_none_refcount_does_not_fall_across_10000_void_qt_calls():
    from PySide6.QtCore import QObject, QTimer

    obj = QObject()
    timer = QTimer()
    before = sys.getrefcount(None)
    for i in range(10_000):
        obj.setObjectName(f"n{i % 7}")  # void
        timer.setInterval(i % 100)  # void
        timer.stop()  # void
    after = sys.getrefcount(None)
    assert after >= before - 50, f"refcount of None fell from {before} to {after}"
