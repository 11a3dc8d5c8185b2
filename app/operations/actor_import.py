"""Import an existing actor inventory (CSV or XLSX) all-or-nothing, with a preview, duplicates and a dry run.

The whole import is one transaction: either every accepted row lands or nothing does. A row with an error
blocks the import unless the user chose to skip erroneous rows. Duplicates (same name and address, in the
workspace or earlier in the same file) are merged — empty fields are filled, nothing is overwritten — or
skipped, as the user chooses.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.actor_import_headers import FIELD_LABELS, HeaderError, HeaderMapping, map_headers
from app.domain.actor_import_parse import ImportFileError, ParsedRow, duplicate_key, parse_rows, same_actor
from app.domain.service_matching import fold
from app.domain.table_file import read_table
from app.store.models import Actor, Service, SubjectCategory
from app.store.models.actors import ACTOR_KINDS, LEGAL_FORMS, OUTREACH_STATUSES
from app.store.workspace_file import WorkspaceFile

from .categories_ops import tree_nodes
from .errors import OperationRefused

DUPLICATE_CHOICES = ("merge", "skip")
ACTOR_FIELDS = ("name", "kind", "legal_form", "contact_person", "phone", "email", "street", "postcode", "city",
                "website", "outreach_status", "key_partner", "non_profit", "recognised_45a", "notes")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Akteursimport", text)


class UnmappedHeaders(OperationRefused):
    """Some headers could not be placed; the UI asks for a mapping, the CLI names them."""

    def __init__(self, headers: tuple[str, ...]) -> None:
        self.headers = headers
        names = ", ".join(f"»{h}«" for h in headers)
        super().__init__(_tr("Unbekannte Spalten: {names}. Bitte jeder ein Feld zuordnen oder »ignorieren« "
                             "wählen (Felder: {fields}).").format(names=names, fields=", ".join(FIELD_LABELS.values())))


@dataclass
class PlannedRow:
    row_number: int
    name: str
    action: str  # new | merge | merge_in_file | skip | error
    reasons: list[str] = field(default_factory=list)
    values: dict[str, object] = field(default_factory=dict)
    target_actor_id: str | None = None
    merged_into_row: int | None = None


@dataclass
class ImportPlan:
    headers: list[str]
    mapping: HeaderMapping
    rows: list[PlannedRow]
    new_categories: list[str]

    @property
    def rows_read(self) -> int:
        return len(self.rows)

    @property
    def errors(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.action == "error"]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)


@dataclass
class ImportResult:
    plan: ImportPlan
    applied: bool  # False for a dry run and when errors blocked the import
    dry_run: bool
    created: int = 0
    merged: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (row number, German reason)

    @property
    def blocked(self) -> bool:
        return bool(self.plan.errors) and not self.applied and not self.dry_run


def read_headers(path: Path, overrides: Mapping[str, str] | None = None) -> tuple[list[str], HeaderMapping]:
    """The header row and its automatic mapping (with unknown headers), for the mapping dialog."""
    rows = _read(path)
    try:
        return rows[0], map_headers(rows[0], overrides)
    except HeaderError as exc:
        raise OperationRefused(str(exc)) from exc


def _read(path: Path) -> list[list[str]]:
    path = Path(path)
    if not path.is_file():
        raise OperationRefused(_tr("Die Datei {p} gibt es nicht.").format(p=path))
    try:
        return read_table(path)
    except ImportFileError as exc:
        raise OperationRefused(str(exc)) from exc


def preview_import(ws: WorkspaceFile, path: Path, *, overrides: Mapping[str, str] | None = None,
                   duplicates: str = "merge") -> ImportPlan:
    """What an import would do, row by row; changes nothing."""
    with ws.session() as s:
        return _plan(s, path, overrides, duplicates)


def import_actors(ws: WorkspaceFile, path: Path, *, overrides: Mapping[str, str] | None = None,
                  duplicates: str = "merge", skip_errors: bool = False, dry_run: bool = False) -> ImportResult:
    """One transaction: plan, then write every accepted row, or nothing when a row error blocks it."""
    with ws.session() as s:
        plan = _plan(s, path, overrides, duplicates)
        result = ImportResult(plan, applied=False, dry_run=dry_run)
        for r in plan.rows:
            if r.action == "error" and skip_errors:
                result.skipped.append((r.row_number, "; ".join(r.reasons)))
            elif r.action == "skip":
                result.skipped.append((r.row_number, "; ".join(r.reasons)))
        result.created = plan.count("new")
        result.merged = plan.count("merge") + plan.count("merge_in_file")
        if dry_run or (plan.errors and not skip_errors):
            return result
        _apply(s, plan)
        result.applied = True
        return result


# ------------------------------------------------------------------------------------------------ planning
def _plan(s: Session, path: Path, overrides: Mapping[str, str] | None, duplicates: str) -> ImportPlan:
    if duplicates not in DUPLICATE_CHOICES:
        raise OperationRefused(_tr("Für Dubletten bitte »merge« (zusammenführen) oder »skip« (überspringen)."))
    rows = _read(path)
    try:
        mapping = map_headers(rows[0], overrides)
    except HeaderError as exc:
        raise OperationRefused(str(exc)) from exc
    if mapping.unknown:
        raise UnmappedHeaders(mapping.unknown)
    parsed = parse_rows(rows[1:], mapping)
    if not parsed:
        raise OperationRefused(_tr("Die Datei enthält keine Datenzeilen."))
    cat_lookup = _category_lookup(s)
    new_categories: list[str] = []
    existing: dict[str, list[tuple[tuple[str, str, str], Actor]]] = {}
    for a in s.scalars(select(Actor).where(Actor.deleted.is_(False))):
        k = duplicate_key(a.name, a.street, a.postcode)
        existing.setdefault(k[0], []).append((k, a))
    first_in_file: dict[str, list[tuple[tuple[str, str, str], PlannedRow]]] = {}
    planned: list[PlannedRow] = []
    for p in parsed:
        row = _normalise(p, cat_lookup, new_categories)
        planned.append(row)
        if row.action == "error":
            continue
        key = duplicate_key(str(row.values.get("name", "")), str(row.values.get("street", "")),
                            str(row.values.get("postcode", "")))
        earlier = next((r for k, r in first_in_file.get(key[0], []) if same_actor(k, key)), None)
        if earlier is not None:
            if duplicates == "merge":
                row.action, row.merged_into_row = "merge_in_file", earlier.row_number
                row.reasons.append(_tr("Doppelt in der Datei; mit Zeile {n} zusammengeführt.")
                                   .format(n=earlier.row_number))
                _fill(earlier.values, row.values)
            else:
                row.action = "skip"
                row.reasons.append(_tr("Doppelt in der Datei (wie Zeile {n}).").format(n=earlier.row_number))
            continue
        first_in_file.setdefault(key[0], []).append((key, row))
        actor = next((a for k, a in existing.get(key[0], []) if same_actor(k, key)), None)
        if actor is not None:
            if duplicates == "merge":
                row.action, row.target_actor_id = "merge", actor.id
                row.reasons.append(_tr("Gibt es schon als »{a}«; leere Felder werden ergänzt.").format(a=actor.name))
            else:
                row.action = "skip"
                row.reasons.append(_tr("Gibt es schon im Bestand (»{a}«).").format(a=actor.name))
    return ImportPlan(rows[0], mapping, planned, new_categories)


def _category_lookup(s: Session) -> dict[str, str]:
    """Folded name or path → category id; the first in tree order wins when two share a name."""
    out: dict[str, str] = {}
    for node in tree_nodes(s):
        out.setdefault(_fold_cat(node.path), node.id)
        out.setdefault(_fold_cat(node.name), node.id)
    return out


def _fold_cat(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", fold(text.replace("›", "/")))


def _normalise(p: ParsedRow, cat_lookup: dict[str, str], new_categories: list[str]) -> PlannedRow:
    values = dict(p.values)
    row = PlannedRow(p.row_number, str(values.get("name", "")), "new", list(p.errors), values)
    if p.errors:
        row.action = "error"
        return row
    kind = str(values.get("kind", ""))
    values["kind"] = next((k for k in ACTOR_KINDS if fold(k) == fold(kind)), kind)
    legal = str(values.get("legal_form", ""))
    values["legal_form"] = next((f for f in LEGAL_FORMS if _fold_cat(f) == _fold_cat(legal)), legal)
    cat = str(values.pop("category", "") or "").strip()
    if cat:
        cid = cat_lookup.get(_fold_cat(cat))
        if cid is None:
            if all(_fold_cat(c) != _fold_cat(cat) for c in new_categories):
                new_categories.append(cat)
            values["new_category"] = _fold_cat(cat)
        else:
            values["category_id"] = cid
    return row


def _empty(value: object) -> bool:
    return value in (None, "", False) or value == OUTREACH_STATUSES[0]


def _fill(target: dict[str, object], source: Mapping[str, object]) -> None:
    for k, v in source.items():
        if _empty(target.get(k)) and not _empty(v):
            target[k] = v


# ------------------------------------------------------------------------------------------------ writing
def _apply(s: Session, plan: ImportPlan) -> None:
    created_cats: dict[str, str] = {}
    top_count = len([n for n in tree_nodes(s) if n.parent_id is None])
    for i, name in enumerate(plan.new_categories):
        row = SubjectCategory(name=name, parent_id=None, position=top_count + i)
        s.add(row)
        s.flush()
        created_cats[_fold_cat(name)] = row.id
    for r in plan.rows:
        if r.action not in ("new", "merge"):
            continue
        values = dict(r.values)
        if "new_category" in values:
            values["category_id"] = created_cats[str(values.pop("new_category"))]
        if r.action == "new":
            actor = Actor(outreach_status=OUTREACH_STATUSES[0])
            s.add(actor)
            for k in (*ACTOR_FIELDS, "category_id"):
                if k in values:
                    setattr(actor, k, values[k])
            s.flush()
        else:
            actor = s.get(Actor, r.target_actor_id)
            assert actor is not None
            for k in (*ACTOR_FIELDS, "category_id"):
                if k in values and _empty(getattr(actor, k)) and not _empty(values[k]):
                    setattr(actor, k, values[k])
        service = str(values.get("service", "") or "").strip()
        if service and not s.scalar(select(Service.id).where(
                Service.actor_id == actor.id, Service.name == service, Service.deleted.is_(False))):
            s.add(Service(actor_id=actor.id, name=service, category_id=actor.category_id,
                          price_cents=values.get("price_cents")))  # type: ignore[arg-type]
    s.flush()
