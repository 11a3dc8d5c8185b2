"""Column values as JSON text and back, and a canonical form of rows for comparing replicas.

Conflict records keep the superseded value as JSON text, whatever the column's type; a date, a timestamp or a
blob must come back as the same Python value when the user takes the other value after all.
"""

from __future__ import annotations

import base64
import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Date, DateTime, LargeBinary


def plain(value: Any) -> Any:
    """A JSON-able form of a column value (dates as ISO text, bytes as base64)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def encode_value(value: Any) -> str:
    return json.dumps(plain(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def decode_value(column: Column[Any], text: str) -> Any:
    """The Python value of ``column`` that :func:`encode_value` encoded."""
    value = json.loads(text) if text else None
    if value is None:
        return None
    if isinstance(column.type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    if isinstance(column.type, LargeBinary):
        return base64.b64decode(value)
    return value


def normalize(value: Any) -> Any:
    """Driver quirks aside (memoryview from some drivers), the same Python value from SQLite and PostgreSQL."""
    if isinstance(value, memoryview):
        return value.tobytes()
    return value
