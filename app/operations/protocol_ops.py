"""Protocol and exports as user actions: write the PDF of a session; list what can be protocolled."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from app.reports.protocol import (
    ALL_SECTIONS,
    PictureRenderer,
    load_protocol_data,
    write_protocol_with_pictures,
)
from app.reports.protocol.sections import SECTIONS
from app.store.workspace_file import WorkspaceFile

SECTION_TITLES: dict[str, str] = dict(SECTIONS)


def write_session_protocol(ws: WorkspaceFile, session_id: str, out: str | os.PathLike[str], *,
                           sections: Iterable[str] = ALL_SECTIONS, short: bool = False,
                           progress: Callable[[int, str], None] | None = None,
                           cancelled: Callable[[], bool] | None = None,
                           render_pictures: PictureRenderer | None = None) -> Path:
    """The session's protocol; the caller passes the canvas renderer (it lives with the drawing code)."""
    if progress:
        progress(2, "Daten werden gelesen")
    data = load_protocol_data(ws, session_id)
    return write_protocol_with_pictures(ws, data, out, render_pictures=render_pictures, sections=sections,
                                        short=short, progress=progress, cancelled=cancelled)
