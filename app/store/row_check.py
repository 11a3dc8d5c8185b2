"""Row-by-row validation of the shared tables of a SQLite file against the models, without the ORM.

A package's checksum proves only that the bytes arrived as they were packed, not that the packer was this program:
someone can change a snapshot and compute the checksum anew. SQLite's flexible typing then lets a crafted file hold
a blob where text belongs, text in a number column, a date like "2025-13-45", JSON that is no JSON, stamps that are
no clock stamps, or columns no version of the program ever had. Read through the ORM, each of these is a traceback
somewhere in the middle of a merge, a report or a render. This module reads every row with the plain ``sqlite3``
module (text as raw bytes, next to SQLite's own ``typeof``) and judges every value by the column it is meant for,
with the SAME result processors SQLAlchemy would use to read it. It is used before anything is merged, and by
``werkstatt check``.

Sizes are bounded too: a text field of a megabyte or a photo of a gigabyte is no input a person made.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Float, Integer, LargeBinary, String, Table, Text
from sqlalchemy.dialects import sqlite as sqlite_dialect

from app.domain.merge_rules import KNEW_SUFFIX, SEEN_SUFFIX, is_seen_key

from .models import SYNC_MODELS

#: The longest free text a person can type into one field (a long protocol note is a few thousand characters).
MAX_TEXT_CHARS = 200_000
#: The largest blob (a session photo); the photo import itself scales pictures far below this.
MAX_BLOB_BYTES = 32 * 2**20
#: At most this many problems are collected: a refusal needs a few examples, not a list of a million rows.
DEFAULT_LIMIT = 20


@dataclass(frozen=True)
class RowProblem:
    table: str
    row_id: str
    column: str
    what: str

    def __str__(self) -> str:
        where = f"{self.table} {self.row_id}" if self.row_id else self.table
        return f"{where}: {self.column} – {self.what}" if self.column else f"{where}: {self.what}"


class Undecodable(bytes):
    """Stored text that is no valid UTF-8 (the ORM would fail to read it)."""


def _lenient_text(raw: bytes) -> str | Undecodable:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return Undecodable(raw)


def _excerpt(value: object, limit: int = 30) -> str:
    """A short, printable excerpt of a value for a message (no control characters, no binary junk)."""
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    text = "".join(ch if ch.isprintable() else "�" for ch in text)
    return text if len(text) <= limit else text[:limit] + "…"


#: the shape ``Stamp.decode`` accepts: 15 digits of wall time, 6 of counter, a device id (a successor adds "~")
_STAMP = re.compile(r"\d{15}-\d{6}-\S+")
_SEEN = re.compile(r"\d{15}-\d{6}-\S+(?: \d{15}-\d{6}-\S+)*")


def _stamp_ok(text: str) -> bool:
    return _STAMP.fullmatch(text) is not None and text.isascii()


@cache
def _processor(kind: type) -> Callable[[Any], Any] | None:
    """SQLAlchemy's own SQLite result processor of a column type: what the ORM will do to the stored text."""
    dialect = sqlite_dialect.dialect()
    return kind().dialect_impl(dialect).result_processor(dialect, None)  # type: ignore[no-any-return]


Check = Callable[[str, object], str | None]


def _text_check(column: Column[Any]) -> Check:
    length = getattr(column.type, "length", None) or MAX_TEXT_CHARS

    def check(sql_type: str, raw: object) -> str | None:
        if sql_type != "text":
            return "Binärdaten statt Text" if sql_type == "blob" else f"Text erwartet, gefunden: {sql_type}"
        if isinstance(raw, Undecodable):
            return "Text ist keine gültige UTF-8-Zeichenkette (Binärdaten)"
        text = str(raw)
        if len(text) > length:
            return f"zu lang ({len(text)} Zeichen, höchstens {length})"
        return None

    return check


def _integer_check(sql_type: str, raw: object) -> str | None:
    return None if sql_type == "integer" else f"ganze Zahl erwartet, gefunden: »{_excerpt(raw)}«"


def _bool_check(sql_type: str, raw: object) -> str | None:
    return None if sql_type == "integer" and raw in (0, 1) else f"ja/nein (0/1) erwartet, gefunden: »{_excerpt(raw)}«"


def _float_check(sql_type: str, raw: object) -> str | None:
    if sql_type not in ("real", "integer"):
        return f"Zahl erwartet, gefunden: »{_excerpt(raw)}«"
    if sql_type == "real" and not (-1e300 < float(raw) < 1e300):  # type: ignore[arg-type]
        return "Zahl ist unendlich groß"
    return None


def _timepoint_check(kind: type, label: str) -> Check:
    def check(sql_type: str, raw: object) -> str | None:
        if sql_type != "text" or isinstance(raw, Undecodable):
            return f"{label} erwartet, gefunden: »{_excerpt(raw)}«"
        try:
            processor = _processor(kind)
            if processor is not None:
                processor(raw)
        except (ValueError, TypeError, OverflowError):
            return f"ungültiges {label} »{_excerpt(raw)}«"
        return None

    return check


def _json_check(column: Column[Any]) -> Check:
    stamps = column.key == "stamps"
    known = frozenset(c.key for c in column.table.columns)

    def check(sql_type: str, raw: object) -> str | None:
        if sql_type != "text" or isinstance(raw, Undecodable):
            return f"JSON-Text erwartet, gefunden: »{_excerpt(raw)}«"
        try:
            value = json.loads(str(raw))
        except (ValueError, RecursionError):
            return f"ungültiges JSON »{_excerpt(raw)}«"
        if stamps:
            return _stamps_problem(value, known)
        if value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            return "Liste von Texten erwartet"
        return None

    return check


def _stamps_problem(value: object, known: frozenset[str]) -> str | None:
    if not isinstance(value, dict):
        return "Feldstempel sind kein Verzeichnis"
    for key, stamp in value.items():
        seen = is_seen_key(key)  # a companion ("@seen", "@knew"): a list of stamps
        if (key.rsplit("@", 1)[0] if seen else key) not in known:
            return f"Feldstempel für unbekannte Spalte »{_excerpt(key)}«"
        if not isinstance(stamp, str):
            return f"ungültiger Feldstempel für »{_excerpt(key)}«"
        shape = _SEEN if seen else _STAMP
        if shape.fullmatch(stamp) is None or not stamp.isascii():
            return f"ungültiger Feldstempel für »{_excerpt(key)}«: »{_excerpt(stamp)}«"
    return None


def _blob_check(sql_type: str, raw: object) -> str | None:
    if sql_type not in ("blob", "text"):
        return f"Binärdaten erwartet, gefunden: {sql_type}"
    if len(raw) > MAX_BLOB_BYTES:  # type: ignore[arg-type]
        return f"zu groß ({len(raw) // 2**20} MB)"  # type: ignore[arg-type]
    return None


def _hlc_check(sql_type: str, raw: object) -> str | None:
    if sql_type != "text" or isinstance(raw, Undecodable):
        return f"ungültiger Zeitstempel »{_excerpt(raw)}«"
    return None if _stamp_ok(str(raw)) else f"ungültiger Zeitstempel »{_excerpt(raw)}«"


def column_check(column: Column[Any]) -> Check:
    """The check of one column's stored values (NULL is judged separately)."""
    kind = column.type
    if column.key == "hlc":
        return _hlc_check
    if isinstance(kind, JSON):
        return _json_check(column)
    if isinstance(kind, Boolean):
        return _bool_check
    if isinstance(kind, Integer):
        return _integer_check
    if isinstance(kind, Float):
        return _float_check
    if isinstance(kind, DateTime):
        return _timepoint_check(DateTime, "Zeitpunkt")
    if isinstance(kind, Date):
        return _timepoint_check(Date, "Datum")
    if isinstance(kind, LargeBinary):
        return _blob_check
    if isinstance(kind, String | Text):
        return _text_check(column)
    raise TypeError(f"no check for column type {kind!r}")  # a new column type needs a check here


def _columns_of(con: sqlite3.Connection, table: str) -> list[str]:
    return [str(row[1]) for row in con.execute(f'PRAGMA table_info("{table}")')]


def _schema_problems(con: sqlite3.Connection, table: Table) -> list[RowProblem]:
    stored = _columns_of(con, table.name)
    if not stored:
        return [RowProblem(table.name, "", "", "Tabelle fehlt")]
    expected = [c.name for c in table.columns]
    out = [RowProblem(table.name, "", "", f"unbekannte Spalte »{_excerpt(n)}«") for n in stored if n not in expected]
    out += [RowProblem(table.name, "", "", f"Spalte »{n}« fehlt") for n in expected if n not in stored]
    return out


def iter_problems(con: sqlite3.Connection) -> Iterator[RowProblem]:
    """Every problem of every shared row, table by table in foreign-key order (lazily: stop when you have enough)."""
    previous = con.text_factory
    con.text_factory = _lenient_text
    try:
        for model in SYNC_MODELS:
            table: Table = model.__table__  # type: ignore[attr-defined]
            schema = _schema_problems(con, table)
            if schema:
                yield from schema
                continue
            yield from _row_problems(con, table)
    finally:
        con.text_factory = previous


def _row_problems(con: sqlite3.Connection, table: Table) -> Iterator[RowProblem]:
    """SQLite first picks the rows it cannot vouch for (``surely_ok``); only those are judged value by value in
    Python. The per-field stamps are vouched for by one regular expression over their JSON text, and text that is
    no UTF-8 (the one thing SQL cannot see) by a strict decode of the whole table; without it every row is judged."""
    columns = list(table.columns)
    checks = [column_check(c) for c in columns]
    nullable = [bool(c.nullable) and not c.primary_key for c in columns]
    select_list = ", ".join(f'typeof("{c.name}"), "{c.name}"' for c in columns)
    id_at = [c.name for c in columns].index("id")
    query = f'SELECT rowid, {select_list} FROM "{table.name}"'
    odd_stamps = _odd_stamps(con, table)
    if odd_stamps is not None:
        query += " WHERE NOT (" + " AND ".join(surely_ok(c) for c in columns if c.key != "stamps") + ")"
        if odd_stamps:
            query += f" OR rowid IN ({', '.join(str(r) for r in odd_stamps)})"
    for row in con.execute(query):
        for i, column in enumerate(columns):
            sql_type, raw = row[2 * i + 1], row[2 * i + 2]
            what = (None if nullable[i] else "Wert fehlt") if sql_type == "null" else checks[i](sql_type, raw)
            if what:
                raw_id = row[2 * id_at + 2]
                yield RowProblem(table.name, _excerpt(raw_id, 36) if raw_id is not None else "?", column.name, what)


def _odd_stamps(con: sqlite3.Connection, table: Table, limit: int = 500) -> list[int] | None:
    """Rowids whose stamps the shape does not vouch for; None when some text of the table is no valid UTF-8 (the
    sqlite3 module decodes strictly, in C) or too many rows are odd: then every row is judged."""
    shape = _stamps_shape(table)
    previous = con.text_factory
    con.text_factory = str
    odd: list[int] = []
    try:
        for row in con.execute(f'SELECT rowid, "stamps", * FROM "{table.name}"'):
            raw = row[1]
            if not (isinstance(raw, str) and shape.fullmatch(raw)):
                odd.append(row[0])
                if len(odd) > limit:
                    return None
    except sqlite3.OperationalError:
        return None
    finally:
        con.text_factory = previous
    return odd


@cache
def _stamps_shape(table: Table) -> re.Pattern[str]:
    """The JSON text of a stamps column as SQLAlchemy writes it (``{"text": "<stamp>", "text@seen": "<stamp>
    <stamp>"}``) with known keys only: what matches is surely valid; anything else is parsed and judged."""
    keys = "|".join(re.escape(c.key) for c in table.columns)
    stamp = r"[0-9]{15}-[0-9]{6}-[!#-\[\]-~]+"
    companions = f"(?:{re.escape(SEEN_SUFFIX)}|{re.escape(KNEW_SUFFIX)})"
    entry = f'"(?:{keys})": "{stamp}"|"(?:{keys}){companions}": "{stamp}(?: {stamp})*"'
    return re.compile(f"\\{{(?:(?:{entry})(?:, (?:{entry}))*)?\\}}")


_STAMP_GLOB = "[0-9]" * 15 + "-" + "[0-9]" * 6 + "-?*"
_PRINTABLE_ASCII = "NOT GLOB '*[^!-~]*'"


def surely_ok(column: Column[Any]) -> str:
    """An SQL condition that holds only for values the Python check of ``column`` accepts (it may be stricter:
    a row it does not vouch for is simply judged in Python)."""
    c = f'"{column.name}"'
    kind = column.type
    if column.key == "hlc":
        core = f"typeof({c}) = 'text' AND {c} GLOB '{_STAMP_GLOB}' AND {c} {_PRINTABLE_ASCII}"
    elif isinstance(kind, JSON):
        core = (f"CASE WHEN typeof({c}) = 'text' THEN CASE WHEN json_valid({c}) THEN json_type({c}) = 'array' "
                f"AND NOT EXISTS (SELECT 1 FROM json_each({c}) AS j WHERE j.type <> 'text') ELSE 0 END ELSE 0 END")
    elif isinstance(kind, Boolean):
        core = f"typeof({c}) = 'integer' AND {c} IN (0, 1)"
    elif isinstance(kind, Integer):
        core = f"typeof({c}) = 'integer'"
    elif isinstance(kind, Float):
        core = f"typeof({c}) IN ('real', 'integer') AND abs({c}) < 1e300"
    elif isinstance(kind, DateTime):
        # "+0 days" makes SQLite normalise an impossible day (2025-02-30 would otherwise pass as it is)
        core = (f"typeof({c}) = 'text' AND length({c}) = 26 AND datetime({c}, '+0 days') = substr({c}, 1, 19) "
                f"AND substr({c}, 20) GLOB '.[0-9][0-9][0-9][0-9][0-9][0-9]' AND {c} >= '0001'")
    elif isinstance(kind, Date):
        core = f"typeof({c}) = 'text' AND date({c}, '+0 days') IS {c} AND {c} >= '0001'"
    elif isinstance(kind, LargeBinary):
        core = f"typeof({c}) IN ('blob', 'text') AND length({c}) <= {MAX_BLOB_BYTES}"
    else:
        length = getattr(kind, "length", None) or MAX_TEXT_CHARS
        core = f"typeof({c}) = 'text' AND length({c}) <= {int(length)}"
    nullable = bool(column.nullable) and not column.primary_key
    return f"({c} IS NULL OR ({core}))" if nullable else f"({c} IS NOT NULL AND ({core}))"


def find_problems(con: sqlite3.Connection, limit: int = DEFAULT_LIMIT) -> list[RowProblem]:
    out: list[RowProblem] = []
    for problem in iter_problems(con):
        out.append(problem)
        if len(out) >= limit:
            break
    return out


def summary(problems: list[RowProblem], shown: int = 3) -> str:
    """The first few problems in one line, for a German refusal."""
    text = "; ".join(str(p) for p in problems[:shown])
    return text + (" …" if len(problems) > shown else "")
