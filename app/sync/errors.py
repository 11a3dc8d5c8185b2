"""Errors of packing, merging and hub sync. Each message is a complete German sentence for the user."""

from __future__ import annotations

from app.store.errors import WorkspaceError


class SyncError(WorkspaceError):
    """A merge or sync could not run; nothing was changed."""


class PackageError(SyncError):
    """A package is damaged, truncated, manipulated or not a package at all."""


class WrongPassphrase(PackageError):
    pass


class PassphraseRequired(PackageError):
    pass


class SourceRefused(SyncError):
    """A source that must not be merged: written by a newer version, or belonging to another workspace."""


class HubError(SyncError):
    """The hub (PostgreSQL) cannot be reached or is not ready."""
