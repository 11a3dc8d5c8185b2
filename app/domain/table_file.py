"""Read a CSV or XLSX file into rows of text cells, refusing files that could hurt the machine.

An XLSX file is a zip of XML. We read it only with defusedxml active (no entity expansion) and look at the zip
directory before opening it: a few kilobytes that unpack to gigabytes (a zip bomb) are refused by their
declared sizes, so nothing is unpacked at all.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from .actor_import_parse import ImportFileError, decode, split_rows
from .translation_marker import QT_TRANSLATE_NOOP

_CTX = "Akteursimport"
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_RATIO = 100
MAX_ROWS = 20_000
#: an inventory has a dozen or two columns; a value beyond this column is a stray cell, not data
MAX_COLUMNS = 200
XLSX_MAGIC = b"PK\x03\x04"


def read_table(path: Path) -> list[list[str]]:
    """Rows of the first sheet (XLSX) or of the CSV text; the first row is the header."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(QT_TRANSLATE_NOOP(
                _CTX, "Die Datei ist mit {mb} MB zu groß für eine Akteursliste.").format(mb=size // 2**20))
        with path.open("rb") as fh:
            head = fh.read(4)
        if head == XLSX_MAGIC or path.suffix.casefold() in (".xlsx", ".xlsm"):
            rows = _read_xlsx(path)
        else:
            rows = split_rows(decode(path.read_bytes()))
    except OSError as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP(_CTX, "Die Datei {name} kann nicht gelesen werden: {why}.")
                              .format(name=path.name, why=exc.strerror or exc)) from exc
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()
    if not rows or not any(c.strip() for c in rows[0]):
        raise ImportFileError(QT_TRANSLATE_NOOP(_CTX, "Die Datei enthält keine Kopfzeile."))
    if len(rows) < 2:
        raise ImportFileError(QT_TRANSLATE_NOOP(_CTX, "Die Datei enthält nur die Kopfzeile und keine Daten."))
    if len(rows) > MAX_ROWS:
        raise ImportFileError(QT_TRANSLATE_NOOP(_CTX, "Die Datei hat mehr als {n} Zeilen.").format(n=MAX_ROWS))
    return rows


def check_zip(path: Path) -> None:
    """Refuse a zip whose members would unpack to too much, judged from the directory alone."""
    broken = QT_TRANSLATE_NOOP(_CTX, "Die Excel-Datei {name} ist beschädigt oder unvollständig.")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, NotImplementedError, EOFError) as exc:
        # NotImplementedError: a directory entry claiming a zip version this reader does not know
        raise ImportFileError(broken.format(name=path.name)) from exc
    size = path.stat().st_size
    if any(i.header_offset + i.compress_size > size for i in infos):
        # a directory that claims more packed bytes than the file holds is damaged (or made to make the reader
        # allocate that much at once)
        raise ImportFileError(broken.format(name=path.name))
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if unpacked > MAX_UNPACKED_BYTES or (unpacked > 1024 * 1024 and unpacked > MAX_RATIO * max(packed, 1)):
        raise ImportFileError(QT_TRANSLATE_NOOP(
            _CTX, "Die Excel-Datei {name} würde entpackt {mb} MB groß und wird aus Sicherheitsgründen nicht "
                  "geöffnet.").format(name=path.name, mb=unpacked // 2**20))


def _read_xlsx(path: Path) -> list[list[str]]:
    import openpyxl

    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise ImportFileError(QT_TRANSLATE_NOOP(
            _CTX, "Excel-Dateien können nicht sicher gelesen werden (defusedxml fehlt); bitte als CSV speichern."))
    check_zip(path)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for broken files
        raise ImportFileError(QT_TRANSLATE_NOOP(
            _CTX, "Die Excel-Datei {name} ist beschädigt oder unvollständig.").format(name=path.name)) from exc
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            return []
        return _sheet_rows(wb, ws, path.name)
    except ImportFileError:
        raise
    except Exception as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            _CTX, "Die Excel-Datei {name} ist beschädigt oder unvollständig.").format(name=path.name)) from exc
    finally:
        wb.close()


def _sheet_rows(wb, ws, name: str) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """The cells that hold something, by their real position.

    openpyxl's own row iterator pads every row to the sheet's declared size: one stray (even empty, only
    formatted) cell at XFD1048576 makes that a billion cells, minutes and gigabytes. Here the sheet's XML is read
    row by row and only cells with a value count; a value far outside any list is refused by its position.
    """
    from openpyxl.worksheet._reader import WorkSheetParser

    cells: dict[int, dict[int, object]] = {}
    width = 0
    with ws._get_source() as src:  # the sheet's XML stream inside the (already size-checked) zip
        parser = WorkSheetParser(src, ws._shared_strings, data_only=True, epoch=wb.epoch,
                                 date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
        for row_number, row in parser.parse():
            filled = {c["column"]: c["value"] for c in row if c["value"] is not None and str(c["value"]).strip()}
            if not filled:
                continue
            if row_number > MAX_ROWS + 1 or max(filled) > MAX_COLUMNS:
                from openpyxl.utils import get_column_letter

                raise ImportFileError(QT_TRANSLATE_NOOP(
                    _CTX, "Die Excel-Datei {name} hat einen Eintrag in Zelle {cell}, weit außerhalb einer "
                          "Akteursliste (höchstens {rows} Zeilen und {cols} Spalten). Bitte die Zelle leeren oder "
                          "die Liste in eine neue Tabelle kopieren.").format(
                    name=name, cell=f"{get_column_letter(min(max(filled), 16384))}{row_number}",
                    rows=MAX_ROWS, cols=MAX_COLUMNS))
            cells[row_number] = filled
            width = max(width, max(filled))
    last = max(cells, default=0)
    return [[cell_text(cells.get(r, {}).get(c)) for c in range(1, width + 1)] for r in range(1, last + 1)]


def cell_text(value: object) -> str:
    """An XLSX cell as the text a German user would have typed (decimal comma, no ".0" on whole numbers)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value).replace(".", ",")
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)
