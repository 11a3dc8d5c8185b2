"""``werkstatt export --format csv|xlsx``: every table of the workspace for spreadsheets, pseudonymised.

Both formats are built from ``build_dataset`` (the one place that knows the privacy rules: pseudonyms, names only
with consent, anonymous votes without voter). CSV is a folder with one file per table, UTF-8 with BOM, ``;`` and
decimal commas, which German Excel opens directly; XLSX is one workbook with one sheet per table and real types
(dates, numbers, € amounts). Every cell passes the formula guard. Nothing appears half-written: the folder or
file is built under a temporary name in the target folder and renamed into place at the end; a crash or a
cancel removes the temporary one.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.domain.cell_guard import has_unstorable, neutralise, spreadsheet_cell
from app.store.atomic_file import atomic_folder, write_with

from .dataset import Dataset, table_keys
from .export_columns import Column, Kind, columns_for, table_title

EUR_FORMAT = "#,##0.00 €"
DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM:SS"
README = "LIESMICH.txt"
README_FIRST_LINE = "QuartiersWerkstatt – Datenexport"
Progress = Callable[[int, str], None]
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class TableExport:
    path: Path
    counts: dict[str, int]
    pseudonymised: bool
    #: text cells whose control characters (NUL, ESC, Word's vertical tab …) an XLSX could not hold: shown as ␀ ␛ ␋
    replaced_controls: int = 0


CONTROLS_NOTE = ("Hinweis: {n} Zellen enthielten Steuerzeichen (etwa einen Zeilenumbruch aus Word, NUL oder ESC), "
                 "die Excel nicht speichern kann. Sie stehen dort sichtbar als ␋, ␀, ␛ usw.; im CSV- und JSON-Export "
                 "sind sie unverändert.")


def count_unstorable(data: Dataset) -> int:
    """How many text cells hold characters a workbook cannot store (they are replaced visibly in the XLSX)."""
    return sum(1 for rows in data.values() for r in rows for v in r.values()
               if has_unstorable(v) or (isinstance(v, list) and any(has_unstorable(x) for x in v)))


# ---------------------------------------------------------------- values for CSV (German Excel reads them)

def _text(v: Any) -> str:
    if v is None:
        return ""
    if not isinstance(v, str):
        v = str(v)
    return neutralise(v)


def _money_csv(v: Any) -> str:
    if v is None:
        return ""
    euros, cents = divmod(abs(int(v)), 100)
    return f"{'-' if v < 0 else ''}{euros},{cents:02d}"


def _date_csv(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        return _text(v)
    return f"{v.day:02d}.{v.month:02d}.{v.year:04d}"


def _datetime_csv(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        return _text(v)
    return f"{v.day:02d}.{v.month:02d}.{v.year:04d} {v.hour:02d}:{v.minute:02d}:{v.second:02d}"


def _bool_csv(v: Any) -> str:
    return "" if v is None else ("ja" if v else "nein")


def _int_csv(v: Any) -> str:
    return "" if v is None else str(v)


def _float_csv(v: Any) -> str:
    return "" if v is None else f"{v:.10g}".replace(".", ",")


def _list_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, list | tuple):
        return _text(", ".join(str(x) for x in v))
    return _text(v)


CSV_VALUE: dict[Kind, Callable[[Any], str]] = {
    Kind.TEXT: _text, Kind.MONEY: _money_csv, Kind.DATE: _date_csv, Kind.DATETIME: _datetime_csv,
    Kind.BOOL: _bool_csv, Kind.INT: _int_csv, Kind.FLOAT: _float_csv, Kind.LIST: _list_text,
}


# ---------------------------------------------------------------- values for XLSX (real types)

def _money_xlsx(v: Any) -> Decimal | None:
    return None if v is None else Decimal(int(v)).scaleb(-2)


def _datetime_xlsx(v: Any) -> Any:
    if isinstance(v, datetime) and v.tzinfo is not None:
        return v.replace(tzinfo=None)  # spreadsheets have no time zones; the data is stored as local time
    return _text_xlsx(v) if isinstance(v, str) else v


def _plain_xlsx(v: Any) -> Any:
    return _text_xlsx(v) if isinstance(v, str) else v


def _text_xlsx(v: Any) -> Any:
    return None if v is None else spreadsheet_cell(v if isinstance(v, str) else str(v))


def _list_xlsx(v: Any) -> Any:
    if v is None:
        return None
    return _text_xlsx(", ".join(str(x) for x in v) if isinstance(v, list | tuple) else v)


XLSX_VALUE: dict[Kind, Callable[[Any], Any]] = {
    Kind.TEXT: _text_xlsx, Kind.MONEY: _money_xlsx, Kind.DATE: _plain_xlsx,
    Kind.DATETIME: _datetime_xlsx, Kind.BOOL: _plain_xlsx, Kind.INT: _plain_xlsx, Kind.FLOAT: _plain_xlsx,
    Kind.LIST: _list_xlsx,
}
XLSX_FORMAT = {Kind.MONEY: EUR_FORMAT, Kind.DATE: DATE_FORMAT, Kind.DATETIME: DATETIME_FORMAT}


# ---------------------------------------------------------------- tables

def export_columns(name: str, rows: list[dict], with_names: bool) -> list[Column]:
    keys = table_keys(name, with_names=with_names)
    for r in rows[:1]:
        keys += [k for k in r if k not in keys]
    return columns_for(name, keys)


def _column_values(rows: list[dict], col: Column, convert: Callable[[Any], Any]) -> list[Any]:
    key = col.key
    return [convert(r.get(key)) for r in rows]


def csv_rows(name: str, rows: list[dict], with_names: bool) -> tuple[list[str], Iterator[tuple]]:
    """Header and converted rows of one table for CSV: converted column by column (fast for big tables)."""
    cols = export_columns(name, rows, with_names)
    header = [neutralise(c.title) for c in cols]
    converted = [_column_values(rows, c, CSV_VALUE[c.kind]) for c in cols]
    return header, zip(*converted, strict=True)


def _check(cancelled: Cancelled | None) -> None:
    if cancelled and cancelled():
        raise ExportCancelled()


def _file_name(index: int, name: str) -> str:
    title = table_title(name)
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss"),
                 (" ", "_")):
        title = title.replace(a, b)
    return f"{index:02d}_{title}.csv"


def readme_text(data: Dataset, *, with_names: bool, exported_at: datetime) -> str:
    kind = ("mit Namen – nur von Personen, die der Nennung zugestimmt haben" if with_names else
            "pseudonymisiert – keine Namen von Teilnehmenden, nur stabile Pseudonyme")
    local = exported_at.astimezone() if exported_at.tzinfo else exported_at
    lines = [README_FIRST_LINE, "", f"Erstellt am {local:%d.%m.%Y um %H:%M} Uhr; {kind}.",
             "Anonyme Stimmen und Kommentare tragen keine Person; Fotos sind nicht enthalten.",
             "Beträge in Euro mit Dezimalkomma, Datumsangaben als TT.MM.JJJJ.", "",
             "Tabellen (Zeilen):"]
    lines += [f"- {table_title(n)}: {len(rows)}" for n, rows in data.items()]
    return "\r\n".join(lines) + "\r\n"


def write_csv_folder(data: Dataset, target: Path, *, with_names: bool, exported_at: datetime,
                     progress: Progress | None = None, cancelled: Cancelled | None = None) -> Path:
    """One CSV file per table in a new folder ``target``, which appears complete or not at all."""
    target = Path(target)
    total = max(1, sum(len(r) for r in data.values()))
    done = 0
    with atomic_folder(target) as tmp:
        for i, (name, rows) in enumerate(data.items(), start=1):
            _check(cancelled)
            if progress:
                progress(int(90 * done / total), table_title(name))
            header, body = csv_rows(name, rows, with_names)
            path = tmp / _file_name(i, name)
            with path.open("w", encoding="utf-8-sig", newline="") as fh:
                w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
                w.writerow(header)
                w.writerows(body)
                fh.flush()
                os.fsync(fh.fileno())
            done += len(rows)
        with (tmp / README).open("w", encoding="utf-8-sig") as fh:
            fh.write(readme_text(data, with_names=with_names, exported_at=exported_at))
            fh.flush()
            os.fsync(fh.fileno())
        _check(cancelled)
    return target


def write_xlsx_workbook(data: Dataset, target: Path, *, with_names: bool, exported_at: datetime,
                        progress: Progress | None = None, cancelled: Cancelled | None = None) -> Path:
    """One workbook, one sheet per table, German headers and real types; written to a temporary file first."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    target = Path(target)
    total = max(1, sum(len(r) for r in data.values()))
    done = 0
    wb = Workbook(write_only=True)
    try:
        bold = Font(bold=True)
        for name, rows in data.items():
            _check(cancelled)
            if progress:
                progress(int(90 * done / total), table_title(name))
            ws = wb.create_sheet(table_title(name)[:31])
            cols = export_columns(name, rows, with_names)
            for i, c in enumerate(cols, start=1):
                wide = 38 if c.key.endswith("id") or c.key == "id" else 14 if c.kind is not Kind.TEXT else 30
                ws.column_dimensions[get_column_letter(i)].width = max(wide, min(len(c.title) + 2, 40))
            ws.freeze_panes = "A2"
            head = []
            for c in cols:
                cell = WriteOnlyCell(ws, value=spreadsheet_cell(c.title))
                cell.font = bold
                head.append(cell)
            ws.append(head)
            def tick(n: int, name: str = name, before: int = done) -> None:
                _check(cancelled)
                if progress and n:
                    progress(int(90 * (before + n) / total), table_title(name))

            _append_rows(ws, rows, cols, WriteOnlyCell, tick)
            done += len(rows)
        info = wb.create_sheet("Über diesen Export")
        info.column_dimensions["A"].width = 100
        for line in readme_text(data, with_names=with_names, exported_at=exported_at).splitlines():
            info.append([spreadsheet_cell(line)])
        replaced = count_unstorable(data)
        if replaced:
            info.append([])
            info.append([CONTROLS_NOTE.format(n=replaced)])
        _check(cancelled)
        write_with(target, wb.save)
    except BaseException:
        _discard(wb)
        raise
    return target


def _discard(wb) -> None:  # type: ignore[no-untyped-def]
    """Close the sheets of an unfinished write-only workbook and delete the streams openpyxl keeps in the
    system's temporary folder: even a pseudonymised half export must not linger there."""
    for sheet in getattr(wb, "_sheets", []):
        rows, writer = getattr(sheet, "_rows", None), getattr(sheet, "_writer", None)
        try:
            if rows is not None:
                sheet._rows = None
                rows.close()
        except Exception:  # noqa: BLE001 - the stream is broken anyway; removing it is what matters
            pass
        if writer is not None:
            try:
                writer.close()
            except Exception:  # noqa: BLE001
                pass
            try:
                writer.cleanup()
            except OSError:
                pass


def _append_rows(ws, rows: list[dict], cols: list[Column], cell_type,  # type: ignore[no-untyped-def]
                 tick: Callable[[int], None]) -> None:
    """Rows with plain values where the type says it all, styled cells only for money and dates; ``tick`` every
    5,000 rows (progress, and the chance to cancel a big table)."""
    converted = [_column_values(rows, c, XLSX_VALUE[c.kind]) for c in cols]
    formats = [XLSX_FORMAT.get(c.kind) for c in cols]
    styled = [i for i, f in enumerate(formats) if f]
    for n, values in enumerate(zip(*converted, strict=True)):
        if n % 5000 == 0:
            tick(n)
        if styled:
            values = list(values)
            for i in styled:
                if values[i] is not None:
                    cell = cell_type(ws, value=values[i])
                    cell.number_format = formats[i]
                    values[i] = cell
        ws.append(values)


def is_previous_export(folder: Path) -> bool:
    """An empty folder or one that a CSV export wrote (it has our LIESMICH.txt) may be replaced as a whole."""
    entries = list(folder.iterdir())
    if not entries:
        return True
    readme = folder / README
    if not readme.is_file():
        return False
    try:
        first = readme.read_text(encoding="utf-8-sig").splitlines()[:1]
    except (OSError, UnicodeDecodeError):
        return False
    return first == [README_FIRST_LINE] and all(e.suffix in (".csv", ".txt") for e in entries)


def default_name(quartier: str, when: date) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in (quartier or "Werkstatt")).strip("_")
    return f"Werkstatt-Export_{safe or 'Werkstatt'}_{when:%Y-%m-%d}"
