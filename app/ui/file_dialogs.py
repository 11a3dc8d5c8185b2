"""File choosers for workspace files, with the ``.werkstatt`` suffix added when a name is typed without it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

SUFFIX = ".werkstatt"  # same as app.store.workspace_file.FILE_SUFFIX; not imported to keep start-up light


def _filter() -> str:
    return QCoreApplication.translate("FileDialogs", "Werkstatt-Dateien (*.werkstatt);;Alle Dateien (*)")


def with_suffix(name: str) -> Path:
    path = Path(name)
    return path if path.name.endswith(SUFFIX) else path.with_name(path.name + SUFFIX)


def choose_new_file(parent: QWidget | None, title: str, suggestion: Path) -> Path | None:
    """A name for a file that does not exist yet; the caller refuses existing files with its own message."""
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(suggestion), _filter(), "", QFileDialog.Option.DontConfirmOverwrite
    )
    return with_suffix(name) if name else None


def choose_existing_file(parent: QWidget | None, start: Path) -> Path | None:
    title = QCoreApplication.translate("FileDialogs", "Werkstatt öffnen")
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start), _filter())
    return Path(name) if name else None
