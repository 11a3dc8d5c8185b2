"""Fuzzed actor lists (CSV and XLSX): imported, or refused with a German sentence, bounded, workspace unchanged."""

from __future__ import annotations

import datetime as dt
import io
import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.operations.actor_import import import_actors
from app.store.workspace_file import WorkspaceFile

from . import profile
from .untrusted import fingerprint, run_bounded

FUZZ = settings(max_examples=profile.FUZZ_EXAMPLES, deadline=None, derandomize=not profile.EXTENDED,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])
_counter = itertools.count()

HEADERS = ["Name", "Einrichtung", "Kategorie", "Art", "Rechtsform", "Ansprechpartner", "Telefon", "E-Mail",
           "Straße", "PLZ", "Ort", "PLZ und Ort", "Website", "Status", "Schlüsselpartner", "gemeinnützig",
           "anerkannt nach §45a", "Notiz", "Angebot", "Preis", "Preis (€)", "name", "price", "ignorieren", "sep=;"]
NASTY = ["", " ", "ja", "nein", "x", "45894", "01067", "1067,0", "45894 Gelsenkirchen", "38,50", "1.234,50",
         "1e999999999", "-1", "NaN", "Infinity", "9" * 60, "=HYPERLINK(\"http://boese.example\")", "=1+1",
         "+49 209 1", "-2+3", "@SUM(A1)", "\u202eevil", "Pflege", "Bäckerei Müller", "Partner", "kontaktiert",
         "a@b.de", "@@", "\"", "\"\"", ";", ",", "\t", "\r", "\n", "\x00", "\x1c", "\u2028", "\ufeff", "€",
         "Straße 1", "e.V.", "gGmbH", "Kirche › Gemeinde", "/", "›", "ä" * 300, "x" * 5000]
CELL = st.one_of(st.sampled_from(NASTY), st.text(max_size=24))


@st.composite
def csv_bytes(draw) -> bytes:  # type: ignore[no-untyped-def]
    header = draw(st.lists(st.one_of(st.sampled_from(HEADERS), st.text(max_size=12)), min_size=1, max_size=7))
    rows = draw(st.lists(st.lists(CELL, max_size=len(header) + 2), max_size=6))
    sep = draw(st.sampled_from([";", ",", "\t", "|"]))
    quote = draw(st.booleans())

    def line(cells: list[str]) -> str:
        return sep.join(f'"{c}"' if quote else c for c in cells)

    text = "\r\n".join(line(r) for r in [header, *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]))
    data = text.encode(encoding, errors="replace")
    return draw(mutated(data))


@st.composite
def mutated(draw, data: bytes) -> bytes:  # type: ignore[no-untyped-def]
    """The bytes as they are, truncated, or with a few bytes flipped. Positions are drawn as fractions, so the
    draws do not depend on the length of the bytes (a workbook's length varies with its save time)."""
    how = draw(st.sampled_from(["asis", "asis", "truncate", "flip"]))
    where = st.floats(0, 1, exclude_max=True)
    if how == "truncate" and data:
        return data[:int(draw(where) * len(data))]
    if how == "flip" and data:
        out = bytearray(data)
        for at, mask in draw(st.lists(st.tuples(where, st.integers(1, 255)), min_size=1, max_size=6)):
            out[int(at * len(out))] ^= mask
        return bytes(out)
    return data


XLSX_VALUE = st.one_of(
    st.sampled_from([n for n in NASTY if not any(ord(c) < 32 for c in n)]),
    st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=20),
    st.integers(-10**18, 10**18), st.floats(allow_nan=False, allow_infinity=False), st.booleans(),
    st.dates(min_value=dt.date(1900, 3, 1)), st.none())


@st.composite
def xlsx_bytes(draw) -> bytes:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    wb = Workbook()
    sheet = wb.active
    header = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6))
    sheet.append(header)
    for row in draw(st.lists(st.lists(XLSX_VALUE, max_size=len(header) + 1), max_size=5)):
        sheet.append(row)
    if draw(st.booleans()):
        wb.create_sheet("Zweites Blatt").append(["Name"])
    buf = io.BytesIO()
    wb.save(buf)
    return draw(mutated(buf.getvalue()))


@pytest.fixture(scope="module")
def inventory(tmp_path_factory) -> tuple[WorkspaceFile, Path]:
    folder = tmp_path_factory.mktemp("fuzz-import")
    ws = WorkspaceFile.create(folder / "bestand.werkstatt", quartier="Schaffrath")
    yield ws, folder
    ws.close()


def _import_one(ws: WorkspaceFile, folder: Path, data: bytes, suffix: str) -> None:
    path = folder / f"liste-{next(_counter)}{suffix}"
    path.write_bytes(data)
    before = fingerprint(ws.path)
    result: list[object] = []
    outcome = run_bounded(lambda: result.append(import_actors(ws, path)), seconds=10, megabytes=120)
    applied = outcome.accepted and getattr(result[0], "applied", False)
    if not applied:
        assert fingerprint(ws.path) == before, "a refused or blocked import changed the workspace"
    path.unlink()


@pytest.mark.timeout(profile.TIMEOUT_S)
@FUZZ
@given(data=csv_bytes())
def test_fuzzed_csv_lists_are_imported_or_refused_cleanly(inventory, data):
    ws, folder = inventory
    _import_one(ws, folder, data, ".csv")


@pytest.mark.timeout(profile.TIMEOUT_S)
@FUZZ
@given(data=st.binary(max_size=3000))
def test_arbitrary_bytes_named_csv_or_xlsx_are_refused_cleanly(inventory, data):
    ws, folder = inventory
    _import_one(ws, folder, data, ".csv")
    _import_one(ws, folder, data, ".xlsx")


@pytest.mark.timeout(profile.TIMEOUT_S)
@FUZZ
@given(data=xlsx_bytes())
def test_fuzzed_xlsx_workbooks_are_imported_or_refused_cleanly(inventory, data):
    ws, folder = inventory
    _import_one(ws, folder, data, ".xlsx")


@st.composite
def far_cells_xlsx(draw) -> bytes:  # type: ignore[no-untyped-def]
    """A small list plus stray cells anywhere up to XFD1048576, with a value or only a format."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    sheet = wb.active
    sheet.append(["Name", "PLZ", "Ort"])
    sheet.append(["Bäckerei Kötter", "45894", "Gelsenkirchen"])
    for _ in range(draw(st.integers(1, 3))):
        row = draw(st.one_of(st.integers(1, 30), st.integers(1, 1_048_576)))
        col = draw(st.one_of(st.integers(1, 10), st.integers(1, 16_384)))
        cell = sheet.cell(row=row, column=col)
        cell.value = draw(st.one_of(st.none(), st.just("x"), st.integers(0, 9)))
        cell.font = Font(bold=True)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.mark.timeout(profile.TIMEOUT_S)
@FUZZ
@given(data=far_cells_xlsx())
def test_stray_far_cells_are_read_by_content_or_refused_within_two_seconds(inventory, data):
    ws, folder = inventory
    path = folder / f"streu-{next(_counter)}.xlsx"
    path.write_bytes(data)
    before = fingerprint(ws.path)
    run_bounded(lambda: import_actors(ws, path, dry_run=True), seconds=2, megabytes=200)  # own refusal or rows
    assert fingerprint(ws.path) == before
    path.unlink()


LINES = st.lists(st.tuples(st.text(alphabet="abcäöüßÄÖÜé€ -", min_size=1, max_size=14),
                           st.sampled_from(["utf-8", "cp1252"])), min_size=1, max_size=6)


@pytest.mark.timeout(profile.TIMEOUT_S)
@FUZZ
@given(lines=LINES)
def test_mixed_encodings_never_store_garbled_umlauts(inventory, lines):
    ws, folder = inventory
    body = b"\r\n".join(("Bäckerei " + text).encode(enc) + b";45894" for text, enc in lines)
    path = folder / f"gemischt-{next(_counter)}.csv"
    path.write_bytes(b"Name;PLZ\r\n" + body + b"\r\n")
    outcome = run_bounded(lambda: import_actors(ws, path, dry_run=True), seconds=10, megabytes=120)
    if outcome.accepted:
        from app.domain.actor_import_parse import decode

        text = decode(path.read_bytes())
        assert "Ã" not in text and "Â" not in text, "a mixed file was read with garbled umlauts"
    else:
        assert "gemischt" in str(outcome.error) and "Zeile" in str(outcome.error)
    path.unlink()
