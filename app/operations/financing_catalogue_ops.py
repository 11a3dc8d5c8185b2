"""The editable catalogue of financing sources (§45b, grants, fees, ...) as the workspace holds it.

New workspaces start with the default catalogue (deterministic ids); the group may correct amounts or add its
own sources. The arithmetic refers to sources by their ASCII key, so an added source gets a key made from its name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.financing import REVENUE_UNITS
from app.domain.financing_sources import SourceSpec
from app.store.models import FinancingSource

from .errors import OperationRefused
from .financing_rows import apply_changes, check_amount, live

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


@dataclass(frozen=True)
class SourceRow:
    id: str
    key: str
    name: str
    default_amount_cents: int
    default_unit: str
    temporary: bool
    public: bool
    max_years: int
    requires_recognition: bool
    note: str


def _source_row(r: FinancingSource) -> SourceRow:
    return SourceRow(r.id, r.key, r.name, r.default_amount_cents, r.default_unit, r.temporary, r.public,
                     r.max_years, r.requires_recognition, r.note)


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")[:50] or "quelle"


def list_sources(ws: WorkspaceFile) -> list[SourceRow]:
    with ws.session() as s:
        rows = s.scalars(select(FinancingSource).where(FinancingSource.deleted.is_(False))
                         .order_by(FinancingSource.name))
        return [_source_row(r) for r in rows]


_SOURCE_FIELDS = frozenset({"name", "default_amount_cents", "default_unit", "temporary", "public", "max_years",
                            "requires_recognition", "note"})


def _check_source(row: FinancingSource) -> None:
    if not row.name.strip():
        raise OperationRefused("Die Quelle braucht einen Namen.")
    check_amount(row.default_amount_cents)
    if row.default_unit not in REVENUE_UNITS:
        raise OperationRefused(f"Unbekannte Einheit »{row.default_unit}«.")
    if row.max_years < 0:
        raise OperationRefused("Die Höchstdauer in Jahren darf nicht negativ sein (0 = unbefristet).")


def add_source(ws: WorkspaceFile, name: str, **fields: Any) -> SourceRow:
    with ws.session() as s:
        keys = set(s.scalars(select(FinancingSource.key)))
        key, n = _slug(name), 2
        while key in keys:
            key, n = f"{_slug(name)}_{n}", n + 1
        row = FinancingSource(key=key, name=name.strip(), default_amount_cents=0, default_unit="per_month",
                              temporary=False, public=False, max_years=0, requires_recognition=False, note="")
        apply_changes(row, fields, _SOURCE_FIELDS)
        _check_source(row)
        s.add(row)
        s.flush()
        return _source_row(row)


def edit_source(ws: WorkspaceFile, source_id: str, **changes: Any) -> SourceRow:
    with ws.session() as s:
        row = live(s, FinancingSource, source_id, "Diese Finanzierungsquelle")
        apply_changes(row, changes, _SOURCE_FIELDS)
        _check_source(row)
        return _source_row(row)


def source_specs(s: Session) -> dict[str, SourceSpec]:
    """The workspace's (edited) catalogue as domain specs, keyed by source key."""
    specs = {}
    for r in s.scalars(select(FinancingSource).where(FinancingSource.deleted.is_(False))):
        specs[r.key] = SourceSpec(key=r.key or "quelle", name=r.name, default_amount_cents=r.default_amount_cents,
                                  default_unit=r.default_unit, temporary=r.temporary, public=r.public,
                                  max_years=r.max_years, requires_recognition=r.requires_recognition, note=r.note)
    return specs
