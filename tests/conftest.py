"""Shared test set-up: offscreen Qt, service policy under CI."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WERKSTATT_NO_USER_SETTINGS", "1")


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    """Show how many examples the sync state machine ran (the CI log must show at least 3,000); test reports
    carry the count as a user property, also from pytest-xdist workers."""
    counts: dict[str, int] = {}
    for report in terminalreporter.stats.get("passed", []):
        for name, value in getattr(report, "user_properties", []):
            if name.startswith("sync_examples"):
                counts[name] = counts.get(name, 0) + int(value)
    if counts:
        files = counts.get("sync_examples", 0)
        hub = counts.get("sync_examples_hub", 0)
        terminalreporter.write_line(
            f"sync state machine: {files + hub} examples run ({files} with files and packages, {hub} with the hub)")
