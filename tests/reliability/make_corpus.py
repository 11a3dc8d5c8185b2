"""Write the corpus of nasty files in ``tests/reliability/corpus/`` (run: ``python -m tests.reliability.make_corpus``).

Every file is small (the largest, a zip bomb, is about 50 KB) and deterministic, so the corpus can be kept in the
repository and regenerated at will. What each file is and what the app must do with it is listed in ``CORPUS``
below; ``test_corpus.py`` checks every file against that list.
"""

from __future__ import annotations

import io
import sqlite3
import struct
import zipfile
from pathlib import Path

CORPUS_DIR = Path(__file__).with_name("corpus")
APPLICATION_ID = 0x51574B53

GOOD_HEADER = "Name;Kategorie;Telefon;PLZ;Ort;Preis"
GOOD_ROW = "Pflegedienst Sonnenschein;Pflege;0209 12345;45894;Gelsenkirchen;38,50"

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '</Types>')
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Akteure" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/></Relationships>')


def _sheet(rows: list[list[str]], doctype: str = "") -> str:
    def cell(ref: str, value: str) -> str:
        if value.startswith("="):
            return f'<c r="{ref}"><f>{value[1:]}</f></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'

    body = "".join(
        f'<row r="{i}">' + "".join(cell(f"{chr(65 + j)}{i}", v) for j, v in enumerate(row)) + "</row>"
        for i, row in enumerate(rows, start=1))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + doctype +
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{body}</sheetData></worksheet>')


def xlsx_bytes(sheet_xml: str, *, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal hand-made workbook (so the nasty part can be placed exactly)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in (("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _ROOT_RELS),
                           ("xl/workbook.xml", _WORKBOOK), ("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS),
                           ("xl/worksheets/sheet1.xml", sheet_xml)):
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 12, 0, 0, 0))
            zf.writestr(info, text, zipfile.ZIP_DEFLATED)
        for name, data in (extra or {}).items():
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 12, 0, 0, 0))
            zf.writestr(info, data, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _billion_laughs() -> bytes:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    doctype = f"<!DOCTYPE worksheet [{entities}]>"
    return xlsx_bytes(_sheet([["Name"], ["&lol9;"]], doctype).replace("<t>&amp;lol9;</t>", "<t>&lol9;</t>"))


def _external_entity() -> bytes:
    doctype = '<!DOCTYPE worksheet [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>'
    return xlsx_bytes(_sheet([["Name"], ["X"]], doctype).replace("<t>X</t>", "<t>&geheim;</t>"))


def _zip_bomb() -> bytes:
    """A real bomb: 60 MB of zeros in the sheet's place (about 60 KB packed)."""
    zeros = b"<" + b" " * (60 * 2**20)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, text in (("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _ROOT_RELS),
                           ("xl/workbook.xml", _WORKBOOK), ("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)):
            zf.writestr(zipfile.ZipInfo(name, date_time=(2025, 3, 12, 0, 0, 0)), text, zipfile.ZIP_DEFLATED)
        zf.writestr(zipfile.ZipInfo("xl/worksheets/sheet1.xml", date_time=(2025, 3, 12, 0, 0, 0)), zeros,
                    zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _lying_zip_bomb() -> bytes:
    """A bomb whose directory claims tiny sizes: the reader must stop at the declared size, not inflate all."""
    data = bytearray(_zip_bomb())
    real = 60 * 2**20 + 1
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # uncompressed size in local and central
        start = 0
        while (at := data.find(sig, start)) >= 0:
            (size,) = struct.unpack_from("<I", data, at + offset)
            if size == real:
                struct.pack_into("<I", data, at + offset, 4000)
            start = at + 4
    return bytes(data)


def _lying_directory() -> bytes:
    """A workbook whose central directory claims 128 MB of packed data for one small member (one flipped
    byte, found by the fuzzer): a reader that trusts it allocates that much at once."""
    data = bytearray(xlsx_bytes(_sheet([GOOD_HEADER.split(";"), GOOD_ROW.split(";")])))
    at = data.find(b"PK\x01\x02")  # first central directory entry; packed size at offset 20
    (size,) = struct.unpack_from("<I", data, at + 20)
    struct.pack_into("<I", data, at + 20, size | 0x08000000)
    return bytes(data)


def _sqlite(ddl: list[str], app_id: int) -> bytes:
    path = CORPUS_DIR / ".tmp.sqlite"
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id={app_id}")
    con.execute("PRAGMA page_size=1024")
    for statement in ddl:
        con.execute(statement)
    con.commit()
    con.execute("VACUUM")
    con.close()
    data = path.read_bytes()
    path.unlink()
    return data


def _files() -> dict[str, bytes]:
    formula_rows = [["Name", "Notiz", "Telefon"],
                    ["=HYPERLINK(\"http://boese.example\",\"Klick\")", "=cmd|' /C calc'!A0", "+4917612345"],
                    ["@SUM(1+1)", "-2+3", "=1+1"]]
    return {
        "truncated.csv": (GOOD_HEADER + "\r\n" + GOOD_ROW + "\r\n" + '"Bäckerei;Müll').encode("utf-8"),
        "nul_bytes.csv": (GOOD_HEADER + "\r\n").encode() + b"Pflege\x00dienst;Pflege;\x00;45894;GE;1\r\n",
        "huge_strings.csv": (GOOD_HEADER + "\n" + "N" * 120_000 + ";Pflege;" + "9" * 5000 + ";45894;GE;"
                             + "9" * 400 + "\n").encode(),
        "huge_price.csv": (GOOD_HEADER + "\n" + "Teuer;Pflege;1;45894;GE;1e999999999\n"
                           + "Sehr teuer;Pflege;1;45894;GE;99999999999999999999999999\n").encode(),
        "formula_cells.csv": "\n".join(";".join(r) for r in formula_rows).encode("utf-8"),
        "formula_cells.xlsx": xlsx_bytes(_sheet(formula_rows)),
        "billion_laughs.xlsx": _billion_laughs(),
        "external_entity.xlsx": _external_entity(),
        "zip_bomb.xlsx": _zip_bomb(),
        "lying_zip_bomb.xlsx": _lying_zip_bomb(),
        "lying_directory.xlsx": _lying_directory(),
        "truncated.xlsx": xlsx_bytes(_sheet([GOOD_HEADER.split(";"), GOOD_ROW.split(";")]))[:700],
        "not_a_zip.xlsx": b"PK\x03\x04" + b"\x00" * 200,
        "foreign_app_id.werkstatt": _sqlite(["CREATE TABLE kunden (id INTEGER PRIMARY KEY, name TEXT)"], 0x12345678),
        "trigger.werkstatt": _sqlite([
            "CREATE TABLE alembic_version (version_num TEXT)", "CREATE TABLE cards (id TEXT, text TEXT)",
            "CREATE TRIGGER t_boese AFTER INSERT ON cards BEGIN DELETE FROM cards; END"], APPLICATION_ID),
        "view.werkstatt": _sqlite([
            "CREATE TABLE alembic_version (version_num TEXT)", "CREATE TABLE cards (id TEXT, text TEXT)",
            "CREATE VIEW v_boese AS SELECT * FROM cards"], APPLICATION_ID),
        "no_version.werkstatt": _sqlite(["CREATE TABLE cards (id TEXT, text TEXT)"], APPLICATION_ID),
        "truncated.werkstatt": _sqlite(["CREATE TABLE alembic_version (version_num TEXT)"] + [
            f"CREATE TABLE t{i} (id TEXT)" for i in range(12)], APPLICATION_ID)[:1500],
        "text.werkstatt": b"Das ist eine Notiz, keine Werkstatt.\n",
    }


def main() -> None:
    CORPUS_DIR.mkdir(exist_ok=True)
    for name, data in sorted(_files().items()):
        (CORPUS_DIR / name).write_bytes(data)
        print(f"{name:28} {len(data):>8} bytes")


if __name__ == "__main__":
    main()
