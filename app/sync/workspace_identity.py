"""Which workspace a file belongs to, told so that people can tell two files apart.

Every replica of one workspace carries the same workspace row (``werkstatt prepare`` copies it). A file created
on its own has its own row, even if it carries the same Quartier name: its rows must not be mixed into another
workspace unasked. The refusal says when and on which device each of the two was created, because the name alone
does not tell them apart, and how to do it right (``werkstatt prepare``) or, when wanted, how to take the other
file's content over as new records (``--adopt``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.domain.hlc import Stamp
from app.domain.merge_rules import is_seen_key

from .errors import SourceRefused


class ForeignWorkspace(SourceRefused):
    """The source was created independently of the target (another workspace row)."""


@dataclass(frozen=True)
class WorkspaceOrigin:
    workspace_id: str
    quartier: str
    created_ms: int | None
    device: str

    @property
    def created_text(self) -> str:
        if self.created_ms is None:
            return "zu unbekannter Zeit"
        moment = datetime.fromtimestamp(self.created_ms / 1000).astimezone()
        return f"am {moment:%d.%m.%Y um %H:%M} Uhr"

    @property
    def device_text(self) -> str:
        return f"auf Gerät {self.device[:8]}" if self.device else "auf unbekanntem Gerät"


def origin_of(row: dict[str, Any]) -> WorkspaceOrigin:
    """When and where a workspace row was made: its oldest field stamp (fields are stamped on creation)."""
    earliest: Stamp | None = None
    for key, value in (row.get("stamps") or {}).items():
        if is_seen_key(key) or not isinstance(value, str):
            continue
        try:
            stamp = Stamp.decode(value)
        except ValueError:
            continue
        if earliest is None or stamp < earliest:
            earliest = stamp
    return WorkspaceOrigin(str(row.get("id") or ""), str(row.get("quartier") or ""),
                           earliest.wall_ms if earliest else None, earliest.device_id if earliest else "")


def foreign_workspace_message(label: str, source: WorkspaceOrigin, target: WorkspaceOrigin) -> str:
    if source.quartier.strip().casefold() == target.quartier.strip().casefold():
        names = f"Beide heißen »{target.quartier or 'ohne Namen'}«, wurden aber unabhängig voneinander angelegt"
    else:
        names = (f"Die Quelle gehört zum Quartier »{source.quartier or 'ohne Namen'}«, das Ziel zu "
                 f"»{target.quartier or 'ohne Namen'}«; beide wurden unabhängig voneinander angelegt")
    who = f"Die Quelle {label}" if label else "Die Quelle"
    return (
        f"{who} gehört zu einer anderen Werkstatt; aus ihr wurde nichts übernommen. {names}: "
        f"die Quelle {source.created_text} {source.device_text} (Kennung {source.workspace_id[:8]}), das Ziel "
        f"{target.created_text} {target.device_text} (Kennung {target.workspace_id[:8]}). Laptop-Dateien "
        "entstehen mit »werkstatt prepare MASTER --out LAPTOP-DATEI« aus der Hauptdatei; nur solche lassen sich "
        "zurückführen. Sollen die Inhalte trotzdem übernommen werden, übernimmt »werkstatt merge MASTER QUELLE "
        "--adopt« ihre Einträge als neue (Vorlagen und Kategorien werden zugeordnet, nicht verdoppelt).")


def refuse_foreign_rows(label: str, target_rows: list[dict[str, Any]], batch: list[dict[str, Any]]) -> None:
    """Raise :class:`ForeignWorkspace` when ``batch`` (workspace rows of a source) holds a workspace the target
    (which has one) does not know."""
    if not target_rows:
        return
    known = {r["id"] for r in target_rows}
    foreign = [r for r in batch if r["id"] not in known]
    if foreign:
        raise ForeignWorkspace(foreign_workspace_message(label, origin_of(foreign[0]), origin_of(target_rows[0])))
