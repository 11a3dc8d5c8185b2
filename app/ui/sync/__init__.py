"""The "Synchronisieren" dialog: packages, merging, the hub, preparing laptops, and the conflict review."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow


def open_sync_dialog(window: QMainWindow) -> None:
    """Imported only when used: packages and the hub pull in cryptography and database drivers."""
    from .sync_dialog import open_sync_dialog as open_dialog

    open_dialog(window)
