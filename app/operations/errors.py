"""Refusals of user actions, with a German message the UI can show as it is."""

from __future__ import annotations


class OperationRefused(Exception):
    """The action was not carried out; ``str(exc)`` says why, in German, for the person at the screen."""
