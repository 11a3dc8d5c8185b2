"""``werkstatt export --format json``: the whole workspace as one JSON document, written atomically.

A half-written export must never replace a good one, so the document goes to a temporary file in the target
folder, is flushed to disk, and only then renamed over the target. A new export file is readable by its owner
only: even a pseudonymised export is personal data; a replaced file keeps its permissions.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import __version__
from app.store.atomic_file import write_text_atomically

from .dataset import build_dataset


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    counts: dict[str, int]
    pseudonymised: bool


def exported_at_now() -> datetime:
    """Now, or SOURCE_DATE_EPOCH when set, so that two exports of the same data can be byte-identical."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(tz=UTC).replace(microsecond=0)


def export_document(workspace: Path, *, with_names: bool = False,
                    exported_at: datetime | None = None) -> dict[str, Any]:
    from app.store.migrations import current_revision
    from app.store.workspace_file import WorkspaceFile

    with WorkspaceFile.open(workspace, readonly=True) as ws, ws.session() as s:
        data = build_dataset(s, with_names=with_names)
    moment = exported_at or exported_at_now()
    quartier = data.get("workspace", [{}])[0].get("quartier", "") if data.get("workspace") else ""
    meta = {
        "app": "QuartiersWerkstatt",
        "app_version": __version__,
        "schema_revision": current_revision(Path(workspace)),
        "exported_at": moment.isoformat(),
        "pseudonymised": not with_names,
        "quartier": quartier,
        "tables": {name: len(rows) for name, rows in data.items()},
    }
    return {"meta": meta, **data}


def write_atomically(target: Path, text: str) -> None:
    write_text_atomically(Path(target), text, encoding="utf-8", newline="\n")


def export_json(workspace: Path, out: Path, *, with_names: bool = False,
                exported_at: datetime | None = None) -> ExportSummary:
    doc = export_document(workspace, with_names=with_names, exported_at=exported_at)
    write_atomically(Path(out), json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    counts = {k: len(v) for k, v in doc.items() if isinstance(v, list)}
    return ExportSummary(path=Path(out), counts=counts, pseudonymised=not with_names)
