"""Export the workspace's data as a user action: CSV folder, XLSX workbook or JSON document, pseudonymised.

Used by ``werkstatt export`` and by the "Exportieren …" dialog of the Protokoll page (off the GUI thread, with
progress and cancel). Names of participants appear only with ``with_names`` AND their consent.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from app.reports.dataset import build_dataset
from app.reports.export_json import exported_at_now
from app.reports.export_tables import (
    ExportCancelled,
    TableExport,
    count_unstorable,
    default_name,
    is_previous_export,
    write_csv_folder,
    write_xlsx_workbook,
)
from app.store.models import Workspace
from app.store.workspace_file import WorkspaceFile

FORMATS = ("csv", "xlsx", "json")
FORMAT_TITLES = {"xlsx": "Excel-Arbeitsmappe (.xlsx)", "csv": "CSV-Ordner (eine Datei je Tabelle)",
                 "json": "JSON-Dokument (.json)"}
__all__ = ["FORMATS", "FORMAT_TITLES", "ExportCancelled", "TableExport", "export_workspace", "resolve_target"]


def resolve_target(out: str | os.PathLike[str], fmt: str, quartier: str, today: date) -> Path:
    """Where the export goes. A folder that exists (and is not an earlier CSV export) gets a new entry named after
    the Quartier and the day; a file name without suffix gets one. Never the parent of nothing."""
    out = Path(out)
    if fmt not in FORMATS:
        raise ValueError(f"Unbekanntes Format »{fmt}«; möglich sind: {', '.join(FORMATS)}.")
    if fmt == "csv":
        if out.is_file():
            raise ValueError(f"{out} ist eine Datei; der CSV-Export braucht einen Ordner.")
        if out.is_dir() and not is_previous_export(out):
            out = out / default_name(quartier, today)
            if out.exists() and not (out.is_dir() and is_previous_export(out)):
                raise ValueError(f"Den Ordner {out} gibt es schon; bitte einen anderen Zielordner wählen.")
    else:
        if out.is_dir():
            out = out / f"{default_name(quartier, today)}.{fmt}"
        elif out.suffix.lower() != f".{fmt}":
            out = out.with_name(out.name + f".{fmt}")
    if not out.parent.is_dir():
        raise ValueError(f"Den Ordner {out.parent} gibt es nicht.")
    return out


def export_workspace(ws: WorkspaceFile, out: str | os.PathLike[str], fmt: str, *, with_names: bool = False,
                     progress: Callable[[int, str], None] | None = None,
                     cancelled: Callable[[], bool] | None = None,
                     exported_at: datetime | None = None) -> TableExport:
    fmt = fmt.lower()
    moment = exported_at or exported_at_now()
    if progress:
        progress(2, "Daten werden gelesen")
    with ws.session() as s:
        quartier = s.scalars(select(Workspace.quartier).where(Workspace.deleted.is_(False))).first() or ""
        data = {} if fmt == "json" else build_dataset(s, with_names=with_names, typed=True)
    target = resolve_target(out, fmt, quartier, moment.date())
    if target.exists() and target.resolve() == Path(ws.path).resolve():
        raise ValueError("Das Ziel darf nicht die Werkstatt-Datei selbst sein.")
    if cancelled and cancelled():
        raise ExportCancelled()
    if fmt == "json":
        from app.reports.export_json import export_json

        summary = export_json(Path(ws.path), target, with_names=with_names, exported_at=moment)
        result = TableExport(summary.path, summary.counts, summary.pseudonymised)
    else:
        write = write_csv_folder if fmt == "csv" else write_xlsx_workbook
        path = write(data, target, with_names=with_names, exported_at=moment, progress=progress,
                     cancelled=cancelled)
        result = TableExport(path, {n: len(r) for n, r in data.items()}, not with_names,
                             count_unstorable(data) if fmt == "xlsx" else 0)
    if progress:
        progress(100, "fertig")
    return result
