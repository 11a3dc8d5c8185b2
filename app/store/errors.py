"""Errors raised when a workspace file cannot be used; messages are German and shown to the user as they are."""

from __future__ import annotations


class WorkspaceError(Exception):
    """A workspace could not be opened or written. ``str(exc)`` is a complete German sentence."""


class NotAWorkspace(WorkspaceError):
    pass


class NewerWorkspace(WorkspaceError):
    pass


class WorkspaceLocked(WorkspaceError):
    pass


class AppendOnlyViolation(WorkspaceError):
    pass
