"""The refusal every operation raises when a user action cannot be done; the message is German and complete."""

from __future__ import annotations


class OperationRefused(Exception):
    """An action was refused. ``str(exc)`` is a German sentence the UI and the CLI show as it is."""
