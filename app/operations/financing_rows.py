"""Small checks shared by the financing operations: live rows only, whitelisted edits, amounts in cents."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from .errors import OperationRefused


def live(s: Session, model: Any, row_id: str | None, what: str) -> Any:
    """The row, unless it is missing or tombstoned (then a German refusal naming ``what``)."""
    row = s.get(model, row_id) if row_id else None
    if row is None or row.deleted:
        raise OperationRefused(f"{what} gibt es nicht (mehr).")
    return row


def apply_changes(row: Any, changes: dict[str, Any], allowed: frozenset[str]) -> None:
    unknown = set(changes) - allowed
    if unknown:
        raise OperationRefused(f"Diese Angaben lassen sich nicht ändern: {', '.join(sorted(unknown))}.")
    for name, value in changes.items():
        setattr(row, name, value)


def check_amount(cents: Any) -> int:
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise OperationRefused("Beträge werden in ganzen Cent angegeben.")
    if cents < 0:
        raise OperationRefused("Ein Betrag darf nicht negativ sein; Kosten gehören in die Kostenzeilen.")
    return cents
