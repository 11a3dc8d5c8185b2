"""Canvas templates as plain data: blocks with a guiding question, a place on the board and a pale colour.

Templates live as JSON in ``resources/templates`` so that a facilitator's own template and a built-in one have
the same shape, and so the store can copy them into a workspace without knowing any layout. Built-in templates
and their blocks get ids derived from their keys (uuid5), so two laptops that create a workspace independently
refer to the same template rows and a later merge does not duplicate them.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.resources_path import resource_path

#: Fixed namespace for the ids of built-in templates. Never change it: existing workspaces refer to these ids.
BUILTIN_NAMESPACE = uuid.UUID("6f3b1c2e-9d4a-5e7b-8c21-4a5d0e9f7b13")

#: The order in which built-in templates are offered.
BUILTIN_TEMPLATE_KEYS = (
    "kooperationsmodell",
    "finanzierungsmodell",
    "value_proposition",
    "stakeholder_landkarte",
)

_KEY_PATTERN = re.compile(r"^[a-z0-9_]+$")
_COLOR_PATTERN = re.compile(r"^#[0-9a-fA-F]{6}$")


class TemplateFormatError(ValueError):
    """A template file or dict lacks a field or has one of the wrong type (message in German)."""


@dataclass(frozen=True)
class BlockDef:
    """One area of a canvas. Coordinates are canvas units; a card is 200×120 units."""

    key: str
    title: str
    question: str
    x: float
    y: float
    w: float
    h: float
    color: str = ""

    def contains(self, x: float, y: float) -> bool:
        """Half-open on the right and bottom, so a point on a shared edge belongs to exactly one block."""
        return self.x <= x < self.x + self.w and self.y <= y < self.y + self.h

    def overlaps(self, other: BlockDef) -> bool:
        """True when the interiors intersect; blocks that merely touch do not overlap."""
        return (
            self.x < other.x + other.w
            and other.x < self.x + self.w
            and self.y < other.y + other.h
            and other.y < self.y + self.h
        )


@dataclass(frozen=True)
class TemplateDef:
    key: str
    name: str
    description: str
    width: float
    height: float
    blocks: tuple[BlockDef, ...] = field(default_factory=tuple)

    def block(self, key: str) -> BlockDef | None:
        return next((b for b in self.blocks if b.key == key), None)


def validate_template(t: TemplateDef) -> list[str]:
    """Everything wrong with a template, as German messages a facilitator can act on (empty = usable)."""
    errors: list[str] = []
    if not t.key.strip():
        errors.append("Die Vorlage hat keinen Schlüssel.")
    elif not _KEY_PATTERN.match(t.key):
        errors.append(f"Der Schlüssel „{t.key}“ darf nur a–z, 0–9 und _ enthalten.")
    if not t.name.strip():
        errors.append("Die Vorlage hat keinen Namen.")
    if t.width <= 0 or t.height <= 0:
        errors.append("Die Fläche der Vorlage muss eine positive Breite und Höhe haben.")
    if not t.blocks:
        errors.append("Die Vorlage hat keine Bereiche.")

    seen: set[str] = set()
    for i, b in enumerate(t.blocks, start=1):
        label = f"„{b.title}“" if b.title.strip() else f"Nr. {i}"
        if not b.key.strip():
            errors.append(f"Bereich {label} hat keinen Schlüssel.")
        elif not _KEY_PATTERN.match(b.key):
            errors.append(f"Der Schlüssel „{b.key}“ von Bereich {label} darf nur a–z, 0–9 und _ enthalten.")
        elif b.key in seen:
            errors.append(f"Der Schlüssel „{b.key}“ kommt mehrfach vor.")
        seen.add(b.key)
        if not b.title.strip():
            errors.append(f"Bereich {label} hat keinen Titel.")
        if b.w <= 0 or b.h <= 0:
            errors.append(f"Bereich {label} muss eine positive Breite und Höhe haben.")
        elif t.width > 0 and t.height > 0 and (
            b.x < 0 or b.y < 0 or b.x + b.w > t.width or b.y + b.h > t.height
        ):
            errors.append(f"Bereich {label} ragt über den Rand der Fläche hinaus.")
        if b.color and not _COLOR_PATTERN.match(b.color):
            errors.append(f"Die Farbe „{b.color}“ von Bereich {label} ist keine Farbe der Form #rrggbb.")

    sized = [b for b in t.blocks if b.w > 0 and b.h > 0]
    for i, a in enumerate(sized):
        for b in sized[i + 1 :]:
            if a.overlaps(b):
                errors.append(f"Die Bereiche „{a.title or a.key}“ und „{b.title or b.key}“ überlappen sich.")
    return errors


def block_at(template: TemplateDef, x: float, y: float) -> str | None:
    """Key of the block under a point (e.g. a dropped card's centre), or None outside every block."""
    for b in template.blocks:
        if b.contains(x, y):
            return b.key
    return None


def template_to_dict(t: TemplateDef) -> dict[str, Any]:
    return {
        "key": t.key,
        "name": t.name,
        "description": t.description,
        "width": t.width,
        "height": t.height,
        "blocks": [
            {
                "key": b.key,
                "title": b.title,
                "question": b.question,
                "x": b.x,
                "y": b.y,
                "w": b.w,
                "h": b.h,
                "color": b.color,
            }
            for b in t.blocks
        ],
    }


def _text(data: Mapping[str, Any], name: str, where: str, *, required: bool = True) -> str:
    value = data.get(name, None if required else "")
    if not isinstance(value, str):
        raise TemplateFormatError(f"{where}: Das Feld „{name}“ fehlt oder ist kein Text.")
    return value


def _number(data: Mapping[str, Any], name: str, where: str) -> float:
    value = data.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TemplateFormatError(f"{where}: Das Feld „{name}“ fehlt oder ist keine Zahl.")
    return float(value)


def template_from_dict(data: Mapping[str, Any]) -> TemplateDef:
    """Build a template from JSON-like data; raises TemplateFormatError on a missing or mistyped field.

    Only the shape is checked here; whether the layout makes sense is ``validate_template``'s job, so a
    facilitator's half-finished template can still be loaded, shown and fixed.
    """
    if not isinstance(data, Mapping):
        raise TemplateFormatError("Eine Vorlage muss ein Objekt mit Feldern sein.")
    where = f"Vorlage „{data.get('name') or data.get('key') or '?'}“"
    raw_blocks = data.get("blocks")
    if not isinstance(raw_blocks, list):
        raise TemplateFormatError(f"{where}: Das Feld „blocks“ fehlt oder ist keine Liste.")
    blocks: list[BlockDef] = []
    for i, raw in enumerate(raw_blocks, start=1):
        if not isinstance(raw, Mapping):
            raise TemplateFormatError(f"{where}: Bereich Nr. {i} ist kein Objekt.")
        block_where = f"{where}, Bereich Nr. {i}"
        blocks.append(
            BlockDef(
                key=_text(raw, "key", block_where),
                title=_text(raw, "title", block_where),
                question=_text(raw, "question", block_where, required=False),
                x=_number(raw, "x", block_where),
                y=_number(raw, "y", block_where),
                w=_number(raw, "w", block_where),
                h=_number(raw, "h", block_where),
                color=_text(raw, "color", block_where, required=False),
            )
        )
    return TemplateDef(
        key=_text(data, "key", where),
        name=_text(data, "name", where),
        description=_text(data, "description", where, required=False),
        width=_number(data, "width", where),
        height=_number(data, "height", where),
        blocks=tuple(blocks),
    )


def load_template_file(path: Path) -> TemplateDef:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise TemplateFormatError(f"Die Vorlagendatei „{path.name}“ ist kein gültiges JSON: {exc.msg}.") from exc
    return template_from_dict(data)


def load_builtin_templates(directory: Path | None = None) -> list[TemplateDef]:
    """The shipped templates, known ones first in ``BUILTIN_TEMPLATE_KEYS`` order, then any others by key."""
    folder = directory if directory is not None else resource_path("templates")
    templates = [load_template_file(p) for p in sorted(folder.glob("*.json"))]
    order = {key: i for i, key in enumerate(BUILTIN_TEMPLATE_KEYS)}
    return sorted(templates, key=lambda t: (order.get(t.key, len(order)), t.key))


def builtin_template_id(key: str) -> str:
    """Same id on every laptop for the same built-in template key."""
    return str(uuid.uuid5(BUILTIN_NAMESPACE, f"template:{key}"))


def builtin_block_id(template_key: str, block_key: str) -> str:
    """Same id on every laptop for the same block of the same built-in template."""
    return str(uuid.uuid5(BUILTIN_NAMESPACE, f"template:{template_key}/block:{block_key}"))
