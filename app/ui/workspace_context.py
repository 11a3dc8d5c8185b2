"""What every view of an open workspace gets: the workspace file and a signal that data changed.

Views read through ``app.operations`` with ``context.workspace``; after an edit, the code that made it emits
``data_changed`` with the area it touched ("sessions", "actors", ... or "" for everything) so only the views
showing that area reload.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


class WorkspaceContext(QObject):
    data_changed = Signal(str)

    def __init__(self, workspace: WorkspaceFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace

    @property
    def file_name(self) -> str:
        return self.workspace.path.name
